// The kubelogin user kind against the local stack: the real scs-console binary exports a
// kubeconfig whose user runs `kubectl oidc-login get-token` (int128/kubelogin, installed as a
// kubectl plugin on PATH); kubelogin's browser step is the stack's scripted Keycloak login.
// Real kubectl then lists configmaps in tenant-a as alice and is Forbidden in tenant-b.
// kubelogin's callback port (8000, else 18000) is shared: RESOURCE_LOCK scs_kubelogin_port.

#include "common/stackenv.h"
#include "profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;

namespace {
const QString kProfile = QStringLiteral("local stack");
}

class TestKubeloginIntegration : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    QTemporaryDir m_dir;

    std::tuple<int, QByteArray, QByteArray> run(const QString &program, const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("bin"))
                                               + QDir::listSeparator() + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("SCS_LOGIN_USER"), QStringLiteral("alice"));
        env.insert(QStringLiteral("SCS_LOGIN_PASSWORD"), m_env.demoPassword(QStringLiteral("alice")));
        env.insert(QStringLiteral("SCS_CA_FILE"), m_env.value(QStringLiteral("SCS_CA_FILE")));
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(program, args);
        if (!process.waitForFinished(180000))
            return {-1, {}, "timeout"};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QCoreApplication::setOrganizationName(QStringLiteral("SCS"));
        QCoreApplication::setApplicationName(QStringLiteral("scs-console"));
        ConnectionProfile profile = m_env.profile(kProfile);
        profile.tenants = {QStringLiteral("tenant-a"), QStringLiteral("tenant-b")};
        ProfileStore profiles;
        QVERIFY(profiles.save(profile, profiles.profile(kProfile) ? kProfile : QString()));
        // `kubectl oidc-login` is kubelogin installed as a kubectl plugin.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("bin"))));
        QVERIFY(QFile::link(m_env.value(QStringLiteral("SCS_KUBECTL")),
                            m_dir.filePath(QStringLiteral("bin/kubectl"))));
        QVERIFY(QFile::link(m_env.value(QStringLiteral("SCS_KUBELOGIN")),
                            m_dir.filePath(QStringLiteral("bin/kubectl-oidc_login"))));
    }

    void shouldListTenantAAsAliceAndBeForbiddenInTenantB()
    {
        const QString config = m_dir.filePath(QStringLiteral("config"));
        auto [code, out, err] = run(
            QStringLiteral(SCS_CONSOLE_BIN),
            {QStringLiteral("export-kubeconfig"), QStringLiteral("--profile"), kProfile,
             QStringLiteral("--kubelogin"), QStringLiteral("--output"), config,
             QStringLiteral("--set-current"),
             QStringLiteral("--kubelogin-arg=--browser-command=")
                 + m_env.value(QStringLiteral("SCS_BROWSER_LOGIN")),
             QStringLiteral("--kubelogin-arg=--token-cache-dir=")
                 + m_dir.filePath(QStringLiteral("token-cache"))});
        QVERIFY2(code == 0, err.constData());

        const QString kubectl = m_dir.filePath(QStringLiteral("bin/kubectl"));
        std::tie(code, out, err) = run(kubectl, {QStringLiteral("--kubeconfig"), config,
                                                 QStringLiteral("auth"), QStringLiteral("whoami"),
                                                 QStringLiteral("-o"),
                                                 QStringLiteral("jsonpath={.status.userInfo.username}")});
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(out, QByteArray("oidc:alice"));

        std::tie(code, out, err) = run(kubectl, {QStringLiteral("--kubeconfig"), config,
                                                 QStringLiteral("get"), QStringLiteral("configmaps")});
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.contains("tenant-info"), out.constData());

        std::tie(code, out, err) = run(kubectl, {QStringLiteral("--kubeconfig"), config,
                                                 QStringLiteral("--context"),
                                                 QStringLiteral("tenant-b@local-stack"), // context names carry no blanks
                                                 QStringLiteral("get"), QStringLiteral("configmaps")});
        QVERIFY(code != 0);
        QVERIFY2(err.contains("Forbidden") || err.contains("forbidden"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestKubeloginIntegration)
#include "tst_kubelogin_integration.moc"
