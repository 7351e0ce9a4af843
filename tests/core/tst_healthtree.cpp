// The health tree (src/orders/healthtree.h, healthtreemodel.h): from the stack's real objects of
// a Cluster API cluster (Cluster, KubeadmControlPlane, MachineDeployment, MachineSet, Machines,
// OpenStackCluster, OpenStackMachines, ClusterAddon) and of a claim (claim, composite, managed
// resource); Ready and the worst condition in both condition shapes; the model changes rows
// precisely (a machine replaced during a rollout is one remove and one insert).

#include "orders/healthtree.h"
#include "orders/healthtreemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::orders;
using namespace Qt::StringLiterals;

namespace {

QList<QJsonObject> readList(const QString &name)
{
    QFile f(QStringLiteral(SCS_TEST_DATA "/orders/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    QList<QJsonObject> items;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value("items"_L1)
                                   .toArray())
        items.append(v.toObject());
    return items;
}

QStringList outline(const HealthNode &n, int depth = 0)
{
    QStringList lines{QString(depth * 2, u' ') + n.kind};
    for (const HealthNode &c : n.children)
        lines += outline(c, depth + 1);
    return lines;
}

} // namespace

class TestHealthTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBuildTheTreeOfAClusterLikeClusterctlDescribe()
    {
        QList<QJsonObject> objects = readList(u"capi-health-v1beta1.json"_s);
        const QJsonObject cluster = objects.takeFirst();
        const HealthNode root = clusterHealthTree(cluster, objects);
        QCOMPARE(outline(root),
                 (QStringList{u"Cluster"_s, u"  OpenStackCluster"_s, u"  KubeadmControlPlane"_s,
                              u"    Machine"_s, u"      OpenStackMachine"_s,
                              u"  MachineDeployment"_s, u"    MachineSet"_s, u"      Machine"_s,
                              u"        OpenStackMachine"_s, u"      Machine"_s,
                              u"        OpenStackMachine"_s, u"  ClusterAddon"_s}));
        QCOMPARE(root.count(), 12);
        // Everything of a provisioned cluster is ready.
        std::function<void(const HealthNode &)> allReady = [&](const HealthNode &n) {
            QVERIFY2(n.state == HealthNode::State::Ready, qPrintable(n.key()));
            for (const HealthNode &c : n.children)
                allReady(c);
        };
        allReady(root);
        QCOMPARE(root.children.at(1).version, u"v1.33.9"_s);
        QCOMPARE(root.children.at(1).children.at(0).phase, u"Running"_s);
    }

    void shouldFindTheWorstConditionInBothShapes_data()
    {
        QTest::addColumn<QJsonObject>("status");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("worst");
        const QJsonObject v1beta1{
            {u"conditions"_s,
             QJsonArray{QJsonObject{{u"type"_s, u"Ready"_s}, {u"status"_s, u"False"_s},
                                    {u"severity"_s, u"Warning"_s},
                                    {u"reason"_s, u"WaitingForNode"_s}},
                        QJsonObject{{u"type"_s, u"InfrastructureReady"_s},
                                    {u"status"_s, u"False"_s}, {u"severity"_s, u"Error"_s},
                                    {u"reason"_s, u"InstanceError"_s},
                                    {u"message"_s, u"quota"_s}}}}};
        QTest::newRow("v1beta1: Error beats Warning")
            << v1beta1 << int(HealthNode::State::NotReady)
            << u"InfrastructureReady=False InstanceError (quota)"_s;
        const QJsonObject v1beta2{
            {u"conditions"_s,
             QJsonArray{QJsonObject{{u"type"_s, u"Available"_s}, {u"status"_s, u"True"_s},
                                    {u"reason"_s, u"Available"_s}},
                        QJsonObject{{u"type"_s, u"RollingOut"_s}, {u"status"_s, u"True"_s},
                                    {u"reason"_s, u"RollingOut"_s}}}},
            {u"deprecated"_s,
             QJsonObject{{u"v1beta1"_s,
                          QJsonObject{{u"conditions"_s,
                                       QJsonArray{QJsonObject{{u"type"_s, u"Ready"_s},
                                                              {u"status"_s, u"True"_s}}}}}}}}};
        QTest::newRow("v1beta2: a rollout is news")
            << v1beta2 << int(HealthNode::State::Ready) << u"RollingOut=True RollingOut"_s;
        QTest::newRow("status.ready only")
            << QJsonObject{{u"ready"_s, false}} << int(HealthNode::State::NotReady) << QString();
        QTest::newRow("nothing") << QJsonObject{} << int(HealthNode::State::Unknown) << QString();
    }

