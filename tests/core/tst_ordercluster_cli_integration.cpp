// `scs-console order-cluster`: the real binary against the local stack, with alice's session
// in the (test) keychain. Invalid files stop with exit code 3 before anything is sent; a valid
// Cluster API order with --wait ends with 0 once the provisioner made it Ready; no session is
// 5, a timeout 4, wrong usage 2; bob's order over tenant-b's quota "compute" (one Cluster API
// cluster, which the sample "beta" uses) is 3 with the quota named and creates nothing. Runs
// under scripts/with-test-session. Objects: orders-cli-*.

#include "auth/session.h"
#include "auth/tokenstore.h"
#include "common/keychainsession.h"
#include "common/stackenv.h"
#include "profiles/profilestore.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::auth;
using namespace Qt::StringLiterals;

namespace {
const QString kProfile = u"orders stack"_s;
const QString kNoSession = u"orders nobody"_s;
const QString kBob = u"orders bob"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray capiYaml(const QString &name, int secondPoolReplicas, const QString &extra = {})
{
    return (u"apiVersion: cluster.x-k8s.io/v1beta1\n"
            u"kind: Cluster\n"
            u"metadata:\n"
            u"  name: "_s + name + u"\n"
            u"spec:\n"
            u"  topology:\n"
            u"    class: openstack-scs-1-33-v1\n"
            u"    version: v1.33.5\n"
            u"    controlPlane:\n"
            u"      replicas: 1\n"
            u"    workers:\n"
            u"      machineDeployments:\n"
            u"      - class: default-worker\n"
            u"        name: md-0\n"
            u"        replicas: 1\n"
            u"      - class: default-worker\n"
            u"        name: md-1\n"
            u"        replicas: "_s + QString::number(secondPoolReplicas) + u"\n"
            u"    variables:\n"
            u"    - name: external_id\n"
            u"      value: ebfe5546-f09f-4f42-ab54-094e457d42ec\n"
            u"    - name: worker_flavor\n"
            u"      value: SCS-2V-4\n"_s + extra)
        .toUtf8();
}
} // namespace

