// Kubeconfigs of ordered clusters against the local stack: admin kubectl creates two CAPI
// Clusters in tenant-a from the stack's ClusterClass (one whose OIDC variable names the stack's
// Keycloak, one without); the simulated provisioner makes them Ready and writes their
// `<cluster>-kubeconfig` Secrets. As alice, ClusterAccessLoader decides the kind and
// writeClusterKubeconfig writes the file; real kubectl reaches the workload API server with it:
// as oidc:alice through the real `scs-console get-token` (OIDC), and with the Secret's
// cluster-admin certificate (Admin). Runs under scripts/with-test-session.

#include "auth/session.h"
#include "auth/tokenstore.h"
#include "common/formloginagent.h"
#include "common/keychainsession.h"
#include "common/processrun.h"
#include "common/resultcheck.h"
#include "common/stackenv.h"
#include "kube/kubeclient.h"
#include "kubeconfig/clusterkubeconfig.h"
#include "profiles/profilestore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::auth;

namespace {
const QString kProfile = QStringLiteral("kcfg clusters");
const QString kTenant = QStringLiteral("tenant-a");

using Run = test::ProcessRun;
} // namespace

class TestClusterKubeconfigIntegration : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    Session *m_session = nullptr;
    TokenStore *m_tokens = nullptr;
    kube::KubeClient *m_client = nullptr;
    QString m_oidcCluster;
    QString m_adminCluster;

    Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
    {
        test::ProcessOptions options;
        options.input = input;
        return test::runProcess(program, arguments, options);
    }

    Run adminKubectl(const QStringList &arguments, const QByteArray &input = {})
    {
        return run(m_env.value(QStringLiteral("SCS_KUBECTL")),
                   QStringList{QStringLiteral("--kubeconfig"),
                               m_env.value(QStringLiteral("SCS_ADMIN_KUBECONFIG"))}
                       + arguments,
                   input);
    }

    Run kubectl(const QString &kubeconfig, const QStringList &arguments)
    {
        return run(m_env.value(QStringLiteral("SCS_KUBECTL")),
                   QStringList{QStringLiteral("--kubeconfig"), kubeconfig} + arguments);
    }

    QByteArray clusterYaml(const QString &name, bool oidc) const
    {
        QByteArray yaml = "apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nmetadata:\n"
                          "  name: "
            + name.toUtf8() + "\n  namespace: " + kTenant.toUtf8()
            + "\nspec:\n  topology:\n    class: openstack-scs-1-33-v1\n"
              "    version: v1.33.5\n    controlPlane:\n      replicas: 1\n"
              "    variables:\n    - name: external_id\n"
              "      value: ebfe5546-f09f-4f42-ab54-094e457d42ec\n";
        if (oidc) {
            yaml += "    - name: oidc_config\n      value:\n        issuer_url: "
                + m_env.value(QStringLiteral("SCS_OIDC_ISSUER")).toUtf8()
                + "\n        client_id: scs-console\n";
        }
        return yaml;
    }

    Result<ClusterAccess> load(const QString &cluster)
    {
        ClusterAccessLoader loader(m_client);
        std::optional<Result<ClusterAccess>> result;
        connect(&loader, &ClusterAccessLoader::loaded, this,
                [&](const ClusterAccess &a) { result = a; });
        connect(&loader, &ClusterAccessLoader::failed, this,
                [&](const Error &e) { result = std::unexpected(e); });
        loader.load(kTenant, cluster);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return fail(Error::Kind::Timeout, QStringLiteral("loader did not finish"));
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(m_dir.isValid());
        m_profile = m_env.profile(kProfile);
        m_profile.tenants = {kTenant};
        QVERIFY(test::saveProfileAsConsole(m_profile));

        const QString suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        m_oidcCluster = QStringLiteral("kcfg-oidc-") + suffix;
        m_adminCluster = QStringLiteral("kcfg-admin-") + suffix;
        for (const auto &[name, oidc] : {std::pair{m_oidcCluster, true},
                                         std::pair{m_adminCluster, false}}) {
            const Run created = adminKubectl({QStringLiteral("apply"), QStringLiteral("-f"),
                                              QStringLiteral("-")},
                                             clusterYaml(name, oidc));
            QVERIFY2(created.exitCode == 0, created.err.constData());
        }

        // alice, into the keychain entry the console binary reads (get-token of the OIDC
        // kubeconfig runs as kubectl's exec plugin).
        m_tokens = new TokenStore;
        m_session = new Session(m_profile, m_tokens, nullptr, this);
        QSignalSpy signedIn(m_session, &Session::signedIn);
        m_session->signIn(new test::FormLoginAgent(m_profile, QStringLiteral("alice"),
                                                   m_env.demoPassword(QStringLiteral("alice")),
                                                   m_session));
        QVERIFY(signedIn.wait(30000));
        // The session saves itself asynchronously; kubectl's get-token reads it from there.
        bool stored = false;
        bool asked = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (!stored && !asked) {
                    asked = true;
                    m_tokens->load(kProfile, [&](Result<std::optional<StoredSession>> r) {
                        stored = r && r->has_value();
                        asked = false;
                    });
                }
                return stored;
            },
            10000));
        m_client = new kube::KubeClient(m_profile, m_session, this);

        for (const QString &name : {m_oidcCluster, m_adminCluster}) {
            const Run ready = adminKubectl({QStringLiteral("-n"), kTenant, QStringLiteral("wait"),
                                            QStringLiteral("--for=condition=Ready"),
                                            QStringLiteral("--timeout=90s"),
                                            QStringLiteral("clusters.cluster.x-k8s.io/") + name});
            QVERIFY2(ready.exitCode == 0, ready.err.constData());
        }
    }

    void cleanupTestCase()
    {
        for (const QString &name : {m_oidcCluster, m_adminCluster}) {
            if (!name.isEmpty())
                adminKubectl({QStringLiteral("-n"), kTenant, QStringLiteral("delete"),
                              QStringLiteral("--wait=false"), QStringLiteral("--ignore-not-found"),
                              QStringLiteral("clusters.cluster.x-k8s.io/") + name});
        }
        // The store has no parent and must outlive the session that uses it (LSan found it).
        delete m_client;
        m_client = nullptr;
        delete m_session;
        m_session = nullptr;
        delete m_tokens;
        m_tokens = nullptr;
    }

    void shouldExportAnOidcKubeconfigThatReachesTheWorkloadApiServerAsAlice()
    {
        const auto access = load(m_oidcCluster);
        SCS_VERIFY_OK(access);
        QCOMPARE(access->kind, ClusterAccess::Kind::Oidc);
        QCOMPARE(access->server, QUrl(m_env.value(QStringLiteral("SCS_WORKLOAD_API_URL"))));
        QVERIFY2(access->caPem.startsWith("-----BEGIN CERTIFICATE-----"),
                 qPrintable(access->caSource));
        QVERIFY(access->adminKubeconfig.isEmpty()); // the credential is not kept

        ClusterKubeconfigExport request;
        request.profile = m_profile;
        request.access = *access;
        request.consoleProgram = QStringLiteral(SCS_CONSOLE_BIN);
        request.setCurrentContext = true;
        const QString path = m_dir.filePath(QStringLiteral("oidc/config"));
        const auto written = writeClusterKubeconfig(path, request, false);
        SCS_VERIFY_OK(written);
        QVERIFY(!written->merge.content.contains("client-key-data"));

        const Run ready = kubectl(path, {QStringLiteral("get"), QStringLiteral("--raw"),
                                         QStringLiteral("/readyz")});
        QVERIFY2(ready.exitCode == 0, ready.err.constData());
        QCOMPARE(ready.out.trimmed(), QByteArray("ok"));
        const Run who = kubectl(path, {QStringLiteral("auth"), QStringLiteral("whoami"),
                                       QStringLiteral("-o"),
                                       QStringLiteral("jsonpath={.status.userInfo.username}")});
        QVERIFY2(who.exitCode == 0, who.err.constData());
        QCOMPARE(who.out, QByteArray("oidc:alice"));
        const Run namespaces = kubectl(path, {QStringLiteral("get"), QStringLiteral("namespaces")});
        QVERIFY2(namespaces.exitCode == 0, namespaces.err.constData());
    }

    void shouldExportTheAdminKubeconfigWhenTheClusterDoesNotTrustTheIssuer()
    {
        const auto access = load(m_adminCluster);
        SCS_VERIFY_OK(access);
        QCOMPARE(access->kind, ClusterAccess::Kind::Admin);
        QVERIFY(!access->oidcUnavailableReason.isEmpty());
        QVERIFY(!access->adminKubeconfig.isEmpty());

        ClusterKubeconfigExport request;
        request.profile = m_profile;
        request.access = *access;
        const QString path = m_dir.filePath(QStringLiteral("admin/config"));
        // Merged next to a hand-written entry, which stays.
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile own(path);
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("apiVersion: v1\nkind: Config\n# mine\nclusters:\n- name: other\n"
                  "  cluster:\n    server: https://other.example.com:6443\n");
        own.close();
        const auto written = writeClusterKubeconfig(path, request, false);
        SCS_VERIFY_OK(written);
        QVERIFY(written->merge.content.startsWith("apiVersion: v1\nkind: Config\n# mine\n"
                                                  "clusters:\n- name: other\n"));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        const QString context = request.contextName();
        QVERIFY(context.endsWith(QStringLiteral("-admin@kcfg-clusters")));
        const Run ready = kubectl(path, {QStringLiteral("--context"), context, QStringLiteral("get"),
                                         QStringLiteral("--raw"), QStringLiteral("/readyz")});
        QVERIFY2(ready.exitCode == 0, ready.err.constData());
        const Run who = kubectl(path, {QStringLiteral("--context"), context, QStringLiteral("auth"),
                                       QStringLiteral("whoami"), QStringLiteral("-o"),
                                       QStringLiteral("jsonpath={.status.userInfo.groups}")});
        QVERIFY2(who.exitCode == 0, who.err.constData());
        QVERIFY2(who.out.contains("system:masters"), who.out.constData());
    }

    void shouldRefuseAClusterThatIsNotReadyOrMissing()
    {
        const auto missing = load(QStringLiteral("kcfg-no-such-cluster"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestClusterKubeconfigIntegration)
#include "tst_clusterkubeconfig_integration.moc"
