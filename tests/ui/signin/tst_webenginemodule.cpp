// Qt WebEngine is no part of the windows: the GUI module does not link it, the sign-in module
// does, and when that module cannot be loaded the embedded sign-in says why (the console then
// signs in with the system browser, SessionController).

#include "auth/session.h"
#include "ui/common/webenginemodule.h"
#include "ui/signin/embeddedbrowseragent.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace scs;

namespace {

// The shared libraries `file` names as needed (objdump -p).
QStringList neededLibraries(const QString &file)
{
    QProcess objdump;
    objdump.start(QStringLiteral("objdump"), {QStringLiteral("-p"), file});
    if (!objdump.waitForFinished(30000) || objdump.exitCode() != 0)
        return {QStringLiteral("objdump failed")};
    QStringList needed;
    for (const QString &line : QString::fromUtf8(objdump.readAllStandardOutput()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("NEEDED")))
            needed << trimmed.section(u' ', -1);
    }
    return needed;
}

} // namespace

class TestWebEngineModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldLoadWebEngineOnlyWithTheSignInModule()
    {
        const QStringList gui = neededLibraries(QStringLiteral(SCS_GUI_MODULE_FILE));
        QVERIFY2(gui.contains(QLatin1String("libQt6Widgets.so.6")), qPrintable(gui.join(u' ')));
        for (const QString &library : gui)
            QVERIFY2(!library.contains(QLatin1String("WebEngine")), qPrintable(library));
        const QStringList signIn = neededLibraries(QStringLiteral(SCS_SIGNIN_MODULE_FILE));
        QVERIFY2(signIn.contains(QLatin1String("libQt6WebEngineWidgets.so.6")),
                 qPrintable(signIn.join(u' ')));
    }

    void shouldSayWhyTheEmbeddedSignInCannotStart()
    {
        qputenv("SCS_SIGNIN_MODULE", "/nonexistent/libscs-console-signin.so");
        QString error;
        QVERIFY(!ui::WebEngineModule::load(&error));
        QVERIFY(!ui::WebEngineModule::isLoaded());
        QVERIFY2(error.contains(QLatin1String("sign-in browser is not installed")),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent")), qPrintable(error));
        QVERIFY(ui::WebEngineModule::chromiumVersion().isEmpty());

        // The agent fails the sign-in with that reason instead of showing nothing.
        ConnectionProfile profile;
        profile.name = QStringLiteral("local stack");
        ui::EmbeddedBrowserAgent agent(profile, nullptr);
        QVERIFY(!agent.window());
        const auto redirect = agent.prepareRedirectUri();
        QVERIFY(!redirect);
        QCOMPARE(redirect.error().kind, Error::Kind::Unavailable);
        QCOMPARE(redirect.error().message, error);
        QSignalSpy failed(&agent, &auth::AuthorizationAgent::failed);
        agent.authorize(QUrl(QStringLiteral("https://issuer.invalid/auth")),
                        QUrl(QStringLiteral("http://127.0.0.1:50000/callback")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().message, error);
    }
};

QTEST_MAIN(TestWebEngineModule)
#include "tst_webenginemodule.moc"
