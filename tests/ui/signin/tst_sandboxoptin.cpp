// Issue 15, item 11: first run as root. Chromium refuses root with its sandbox on; the console
// turns it off only on the person's explicit --no-sandbox (scripts/run passes it as root), and
// the sign-in window then says plainly that its page runs without the sandbox. The test starts
// with the sandbox settings the ctest environment gives every UI test removed, so that (as
// root) the embedded browser really starts only because of the opt-in.

#include "cli/commandline.h"
#include "ui/common/webenginesupport.h"
#include "ui/signin/signinwindow.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineView>

#include <unistd.h>

using namespace scs;

class TestSandboxOptIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNotUseTheEmbeddedSignInAsRootWithoutTheOptIn()
    {
        if (geteuid() == 0)
            QVERIFY(!ui::embeddedBrowserAvailable()); // never on our own
        QVERIFY(!ui::webEngineSandboxDisabled());
    }

    void shouldSayPlainlyThatThePageRunsWithoutItsSandbox()
    {
        // What app/main.cpp does for `scs-console --no-sandbox`, before Chromium starts.
        ui::disableWebEngineSandbox();
        QVERIFY(ui::embeddedBrowserAvailable());
        QVERIFY(ui::webEngineSandboxDisabled());

        ConnectionProfile profile;
        profile.name = QStringLiteral("local stack");
        ui::SignInWindow window(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.sandboxNotice());
        QVERIFY(window.sandboxNotice()->isVisible());
        QVERIFY(window.sandboxNotice()->text().contains(QLatin1String("without Chromium's sandbox")));
        // Chromium really starts here (as root it would end the process with its sandbox on).
        QSignalSpy loaded(window.view(), &QWebEngineView::loadFinished);
        window.view()->setHtml(QStringLiteral("<html><body>sign-in</body></html>"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toBool(), true);
        test::saveScreenshot(&window, QStringLiteral("signin-no-sandbox"));
    }
};

int main(int argc, char **argv)
{
    // Undo the test environment's QTWEBENGINE_DISABLE_SANDBOX: only the opt-in may turn it off.
    qunsetenv("QTWEBENGINE_DISABLE_SANDBOX");
    qunsetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    const auto commandLine = parseCommandLine(
        {QStringLiteral("scs-console"), QStringLiteral("--no-sandbox")});
    if (!commandLine || !commandLine->noSandbox) {
        qCritical("scs-console --no-sandbox is not understood");
        return 1;
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSandboxOptIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sandboxoptin.moc"
