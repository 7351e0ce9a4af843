// The clusters view's dialogs (scale, upgrade, delete) without a server, for what does not
// need one: every control has an accessible name and Tab reaches them in reading order. Their
// behaviour against the Central API is tst_clustersview's.

#include "accessibilitytesthelpers.h"
#include "orders/clusterstatus.h"
#include "ui/orders/deleteclusterdialog.h"
#include "ui/orders/scaleclusterdialog.h"
#include "ui/orders/upgradeclusterdialog.h"
#include "uitesthelpers.h"

#include <QTest>

using namespace scs;
using namespace scs::ui;

namespace {
orders::ClusterStatus cluster(orders::OrderKind kind)
{
    orders::ClusterStatus c;
    c.ref = {kind, QStringLiteral("tenant-a"), QStringLiteral("demo")};
    c.phase = QStringLiteral("Provisioned");
    c.version = QStringLiteral("v1.33.1");
    c.runningVersion = c.version;
    c.controlPlaneDesired = 1;
    c.controlPlaneReady = 1;
    c.ready = true;
    orders::PoolStatus pool;
    pool.name = kind == orders::OrderKind::Claim ? QStringLiteral("workers")
                                                 : QStringLiteral("md-0");
    pool.desired = 2;
    pool.ready = 2;
    pool.readyKnown = true;
    c.workers = {pool};
    return c;
}

void check(QDialog *dialog)
{
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QStringList nameless = test::namelessControls(dialog);
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
    const QStringList order = test::tabOrderProblems(dialog);
    QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
}
} // namespace

class TestClusterDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialogsShouldNameEveryControlAndTabInOrder_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("claim") << int(orders::OrderKind::Claim);
        QTest::newRow("cluster api") << int(orders::OrderKind::ClusterApi);
    }

    void dialogsShouldNameEveryControlAndTabInOrder()
    {
        QFETCH(int, kind);
        const orders::ClusterStatus c = cluster(orders::OrderKind(kind));
        ScaleClusterDialog scale(c);
        check(&scale);
        if (QTest::currentTestFailed())
            return;
        UpgradeClusterDialog upgrade(c, nullptr);
        check(&upgrade);
        if (QTest::currentTestFailed())
            return;
        DeleteClusterDialog remove(c);
        check(&remove);
    }
};

QTEST_MAIN(TestClusterDialogs)
#include "tst_clusterdialogs.moc"
