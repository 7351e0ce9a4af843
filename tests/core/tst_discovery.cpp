// Discovery against a scripted server: aggregated v2, the classic fallback, the disk cache,
// changed() only on change, a broken group-version skipped.

#include "fakeapiserver.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::kube;

namespace {

const QByteArray aggregatedType
    = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

QJsonObject aggregatedResource(const QString &plural, const QString &kind, bool namespaced,
                               const QStringList &shortNames = {})
{
    return QJsonObject{
        {"resource", plural},
        {"responseKind", QJsonObject{{"group", ""}, {"version", ""}, {"kind", kind}}},
        {"scope", namespaced ? "Namespaced" : "Cluster"},
        {"singularResource", kind.toLower()},
        {"verbs", QJsonArray{"get", "list", "watch"}},
        {"shortNames", QJsonArray::fromStringList(shortNames)},
        {"subresources", QJsonArray{QJsonObject{{"subresource", "status"}}}},
    };
}

QByteArray aggregatedList(const QJsonArray &groups)
{
    return QJsonDocument(QJsonObject{{"kind", "APIGroupDiscoveryList"},
                                     {"apiVersion", "apidiscovery.k8s.io/v2"},
                                     {"items", groups}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject aggregatedGroup(const QString &name, const QStringList &versions,
                            const QJsonArray &resources)
{
    QJsonArray v;
    for (const QString &version : versions)
        v.append(QJsonObject{{"version", version}, {"resources", resources}});
    return QJsonObject{{"metadata", name.isEmpty() ? QJsonObject{} : QJsonObject{{"name", name}}},
                       {"versions", v}};
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cache;


    void serveAggregated(FakeApiServer &server, bool withWidgets)
    {
        server.on("GET", "/api", [](const FakeRequest &) {
            FakeResponse r;
            r.contentType = aggregatedType;
            r.body = aggregatedList({aggregatedGroup(
                "", {"v1"},
                {aggregatedResource("configmaps", "ConfigMap", true, {"cm"}),
                 aggregatedResource("namespaces", "Namespace", false, {"ns"})})});
            return r;
        });
        server.on("GET", "/apis", [withWidgets](const FakeRequest &) {
            QJsonArray groups{aggregatedGroup(
                "cluster.x-k8s.io", {"v1beta1", "v1alpha4"},
                {aggregatedResource("clusters", "Cluster", true, {"cl"})})};
            if (withWidgets)
                groups.append(aggregatedGroup("example.com", {"v1"},
                                              {aggregatedResource("widgets", "Widget", true)}));
            FakeResponse r;
            r.contentType = aggregatedType;
            r.body = aggregatedList(groups);
            return r;
        });
    }

private Q_SLOTS:
    void shouldReadAggregatedDiscovery()
    {
        FakeApiServer server;
        serveAggregated(server, false);
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        Discovery discovery(&client, "agg", nullptr, m_cache.path());
        QSignalSpy refreshed(&discovery, &Discovery::refreshed);
        QSignalSpy changed(&discovery, &Discovery::changed);
        discovery.refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(discovery.resources().size(), 3);
        QVERIFY(server.requests.first().headers.value("accept").startsWith(
            "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"));

        const auto cm = discovery.find("cm");
        QVERIFY(cm);
        QCOMPARE(cm->kind, "ConfigMap");
        QCOMPARE(cm->version, "v1");
        QVERIFY(cm->namespaced);
        QCOMPARE(cm->collectionPath("tenant-a"), "/api/v1/namespaces/tenant-a/configmaps");
        QCOMPARE(cm->subresources, QStringList{"status"});

        const auto cluster = discovery.find("Cluster");
        QVERIFY(cluster);
        QCOMPARE(cluster->group, "cluster.x-k8s.io");
        QCOMPARE(cluster->version, "v1beta1"); // preferred: the first listed
        QCOMPARE(cluster->collectionPath(), "/apis/cluster.x-k8s.io/v1beta1/clusters");
        QCOMPARE(cluster->qualifiedName(), "clusters.cluster.x-k8s.io");
        QVERIFY(cluster->supports("watch"));
        QVERIFY(!cluster->supports("delete"));

        const auto ns = discovery.forKind("", "Namespace");
        QVERIFY(ns && !ns->namespaced);
        QCOMPARE(ns->collectionPath("ignored"), "/api/v1/namespaces");

        // Same answer again: refreshed, but not changed.
        discovery.refresh();
        QTRY_COMPARE(refreshed.size(), 2);
        QCOMPARE(changed.size(), 1);
    }

    void shouldFallBackToClassicDiscovery()
    {
        FakeApiServer server;
        server.onJson("GET", "/api", 200, R"({"kind":"APIVersions","versions":["v1"]})");
        server.onJson("GET", "/api/v1", 200,
                      R"({"kind":"APIResourceList","groupVersion":"v1","resources":[)"
                      R"({"name":"configmaps","singularName":"configmap","namespaced":true,)"
                      R"("kind":"ConfigMap","verbs":["get","list"],"shortNames":["cm"]},)"
                      R"({"name":"pods","singularName":"pod","namespaced":true,"kind":"Pod",)"
                      R"("verbs":["get"]},{"name":"pods/log","namespaced":true,"kind":"Pod",)"
                      R"("verbs":["get"]},{"name":"pods/status","namespaced":true,)"
                      R"("kind":"Pod","verbs":["get"]}]})");
        server.onJson("GET", "/apis", 200,
                      R"({"kind":"APIGroupList","groups":[{"name":"apps","versions":[)"
                      R"({"groupVersion":"apps/v1","version":"v1"}],"preferredVersion":)"
                      R"({"groupVersion":"apps/v1","version":"v1"}},{"name":"broken.io",)"
                      R"("versions":[{"groupVersion":"broken.io/v1","version":"v1"}],)"
                      R"("preferredVersion":{"groupVersion":"broken.io/v1","version":"v1"}}]})");
        server.onJson("GET", "/apis/apps/v1", 200,
                      R"({"kind":"APIResourceList","groupVersion":"apps/v1","resources":[)"
                      R"({"name":"deployments","singularName":"deployment","namespaced":true,)"
                      R"("kind":"Deployment","verbs":["get","list","watch"],)"
                      R"("shortNames":["deploy"],"categories":["all"]}]})");
        server.onJson("GET", "/apis/broken.io/v1", 503,
                      R"({"kind":"Status","code":503,"message":"service unavailable"})");
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        Discovery discovery(&client, "classic", nullptr, m_cache.path());
        QSignalSpy refreshed(&discovery, &Discovery::refreshed);
        QSignalSpy failed(&discovery, &Discovery::failed);
        discovery.refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(discovery.resources().size(), 3);
        const auto pods = discovery.find("pod");
        QVERIFY(pods);
        QCOMPARE(pods->subresources, QStringList({"log", "status"}));
        const auto deploy = discovery.find("deploy");
        QVERIFY(deploy);
        QCOMPARE(deploy->groupVersion(), "apps/v1");
        QCOMPARE(deploy->categories, QStringList{"all"});
    }

    void shouldStartFromTheCacheAndReportChanges()
    {
        FakeApiServer server;
        serveAggregated(server, false);
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        QString cacheFile;
        {
            Discovery first(&client, "cached", nullptr, m_cache.path());
            QVERIFY(first.resources().isEmpty());
            QSignalSpy refreshed(&first, &Discovery::refreshed);
            first.refresh();
            QTRY_COMPARE(refreshed.size(), 1);
            cacheFile = first.cacheFile();
        }
        QVERIFY(QFile::exists(cacheFile));
        QFile file(cacheFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Bearer")); // nothing of the session

        // A new start: filled from the cache before any request.
        const int requestsBefore = server.requests.size();
        Discovery second(&client, "cached", nullptr, m_cache.path());
        QVERIFY(second.isFromCache());
        QCOMPARE(second.resources().size(), 3);
        QCOMPARE(server.requests.size(), requestsBefore);

        // A new custom resource kind appears on the server.
        serveAggregated(server, true);
        QSignalSpy changed(&second, &Discovery::changed);
        second.refresh();
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(!second.isFromCache());
        QVERIFY(second.find("widgets", "example.com"));

        // Another profile has its own cache.
        Discovery other(&client, "other", nullptr, m_cache.path());
        QVERIFY(other.resources().isEmpty());
    }

    void shouldKeepWhatItHasWhenTheServerFails()
    {
        FakeApiServer server;
        serveAggregated(server, false);
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        Discovery discovery(&client, "fails", nullptr, m_cache.path());
        QSignalSpy refreshed(&discovery, &Discovery::refreshed);
        discovery.refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        server.onJson("GET", "/apis", 403,
                      R"({"kind":"Status","code":403,"reason":"Forbidden","message":"no"})");
        QSignalSpy failed(&discovery, &Discovery::failed);
        discovery.refresh();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Forbidden);
        QCOMPARE(discovery.resources().size(), 3);
        QCOMPARE(refreshed.size(), 1);
    }

    void shouldRefreshPeriodically()
    {
        FakeApiServer server;
        serveAggregated(server, false);
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        Discovery discovery(&client, "periodic", nullptr, m_cache.path());
        QSignalSpy refreshed(&discovery, &Discovery::refreshed);
        discovery.setRefreshInterval(std::chrono::milliseconds(100));
        QTRY_VERIFY(refreshed.size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
