// PortForwards, the list model: rows appended as forwards are added, changed in place as they
// report (state, error), stop one or all, finished rows removed; a QAbstractItemModelTester
// watches every change. The forwards here have no client (they fail at start, saying so):
// forwarding itself is tested in tst_forwardconnection and against the stack.
#include "portforward/portforward.h"
#include "portforward/portforwards.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace scs;
using namespace scs::portforward;

class TestPortForwards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListForwardsAndUpdateTheirRowsInPlace()
    {
        PortForwards model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(PortForwards::ColumnCount));
        auto *a = new PortForward(nullptr, u"demo"_qs, u"Pod"_qs, u"web-1"_qs, 8080, 18080);
        auto *b = new PortForward(nullptr, u"demo"_qs, u"Service"_qs, u"web"_qs, 80, 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.add(a);
        model.add(b);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.activeCount(), 2); // Starting counts as running
        QCOMPARE(model.data(model.index(0, PortForwards::Target)).toString(), u"pod demo/web-1"_qs);
        QCOMPARE(model.data(model.index(0, PortForwards::Local)).toString(),
                 u"127.0.0.1:18080"_qs);
        QCOMPARE(model.data(model.index(1, PortForwards::Target)).toString(),
                 u"service demo/web"_qs);
        QCOMPARE(model.data(model.index(1, PortForwards::Remote)).toString(), u"80"_qs);
        QCOMPARE(model.data(model.index(0, PortForwards::State)).toString(), u"Starting"_qs);
        QCOMPARE(model.data(model.index(0, PortForwards::Target), PortForwards::ForwardRole)
                     .value<PortForward *>(),
                 a);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        a->start(); // no client: fails at once, saying why
        QCOMPARE(a->state(), PortForward::State::Failed);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.data(model.index(0, PortForwards::State)).toString(), u"Failed"_qs);
        QVERIFY(!model.data(model.index(0, PortForwards::Problem)).toString().isEmpty());
        QCOMPARE(model.activeCount(), 1);

        model.stop(1);
        QCOMPARE(b->state(), PortForward::State::Stopped);
        QCOMPARE(model.activeCount(), 0);
        QCOMPARE(reset.size(), 0);

        model.removeFinished();
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldStopAllAndKeepTheRows()
    {
        PortForwards model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.add(new PortForward(nullptr, u"demo"_qs, u"Pod"_qs, u"a"_qs, 80, 0));
        model.add(new PortForward(nullptr, u"demo"_qs, u"Pod"_qs, u"b"_qs, 80, 0));
        model.stopAll();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.activeCount(), 0);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(model.data(model.index(row, PortForwards::State)).toString(), u"Stopped"_qs);
    }

    void shouldSuggestAFreeLocalPort()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        QVERIFY(!PortForward::isLocalPortFree(taken.serverPort()));
        const quint16 other = PortForward::suggestLocalPort(taken.serverPort());
        QVERIFY(other > taken.serverPort());
        QVERIFY(PortForward::isLocalPortFree(other));
        QVERIFY(PortForward::suggestLocalPort(80) >= 1024); // never a privileged port
    }
};

QTEST_GUILESS_MAIN(TestPortForwards)
#include "tst_portforwards.moc"
