// Discovery against a scripted server: aggregated v2, the classic fallback, the disk cache per
// server (shared by profiles, revalidated with ETags, broken files ignored), changed() only on
// change, a broken group-version skipped.

#include "fakeapiserver.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"

#include <QCryptographicHash>
#include <QFileDevice>
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


    // Like kube-apiserver: an ETag (the hash of the document) on every aggregated answer, and
    // 304 with no body to an If-None-Match that names the current one.
    static FakeResponse aggregatedAnswer(const FakeRequest &request, const QByteArray &body)
    {
        FakeResponse r;
        r.contentType = aggregatedType;
        const QByteArray etag = QByteArrayLiteral("\"")
            + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(16)
            + QByteArrayLiteral("\"");
        r.headers = "ETag: " + etag + "\r\n";
        if (request.headers.value("if-none-match") == etag) {
            r.status = 304;
            return r;
        }
        r.body = body;
        return r;
    }

    void serveAggregated(FakeApiServer &server, bool withWidgets)
    {
        server.on("GET", "/api", [](const FakeRequest &request) {
            return aggregatedAnswer(
                request, aggregatedList({aggregatedGroup(
                             "", {"v1"},
                             {aggregatedResource("configmaps", "ConfigMap", true, {"cm"}),
                              aggregatedResource("namespaces", "Namespace", false, {"ns"})})}));
        });
        server.on("GET", "/apis", [withWidgets](const FakeRequest &request) {
            QJsonArray groups{aggregatedGroup(
                "cluster.x-k8s.io", {"v1beta1", "v1alpha4"},
                {aggregatedResource("clusters", "Cluster", true, {"cl"})})};
            if (withWidgets)
                groups.append(aggregatedGroup("example.com", {"v1"},
                                              {aggregatedResource("widgets", "Widget", true)}));
            return aggregatedAnswer(request, aggregatedList(groups));
        });
    }

    static int conditionalRequests(const FakeApiServer &server, qsizetype from)
    {
        int n = 0;
        for (qsizetype i = from; i < server.requests.size(); ++i)
            n += server.requests.at(i).headers.contains("if-none-match");
        return n;
    }