class TestOrderClusterCliIntegration : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;

    Run console(const QStringList &arguments)
    {
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(SCS_CONSOLE_BIN), arguments);
        Run result;
        if (!process.waitForFinished(180000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    Run order(const QString &profile, const QByteArray &yaml, const QStringList &more = {},
              const QString &tenant = u"tenant-a"_s)
    {
        const QString file = m_dir.filePath(u"order.yaml"_s);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the order file");
        f.write(yaml);
        f.close();
        return console(QStringList{u"order-cluster"_s, u"--profile"_s, profile, u"--tenant"_s,
                                   tenant, u"--from"_s, file}
                       + more);
    }

    QString admin(const QStringList &arguments)
    {
        QProcess kubectl;
        kubectl.start(m_env.value(u"SCS_KUBECTL"_s),
                      QStringList{u"--kubeconfig"_s, m_env.value(u"SCS_ADMIN_KUBECONFIG"_s)}
                          + arguments);
        kubectl.waitForFinished(90000);
        return QString::fromUtf8(kubectl.readAllStandardOutput());
    }

    void adminDelete(const QString &resource, const QString &name)
    {
        admin({u"delete"_s, resource, u"-n"_s, u"tenant-a"_s, name, u"--ignore-not-found"_s,
               u"--wait=true"_s, u"--timeout=60s"_s});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(m_dir.isValid());
        m_profile = m_env.profile(kProfile);
        m_profile.tenants = {u"tenant-a"_s};
        QVERIFY(test::saveProfileAsConsole(m_profile));
        ConnectionProfile nobody = m_profile;
        nobody.name = kNoSession;
        QVERIFY(test::saveProfileAsConsole(nobody));
        QVERIFY2(test::signInIntoKeychain(m_env, m_profile, u"alice"_s),
                 "sign-in into the keychain failed (run under scripts/with-test-session)");
        ConnectionProfile bob = m_profile;
        bob.name = kBob;
        bob.tenants = {u"tenant-b"_s};
        QVERIFY(test::saveProfileAsConsole(bob));
        QVERIFY(test::signInIntoKeychain(m_env, bob, u"bob"_s));
        cleanupTestCase();
    }

    void cleanupTestCase()
    {
        adminDelete(u"clusters.cluster.x-k8s.io"_s, u"orders-cli"_s);
        adminDelete(u"clusters.api.scs.community"_s, u"orders-cli-claim"_s);
        admin({u"delete"_s, u"clusters.cluster.x-k8s.io"_s, u"-n"_s, u"tenant-b"_s,
               u"orders-cli-quota"_s, u"--ignore-not-found"_s, u"--wait=true"_s,
               u"--timeout=60s"_s});
    }

    void shouldRefuseAnOrderOverAQuotaWithTheQuotaNamed()
    {
        // tenant-b's quota "compute" allows one Cluster API cluster; the sample "beta" is it.
        const QString used = admin({u"get"_s, u"resourcequota"_s, u"compute"_s, u"-n"_s,
                                    u"tenant-b"_s, u"-o"_s,
                                    u"jsonpath={.status.used.count/clusters\\.cluster\\.x-k8s\\.io}"_s});
        QCOMPARE(used.trimmed(), u"1"_s);
        const Run r = order(kBob, capiYaml(u"orders-cli-quota"_s, 1), {}, u"tenant-b"_s);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"Quota 'compute' in tenant-b"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"clusters.cluster.x-k8s.io"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"nothing was sent"_s), qPrintable(r.err));
        QVERIFY(!r.out.contains(u"created"_s));
        QCOMPARE(admin({u"get"_s, u"clusters.cluster.x-k8s.io"_s, u"-n"_s, u"tenant-b"_s,
                        u"orders-cli-quota"_s, u"--ignore-not-found"_s, u"-o"_s, u"name"_s})
                     .trimmed(),
                 QString());
    }

    void shouldRefuseABadFileBeforeAnyRequest()
    {
        // The profile has no session: a request would end in exit code 5, not 3.
        Run r = order(kNoSession, capiYaml(u"Orders_CLI"_s, 1));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"order.yaml:4:3: metadata.name: must consist of lowercase"_s),
                 qPrintable(r.err));
        r = order(kNoSession, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"not a cluster order"_s), qPrintable(r.err));
        r = order(kNoSession, "kind: Cluster\n  bad: [indent\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"order.yaml:"_s), qPrintable(r.err));
    }

    void shouldRefuseWhatTheClassForbidsAndCreateNothing()
    {
        Run r = order(kProfile, capiYaml(u"orders-cli"_s, 0,
                                         u"    - name: worker_root_disk_gb\n"
                                         u"      value: 900\n"_s));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"order.yaml:18:9: spec.topology.workers.machineDeployments[1]."
                                u"replicas: must be at least 1"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"order.yaml:25:7: spec.topology.variables[worker_root_disk_gb]"
                                u".value: must be at most 500"_s),
                 qPrintable(r.err));
        QVERIFY(admin({u"get"_s, u"clusters.cluster.x-k8s.io"_s, u"-n"_s, u"tenant-a"_s,
                       u"orders-cli"_s, u"--ignore-not-found"_s, u"-o"_s, u"name"_s})
                    .isEmpty());
    }

    // An autoscaled pool follows the wizard's rules: max below min, or replicas beside the
    // annotations, are refused before anything is sent.
    void shouldCheckAutoscaledPoolsAsTheWizardDoes()
    {
        const QByteArray autoscaled =
            capiYaml(u"orders-cli-auto"_s, 1)
                .replace("        name: md-1\n        replicas: 1\n",
                         "        name: md-1\n        replicas: 1\n        metadata:\n"
                         "          annotations:\n"
                         "            cluster.x-k8s.io/cluster-api-autoscaler-node-group-min-size: "
                         "\"3\"\n"
                         "            cluster.x-k8s.io/cluster-api-autoscaler-node-group-max-size: "
                         "\"2\"\n");
        QVERIFY(autoscaled.contains("max-size"));
        const Run r = order(kProfile, autoscaled);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"must not be below the minimum"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"machineDeployments[1].replicas: must be left out while the "
                                u"pool is autoscaled"_s),
                 qPrintable(r.err));
        QVERIFY(admin({u"get"_s, u"clusters.cluster.x-k8s.io"_s, u"-n"_s, u"tenant-a"_s,
                       u"orders-cli-auto"_s, u"--ignore-not-found"_s, u"-o"_s, u"name"_s})
                    .isEmpty());
    }

    void shouldOrderAndWaitUntilReady()
    {
        const Run r = order(kProfile, capiYaml(u"orders-cli"_s, 2), {u"--wait"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"clusters.cluster.x-k8s.io/orders-cli created\n"_s);
        const qsizetype pending = r.err.indexOf(u"orders-cli: Pending"_s);
        const qsizetype provisioning = r.err.indexOf(u"orders-cli: Provisioning"_s);
        const qsizetype provisioned = r.err.indexOf(u"orders-cli: Provisioned"_s);
        QVERIFY2(pending >= 0 && pending < provisioning && provisioning < provisioned,
                 qPrintable(r.err));
        QVERIFY(r.err.endsWith(u"orders-cli: ready\n"_s));
        QCOMPARE(admin({u"get"_s, u"clusters.cluster.x-k8s.io"_s, u"-n"_s, u"tenant-a"_s,
                        u"orders-cli"_s, u"-o"_s,
                        u"jsonpath={.spec.topology.workers.machineDeployments[1].replicas}"_s}),
                 u"2"_s);

        // The same name again: refused before anything is sent.
        const Run again = order(kProfile, capiYaml(u"orders-cli-2"_s, 1).replace(
                                              "name: orders-cli-2", "name: orders-cli"));
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains(u"metadata.name: is already taken in tenant-a"_s),
                 qPrintable(again.err));
    }

    void shouldTimeOut()
    {
        const QByteArray claim = "apiVersion: api.scs.community/v1alpha1\n"
                                 "kind: Cluster\n"
                                 "metadata:\n"
                                 "  name: orders-cli-claim\n"
                                 "spec:\n"
                                 "  version: '1.33'\n";
        const Run r = order(kProfile, claim, {u"--wait"_s, u"--timeout"_s, u"1"_s});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.out, u"clusters.api.scs.community/orders-cli-claim created\n"_s);
        QVERIFY2(r.err.contains(u"is not ready after 1 second"_s), qPrintable(r.err));
    }

    void shouldSayWhenNotSignedIn()
    {
        const Run r = order(kNoSession, capiYaml(u"orders-cli-nobody"_s, 1));
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(u"not signed in"_s), qPrintable(r.err));
    }

    void shouldExplainUsage()
    {
        Run r = console({u"order-cluster"_s, u"--profile"_s, kProfile});
        QCOMPARE(r.exitCode, 2);
        r = console({u"order-cluster"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"3  the order is not valid"_s));
        QVERIFY(r.out.contains(u"5  not signed in"_s));
    }
};

QTEST_GUILESS_MAIN(TestOrderClusterCliIntegration)
#include "tst_ordercluster_cli_integration.moc"
