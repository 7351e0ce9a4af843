// RequestQueue: the bound, the lanes' order, one request per key, and the visible lane
// following the view.

#include "models/requestqueue.h"

#include <QTest>

using scs::models::RequestQueue;
using Priority = RequestQueue::Priority;

class TestRequestQueue : public QObject
{
    Q_OBJECT

    QStringList m_started;
    QHash<QString, RequestQueue::Done> m_done;

    RequestQueue::Start request(const QString &key)
    {
        return [this, key](RequestQueue::Done done) {
            m_started.append(key);
            m_done.insert(key, std::move(done));
        };
    }
    void finish(const QString &key) { m_done.take(key)(); }

private Q_SLOTS:
    void init()
    {
        m_started.clear();
        m_done.clear();
    }

    void shouldStartAtMostTheBoundAndTheMostUrgentFirst()
    {
        RequestQueue queue(2);
        for (const QString key : {"v1", "v2", "v3"})
            queue.enqueue(key, Priority::Visible, request(key));
        queue.enqueue("b1", Priority::Background, request("b1"));
        queue.enqueue("u1", Priority::Urgent, request("u1"));
        queue.enqueue("u2", Priority::Urgent, request("u2")); // the newest click first
        QCOMPARE(m_started, (QStringList{"v1", "v2"}));
        QCOMPARE(queue.inFlight(), 2);
        QCOMPARE(queue.waiting(), 4);
        finish("v1");
        QCOMPARE(m_started.last(), "u2");
        finish("v2");
        finish("u2");
        QCOMPARE(m_started, (QStringList{"v1", "v2", "u2", "u1", "v3"}));
        finish("u1");
        finish("v3");
        QCOMPARE(m_started.last(), "b1");
        QCOMPARE(queue.peakInFlight(), 2);
        finish("b1");
        QVERIFY(queue.isIdle());
        QCOMPARE(queue.started(), 6);
    }

    void shouldAskForAKeyOnceAndMoveItUpWhenMoreUrgent()
    {
        RequestQueue queue(1);
        queue.enqueue("a", Priority::Visible, request("a"));
        queue.enqueue("a", Priority::Urgent, request("a")); // running: nothing more
        queue.enqueue("b", Priority::Background, request("b"));
        queue.enqueue("c", Priority::Visible, request("c"));
        queue.enqueue("b", Priority::Urgent, request("b"));
        queue.enqueue("c", Priority::Background, request("c")); // stays visible
        QVERIFY(queue.contains("b"));
        finish("a");
        finish("b");
        finish("c");
        QCOMPARE(m_started, (QStringList{"a", "b", "c"}));
        QVERIFY(!queue.contains("a"));
        QCOMPARE(queue.started(), 3);
    }

    void shouldKeepTheViewsOrderWhenTheSameKeysAreReportedAgain()
    {
        RequestQueue queue(1);
        queue.enqueue("busy", Priority::Urgent, request("busy"));
        for (int round = 0; round < 2; ++round) {
            for (const QString key : {"v1", "v2", "v3"})
                queue.enqueue(key, Priority::Visible, request(key));
        }
        for (const QString key : {"busy", "v1", "v2", "v3"})
            finish(key);
        QCOMPARE(m_started, (QStringList{"busy", "v1", "v2", "v3"}));
    }

    void shouldDropVisibleKeysThatScrolledAway()
    {
        RequestQueue queue(1);
        queue.enqueue("busy", Priority::Urgent, request("busy"));
        for (const QString key : {"v1", "v2", "v3"})
            queue.enqueue(key, Priority::Visible, request(key));
        queue.enqueue("u", Priority::Urgent, request("u"));
        queue.retainVisible({"v3"});
        QCOMPARE(queue.waiting(), 2); // u and v3; an urgent key is never dropped
        finish("busy");
        finish("u");
        finish("v3");
        QCOMPARE(m_started, (QStringList{"busy", "u", "v3"}));
    }
};

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