private Q_SLOTS:
    void shouldReadAggregatedDiscovery()
    {
        FakeApiServer server;
        serveAggregated(server, false);
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        Discovery discovery(&client, nullptr, m_cache.filePath("agg"));
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
        Discovery discovery(&client, nullptr, m_cache.filePath("classic"));
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
        QCOMPARE(discovery.lastRefreshStats().requests, 5);

        // The classic path has no ETag to revalidate with: everything is fetched again.
        const qsizetype before = server.requests.size();
        discovery.refresh();
        QTRY_COMPARE(refreshed.size(), 2);
        QCOMPARE(server.requests.size() - before, 5);
        QCOMPARE(conditionalRequests(server, before), 0);
        QCOMPARE(discovery.lastRefreshStats().notModified, 0);
    }

    void shouldStartFromTheCacheAndReportChanges()
    {
        FakeApiServer server;
        serveAggregated(server, false);
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        QString cacheFile;
        {
            Discovery first(&client, nullptr, m_cache.filePath("cached"));
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
        Discovery second(&client, nullptr, m_cache.filePath("cached"));
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

        // Another profile on the same server shares the cache (discovery is the same for every
        // user of a server)...
        KubeClient sameServer(profileFor(server.url(), "another-profile"), &tokens);
        Discovery shared(&sameServer, nullptr, m_cache.filePath("cached"));
        QCOMPARE(shared.cacheFile(), second.cacheFile());
        QVERIFY(shared.isFromCache());
        QVERIFY(shared.find("widgets", "example.com"));

        // ...while a profile pointed at another server never sees this one's kinds.
        FakeApiServer otherServer;
        KubeClient moved(profileFor(otherServer.url(), "test"), &tokens);
        Discovery other(&moved, nullptr, m_cache.filePath("cached"));
        QVERIFY(other.cacheFile() != second.cacheFile());
        QVERIFY(other.resources().isEmpty());
        QVERIFY(!other.isFromCache());
    }

    // The file holds what the server publishes to everyone, and only its owner may read it.
    void shouldWriteAnOwnerOnlyCacheWithoutSecrets()
    {
        FakeApiServer server;
        serveAggregated(server, false);
        StaticTokenSource tokens(QStringLiteral("secret-token-123"));
        KubeClient client(profileFor(server.url(), "alices-profile"), &tokens);
        Discovery discovery(&client, nullptr, m_cache.filePath("owner"));
        QSignalSpy refreshed(&discovery, &Discovery::refreshed);
        discovery.refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QFile file(discovery.cacheFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains("secret-token-123"));
        QVERIFY(!content.contains("alices-profile"));
        QVERIFY(content.contains("configmaps"));
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QFileInfo dir(QFileInfo(discovery.cacheFile()).absolutePath());
        QCOMPARE(dir.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
        // Named like kubectl's cache, after host and port.
        const QString name = QFileInfo(discovery.cacheFile()).fileName();
        const QString expected
            = QStringLiteral("127.0.0.1_") + QString::number(server.url().port());
        QVERIFY2(name.startsWith(expected + QLatin1Char('-')), qPrintable(name));
    }

    // Same URL, another CA: another server (or a reinstalled one) as far as the cache goes.
    void shouldKeyTheCacheByUrlAndCa()
    {
        const QUrl url(QStringLiteral("https://api.example.com:6443"));
        const QString a = Discovery::cacheFileFor(url, "ca one", "/c");
        QCOMPARE(Discovery::cacheFileFor(url, "ca one", "/c"), a);
        QVERIFY(a.startsWith("/c/api.example.com_6443-"));
        QVERIFY(Discovery::cacheFileFor(url, "ca two", "/c") != a);
        QVERIFY(Discovery::cacheFileFor(QUrl("https://api.example.com:6444"), "ca one", "/c")
                != a);
        QVERIFY(Discovery::cacheFileFor(QUrl("https://api.example.com:6443/k8s/c-1"), "ca one",
                                        "/c")
                != a);
        QVERIFY(Discovery::cacheFileFor(QUrl("https://api.example.com"), {}, "/c")
                    .startsWith("/c/api.example.com_443-"));
    }

    // A warm start revalidates with the saved ETags: 304s keep the cached kinds without
    // parsing, and only a root whose ETag moved is read again.
    void shouldRevalidateTheCacheWithEtags()
    {
        FakeApiServer server;
        serveAggregated(server, false);
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        const QString dir = m_cache.filePath("etags");
        {
            Discovery cold(&client, nullptr, dir);
            QSignalSpy refreshed(&cold, &Discovery::refreshed);
            cold.refresh();
            QTRY_COMPARE(refreshed.size(), 1);
            QCOMPARE(conditionalRequests(server, 0), 0);
        }

        Discovery warm(&client, nullptr, dir);
        QVERIFY(warm.isFromCache());
        QSignalSpy refreshed(&warm, &Discovery::refreshed);
        QSignalSpy changed(&warm, &Discovery::changed);
        qsizetype before = server.requests.size();
        warm.refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(server.requests.size() - before, 2);
        QCOMPARE(conditionalRequests(server, before), 2);
        QCOMPARE(warm.lastRefreshStats().requests, 2);
        QCOMPARE(warm.lastRefreshStats().notModified, 2);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(warm.resources().size(), 3);
        QVERIFY(!warm.isFromCache()); // confirmed by the server

        // A CRD is added: /apis answers 200 with a new ETag, /api stays 304.
        serveAggregated(server, true);
        before = server.requests.size();
        warm.refresh();
        QTRY_COMPARE(refreshed.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(warm.lastRefreshStats().notModified, 1);
        QVERIFY(warm.find("widgets", "example.com"));
        QVERIFY(warm.find("cm")); // the core group kept from the 304

        // ...and removed again.
        serveAggregated(server, false);
        warm.refresh();
        QTRY_COMPARE(refreshed.size(), 3);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!warm.find("widgets", "example.com"));
        QCOMPARE(warm.resources().size(), 3);

        // The new ETags were saved: the next start is all 304 again.
        Discovery next(&client, nullptr, dir);
        QSignalSpy nextRefreshed(&next, &Discovery::refreshed);
        next.refresh();
        QTRY_COMPARE(nextRefreshed.size(), 1);
        QCOMPARE(next.lastRefreshStats().notModified, 2);
    }

    void shouldIgnoreABrokenOrForeignCache_data()
    {
        // JSON with ' for " (swapped in the test), %URL%/%CA% for this server and its CA hash.
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << (QByteArray::fromHex("00ff") + "{not json");
        QTest::newRow("truncated") << QByteArray("{'format':2,'server':'http://12");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("old format") << QByteArray(
            "{'format':1,'apiUrl':'%URL%','resources':[{'plural':'old','version':'v1'}]}");
        QTest::newRow("future format")
            << QByteArray("{'format':99,'server':'%URL%','caSha256':'%CA%','roots':{}}");
        QTest::newRow("other server") << QByteArray(
            "{'format':2,'server':'https://elsewhere:6443','caSha256':'%CA%','roots':"
            "{'/apis':{'etag':'x','resources':[{'plural':'old','version':'v1'}]}}}");
        QTest::newRow("other CA") << QByteArray(
            "{'format':2,'server':'%URL%','caSha256':'00','roots':"
            "{'/apis':{'etag':'x','resources':[{'plural':'old','version':'v1'}]}}}");
        QTest::newRow("wrong types") << QByteArray(
            "{'format':2,'server':'%URL%','caSha256':'%CA%','roots':"
            "{'/apis':{'etag':7,'resources':{'a':1}},'/api':[1],'x':{}}}");
    }

    void shouldIgnoreABrokenOrForeignCache()
    {
        QFETCH(QByteArray, content);
        FakeApiServer server;
        serveAggregated(server, false);
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        QTemporaryDir dir;
        const QString file = Discovery::cacheFileFor(server.url(), {}, dir.path());
        content.replace('\'', '"');
        content.replace("%URL%", server.url().toString().toUtf8());
        content.replace("%CA%", QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();

        Discovery discovery(&client, nullptr, dir.path());
        QCOMPARE(discovery.cacheFile(), file);
        QVERIFY(!discovery.isFromCache());
        QVERIFY(!discovery.find("old"));
        QSignalSpy refreshed(&discovery, &Discovery::refreshed);
        discovery.refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(conditionalRequests(server, 0), 0); // no ETag taken from a file not ours
        QCOMPARE(discovery.resources().size(), 3);
        // ...and replaced with a good one.
        Discovery next(&client, nullptr, dir.path());
        QVERIFY(next.isFromCache());
        QCOMPARE(next.resources().size(), 3);
    }

    void shouldKeepWhatItHasWhenTheServerFails()
    {
        FakeApiServer server;
        serveAggregated(server, false);
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        Discovery discovery(&client, nullptr, m_cache.filePath("fails"));
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
        Discovery discovery(&client, nullptr, m_cache.filePath("periodic"));
        QSignalSpy refreshed(&discovery, &Discovery::refreshed);
        discovery.setRefreshInterval(std::chrono::milliseconds(100));
        QTRY_VERIFY(refreshed.size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
