// LogRing: bounded, oldest dropped first, counts kept, bursts larger than the ring.
#include "logs/logring.h"

#include <QTest>

using namespace scs::logs;

namespace {

LogLine line(int i)
{
    LogLine l;
    l.timeNs = i;
    l.text = QString::number(i);
    return l;
}

QStringList texts(const LogRing &ring)
{
    QStringList result;
    for (qsizetype i = 0; i < ring.size(); ++i)
        result.append(ring.at(i).text);
    return result;
}

} // namespace

class TestLogRing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepTheNewestLinesWithinItsCapacity()
    {
        LogRing ring(3);
        for (int i = 1; i <= 2; ++i)
            ring.append(line(i));
        QCOMPARE(texts(ring), (QStringList{"1", "2"}));
        QCOMPARE(ring.dropped(), 0);
        for (int i = 3; i <= 7; ++i)
            ring.append(line(i));
        QCOMPARE(texts(ring), (QStringList{"5", "6", "7"}));
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.total(), 7);
        QCOMPARE(ring.dropped(), 4);
        QCOMPARE(ring.last(2).size(), 2);
        QCOMPARE(ring.last(2).at(0).text, QStringLiteral("6"));
        QCOMPARE(ring.last(10).size(), 3);
    }

    void shouldCountABurstLargerThanTheRing()
    {
        LogRing ring(4);
        ring.append(line(0));
        QList<LogLine> burst;
        for (int i = 1; i <= 10; ++i)
            burst.append(line(i));
        ring.append(burst);
        QCOMPARE(texts(ring), (QStringList{"7", "8", "9", "10"}));
        QCOMPARE(ring.total(), 11);
        QCOMPARE(ring.dropped(), 7);
    }

    void shouldShrinkKeepingTheNewest()
    {
        LogRing ring(5);
        for (int i = 1; i <= 5; ++i)
            ring.append(line(i));
        ring.setCapacity(2);
        QCOMPARE(texts(ring), (QStringList{"4", "5"}));
        QCOMPARE(ring.total(), 5);
        QCOMPARE(ring.dropped(), 3);
        ring.clear();
        QCOMPARE(ring.total(), 0);
        QVERIFY(ring.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogRing)
#include "tst_logring.moc"
