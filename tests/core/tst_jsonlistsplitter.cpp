// JsonListSplitter: a list body cut at every possible place gives the same elements and header;
// strings with braces, quotes and escapes do not confuse it; broken bodies are refused.

#include "kube/jsonlistsplitter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace scs::kube;

namespace {

struct Split
{
    bool ok = true;
    QList<QByteArray> elements;
    QJsonObject header;
    QString error;
};

// Feeds `body` in pieces of `step` bytes (0: all at once).
Split split(const QByteArray &body, qsizetype step, const QByteArray &key = "items")
{
    JsonListSplitter splitter(key);
    Split result;
    const auto collect = [&](QByteArrayView e) { result.elements.append(e.toByteArray()); };
    const qsizetype n = step > 0 ? step : std::max<qsizetype>(1, body.size());
    for (qsizetype at = 0; at < body.size() && result.ok; at += n)
        result.ok = splitter.feed(QByteArrayView(body).sliced(at, std::min(n, body.size() - at)),
                                  collect);
    if (result.ok)
        result.ok = splitter.finish();
    result.header = splitter.header();
    result.error = splitter.error();
    return result;
}

const QByteArray tricky
    = "{ \"kind\" : \"ConfigMapList\",\n \"apiVersion\":\"v1\", \"metadata\": "
      "{\"resourceVersion\":\"42\",\"remainingItemCount\":0},\n"
      "\"items\": [ {\"metadata\":{\"name\":\"a\"},\"data\":{\"x\":\"}]{[\\\"\\\\\"}},\n"
      "  {\"metadata\":{\"name\":\"b\\u00e9\"},\"data\":{\"k\\\"}\":\"\\\\\"},\"n\":[1,[2,{}]]} ] ,"
      "\"trailer\":[true,null,-1.5e3] }\n";

} // namespace

class TestJsonListSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldGiveTheSameElementsWhereverTheBodyIsCut()
    {
        const Split whole = split(tricky, 0);
        QVERIFY2(whole.ok, qPrintable(whole.error));
        QCOMPARE(whole.elements.size(), 2);
        const QJsonArray items = QJsonDocument::fromJson(tricky).object()["items"].toArray();
        for (int i = 0; i < 2; ++i)
            QCOMPARE(QJsonDocument::fromJson(whole.elements.at(i)).object(), items.at(i).toObject());
        QCOMPARE(whole.header["metadata"].toObject()["resourceVersion"].toString(), "42");
        QCOMPARE(whole.header["kind"].toString(), "ConfigMapList");
        QCOMPARE(whole.header["trailer"].toArray(), QJsonArray({true, QJsonValue(), -1500.0}));
        QVERIFY(!whole.header.contains("items"));
        for (qsizetype step = 1; step < 40; ++step) {
            const Split cut = split(tricky, step);
            QVERIFY2(cut.ok, qPrintable(QString::number(step) + cut.error));
            QCOMPARE(cut.elements, whole.elements);
            QCOMPARE(cut.header, whole.header);
        }
    }

    void shouldSplitTableRowsAndEmptyLists_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("elements");
        QTest::newRow("table rows") << QByteArray("{\"kind\":\"Table\",\"rows\":[{\"cells\":[\"a\"]"
                                                  ",\"object\":null},{\"cells\":[\"b\"]}]}")
                                    << QByteArray("rows") << 2;
        QTest::newRow("empty items") << QByteArray("{\"metadata\":{},\"items\":[]}")
                                     << QByteArray("items") << 0;
        QTest::newRow("no items member") << QByteArray("{\"kind\":\"List\"}")
                                         << QByteArray("items") << 0;
        QTest::newRow("empty object") << QByteArray(" {} ") << QByteArray("items") << 0;
        QTest::newRow("items not an array") << QByteArray("{\"items\":{\"a\":[1]}}")
                                            << QByteArray("items") << 0;
    }

    void shouldSplitTableRowsAndEmptyLists()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, key);
        QFETCH(int, elements);
        for (const qsizetype step : {0, 1, 3}) {
            const Split s = split(body, step, key);
            QVERIFY2(s.ok, qPrintable(s.error));
            QCOMPARE(s.elements.size(), elements);
        }
    }

    void shouldRefuseBrokenBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("cut in an element") << QByteArray("{\"items\":[{\"a\":1},{\"b\":")
                                           << "ended early";
        QTest::newRow("cut in the header") << QByteArray("{\"metadata\":{\"resourceVer")
                                           << "ended early";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("HTML error page") << QByteArray("<html>502</html>") << "not a JSON object";
        QTest::newRow("garbage after the end") << QByteArray("{\"items\":[]} x") << "after its end";
        QTest::newRow("missing colon") << QByteArray("{\"items\" []}") << "colon";
        QTest::newRow("missing comma") << QByteArray("{\"a\":1 \"b\":2}") << "comma";
        QTest::newRow("empty") << QByteArray() << "ended early";
    }

    void shouldRefuseBrokenBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const Split s = split(body, 0);
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(error), qPrintable(s.error));
    }

    void shouldKeepOnlyTheElementUnderWayInMemory()
    {
        // 20,000 elements fed in 1 KiB pieces: what it keeps stays near one element's size.
        QByteArray body = "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[";
        const QByteArray element = "{\"metadata\":{\"name\":\"n\"},\"data\":{\"k\":\""
            + QByteArray(300, 'x') + "\"}}";
        for (int i = 0; i < 20000; ++i)
            body += (i ? "," : "") + element;
        body += "]}";
        JsonListSplitter splitter;
        qsizetype count = 0;
        for (qsizetype at = 0; at < body.size(); at += 1024) {
            QVERIFY(splitter.feed(QByteArrayView(body).sliced(at, std::min<qsizetype>(
                                                                      1024, body.size() - at)),
                                  [&](QByteArrayView e) {
                                      QCOMPARE(e.size(), element.size());
                                      ++count;
                                  }));
            QVERIFY(splitter.bufferedBytes() <= element.size() + 1024);
        }
        QVERIFY(splitter.finish());
        QCOMPARE(count, 20000);
        QCOMPARE(splitter.elementCount(), 20000);
    }
};

QTEST_GUILESS_MAIN(TestJsonListSplitter)
#include "tst_jsonlistsplitter.moc"
