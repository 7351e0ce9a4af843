// LogLineSplitter and parseLogLine: lines split across chunks anywhere, CRLF, a last line
// without its newline, the cap on long lines, invalid UTF-8, timestamps.
#include "logs/logline.h"
#include "logs/loglinesplitter.h"

#include <QTest>

using namespace scs::logs;

namespace {

QStringList feedAll(LogLineSplitter &splitter, const QList<QByteArray> &chunks, bool finish)
{
    QStringList lines;
    const auto take = [&lines](QByteArrayView raw, qsizetype truncated) {
        lines.append(QString::fromUtf8(raw) + (truncated ? QStringLiteral("|+%1").arg(truncated)
                                                         : QString()));
    };
    for (const QByteArray &chunk : chunks)
        splitter.feed(chunk, take);
    if (finish)
        splitter.finish(take);
    return lines;
}

} // namespace

class TestLogLineSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldJoinLinesSplitAnywhere()
    {
        const QByteArray text = "first line\r\nsecond\nthird \xc3\xa4 umlaut\r\n\nlast";
        // Every way of cutting the text in two and in single bytes gives the same lines.
        const QStringList expected{QStringLiteral("first line"), QStringLiteral("second"),
                                   QString::fromUtf8("third \xc3\xa4 umlaut"), QString(),
                                   QStringLiteral("last")};
        for (qsizetype cut = 0; cut <= text.size(); ++cut) {
            LogLineSplitter splitter;
            QCOMPARE(feedAll(splitter, {text.left(cut), text.mid(cut)}, true), expected);
        }
        LogLineSplitter bytewise;
        QList<QByteArray> bytes;
        for (char c : text)
            bytes.append(QByteArray(1, c));
        QCOMPARE(feedAll(bytewise, bytes, true), expected);
    }

    void shouldHoldAnUnfinishedLineUntilItsEnd()
    {
        LogLineSplitter splitter;
        QCOMPARE(feedAll(splitter, {"a\nhalf"}, false), QStringList{QStringLiteral("a")});
        QCOMPARE(splitter.buffered(), 4);
        QCOMPARE(feedAll(splitter, {" done\n"}, false), QStringList{QStringLiteral("half done")});
        QCOMPARE(splitter.buffered(), 0);
    }

    void shouldCapVeryLongLines()
    {
        LogLineSplitter splitter(100);
        const QByteArray longLine(1000, 'x');
        // Whole in one chunk, and in pieces: the buffer never holds more than the cap.
        QCOMPARE(feedAll(splitter, {longLine + "\nok\n"}, false),
                 (QStringList{QString(100, QLatin1Char('x')) + QStringLiteral("|+900"),
                              QStringLiteral("ok")}));
        QStringList pieces;
        for (int i = 0; i < 10; ++i) {
            pieces += feedAll(splitter, {longLine}, false);
            QVERIFY(splitter.buffered() <= 101);
        }
        pieces += feedAll(splitter, {"\r\n"}, false);
        QCOMPARE(pieces.size(), 1);
        QVERIFY2(pieces.first().startsWith(QString(100, QLatin1Char('x')) + QLatin1Char('|')),
                 qPrintable(pieces.first().left(120)));
    }

    void shouldParseTimestamps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("ns");
        QTest::newRow("nanoseconds") << QByteArray("2026-12-07T14:28:05.123456789Z") << true
                                     << qint64(1796653685123456789LL);
        QTest::newRow("trimmed fraction") << QByteArray("2026-12-07T14:28:05.12Z") << true
                                          << qint64(1796653685120000000LL);
        QTest::newRow("whole seconds") << QByteArray("2026-12-07T14:28:05Z") << true
                                       << qint64(1796653685000000000LL);
        QTest::newRow("offset") << QByteArray("2026-12-07T15:28:05.5+01:00") << true
                                << qint64(1796653685500000000LL);
        QTest::newRow("no zone") << QByteArray("2026-12-07T14:28:05") << false << qint64(0);
        QTest::newRow("text") << QByteArray("hello world, not a time") << false << qint64(0);
        QTest::newRow("bad month") << QByteArray("2026-13-07T14:28:05Z") << false << qint64(0);
    }
    void shouldParseTimestamps()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(qint64, ns);
        bool parsed = !ok;
        QCOMPARE(parseLogTimestamp(text, &parsed), ns);
        QCOMPARE(parsed, ok);
    }

    void shouldSplitTimestampAndText()
    {
        const LogLine line = parseLogLine("2026-12-07T14:28:05.1Z GET /healthz 200 \xff\xfe ok");
        QCOMPARE(line.timestamp, QStringLiteral("2026-12-07T14:28:05.1Z"));
        QCOMPARE(line.timeNs, qint64(1796653685100000000LL));
        // Invalid UTF-8 is shown, as replacement characters, not dropped.
        QVERIFY(line.text.startsWith(QStringLiteral("GET /healthz 200 ")));
        QVERIFY(line.text.contains(QChar::ReplacementCharacter));
        QVERIFY(line.text.endsWith(QStringLiteral(" ok")));
        const LogLine bare = parseLogLine("no timestamp here");
        QCOMPARE(bare.timeNs, qint64(0));
        QCOMPARE(bare.text, QStringLiteral("no timestamp here"));
        QCOMPARE(parseLogLine("2026-12-07T14:28:05Z").text, QString());
        QVERIFY(parseLogLine("2026-12-07T14:28:05Z abc", 42)
                    .text.endsWith(QStringLiteral("42 B]")));
    }

    void shouldGiveSinceTimeInWholeSeconds()
    {
        QCOMPARE(sinceTimeOf(1796653685999999999LL), QStringLiteral("2026-12-07T14:28:05Z"));
    }
};

QTEST_GUILESS_MAIN(TestLogLineSplitter)
#include "tst_loglinesplitter.moc"
