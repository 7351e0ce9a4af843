// ResourceQuota usage read from the object, Kubernetes quantities, SCS flavor sizes, and the
// check of an order against the quotas (object counts always, CPU and memory where known).

#include "kube/quantity.h"
#include "kube/resourcequota.h"
#include "orders/quotacheck.h"

#include <QJsonDocument>
#include <QTest>

using namespace scs::kube;
using namespace scs::orders;
using namespace Qt::StringLiterals;

namespace {
Quota quota(const char *json)
{
    return Quota::fromObject(QJsonDocument::fromJson(json).object());
}

const char *kCompute = R"({
  "metadata": {"name": "compute", "namespace": "tenant-b"},
  "spec": {"hard": {"count/clusters.cluster.x-k8s.io": "1",
                    "count/clusters.api.scs.community": "3", "requests.cpu": "16",
                    "requests.memory": "32Gi"}},
  "status": {"hard": {"count/clusters.cluster.x-k8s.io": "1",
                      "count/clusters.api.scs.community": "3", "requests.cpu": "16",
                      "requests.memory": "32Gi"},
             "used": {"count/clusters.cluster.x-k8s.io": "1",
                      "count/clusters.api.scs.community": "1", "requests.cpu": "10",
                      "requests.memory": "8Gi"}}
})";
} // namespace

class TestQuotaUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldParseQuantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << "3" << 3.0;
        QTest::newRow("milli") << "500m" << 0.5;
        QTest::newRow("Gi") << "8Gi" << 8.0 * 1024 * 1024 * 1024;
        QTest::newRow("G") << "1.5G" << 1.5e9;
        QTest::newRow("k") << "2k" << 2000.0;
        QTest::newRow("exponent") << "1e3" << 1000.0;
    }
    void shouldParseQuantities()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const auto parsed = parseQuantity(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, value);
    }
    void shouldRefuseNonQuantities()
    {
        for (const QString &bad : {u""_s, u"lots"_s, u"8GB"_s, u"1.2.3"_s, u"Gi"_s})
            QVERIFY2(!parseQuantity(bad), qPrintable(bad));
    }

    void shouldReadUsageFromStatus()
    {
        const Quota q = quota(kCompute);
        QCOMPARE(q.name, u"compute"_s);
        QCOMPARE(q.tenant, u"tenant-b"_s);
        QCOMPARE(q.lines.size(), 4);
        QCOMPARE(q.lines.first().resource, u"count/clusters.api.scs.community"_s); // sorted
        const QuotaLine *cpu = q.line(u"requests.cpu"_s);
        QVERIFY(cpu);
        QCOMPARE(cpu->hard, u"16"_s);
        QCOMPARE(cpu->used, u"10"_s);
        QCOMPARE(*cpu->fraction(), 10.0 / 16.0);
    }

    void shouldKnowUsageIsUnknownWithoutStatus()
    {
        const Quota q = quota(R"({"metadata": {"name": "q", "namespace": "t"},
                                  "spec": {"hard": {"pods": "10"}}})");
        QCOMPARE(q.lines.size(), 1);
        QCOMPARE(q.lines.first().hard, u"10"_s);
        QVERIFY(q.lines.first().used.isEmpty());
        QVERIFY(!q.lines.first().fraction());
        // Nothing to go by: no excess claimed.
        QVERIFY(checkOrder({q}, {u"pods"_s, 100.0, std::nullopt}).isEmpty());
    }

    void shouldStopAClusterOverTheCount()
    {
        const QList<QuotaExcess> excess =
            checkOrder({quota(kCompute)}, {u"clusters.cluster.x-k8s.io"_s, {}, {}});
        QCOMPARE(excess.size(), 1);
        QCOMPARE(excess.first().quota, u"compute"_s);
        QCOMPARE(excess.first().resource, u"count/clusters.cluster.x-k8s.io"_s);
        QCOMPARE(excess.first().message,
                 u"Quota 'compute' in tenant-b allows 1 cluster (clusters.cluster.x-k8s.io); "
                 "1 in use."_s);
        // The other kind has room (1 of 3).
        QVERIFY(checkOrder({quota(kCompute)}, {u"clusters.api.scs.community"_s, {}, {}})
                    .isEmpty());
    }

    void shouldCheckCpuAndMemoryWhereKnown()
    {
        // 10 of 16 cores used: 6 fit, 7 do not.
        QVERIFY(checkOrder({quota(kCompute)}, {u"clusters.api.scs.community"_s, 6.0, {}})
                    .isEmpty());
        auto excess = checkOrder({quota(kCompute)}, {u"clusters.api.scs.community"_s, 7.0, {}});
        QCOMPARE(excess.size(), 1);
        QCOMPARE(excess.first().resource, u"requests.cpu"_s);
        QVERIFY2(excess.first().message.contains(u"compute"_s), qPrintable(excess.first().message));
        excess = checkOrder({quota(kCompute)},
                            {u"clusters.api.scs.community"_s, {}, 25.0 * 1024 * 1024 * 1024});
        QCOMPARE(excess.size(), 1);
        QCOMPARE(excess.first().resource, u"requests.memory"_s);
    }

    void shouldReadScsFlavorSizes()
    {
        const auto size = flavorSize(u"SCS-4V-8"_s);
        QVERIFY(size);
        QCOMPARE(size->cpu, 4.0);
        QCOMPARE(size->memory, 8.0 * 1024 * 1024 * 1024);
        QCOMPARE(flavorSize(u"SCS-2V-4-20s"_s)->cpu, 2.0);
        QVERIFY(!flavorSize(u"m1.large"_s));
    }

    // What an order of the scs2 stack (camelCase variables), the older scs stack (snake_case)
    // and an autoscaled pool add.
    void shouldKnowTheDemandOfAClusterFromItsFlavors()
    {
        const auto cluster = [](const char *variables, const char *pools) {
            return QJsonDocument::fromJson(
                       (QByteArray(R"({"apiVersion":"cluster.x-k8s.io/v1beta1","kind":"Cluster",
                         "spec":{"topology":{"controlPlane":{"replicas":1},
                         "workers":{"machineDeployments":)")
                        + pools + R"(},"variables":)" + variables + "}}}")
                           .constData())
                .object();
        };
        const OrderDemand scs2 = demandOf(cluster(
            R"([{"name":"controlPlaneFlavor","value":"SCS-2V-4"},
                {"name":"workerFlavor","value":"SCS-4V-8"}])",
            R"([{"name":"md-0","replicas":2}])"));
        QCOMPARE(scs2.clusterResource, u"clusters.cluster.x-k8s.io"_s);
        QVERIFY(scs2.cpu && scs2.memory);
        QCOMPARE(*scs2.cpu, 2.0 + 2 * 4.0);
        QCOMPARE(*scs2.memory, (4.0 + 2 * 8.0) * 1024 * 1024 * 1024);
        const OrderDemand scs = demandOf(cluster(
            R"([{"name":"controller_flavor","value":"SCS-2V-4"},
                {"name":"worker_flavor","value":"SCS-2V-4"}])",
            R"([{"name":"md-0","replicas":1}])"));
        QCOMPARE(*scs.cpu, 4.0);
        // A pool left to the autoscaler, or a flavor left to the class's default: unknown.
        QVERIFY(!demandOf(cluster(R"([{"name":"controlPlaneFlavor","value":"SCS-2V-4"},
                                     {"name":"workerFlavor","value":"SCS-4V-8"}])",
                                  R"([{"name":"md-auto"}])"))
                     .cpu);
        QVERIFY(!demandOf(cluster("[]", R"([{"name":"md-0","replicas":1}])")).cpu);
    }
};

QTEST_GUILESS_MAIN(TestQuotaUsage)
#include "tst_quotausage.moc"
