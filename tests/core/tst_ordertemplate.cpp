// Autoscaled worker pools (src/orders/autoscaling.h) and "order like this" / order templates
// (src/orders/ordertemplate.h), against the stack's real ClusterClass, claim schema and objects.

#include "orders/autoscaling.h"
#include "orders/clusterstatus.h"
#include "orders/order.h"
#include "orders/ordertemplate.h"
#include "yaml/yaml.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::orders;
using namespace Qt::StringLiterals;

namespace {

QJsonObject readJson(const QString &name)
{
    QFile f(QStringLiteral(SCS_TEST_DATA "/orders/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

kube::ApiResource clusterResource(const QString &group, const QString &version)
{
    kube::ApiResource r;
    r.group = group;
    r.version = version;
    r.kind = u"Cluster"_s;
    r.plural = u"clusters"_s;
    r.namespaced = true;
    return r;
}

OrderType capiType()
{
    const QJsonObject cls = readJson(u"clusterclass-openstack-scs-1-33-v1.json"_s);
    const QJsonObject release{
        {u"metadata"_s, QJsonObject{{u"name"_s, u"openstack-scs-1-33-v1"_s}}},
        {u"status"_s, QJsonObject{{u"ready"_s, true}, {u"kubernetesVersion"_s, u"v1.33.5"_s}}}};
    const ClassCatalog catalog = ClassCatalog::fromLists({cls}, {release});
    return *clusterClassOrderType(clusterResource(u"cluster.x-k8s.io"_s, u"v1beta1"_s), cls,
                                  catalog.find(u"openstack-scs-1-33-v1"_s));
}

OrderType claimType()
{
    return *claimOrderType(clusterResource(u"api.scs.community"_s, u"v1alpha1"_s),
                           readJson(u"claim-cluster-schema.json"_s));
}

ConnectionProfile profile()
{
    ConnectionProfile p;
    p.name = u"stack"_s;
    p.apiUrl = QUrl(u"https://api.example.test:6443"_s);
    p.issuerUrl = QUrl(u"https://id.example.test/realms/scs/"_s);
    p.clientId = u"scs-console"_s;
    return p;
}

const QString kMin = QString::fromLatin1(kAutoscalerMinSizeAnnotation);
const QString kMax = QString::fromLatin1(kAutoscalerMaxSizeAnnotation);

QJsonObject firstPool(const QJsonObject &cluster)
{
    return cluster["spec"_L1]["topology"_L1]["workers"_L1]["machineDeployments"_L1][0].toObject();
}

QStringList paths(const QList<FieldIssue> &issues)
{
    QStringList p;
    for (const FieldIssue &i : issues)
        p.append(i.path);
    return p;
}

} // namespace

class TestOrderTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteAutoscalerAnnotationsInsteadOfReplicas()
    {
        const OrderType type = capiType();
        Order order = defaultOrder(type, u"tenant-a"_s, profile());
        order.workers[0].autoscaling = Autoscaling{1, 5};
        const QJsonObject md = firstPool(buildObject(order, type));
        QVERIFY(!md.contains("replicas"_L1));
        const QJsonObject annotations = md["metadata"_L1]["annotations"_L1].toObject();
        QCOMPARE(annotations.value(kMin), QJsonValue(u"1"_s));
        QCOMPARE(annotations.value(kMax), QJsonValue(u"5"_s));
        QCOMPARE(annotations.size(), 2);
        QVERIFY(validateOrder(order, type).isEmpty());

        // ...and reads them back (the round trip the review page and templates rely on).
        const auto back = orderFromObject(buildObject(order, type), type);
        QVERIFY(back);
        QCOMPARE(back->workers.at(0).autoscaling, std::optional<Autoscaling>(Autoscaling{1, 5}));
    }

    void shouldWriteReplicasWithoutAutoscaling()
    {
        const OrderType type = capiType();
        Order order = defaultOrder(type, u"tenant-a"_s, profile());
        order.workers[0].replicas = 3;
        const QJsonObject md = firstPool(buildObject(order, type));
        QCOMPARE(md.value("replicas"_L1), QJsonValue(3));
        QVERIFY(!md.contains("metadata"_L1));
    }

    void shouldCheckAutoscalingBounds_data()
    {
        QTest::addColumn<QJsonObject>("pool");
        QTest::addColumn<QStringList>("expectedPaths");
        const QString at = u"spec.topology.workers.machineDeployments[0]"_s;
        const auto pool = [](const QJsonObject &annotations, bool replicas = false) {
            QJsonObject md{{u"class"_s, u"default-worker"_s}, {u"name"_s, u"md-0"_s},
                           {u"metadata"_s, QJsonObject{{u"annotations"_s, annotations}}}};
            if (replicas)
                md.insert(u"replicas"_s, 2);
            return md;
        };
        QTest::newRow("fine") << pool({{kMin, u"1"_s}, {kMax, u"5"_s}}) << QStringList{};
        QTest::newRow("min zero") << pool({{kMin, u"0"_s}, {kMax, u"3"_s}}) << QStringList{};
        QTest::newRow("min equals max") << pool({{kMin, u"2"_s}, {kMax, u"2"_s}})
                                        << QStringList{};
        QTest::newRow("max below min") << pool({{kMin, u"4"_s}, {kMax, u"2"_s}})
                                       << QStringList{at + u".metadata.annotations"_s};
        QTest::newRow("negative min") << pool({{kMin, u"-1"_s}, {kMax, u"2"_s}})
                                      << QStringList{at + u".metadata.annotations"_s};
        QTest::newRow("no max") << pool({{kMin, u"1"_s}})
                                << QStringList{at + u".metadata.annotations"_s};
        QTest::newRow("number, not string") << pool({{kMin, 1}, {kMax, u"3"_s}})
                                            << QStringList{at + u".metadata.annotations"_s};
        QTest::newRow("not a number") << pool({{kMin, u"one"_s}, {kMax, u"3"_s}})
                                      << QStringList{at + u".metadata.annotations"_s};
        QTest::newRow("replicas too") << pool({{kMin, u"1"_s}, {kMax, u"3"_s}}, true)
                                      << QStringList{at + u".replicas"_s};
        QTest::newRow("other annotations only")
            << pool({{u"example.com/team"_s, u"a"_s}}) << QStringList{};
    }

    void shouldCheckAutoscalingBounds()
    {
        QFETCH(QJsonObject, pool);
        QFETCH(QStringList, expectedPaths);
        // The same rules through validateObject, which order-cluster and the review page use.
        const OrderType type = capiType();
        QJsonObject object = buildObject(defaultOrder(type, u"tenant-a"_s, profile()), type);
        QJsonObject spec = object["spec"_L1].toObject();
        QJsonObject topology = spec["topology"_L1].toObject();
        topology[u"workers"_s] = QJsonObject{{u"machineDeployments"_s, QJsonArray{pool}}};
        spec[u"topology"_s] = topology;
        object[u"spec"_s] = spec;
        QCOMPARE(paths(validateObject(object, type, u"tenant-a"_s)), expectedPaths);
    }

    void shouldPatchPoolSizeBothWays()
    {
        const QString at = u"/spec/topology/workers/machineDeployments/0"_s;
        const QString minPointer =
            at + u"/metadata/annotations/cluster.x-k8s.io~1cluster-api-autoscaler-node-group-"
                 u"min-size"_s;
        // On: metadata and annotations are created, replicas removed.
        const QJsonObject plain{{u"name"_s, u"md-0"_s}, {u"replicas"_s, 2}};
        const QJsonArray on = poolSizePatch(plain, at, 0, Autoscaling{1, 4});
        QCOMPARE(on.size(), 5);
        QCOMPARE(on.at(0)["path"_L1].toString(), at + u"/metadata"_s);
        QCOMPARE(on.at(2)["path"_L1].toString(), minPointer);
        QCOMPARE(on.at(2)["value"_L1].toString(), u"1"_s);
        QCOMPARE(on.at(4)["op"_L1].toString(), u"remove"_s);
        QCOMPARE(on.at(4)["path"_L1].toString(), at + u"/replicas"_s);
        // Off: the annotations go, replicas come back.
        QJsonObject scaled = plain;
        setPoolSize(scaled, 0, Autoscaling{1, 4});
        QVERIFY(!scaled.contains("replicas"_L1));
        const QJsonArray off = poolSizePatch(scaled, at, 3, std::nullopt);
        QCOMPARE(off.size(), 3);
        QCOMPARE(off.at(0)["op"_L1].toString(), u"remove"_s);
        QCOMPARE(off.at(0)["path"_L1].toString(), minPointer);
        QCOMPARE(off.at(2)["path"_L1].toString(), at + u"/replicas"_s);
        QCOMPARE(off.at(2)["value"_L1].toInt(), 3);
        setPoolSize(scaled, 3, std::nullopt);
        QCOMPARE(scaled, (QJsonObject{{u"name"_s, u"md-0"_s}, {u"replicas"_s, 3}}));
    }

    void shouldShowAutoscaledPoolsInTheStatus()
    {
        QJsonObject cluster = readJson(u"capi-cluster-alpha.json"_s);
        QJsonObject spec = cluster["spec"_L1].toObject();
        QJsonObject topology = spec["topology"_L1].toObject();
        QJsonObject md = firstPool(cluster);
        setPoolSize(md, 0, Autoscaling{2, 6});
        topology[u"workers"_s] = QJsonObject{{u"machineDeployments"_s, QJsonArray{md}}};
        spec[u"topology"_s] = topology;
        cluster[u"spec"_s] = spec;
        ClusterStatus status = ClusterStatus::fromObject(OrderKind::ClusterApi, cluster);
        QCOMPARE(status.workers.size(), 1);
        QCOMPARE(status.workers.at(0).autoscaling,
                 std::optional<Autoscaling>(Autoscaling{2, 6}));
        QCOMPARE(status.workers.at(0).desired, 2);
        QCOMPARE(autoscalingText(*status.workers.at(0).autoscaling), u"autoscaled 2–6"_s);
    }

    void shouldOrderLikeAClusterWithoutItsIdentity()
    {
        const OrderType type = capiType();
        QJsonObject cluster = readJson(u"capi-cluster-alpha.json"_s);
        // What the system writes: none of it may reach the new order.
        QJsonObject metadata = cluster["metadata"_L1].toObject();
        metadata[u"annotations"_s] = QJsonObject{{u"kubectl.kubernetes.io/last-applied"_s, u"{}"_s}};
        metadata[u"managedFields"_s] = QJsonArray{QJsonObject{{u"manager"_s, u"capi"_s}}};
        metadata[u"ownerReferences"_s] = QJsonArray{QJsonObject{{u"kind"_s, u"X"_s}}};
        cluster[u"metadata"_s] = metadata;
        QJsonObject spec = cluster["spec"_L1].toObject();
        QJsonObject topology = spec["topology"_L1].toObject();
        QJsonObject md = firstPool(cluster);
        md[u"failureDomain"_s] = u"az-1"_s;
        QJsonArray mds{md};
        QJsonObject scaled{{u"class"_s, u"default-worker"_s}, {u"name"_s, u"md-1"_s}};
        setPoolSize(scaled, 0, Autoscaling{1, 3});
        mds.append(scaled);
        topology[u"workers"_s] = QJsonObject{{u"machineDeployments"_s, mds}};
        spec[u"topology"_s] = topology;
        cluster[u"spec"_s] = spec;

        const auto order = orderLikeCluster(cluster, type);
        QVERIFY(order);
        QVERIFY(order->name.isEmpty());
        QVERIFY(order->tenant.isEmpty());
        QCOMPARE(order->clusterClass, u"openstack-scs-1-33-v1"_s);
        QCOMPARE(order->version, u"v1.33.5"_s);
        QCOMPARE(order->workers.size(), 2);
        QCOMPARE(order->workers.at(0).replicas, 2);
        QCOMPARE(order->workers.at(0).failureDomain, u"az-1"_s);
        QVERIFY(!order->workers.at(0).autoscaling);
        QCOMPARE(order->workers.at(1).autoscaling,
                 std::optional<Autoscaling>(Autoscaling{1, 3}));
        QCOMPARE(order->values.value("worker_flavor"_L1).toString(), u"SCS-4V-8"_s);

        Order named = *order;
        named.name = u"beta"_s;
        named.tenant = u"tenant-a"_s;
        const QJsonObject object = buildObject(named, type);
        QCOMPARE(object["metadata"_L1].toObject(),
                 (QJsonObject{{u"name"_s, u"beta"_s}, {u"namespace"_s, u"tenant-a"_s}}));
        QVERIFY(!object.contains("status"_L1));
        const QJsonObject newSpec = object["spec"_L1].toObject();
        QCOMPARE(newSpec.keys(), QStringList{u"topology"_s}); // no controlPlaneEndpoint etc.
        QVERIFY(validateObject(object, type, u"tenant-a"_s, {u"alpha"_s}).isEmpty());
    }

    void shouldLeaveTheClaimsMachineryBehind()
    {
        const OrderType type = claimType();
        const auto order = orderLikeCluster(readJson(u"claim-cluster-demo.json"_s), type);
        QVERIFY(order);
        QVERIFY(order->name.isEmpty());
        QCOMPARE(order->workers.at(0).replicas, 3);
        QVERIFY(!order->values.contains("resourceRef"_L1));
        QVERIFY(!order->values.contains("writeConnectionSecretToRef"_L1));
        QVERIFY(!order->values.contains("compositionUpdatePolicy"_L1));
        QCOMPARE(order->values["controlPlane"_L1]["flavor"_L1].toString(), u"SCS-2V-4"_s);
    }

    void shouldRefuseAClusterOfAnotherClass()
    {
        OrderType other = capiType();
        other.clusterClass = u"something-else"_s;
        QVERIFY(!orderLikeCluster(readJson(u"capi-cluster-alpha.json"_s), other));
    }

    void shouldSaveAndLoadATemplate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"order.yaml"_s);
        const QList<OrderType> types{claimType(), capiType()};
        const OrderType &type = types.at(1);
        Order order = defaultOrder(type, u"tenant-a"_s, profile());
        order.workers[0].autoscaling = Autoscaling{0, 4};
        order.values.insert(u"worker_flavor"_s, u"SCS-8V-16"_s);
        QVERIFY(saveOrderTemplate(path, order, type));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("tenant-a")); // no identity in a template
        QVERIFY(!text.contains(order.name.toUtf8()));
        QVERIFY(text.contains("cluster-api-autoscaler-node-group-max-size"));

