// WatchItem: what rows show is read from compact JSON without parsing the rest, the same as
// from a parsed object; escapes, odd values and broken JSON are handled.

#include "kube/watchitem.h"

#include <QJsonDocument>
#include <QTest>

using namespace scs::kube;

namespace {

QJsonObject cluster()
{
    return QJsonDocument::fromJson(
               "{\"apiVersion\":\"api.scs.community/v1alpha1\",\"kind\":\"Cluster\","
               "\"metadata\":{\"name\":\"prod\",\"namespace\":\"tenant-a\",\"uid\":\"u-1\","
               "\"resourceVersion\":\"77\",\"creationTimestamp\":\"2026-11-01T10:00:00Z\","
               "\"deletionTimestamp\":\"2026-11-02T10:00:00Z\","
               "\"finalizers\":[\"a.example/x\",\"b\"],"
               "\"managedFields\":[{\"manager\":\"kubectl\",\"fieldsV1\":{\"f:spec\":{\".\":{},"
               "\"f:x\":{}}},\"time\":\"2026-11-01T10:00:00Z\"}],"
               "\"labels\":{\"name\":\"not-this\",\"uid\":\"nor-this\"}},"
               "\"spec\":{\"metadata\":{\"name\":\"decoy\"},\"s\":\"}]\\\"{\"},"
               "\"status\":{\"phase\":\"Provisioned\",\"conditions\":[{\"type\":\"Synced\","
               "\"status\":\"True\"},{\"status\":\"False\",\"reason\":\"Wait\",\"type\":"
               "\"Ready\"},{\"type\":\"Ready\",\"status\":\"True\"}]}}")
        .object();
}

} // namespace

class TestWatchItem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadWhatRowsShowLikeFromAParsedObject()
    {
        const QJsonObject object = cluster();
        const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
        const std::optional<WatchItem> fromJson = WatchItem::fromJson(json, {"prod", 3});
        QVERIFY(fromJson);
        const WatchItem parsed(object, {"prod", 3});
        for (const WatchItem *item : {&*fromJson, &parsed}) {
            QCOMPARE(item->name(), "prod");
            QCOMPARE(item->namespaceName(), "tenant-a");
            QCOMPARE(item->uid(), "u-1");
            QCOMPARE(item->resourceVersion(), "77");
            QCOMPARE(item->creationTimestamp(), "2026-11-01T10:00:00Z");
            QCOMPARE(item->deletionTimestamp(), "2026-11-02T10:00:00Z");
            QCOMPARE(item->finalizers(), QStringList({"a.example/x", "b"}));
            QCOMPARE(item->phase(), "Provisioned");
            QCOMPARE(item->ready(), "False"); // the first Ready condition
            QCOMPARE(item->cells(), QJsonArray({"prod", 3}));
            QCOMPARE(item->object(), object);
        }
        // Indented JSON reads the same.
        const auto indented = WatchItem::fromJson(QJsonDocument(object).toJson());
        QVERIFY(indented);
        QCOMPARE(indented->name(), "prod");
        QCOMPARE(indented->ready(), "False");
    }

    void shouldDecodeEscapedStrings()
    {
        const auto item = WatchItem::fromJson(
            "{\"metadata\":{\"name\":\"caf\\u00e9-\\\"q\\\"\",\"uid\":\"\\/u\"}}");
        QVERIFY(item);
        QCOMPARE(item->name(), QStringLiteral("caf\u00e9-\"q\""));
        QCOMPARE(item->uid(), "/u");
        QCOMPARE(item->namespaceName(), QString()); // cluster-scoped
        QVERIFY(item->deletionTimestamp().isEmpty());
        QVERIFY(item->ready().isEmpty());
    }

    void shouldToleratePeculiarValues()
    {
        // null and non-string values where strings are expected, non-object status.
        const auto item = WatchItem::fromJson(
            "{\"metadata\":{\"name\":null,\"uid\":7,\"finalizers\":null},\"status\":\"x\","
            "\"items\":[1,2.5e-3,true,false,null]}");
        QVERIFY(item);
        QVERIFY(item->name().isEmpty());
        QVERIFY(item->uid().isEmpty());
        QVERIFY(item->finalizers().isEmpty());
        QVERIFY(item->phase().isEmpty());
    }

    void shouldRefuseWhatIsNotOneJsonObject_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("array") << QByteArray("[{}]");
        QTest::newRow("cut") << QByteArray("{\"metadata\":{\"name\":\"a\"");
        QTest::newRow("cut string") << QByteArray("{\"metadata\":{\"name\":\"a");
        QTest::newRow("two objects") << QByteArray("{} {}");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("empty") << QByteArray();
    }

    void shouldRefuseWhatIsNotOneJsonObject()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!WatchItem::fromJson(json));
    }
};

QTEST_GUILESS_MAIN(TestWatchItem)
#include "tst_watchitem.moc"
