// `scs-console get-token` when kubectl says a person is there and no session exists: it opens
// the console's sign-in, against the real Keycloak and kube-apiserver of the local stack, and
// kubectl then works with what it cached. Its own executable because it starts the console's
// GUI module, which loads Qt WebEngine: on the SCS_NO_SANITIZE list (tests/CMakeLists.txt).
// Runs under scripts/with-test-session (one keychain for the test and the binaries it starts).

#include "auth/tokenstore.h"
#include "common/keychainsession.h"
#include "common/processrun.h"
#include "common/stackenv.h"
#include "profiles/profilestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::auth;

namespace {
using Run = test::ProcessRun;
} // namespace

class TestGetTokenInteractiveIntegration : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;

    Run run(const QString &program, const QStringList &arguments,
            const QHash<QString, QString> &extraEnv = {}, const QStringList &unset = {})
    {
        test::ProcessOptions options;
        options.env = extraEnv;
        options.unset = unset;
        return test::runProcess(program, arguments, options);
    }

    Run console(const QStringList &arguments, const QHash<QString, QString> &extraEnv = {},
                const QStringList &unset = {})
    {
        return run(QStringLiteral(SCS_CONSOLE_BIN), arguments, extraEnv, unset);
    }

    static QJsonObject status(const Run &r)
    {
        return QJsonDocument::fromJson(r.out).object().value(QLatin1String("status")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(m_dir.isValid());
        m_profile = m_env.profile(QStringLiteral("local stack"));
        m_profile.tenants = {QStringLiteral("tenant-a"), QStringLiteral("tenant-b")};
        // The profile store and settings the console binary reads (its organisation and name).
        QVERIFY(test::saveProfileAsConsole(m_profile));
    }

    // No session, kubectl says a person is there: get-token opens the console's sign-in. Here
    // through the system browser (the console's own setting, as a person would choose it), which
    // Qt starts from $BROWSER: the stack's scripted browser fills in Keycloak's form as alice.
    // A private X server (Xvfb) stands in for the desktop, since the offscreen platform cannot
    // start browsers.
    void shouldSignInInteractivelyWhenAPersonIsThere()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        // scripts/bootstrap installs it: missing, the test fails rather than passing unseen.
        QVERIFY2(!xvfb.isEmpty(), "Xvfb is not installed (package xvfb)");
        QProcess server;
        server.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"),
                            QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                            QStringLiteral("-screen"), QStringLiteral("0"),
                            QStringLiteral("1280x800x24")});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 20000);
        const QString display = QLatin1Char(':') + QString::fromLatin1(server.readLine().trimmed());

        const QString name = QStringLiteral("kcfg interactive");
        ProfileStore profiles;
        ConnectionProfile interactive = m_profile;
        interactive.name = name;
        QVERIFY(profiles.save(interactive, profiles.profile(name) ? name : QString()));
        {
            QSettings settings;
            settings.setValue(QStringLiteral("signIn/useSystemBrowser"), true);
        }
        const QByteArray interactiveInfo =
            "{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
            "\"spec\":{\"interactive\":true}}";
        const QHash<QString, QString> env{
            {QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromLatin1(interactiveInfo)},
            {QStringLiteral("DISPLAY"), display},
            {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")},
            {QStringLiteral("BROWSER"), m_env.value(QStringLiteral("SCS_BROWSER_LOGIN"))},
            {QStringLiteral("SCS_LOGIN_USER"), QStringLiteral("alice")},
            {QStringLiteral("SCS_LOGIN_PASSWORD"), m_env.demoPassword(QStringLiteral("alice"))},
            {QStringLiteral("SCS_CA_FILE"), m_env.value(QStringLiteral("SCS_CA_FILE"))}};
        const Run signedIn = console({QStringLiteral("get-token"), QStringLiteral("--profile"), name},
                                     env, {QStringLiteral("WAYLAND_DISPLAY")});
        {
            QSettings settings;
            settings.remove(QStringLiteral("signIn/useSystemBrowser"));
        }
        server.terminate();
        server.waitForFinished(5000);
        QVERIFY2(signedIn.exitCode == 0, signedIn.err.constData());
        QCOMPARE(signedIn.out.count('\n'), 1);
        const QJsonObject credential = QJsonDocument::fromJson(signedIn.out).object();
        QCOMPARE(credential.value(QLatin1String("kind")).toString(), QStringLiteral("ExecCredential"));
        QVERIFY(status(signedIn).value(QLatin1String("token")).toString().count(QLatin1Char('.')) == 2);

        // kubectl accepts it: the kubeconfig's get-token now answers from what the sign-in cached.
        const QString path = m_dir.filePath(QStringLiteral("interactive/config"));
        const Run exported = console({QStringLiteral("export-kubeconfig"), QStringLiteral("--profile"),
                                      name, QStringLiteral("--output"), path,
                                      QStringLiteral("--set-current")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const Run who = run(m_env.value(QStringLiteral("SCS_KUBECTL")),
                            {QStringLiteral("--kubeconfig"), path, QStringLiteral("auth"),
                             QStringLiteral("whoami"), QStringLiteral("-o"),
                             QStringLiteral("jsonpath={.status.userInfo.username}")});
        QVERIFY2(who.exitCode == 0, who.err.constData());
        QCOMPARE(who.out, QByteArray("oidc:alice"));
        const Run listed = run(m_env.value(QStringLiteral("SCS_KUBECTL")),
                               {QStringLiteral("--kubeconfig"), path, QStringLiteral("get"),
                                QStringLiteral("configmaps")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(listed.out.contains("tenant-info"), listed.out.constData());
        TokenStore store;
        bool removed = false;
        store.remove(name, [&](Result<void>) { removed = true; });
        QTRY_VERIFY(removed);
    }
};

QTEST_GUILESS_MAIN(TestGetTokenInteractiveIntegration)
#include "tst_gettoken_interactive_integration.moc"