    void shouldFindTheWorstConditionInBothShapes()
    {
        QFETCH(QJsonObject, status);
        QFETCH(int, state);
        QFETCH(QString, worst);
        HealthNode n;
        assessHealth(QJsonObject{{u"kind"_s, u"Machine"_s}, {u"status"_s, status}}, n);
        QCOMPARE(int(n.state), state);
        QCOMPARE(n.worstCondition, worst);
    }

    void shouldShowAClaimsCompositeAndManagedResources()
    {
        const QList<QJsonObject> objects = readList(u"claim-health-demo.json"_s);
        const HealthNode root = claimHealthTree(objects.at(0), objects.at(1), {objects.at(2)});
        QCOMPARE(outline(root), (QStringList{u"Cluster"_s, u"  XCluster"_s, u"    Object"_s}));
        QCOMPARE(root.state, HealthNode::State::Ready);
        QCOMPARE(root.children.at(0).children.at(0).name, u"demo-capi"_s);
        QCOMPARE(root.children.at(0).children.at(0).state, HealthNode::State::Ready);
        // A managed resource not read (yet) is there, Unknown.
        const HealthNode partial = claimHealthTree(objects.at(0), objects.at(1), {});
        QCOMPARE(partial.children.at(0).children.at(0).state, HealthNode::State::Unknown);
    }

    void shouldChangeRowsPreciselyWhenMachinesRoll()
    {
        QList<QJsonObject> objects = readList(u"capi-health-v1beta1.json"_s);
        const QJsonObject cluster = objects.takeFirst();
        HealthTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoot(clusterHealthTree(cluster, objects));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 4);
        const QModelIndex set = model.find(u"MachineSet"_s, u"fixture-health-md-0-58w46"_s);
        QVERIFY(set.isValid());
        QCOMPARE(model.rowCount(set), 2);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // One worker replaced: the old machine goes, a new one (not ready yet) comes.
        QList<QJsonObject> next;
        for (const QJsonObject &o : objects) {
            const QString name = o.value("metadata"_L1).toObject().value("name"_L1).toString();
            if (name == "fixture-health-md-0-58w46-6x2fb"_L1)
                continue;
            next.append(o);
        }
        QJsonObject fresh = objects.at(5); // a worker Machine of the fixture
        QCOMPARE(fresh.value("kind"_L1).toString(), u"Machine"_s);
        QJsonObject meta = fresh.value("metadata"_L1).toObject();
        meta.insert(u"name"_s, u"fixture-health-md-0-58w46-zzzzz"_s);
        fresh.insert(u"metadata"_s, meta);
        fresh.insert(u"status"_s, QJsonObject{{u"phase"_s, u"Provisioning"_s}});
        next.append(fresh);
        model.setRoot(clusterHealthTree(cluster, next));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        const QModelIndex added = model.find(u"Machine"_s, u"fixture-health-md-0-58w46-zzzzz"_s);
        QVERIFY(added.isValid());
        QCOMPARE(added.siblingAtColumn(HealthTreeModel::Ready).data().toString(), u"Unknown"_s);
        QCOMPARE(added.siblingAtColumn(HealthTreeModel::Phase).data().toString(),
                 u"Provisioning"_s);
        QVERIFY(!model.find(u"Machine"_s, u"fixture-health-md-0-58w46-6x2fb"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestHealthTree)
#include "tst_healthtree.moc"
