#include "orders/clusterstatus.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scs::orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterStatus)
};

QDateTime timeOf(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (t.isValid())
        t = t.toUTC();
    return t;
}
} // namespace

ClusterStatus ClusterStatus::fromObject(OrderKind kind, const QJsonObject &object)
{
    ClusterStatus s;
    const QJsonObject metadata = object.value("metadata"_L1).toObject();
    const QJsonObject spec = object.value("spec"_L1).toObject();
    const QJsonObject status = object.value("status"_L1).toObject();
    s.ref = {kind, metadata.value("namespace"_L1).toString(),
             metadata.value("name"_L1).toString()};
    s.uid = metadata.value("uid"_L1).toString();
    s.resourceVersion = metadata.value("resourceVersion"_L1).toString();
    s.generation = metadata.value("generation"_L1).toInteger();
    s.observedGeneration = status.value("observedGeneration"_L1).toInteger();
    s.created = timeOf(metadata.value("creationTimestamp"_L1));
    s.deleting = metadata.contains("deletionTimestamp"_L1);
    s.phase = status.value("phase"_L1).toString();
    s.object = object;

    for (const QJsonValue &v : status.value("conditions"_L1).toArray()) {
        const QJsonObject c = v.toObject();
        s.conditions.append({c.value("type"_L1).toString(), c.value("status"_L1).toString(),
                             c.value("reason"_L1).toString(), c.value("message"_L1).toString(),
                             c.value("severity"_L1).toString(),
                             timeOf(c.value("lastTransitionTime"_L1))});
    }
    // Cluster API v1beta2 has no Ready on a Cluster: Available says the same there.
    const ClusterCondition *readyCondition = s.condition(u"Ready"_s);
    if (!readyCondition && kind == OrderKind::ClusterApi)
        readyCondition = s.condition(u"Available"_s);
    const bool readyTrue = readyCondition && readyCondition->status == "True"_L1;
    s.ready = readyTrue && (s.phase.isEmpty() || s.phase == "Provisioned"_L1) && !s.deleting;
    s.failed = s.phase == "Failed"_L1
        || (readyCondition && readyCondition->status == "False"_L1
            && readyCondition->severity == "Error"_L1);

    if (kind == OrderKind::Claim) {
        s.version = spec.value("version"_L1).toString();
        s.runningVersion = status.value("version"_L1).toString();
        s.controlPlaneDesired =
            spec.value("controlPlane"_L1).toObject().value("replicas"_L1).toInt(1);
        s.controlPlaneReady = s.ready ? s.controlPlaneDesired : 0;
        PoolStatus pool;
        pool.name = u"workers"_s;
        pool.workerClass = spec.value("workers"_L1).toObject().value("flavor"_L1).toString();
        pool.desired = spec.value("workers"_L1).toObject().value("replicas"_L1).toInt(0);
        // A claim reports no node counts: Ready means what was ordered runs.
        pool.readyKnown = true;
        pool.ready = s.ready ? pool.desired : 0;
        s.workers.append(pool);
        s.kubeconfigSecret =
            spec.value("writeConnectionSecretToRef"_L1).toObject().value("name"_L1).toString();
    } else {
        const QJsonObject topology = spec.value("topology"_L1).toObject();
        s.clusterClass = topologyClass(topology);
        s.version = topology.value("version"_L1).toString();
        s.controlPlaneDesired =
            topology.value("controlPlane"_L1).toObject().value("replicas"_L1).toInt(1);
        // v1beta2 counts the control plane's ready machines; v1beta1 has a flag only.
        const QJsonValue counted =
            status.value("controlPlane"_L1).toObject().value("readyReplicas"_L1);
        if (counted.isDouble())
            s.controlPlaneReady = counted.toInt();
        else
            s.controlPlaneReady =
                status.value("controlPlaneReady"_L1).toBool() ? s.controlPlaneDesired : 0;
        for (const QJsonValue &v :
             topology.value("workers"_L1).toObject().value("machineDeployments"_L1).toArray()) {
            const QJsonObject md = v.toObject();
            PoolStatus pool;
            pool.name = md.value("name"_L1).toString();
            pool.workerClass = md.value("class"_L1).toString();
            pool.failureDomain = md.value("failureDomain"_L1).toString();
            pool.autoscaling = autoscalingOf(md);
            pool.desired = md.value("replicas"_L1).toInt(
                pool.autoscaling ? qMax(0, pool.autoscaling->minSize) : 1);
            s.workers.append(pool);
        }
        const ClusterCondition *initialized = s.condition(u"ControlPlaneInitialized"_s);
        if (initialized && initialized->status == "True"_L1)
            s.kubeconfigSecret = s.ref.name + u"-kubeconfig"_s;
        if (s.ready)
            s.runningVersion = s.version;
    }
    return s;
}

