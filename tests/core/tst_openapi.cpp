// OpenApi against a scripted server: lazy index, one download shared by concurrent callers,
// the disk cache keyed by the server's content hash, $ref/allOf resolution.

#include "fakeapiserver.h"
#include "kube/kubeclient.h"
#include "kube/openapi.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::kube;

namespace {

QByteArray index(const QString &hash)
{
    const QJsonObject core{{"serverRelativeURL", "/openapi/v3/api/v1?hash=" + hash}};
    const QJsonObject example{{"serverRelativeURL", "/openapi/v3/apis/example.com/v1?hash=W"}};
    const QJsonObject paths{{"api/v1", core}, {"apis/example.com/v1", example}};
    return QJsonDocument(QJsonObject{{"paths", paths}}).toJson(QJsonDocument::Compact);
}

QByteArray coreDocument()
{
    const QJsonObject configMap{
        {"type", "object"},
        {"x-kubernetes-group-version-kind",
         QJsonArray{QJsonObject{{"group", ""}, {"version", "v1"}, {"kind", "ConfigMap"}}}},
        {"properties",
         QJsonObject{{"metadata",
                      QJsonObject{{"allOf", QJsonArray{QJsonObject{
                                                {"$ref", "#/components/schemas/ObjectMeta"}}}},
                                  {"description", "Standard object's metadata."}}},
                     {"data", QJsonObject{{"type", "object"},
                                          {"additionalProperties",
                                           QJsonObject{{"type", "string"}}}}}}}};
    const QJsonObject objectMeta{
        {"type", "object"},
        {"description", "ObjectMeta is metadata that all persisted resources must have"},
        {"properties", QJsonObject{{"name", QJsonObject{{"type", "string"}}},
                                   {"labels", QJsonObject{{"type", "object"}}}}}};
    return QJsonDocument(
               QJsonObject{{"openapi", "3.0.0"},
                           {"components",
                            QJsonObject{{"schemas",
                                         QJsonObject{{"io.k8s.api.core.v1.ConfigMap", configMap},
                                                     {"ObjectMeta", objectMeta}}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private:

private Q_SLOTS:
    void shouldFetchLazilyShareDownloadsAndResolveRefs()
    {
        QTemporaryDir cache;
        FakeApiServer server;
        server.onJson("GET", "/openapi/v3", 200, index("H1"));
        server.onJson("GET", "/openapi/v3/api/v1", 200, coreDocument());
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        OpenApi openApi(&client, nullptr, cache.path());
        QTest::qWait(50);
        QCOMPARE(server.requests.size(), 0); // nothing before it is needed

        std::optional<Result<OpenApiSchema>> first;
        std::optional<Result<OpenApiSchema>> second;
        openApi.schemaFor("", "v1", "ConfigMap", this,
                          [&first](const Result<OpenApiSchema> &s) { first = s; });
        openApi.schemaFor("", "v1", "ConfigMap", this,
                          [&second](const Result<OpenApiSchema> &s) { second = s; });
        QTRY_VERIFY(first && second);
        QVERIFY(*first && *second);
        QCOMPARE(server.count("GET", "/openapi/v3"), 1);
        QCOMPARE(server.count("GET", "/openapi/v3/api/v1"), 1);
        QCOMPARE(server.requests.last().query.queryItemValue("hash"), "H1");

        const OpenApiSchema &schema = **first;
        QCOMPARE(schema.name, "io.k8s.api.core.v1.ConfigMap");
        const QJsonObject metadata = schema.property({"metadata"});
        QCOMPARE(metadata["description"].toString(), "Standard object's metadata.");
        QVERIFY(metadata["properties"].toObject().contains("labels"));
        QCOMPARE(schema.property({"metadata", "name"})["type"].toString(), "string");
        QCOMPARE(schema.property({"data"})["type"].toString(), "object");
        QVERIFY(schema.property({"nope"}).isEmpty());

        // Answers from memory still come later, never from within the call.
        bool called = false;
        openApi.document("v1", this, [&called](const Result<QJsonObject> &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QCOMPARE(server.count("GET", "/openapi/v3/api/v1"), 1);

        // A new start: the document (same hash) comes from the disk cache.
        OpenApi again(&client, nullptr, cache.path());
        std::optional<Result<QJsonObject>> doc;
        again.document("v1", this, [&doc](const Result<QJsonObject> &d) { doc = d; });
        QTRY_VERIFY(doc.has_value());
        QVERIFY(*doc);
        QCOMPARE(server.count("GET", "/openapi/v3"), 2);
        QCOMPARE(server.count("GET", "/openapi/v3/api/v1"), 1);

        // The server's document changed (new hash): fetched anew after invalidate().
        server.onJson("GET", "/openapi/v3", 200, index("H2"));
        again.invalidate();
        doc.reset();
        again.document("v1", this, [&doc](const Result<QJsonObject> &d) { doc = d; });
        QTRY_VERIFY(doc.has_value());
        QCOMPARE(server.count("GET", "/openapi/v3/api/v1"), 2);
    }

    void shouldReportWhatIsNotThere()
    {
        QTemporaryDir cache;
        FakeApiServer server;
        server.onJson("GET", "/openapi/v3", 200, index("H1"));
        server.onJson("GET", "/openapi/v3/api/v1", 200, coreDocument());
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        OpenApi openApi(&client, nullptr, cache.path());

        std::optional<Result<OpenApiSchema>> missingKind;
        openApi.schemaFor("", "v1", "Pod", this,
                          [&](const Result<OpenApiSchema> &s) { missingKind = s; });
        std::optional<Result<QJsonObject>> missingGroup;
        openApi.document("nothing.io/v1", this,
                         [&](const Result<QJsonObject> &d) { missingGroup = d; });
        std::optional<Result<QJsonObject>> gone; // listed, but 404 when fetched
        openApi.document("example.com/v1", this, [&](const Result<QJsonObject> &d) { gone = d; });
        QTRY_VERIFY(missingKind && missingGroup && gone);
        QCOMPARE(missingKind->error().kind, Error::Kind::NotFound);
        QCOMPARE(missingGroup->error().kind, Error::Kind::NotFound);
        QCOMPARE(gone->error().kind, Error::Kind::NotFound);
    }

    void shouldNotCallBackAfterTheContextIsGone()
    {
        QTemporaryDir cache;
        FakeApiServer server;
        server.onJson("GET", "/openapi/v3", 200, index("H1"));
        server.onJson("GET", "/openapi/v3/api/v1", 200, coreDocument());
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        OpenApi openApi(&client, nullptr, cache.path());
        bool called = false;
        {
            QObject context;
            openApi.document("v1", &context, [&called](const auto &) { called = true; });
        }
        QTRY_COMPARE(server.count("GET", "/openapi/v3"), 1);
        QTest::qWait(200);
        QVERIFY(!called);
        QCOMPARE(server.count("GET", "/openapi/v3/api/v1"), 0); // nobody wants it any more
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
