// SIGTERM as a Qt signal: delivered through the event loop once, then the default action is
// back (a second signal would end the process), and the destructor restores the defaults.

#include "common/terminationsignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace scs;

namespace {
bool isDefault(int number)
{
    struct sigaction current = {};
    sigaction(number, nullptr, &current);
    return current.sa_handler == SIG_DFL;
}
} // namespace

class TestTerminationSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDeliverSigtermThroughTheEventLoopOnce()
    {
        TerminationSignals termination;
        QSignalSpy received(&termination, &TerminationSignals::received);
        QVERIFY(!isDefault(SIGTERM));
        QVERIFY(!isDefault(SIGINT));
        QVERIFY(!isDefault(SIGHUP));
        QCOMPARE(::raise(SIGTERM), 0); // without the handler, this test would end here
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toInt(), int(SIGTERM));
        QVERIFY(isDefault(SIGTERM)); // a second one ends the process
        QVERIFY(isDefault(SIGINT));
    }

    void shouldRestoreTheDefaultsWhenGone()
    {
        {
            TerminationSignals termination;
            QVERIFY(!isDefault(SIGHUP));
        }
        QVERIFY(isDefault(SIGHUP));
        // A new instance works again (the pipe was closed and is made anew).
        TerminationSignals again;
        QSignalSpy received(&again, &TerminationSignals::received);
        QCOMPARE(::raise(SIGHUP), 0);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toInt(), int(SIGHUP));
    }
};

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "tst_terminationsignals.moc"
