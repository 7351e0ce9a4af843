// `scs-console create-tenant`: the real binary against the local stack, with carol's (platform
// operator) session in the (test) keychain. --dry-run prints the objects and needs no session;
// a bad plan stops with 3 before anything is sent; carol creates tenant-cli with a quota; a role
// she may not bind is refused and the namespace she made is deleted again (exit 1). Runs under
// scripts/with-test-session. Objects: namespaces tenant-cli, tenant-cli-refused.

#include "common/keychainsession.h"
#include "common/stackenv.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>

using namespace scs;
using namespace Qt::StringLiterals;

namespace {
const QString kProfile = u"tenants stack"_s;
const QString kNoSession = u"tenants nobody"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCreateTenantCliIntegration : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;

    Run console(const QStringList &arguments)
    {
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(SCS_CONSOLE_BIN), QStringList{u"create-tenant"_s} + arguments);
        Run result;
        if (!process.waitForFinished(180000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString admin(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess kubectl;
        kubectl.start(m_env.value(u"SCS_KUBECTL"_s),
                      QStringList{u"--kubeconfig"_s, m_env.value(u"SCS_ADMIN_KUBECONFIG"_s)}
                          + arguments);
        kubectl.waitForFinished(90000);
        if (exitCode)
            *exitCode = kubectl.exitCode();
        return QString::fromUtf8(kubectl.readAllStandardOutput());
    }

    // The stack's provisioner finalizes deleted namespaces (no controller-manager there).
    bool namespaceGone(const QString &name)
    {
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            if (admin({u"get"_s, u"namespace"_s, name, u"--ignore-not-found"_s, u"-o"_s,
                       u"name"_s})
                    .trimmed()
                    .isEmpty())
                return true;
            QTest::qWait(500);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        ConnectionProfile profile = m_env.profile(kProfile);
        QVERIFY(test::saveProfileAsConsole(profile));
        ConnectionProfile nobody = profile;
        nobody.name = kNoSession;
        QVERIFY(test::saveProfileAsConsole(nobody));
        QVERIFY2(test::signInIntoKeychain(m_env, profile, u"carol"_s),
                 "sign-in into the keychain failed (run under scripts/with-test-session)");
        cleanupTestCase();
        QVERIFY(namespaceGone(u"tenant-cli"_s));
        QVERIFY(namespaceGone(u"tenant-cli-refused"_s));
    }

    void cleanupTestCase()
    {
        for (const QString &ns : {u"tenant-cli"_s, u"tenant-cli-refused"_s})
            admin({u"delete"_s, u"namespace"_s, ns, u"--ignore-not-found"_s, u"--wait=false"_s});
    }

    void shouldPrintThePlanWithoutASession()
    {
        const Run r = console({u"--profile"_s, kNoSession, u"--name"_s, u"tenant-cli"_s,
                               u"--admin-group"_s, u"tenant-cli-admins"_s, u"--display-name"_s,
                               u"Tenant CLI"_s, u"--quota"_s,
                               u"count/clusters.cluster.x-k8s.io=2"_s, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &line :
             {u"kind: Namespace"_s, u"scs.community/tenant: tenant-cli"_s,
              u"scs.community/display-name: Tenant CLI"_s, u"kind: RoleBinding"_s,
              u"name: oidc:tenant-cli-admins"_s, u"kind: ResourceQuota"_s,
              u"count/clusters.cluster.x-k8s.io: \"2\""_s})
            QVERIFY2(r.out.contains(line), qPrintable(line + u"\n"_s + r.out));
        QVERIFY(admin({u"get"_s, u"namespace"_s, u"tenant-cli"_s, u"--ignore-not-found"_s})
                    .isEmpty());
    }

    void shouldRefuseABadPlanBeforeAnyRequest()
    {
        Run r = console({u"--profile"_s, kNoSession, u"--name"_s, u"Tenant_CLI"_s,
                         u"--admin-group"_s, u"g"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"Tenant_CLI"_s), qPrintable(r.err));
        r = console({u"--profile"_s, kNoSession, u"--name"_s, u"tenant-cli"_s, u"--admin-group"_s,
                     u"g"_s, u"--quota"_s, u"requests.cpu=lots"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"lots"_s), qPrintable(r.err));
        r = console({u"--name"_s, u"tenant-cli"_s});
        QCOMPARE(r.exitCode, 2);
        // No session: 5, not 3 (the plan is fine).
        r = console({u"--profile"_s, kNoSession, u"--name"_s, u"tenant-cli"_s, u"--admin-group"_s,
                     u"g"_s});
        QCOMPARE(r.exitCode, 5);
    }

    void carolShouldCreateATenant()
    {
        const Run r = console({u"--profile"_s, kProfile, u"--name"_s, u"tenant-cli"_s,
                               u"--admin-group"_s, u"tenant-cli-admins"_s, u"--role"_s,
                               u"scs:tenant"_s, u"--quota"_s,
                               u"count/clusters.cluster.x-k8s.io=2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"namespace/tenant-cli created\n"
                        u"rolebinding/tenant-cli-admins created\n"
                        u"resourcequota/tenant-quota created\n"_s);
        QCOMPARE(admin({u"get"_s, u"namespace"_s, u"tenant-cli"_s, u"-o"_s,
                        u"jsonpath={.metadata.labels.scs\\.community/tenant}"_s}),
                 u"tenant-cli"_s);
        QCOMPARE(admin({u"get"_s, u"rolebinding"_s, u"-n"_s, u"tenant-cli"_s,
                        u"tenant-cli-admins"_s, u"-o"_s,
                        u"jsonpath={.roleRef.name} {.subjects[0].name}"_s}),
                 u"scs:tenant oidc:tenant-cli-admins"_s);
        // Again: the namespace exists, the server says so, nothing is deleted.
        const Run again = console({u"--profile"_s, kProfile, u"--name"_s, u"tenant-cli"_s,
                                   u"--admin-group"_s, u"tenant-cli-admins"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
        QVERIFY(!admin({u"get"_s, u"namespace"_s, u"tenant-cli"_s, u"-o"_s, u"name"_s}).isEmpty());
    }

    void shouldDeleteTheNamespaceAgainWhenTheBindingIsRefused()
    {
        // carol may not bind cluster-admin (RBAC's escalation check).
        const Run r = console({u"--profile"_s, kProfile, u"--name"_s, u"tenant-cli-refused"_s,
                               u"--admin-group"_s, u"tenant-cli-admins"_s, u"--role"_s,
                               u"cluster-admin"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, u"namespace/tenant-cli-refused created\n"_s);
        QVERIFY2(r.err.contains(u"was deleted again"_s), qPrintable(r.err));
        QVERIFY(namespaceGone(u"tenant-cli-refused"_s));
    }
};

QTEST_GUILESS_MAIN(TestCreateTenantCliIntegration)
#include "tst_createtenant_cli_integration.moc"
