// ClusterConnector's decisions against scripted servers (unit edge cases; the way through
// with the real stack is tests/ui/orders/tst_opencluster.cpp): the cluster's profile, a cluster
// that accepts the session, one that answers 401 (does not trust the issuer: the admin way,
// with a message that says so), one that fails otherwise, and a cluster that is not ready.
#include "fakeapiserver.h"
#include "workspace/clusterconnector.h"
#include "kube/kubeclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace scs;

namespace {
const QString kReview = QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews");
}

class TestClusterConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        qRegisterMetaType<ClusterAccess>();
        qRegisterMetaType<ConnectionProfile>();
    }

    void shouldNameTheClustersProfileAndKeepItsCaInMemory()
    {
        ConnectionProfile central = profileFor(QUrl(QStringLiteral("https://central:6443")),
                                               QStringLiteral("prod"));
        central.issuerUrl = QUrl(QStringLiteral("https://id.example/realms/scs"));
        central.caFile = QStringLiteral("/etc/ca.pem");
        central.tenants = {QStringLiteral("tenant-a")};
        ClusterAccess access;
        access.tenant = QStringLiteral("tenant-a");
        access.cluster = QStringLiteral("demo");
        access.server = QUrl(QStringLiteral("https://10.0.0.5:6443"));
        access.caPem = "-----BEGIN CERTIFICATE-----\n";
        const ConnectionProfile p = ClusterConnector::profileFor(central, access);
        QCOMPARE(p.name, QStringLiteral("demo.tenant-a@prod"));
        QCOMPARE(p.apiUrl, access.server);
        QCOMPARE(p.caData, access.caPem);
        QCOMPARE(p.caFile, central.caFile); // the issuer's
        QCOMPARE(p.issuerUrl, central.issuerUrl);
        QVERIFY(p.tenants.isEmpty());
        QCOMPARE(ClusterConnector::displayNameFor(access), QStringLiteral("demo (tenant-a)"));
    }

    void shouldBeReadyWhenTheClusterAcceptsTheSession()
    {
        FakeApiServer cluster;
        cluster.onJson("POST", kReview, 201,
                       R"({"kind":"SelfSubjectReview",
                           "status":{"userInfo":{"username":"oidc:alice"}}})");
        kube::StaticTokenSource session(QStringLiteral("id-token"));
        ClusterConnector connector(nullptr, &session);
        QSignalSpy ready(&connector, &ClusterConnector::ready);
        QSignalSpy admin(&connector, &ClusterConnector::adminRequired);
        connector.verify(profileFor(cluster.url(), QStringLiteral("c")), QStringLiteral("C"));
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(0).value<ConnectionProfile>().name, QStringLiteral("c"));
        QCOMPARE(ready.first().at(1).toString(), QStringLiteral("C"));
        QCOMPARE(admin.size(), 0);
        QCOMPARE(cluster.requests.last().headers.value("authorization"),
                 QByteArray("Bearer id-token"));
    }

    void shouldAskForTheAdminWayOn401WithoutRefreshingTheSession()
    {
        FakeApiServer cluster;
        cluster.onJson("POST", kReview, 401,
                       R"({"kind":"Status","status":"Failure","reason":"Unauthorized",
                           "code":401})");
        ScriptedTokenSource session(QStringLiteral("id-token"));
        ClusterConnector connector(nullptr, &session);
        QSignalSpy ready(&connector, &ClusterConnector::ready);
        QSignalSpy admin(&connector, &ClusterConnector::adminRequired);
        QSignalSpy failed(&connector, &ClusterConnector::failed);
        connector.verify(profileFor(cluster.url(), QStringLiteral("c")), QStringLiteral("C"));
        QTRY_COMPARE(admin.size(), 1);
        QVERIFY(admin.first().at(1).toString().contains(
            QStringLiteral("does not accept your sign-in")));
        QCOMPARE(ready.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(session.refreshCount, 0);
    }

    void shouldFailOnOtherErrors()
    {
        FakeApiServer cluster;
        cluster.onJson("POST", kReview, 500, R"({"kind":"Status","code":500})");
        kube::StaticTokenSource session(QStringLiteral("id-token"));
        ClusterConnector connector(nullptr, &session);
        QSignalSpy failed(&connector, &ClusterConnector::failed);
        QSignalSpy admin(&connector, &ClusterConnector::adminRequired);
        connector.verify(profileFor(cluster.url(), QStringLiteral("c")), QStringLiteral("C"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QCOMPARE(admin.size(), 0);

        kube::StaticTokenSource signedOut;
        ClusterConnector nobody(nullptr, &signedOut);
        QSignalSpy nobodyFailed(&nobody, &ClusterConnector::failed);
        nobody.verify(profileFor(cluster.url(), QStringLiteral("c")), QStringLiteral("C"));
        QCOMPARE(nobodyFailed.size(), 1);
        QCOMPARE(nobodyFailed.first().first().value<Error>().kind, Error::Kind::Unauthorized);
    }

    void shouldRefuseAClusterThatIsNotReady()
    {
        FakeApiServer central;
        central.onJson("GET", "/apis/cluster.x-k8s.io/v1beta1/namespaces/tenant-a/clusters/demo",
                       200,
                       R"({"kind":"Cluster","metadata":{"name":"demo","namespace":"tenant-a"},
                           "status":{"conditions":[{"type":"Ready","status":"False"}]}})");
        kube::StaticTokenSource session(QStringLiteral("id-token"));
        kube::KubeClient client(profileFor(central.url()), &session);
        ClusterConnector connector(&client, &session);
        QSignalSpy failed(&connector, &ClusterConnector::failed);
        connector.open(QStringLiteral("tenant-a"), QStringLiteral("demo"));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().value<Error>().message.contains(
            QStringLiteral("not ready")));
    }
};

QTEST_GUILESS_MAIN(TestClusterConnector)
#include "tst_clusterconnector.moc"