        const auto loaded = loadOrderTemplate(path, types);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->typeId, type.id());
        Order expected = order;
        expected.name.clear();
        expected.tenant.clear();
        expected.workers[0].replicas = 1; // autoscaled: replicas are not kept
        QCOMPARE(loaded->order, expected);
    }

    void shouldRefuseMalformedTemplates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray("\n") << u"empty"_s;
        QTest::newRow("bad yaml") << QByteArray("spec: [\n") << u"order.yaml"_s;
        QTest::newRow("list") << QByteArray("- a\n- b\n") << u"Cluster object"_s;
        QTest::newRow("config map")
            << QByteArray("apiVersion: v1\nkind: ConfigMap\nspec: {}\n") << u"order.yaml"_s;
        QTest::newRow("other class")
            << QByteArray("apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nspec:\n"
                          "  topology:\n    class: not-offered\n    version: v1.33.5\n")
            << u"not-offered"_s;
    }

    void shouldRefuseMalformedTemplates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"order.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const auto loaded = loadOrderTemplate(path, {claimType(), capiType()});
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(messagePart), qPrintable(loaded.error().message));
    }

    void shouldKeepTheOldFileWhenSavingFails()
    {
        QTemporaryDir dir;
        // A directory where the file should go: QSaveFile cannot replace it.
        const QString path = dir.filePath(u"taken"_s);
        QVERIFY(QDir().mkpath(path));
        const OrderType type = capiType();
        const auto saved = saveOrderTemplate(path, defaultOrder(type, u"t"_s, profile()), type);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, Error::Kind::Io);
        QVERIFY(QFileInfo(path).isDir());
    }
};

QTEST_GUILESS_MAIN(TestOrderTemplate)
#include "tst_ordertemplate.moc"
