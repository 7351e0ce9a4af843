// Related objects: owners read from ownerReferences, owned objects searched in a bounded set of
// kinds (one metadata-only list each, in the object's namespace), truncation and failures
// reported.

#include "fakeapiserver.h"
#include "kube/kubeclient.h"
#include "models/relatedobjects.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::kube;
using namespace scs::models;

namespace {

ApiResource kind(const QString &group, const QString &kind, const QString &plural,
                 bool namespaced = true)
{
    ApiResource r;
    r.group = group;
    r.version = group.isEmpty() ? "v1" : "v1beta1";
    r.kind = kind;
    r.plural = plural;
    r.namespaced = namespaced;
    r.verbs = {"get", "list", "watch"};
    return r;
}

QJsonObject owned(const QString &name, const QString &ownerUid)
{
    QJsonObject meta{{"name", name}, {"uid", "uid-" + name}};
    if (!ownerUid.isEmpty()) {
        meta.insert("ownerReferences",
                    QJsonArray{QJsonObject{{"apiVersion", "apps/v1"}, {"kind", "Deployment"},
                                           {"name", "web"}, {"uid", ownerUid},
                                           {"controller", true}}});
    }
    return QJsonObject{{"kind", "PartialObjectMetadata"},
                       {"apiVersion", "meta.k8s.io/v1"},
                       {"metadata", meta}};
}

} // namespace

class TestRelatedObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadOwnersFromTheObject()
    {
        const QJsonObject pod = QJsonDocument::fromJson(R"({"metadata":{"name":"p",
            "ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web-1",
            "uid":"u1","controller":true},{"apiVersion":"v1","kind":"ConfigMap","name":"c",
            "uid":"u2"}]}})").object();
        const QList<ObjectLink> links = related::owners(pod);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0], (ObjectLink{"apps", "v1", "ReplicaSet", "web-1", "u1", true}));
        QCOMPARE(links[1], (ObjectLink{"", "v1", "ConfigMap", "c", "u2", false}));
        QVERIFY(related::isOwnedBy(pod, "u2"));
        QVERIFY(!related::isOwnedBy(pod, "u3"));
        QVERIFY(!related::isOwnedBy(pod, ""));
        QVERIFY(related::owners(QJsonObject{{"metadata", QJsonObject{}}}).isEmpty());
    }

    void shouldSearchTheUsualChildKindsThenTheOwnersGroupBounded()
    {
        const QList<ApiResource> served{
            kind("", "Pod", "pods"), kind("apps", "ReplicaSet", "replicasets"),
            kind("apps", "Deployment", "deployments"), kind("", "Namespace", "namespaces", false),
            kind("cluster.x-k8s.io", "Cluster", "clusters"),
            kind("cluster.x-k8s.io", "MachineDeployment", "machinedeployments"),
            kind("cluster.x-k8s.io", "MachineSet", "machinesets"),
            kind("cluster.x-k8s.io", "Machine", "machines")};
        QList<ApiResource> kinds = related::kindsToSearch(served[2], served);
        QCOMPARE(kinds.size(), 1);
        QCOMPARE(kinds[0].plural, "replicasets");
        QCOMPARE(related::kindsToSearch(served[1], served).value(0).plural, "pods");
        kinds = related::kindsToSearch(served[4], served, 2); // bounded
        QCOMPARE(kinds.size(), 2);
        QCOMPARE(kinds[0].plural, "machinedeployments");
        QVERIFY(related::kindsToSearch(served[3], served).isEmpty());
    }

    void shouldFindOwnedObjectsWithOneMetadataListPerKind()
    {
        FakeApiServer server;
        server.onJson("GET", "/apis/apps/v1beta1/namespaces/t/replicasets", 200,
                      QJsonDocument(QJsonObject{{"items", QJsonArray{owned("web-1", "D"),
                                                                     owned("other", "X"),
                                                                     owned("web-2", "D")}},
                                                {"metadata", QJsonObject{{"continue", "c"}}}})
                          .toJson());
        server.onJson("GET", "/api/v1/namespaces/t/pods", 200,
                      QJsonDocument(QJsonObject{{"items", QJsonArray{owned("lonely", "")}}})
                          .toJson());
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url(), QStringLiteral("local")), &tokens);
        const QList<ApiResource> kinds{kind("apps", "ReplicaSet", "replicasets"),
                                       kind("", "Pod", "pods"),
                                       kind("example.com", "Gone", "gones")};
        OwnedObjectsSearch search(&client, "t", "D", kinds, 100);
        QSignalSpy finished(&search, &OwnedObjectsSearch::finished);
        search.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(search.found().size(), 2);
        QCOMPARE(search.found()[0].name, "web-1");
        QCOMPARE(search.found()[0].kind, "ReplicaSet");
        QCOMPARE(search.found()[0].group, "apps");
        QCOMPARE(search.found()[1].name, "web-2");
        QCOMPARE(search.truncatedKinds(), QStringList{"replicasets.apps"});
        QCOMPARE(search.failedKinds(), QStringList{"gones.example.com"});
        QCOMPARE(server.requests.size(), 3);
        const FakeRequest &first = server.requests.first();
        QCOMPARE(first.query.queryItemValue("limit"), "100");
        QVERIFY(first.headers.value("accept").contains("PartialObjectMetadataList"));
    }
};

QTEST_GUILESS_MAIN(TestRelatedObjects)
#include "tst_relatedobjects.moc"