bool ClusterStatus::applyMachineDeployment(const QJsonObject &machineDeployment)
{
    const QJsonObject metadata = machineDeployment.value("metadata"_L1).toObject();
    const QJsonObject labels = metadata.value("labels"_L1).toObject();
    if (clusterNameOfMachineDeployment(machineDeployment) != ref.name
        || metadata.value("namespace"_L1).toString() != ref.tenant)
        return false;
    const QString pool = labels.value("topology.cluster.x-k8s.io/deployment-name"_L1).toString();
    for (PoolStatus &p : workers) {
        if (p.name == pool) {
            p.ready = machineDeployment.value("status"_L1)
                          .toObject()
                          .value("readyReplicas"_L1)
                          .toInt(0);
            p.readyKnown = true;
            if (p.autoscaling) {
                const QJsonValue now =
                    machineDeployment.value("spec"_L1).toObject().value("replicas"_L1);
                if (now.isDouble())
                    p.desired = now.toInt();
            }
            return true;
        }
    }
    return false;
}

int ClusterStatus::workersDesired() const
{
    int n = 0;
    for (const PoolStatus &p : workers)
        n += p.desired;
    return n;
}

int ClusterStatus::workersReady() const
{
    int n = 0;
    for (const PoolStatus &p : workers)
        n += p.ready;
    return n;
}

const ClusterCondition *ClusterStatus::condition(const QString &type) const
{
    for (const ClusterCondition &c : conditions) {
        if (c.type == type)
            return &c;
    }
    return nullptr;
}

QString ClusterStatus::conditionSummary() const
{
    if (ready)
        return Tr::tr("Ready");
    // Ready itself last: the more specific condition says more.
    const ClusterCondition *readyCondition = condition(u"Ready"_s);
    for (const ClusterCondition &c : conditions) {
        if (c.status == "True"_L1 || &c == readyCondition)
            continue;
        QString text = c.type;
        if (!c.reason.isEmpty())
            text += u": "_s + c.reason;
        if (!c.message.isEmpty())
            text += u" ("_s + c.message + u')';
        return text;
    }
    if (readyCondition) {
        QString text = readyCondition->type + u'=' + readyCondition->status;
        if (!readyCondition->reason.isEmpty())
            text += u": "_s + readyCondition->reason;
        return text;
    }
    return {};
}

QString ClusterStatus::displayPhase() const
{
    if (deleting && phase != "Deleting"_L1)
        return u"Deleting"_s;
    if (phase.isEmpty())
        return u"Pending"_s;
    return phase;
}

QString clusterNameOfMachineDeployment(const QJsonObject &machineDeployment)
{
    const QJsonObject labels = machineDeployment.value("metadata"_L1)
                                   .toObject()
                                   .value("labels"_L1)
                                   .toObject();
    QString name = labels.value("cluster.x-k8s.io/cluster-name"_L1).toString();
    if (name.isEmpty())
        name = machineDeployment.value("spec"_L1).toObject().value("clusterName"_L1).toString();
    return name;
}

} // namespace scs::orders
