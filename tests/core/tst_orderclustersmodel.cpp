// ClustersModel (src/orders/clustersmodel.h) fed with watch events of both Cluster kinds and
// MachineDeployments: precise row changes, columns, phases and the condition history.

#include "orders/clustersmodel.h"

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

QJsonObject readObject(const QString &name)
{
    QFile f(QStringLiteral(SCS_TEST_DATA "/orders/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject condition(const QString &type, const QString &status, const QString &reason,
                      const QString &at)
{
    return {{u"type"_s, type},
            {u"status"_s, status},
            {u"reason"_s, reason},
            {u"lastTransitionTime"_s, at}};
}

QJsonObject pool(const QString &name, int replicas)
{
    return {{u"class"_s, u"default-worker"_s}, {u"name"_s, name}, {u"replicas"_s, replicas}};
}

// A CAPI cluster as the stack's provisioner writes it at each step.
QJsonObject capiCluster(const QString &phase, const QJsonArray &conditions, bool cpReady = false,
                        int pool1 = 1)
{
    QJsonObject status{{u"conditions"_s, conditions}, {u"controlPlaneReady"_s, cpReady}};
    if (!phase.isEmpty())
        status.insert(u"phase"_s, phase);
    return {
        {u"apiVersion"_s, u"cluster.x-k8s.io/v1beta1"_s},
        {u"kind"_s, u"Cluster"_s},
        {u"metadata"_s,
         QJsonObject{{u"name"_s, u"orders-capi"_s},
                     {u"namespace"_s, u"tenant-a"_s},
                     {u"uid"_s, u"u-1"_s},
                     {u"creationTimestamp"_s, u"2026-11-25T10:00:00Z"_s}}},
        {u"spec"_s,
         QJsonObject{{u"topology"_s,
                      QJsonObject{{u"class"_s, u"openstack-scs-1-33-v1"_s},
                                  {u"version"_s, u"v1.33.5"_s},
                                  {u"controlPlane"_s, QJsonObject{{u"replicas"_s, 3}}},
                                  {u"workers"_s,
                                   QJsonObject{{u"machineDeployments"_s,
                                                QJsonArray{pool(u"md-0"_s, 2),
                                                           pool(u"md-1"_s, pool1)}}}}}}}},
        {u"status"_s, status}};
}

QJsonObject machineDeployment(const QString &pool, int ready)
{
    return {{u"metadata"_s,
             QJsonObject{{u"name"_s, u"orders-capi-"_s + pool},
                         {u"namespace"_s, u"tenant-a"_s},
                         {u"labels"_s,
                          QJsonObject{{u"cluster.x-k8s.io/cluster-name"_s, u"orders-capi"_s},
                                      {u"topology.cluster.x-k8s.io/deployment-name"_s, pool}}}}},
            {u"status"_s, QJsonObject{{u"readyReplicas"_s, ready}}}};
}

QString cell(const ClustersModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

} // namespace

class TestOrderClustersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFollowAClusterThroughItsPhases()
    {
        ClustersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(QDateTime(QDate(2026, 11, 25), QTime(10, 5, 0), Qt::UTC));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy ready(&model, &ClustersModel::clusterBecameReady);
        QSignalSpy phases(&model, &ClustersModel::phaseChanged);

        // Two rows of the two kinds with the same name are two clusters.
        model.applyAdded(OrderKind::Claim, readObject(u"claim-cluster-demo.json"_s));
        model.applyAdded(OrderKind::ClusterApi, capiCluster({}, {}));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, ClustersModel::Name), u"demo"_s);
        QCOMPARE(cell(model, 0, ClustersModel::Type), u"Central API cluster"_s);
        QCOMPARE(cell(model, 0, ClustersModel::Phase), u"Provisioned"_s);
        // The claim ordered 1.33 and runs v1.33.5: no "upgrade pending" arrow.
        QCOMPARE(cell(model, 0, ClustersModel::Version), u"v1.33.5"_s);
        QCOMPARE(cell(model, 1, ClustersModel::Type),
                 u"Cluster API cluster (openstack-scs-1-33-v1)"_s);
        QCOMPARE(cell(model, 1, ClustersModel::Phase), u"Pending"_s);
        QCOMPARE(cell(model, 1, ClustersModel::Version), u"v1.33.5"_s);
        QCOMPARE(cell(model, 1, ClustersModel::ControlPlane), u"0/3"_s);
        QCOMPARE(cell(model, 1, ClustersModel::Workers), u"0/3"_s);
        QCOMPARE(cell(model, 1, ClustersModel::Age), u"5m"_s);
        const ClusterRef ref{OrderKind::ClusterApi, u"tenant-a"_s, u"orders-capi"_s};
        QCOMPARE(model.rowOf(ref), 1);
        QCOMPARE(model.rowOf({OrderKind::Claim, u"tenant-a"_s, u"orders-capi"_s}), -1);

        model.applyModified(OrderKind::ClusterApi,
                            capiCluster(u"Pending"_s,
                                        {condition(u"InfrastructureReady"_s, u"False"_s,
                                                   u"WaitingForInfrastructure"_s,
                                                   u"2026-11-25T10:00:01Z"_s),
                                         condition(u"Ready"_s, u"False"_s,
                                                   u"WaitingForInfrastructure"_s,
                                                   u"2026-11-25T10:00:01Z"_s)}));
        QCOMPARE(cell(model, 1, ClustersModel::Conditions),
                 u"InfrastructureReady: WaitingForInfrastructure"_s);
        model.applyModified(OrderKind::ClusterApi,
                            capiCluster(u"Provisioning"_s,
                                        {condition(u"InfrastructureReady"_s, u"True"_s, {},
                                                   u"2026-11-25T10:00:03Z"_s),
                                         condition(u"Ready"_s, u"False"_s,
                                                   u"WaitingForControlPlane"_s,
                                                   u"2026-11-25T10:00:03Z"_s)}));
        model.applyMachineDeployment(machineDeployment(u"md-0"_s, 0));
        model.applyMachineDeployment(machineDeployment(u"md-1"_s, 0));
        const int changesBefore = int(changed.size());
        model.applyMachineDeployment(machineDeployment(u"md-0"_s, 2));
        QCOMPARE(changed.size(), changesBefore + 1);
        // Only the workers cell of that row.
        QCOMPARE(changed.last().at(0).toModelIndex(), model.index(1, ClustersModel::Workers));
        QCOMPARE(changed.last().at(1).toModelIndex(), model.index(1, ClustersModel::Workers));
        QCOMPARE(cell(model, 1, ClustersModel::Workers), u"2/3"_s);
        model.applyMachineDeployment(machineDeployment(u"md-1"_s, 1));
        QCOMPARE(ready.size(), 0);

        model.applyModified(OrderKind::ClusterApi,
                            capiCluster(u"Provisioned"_s,
                                        {condition(u"InfrastructureReady"_s, u"True"_s, {},
                                                   u"2026-11-25T10:00:03Z"_s),
                                         condition(u"Ready"_s, u"True"_s, {},
                                                   u"2026-11-25T10:00:07Z"_s)},
                                        true));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().value<ClusterRef>(), ref);
        QCOMPARE(cell(model, 1, ClustersModel::ControlPlane), u"3/3"_s);
        QCOMPARE(cell(model, 1, ClustersModel::Workers), u"3/3"_s);
        QCOMPARE(cell(model, 1, ClustersModel::Conditions), u"Ready"_s);
        QVERIFY(model.index(1, 0).data(ClustersModel::ReadyRole).toBool());
        QCOMPARE(model.status(ref)->kubeconfigSecret, QString()); // no ControlPlaneInitialized
        QCOMPARE(model.phasesSeen(ref),
                 (QStringList{u"Pending"_s, u"Provisioning"_s, u"Provisioned"_s}));
        QCOMPARE(phases.size(), 2);

        // The history: each transition once, the observed ones marked, in time order.
        QStringList history;
        for (const ConditionTransition &t : model.history(ref)) {
            if (t.type != "Phase"_L1)
                history.append(t.type + u'=' + t.status + u' ' + t.reason);
        }
        QCOMPARE(history, (QStringList{u"InfrastructureReady=False WaitingForInfrastructure"_s,
                                       u"Ready=False WaitingForInfrastructure"_s,
                                       u"InfrastructureReady=True "_s,
                                       u"Ready=False WaitingForControlPlane"_s,
                                       u"Ready=True "_s}));
        QVERIFY(model.history(ref).last().observed);

        // Scaling a pool shows at once from the spec.
        model.applyModified(OrderKind::ClusterApi,
                            capiCluster(u"Provisioned"_s,
                                        {condition(u"Ready"_s, u"True"_s, {},
                                                   u"2026-11-25T10:00:07Z"_s)},
                                        true, 4));
        QCOMPARE(cell(model, 1, ClustersModel::Workers), u"3/6"_s);
        QCOMPARE(ready.size(), 1);

        QJsonObject gone = capiCluster(u"Deleting"_s, {});
        model.applyModified(OrderKind::ClusterApi, gone);
        QCOMPARE(cell(model, 1, ClustersModel::Phase), u"Deleting"_s);
        model.applyDeleted(OrderKind::ClusterApi, gone);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(ref), -1);
        QCOMPARE(reset.size(), 0);
        // A late MachineDeployment of a gone cluster changes nothing.
        model.applyMachineDeployment(machineDeployment(u"md-0"_s, 0), true);
        QCOMPARE(model.rowCount(), 1);
    }

    void shouldTreatARepeatedAddAsAModification()
    {
        ClustersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.applyAdded(OrderKind::ClusterApi, capiCluster({}, {}));
        model.applyAdded(OrderKind::ClusterApi, capiCluster(u"Pending"_s, {}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(cell(model, 0, ClustersModel::Phase), u"Pending"_s);
        QCOMPARE(model.headerData(ClustersModel::Workers, Qt::Horizontal).toString(),
                 u"Workers"_s);
        QCOMPARE(model.columnCount(), int(ClustersModel::ColumnCount));
    }
};

QTEST_GUILESS_MAIN(TestOrderClustersModel)
#include "tst_orderclustersmodel.moc"
