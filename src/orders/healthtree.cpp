#include "orders/healthtree.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs::orders {

namespace {

QJsonObject metadataOf(const QJsonObject &o)
{
    return o.value("metadata"_L1).toObject();
}

QString nameOf(const QJsonObject &o)
{
    return metadataOf(o).value("name"_L1).toString();
}

QString kindOf(const QJsonObject &o)
{
    return o.value("kind"_L1).toString();
}

QString labelOf(const QJsonObject &o, QLatin1StringView label)
{
    return metadataOf(o).value("labels"_L1).toObject().value(label).toString();
}

bool hasLabel(const QJsonObject &o, QLatin1StringView label)
{
    return metadataOf(o).value("labels"_L1).toObject().contains(label);
}

QList<QJsonObject> conditionsOf(const QJsonObject &object)
{
    const QJsonObject status = object.value("status"_L1).toObject();
    QList<QJsonObject> all;
    QSet<QString> seen;
    const QJsonArray lists[] = {
        status.value("conditions"_L1).toArray(),
        status.value("v1beta2"_L1).toObject().value("conditions"_L1).toArray(),
        status.value("deprecated"_L1)
            .toObject()
            .value("v1beta1"_L1)
            .toObject()
            .value("conditions"_L1)
            .toArray()};
    for (const QJsonArray &list : lists) {
        for (const QJsonValue &v : list) {
            const QJsonObject c = v.toObject();
            const QString type = c.value("type"_L1).toString();
            if (!seen.contains(type)) {
                seen.insert(type);
                all.append(c);
            }
        }
    }
    return all;
}

bool trueIsNews(const QString &type)
{
    static const QStringList types = {u"Deleting"_s,    u"Paused"_s,      u"RollingOut"_s,
                                      u"ScalingUp"_s,   u"ScalingDown"_s, u"Remediating"_s,
                                      u"Stalled"_s};
    return types.contains(type);
}

int rank(const QString &severity)
{
    return severity == "Error"_L1 ? 3 : severity == "Warning"_L1 ? 2 : 1;
}

QString conditionText(const QJsonObject &c)
{
    QString text = c.value("type"_L1).toString() + u'=' + c.value("status"_L1).toString();
    const QString reason = c.value("reason"_L1).toString();
    const QString message = c.value("message"_L1).toString();
    if (!reason.isEmpty())
        text += u' ' + reason;
    if (!message.isEmpty())
        text += u" ("_s + message + u')';
    return text;
}

HealthNode nodeOf(const QJsonObject &object)
{
    HealthNode n;
    n.kind = kindOf(object);
    n.name = nameOf(object);
    assessHealth(object, n);
    return n;
}

bool ownedBy(const QJsonObject &object, const QString &kind, const QString &name)
{
    for (const QJsonValue &v : metadataOf(object).value("ownerReferences"_L1).toArray()) {
        const QJsonObject ref = v.toObject();
        if (ref.value("kind"_L1).toString() == kind && ref.value("name"_L1).toString() == name)
            return true;
    }
    return false;
}

void sortChildren(HealthNode &n)
{
    std::sort(n.children.begin(), n.children.end(),
              [](const HealthNode &a, const HealthNode &b) { return a.key() < b.key(); });
}

// A Machine with its OpenStackMachine (same name) below it.
HealthNode machineNode(const QJsonObject &machine, const QList<QJsonObject> &objects)
{
    HealthNode n = nodeOf(machine);
    for (const QJsonObject &o : objects) {
        if (kindOf(o) == "OpenStackMachine"_L1 && nameOf(o) == n.name)
            n.children.push_back(nodeOf(o));
    }
    return n;
}

} // namespace

int HealthNode::count() const
{
    int n = 1;
    for (const HealthNode &c : children)
        n += c.count();
    return n;
}

void assessHealth(const QJsonObject &object, HealthNode &node)
{
    const QJsonObject status = object.value("status"_L1).toObject();
    const QJsonObject spec = object.value("spec"_L1).toObject();
    node.phase = status.value("phase"_L1).toString();
    if (node.phase.isEmpty())
        node.phase = status.value("instanceState"_L1).toString();
    node.version = spec.value("version"_L1).toString();
    if (node.version.isEmpty())
        node.version = spec.value("template"_L1)
                           .toObject()
                           .value("spec"_L1)
                           .toObject()
                           .value("version"_L1)
                           .toString();
    if (node.version.isEmpty())
        node.version = spec.value("topology"_L1).toObject().value("version"_L1).toString();

    const QList<QJsonObject> conditions = conditionsOf(object);
    const QJsonObject *ready = nullptr;
    const QJsonObject *synced = nullptr;
    for (const QJsonObject &c : conditions) {
        const QString type = c.value("type"_L1).toString();
        if (type == "Ready"_L1)
            ready = &c;
        else if (type == "Synced"_L1)
            synced = &c;
    }
    if (!ready) {
        for (const QJsonObject &c : conditions) {
            if (c.value("type"_L1).toString() == "Available"_L1)
                ready = &c;
        }
    }
    if (ready) {
        const QString s = ready->value("status"_L1).toString();
        node.state = s == "True"_L1 ? HealthNode::State::Ready
            : s == "False"_L1       ? HealthNode::State::NotReady
                                    : HealthNode::State::Unknown;
        if (synced && synced->value("status"_L1).toString() == "False"_L1)
            node.state = HealthNode::State::NotReady;
    } else if (status.value("ready"_L1).isBool()) {
        node.state = status.value("ready"_L1).toBool() ? HealthNode::State::Ready
                                                      : HealthNode::State::NotReady;
    }
    if (metadataOf(object).contains("deletionTimestamp"_L1) && node.phase.isEmpty())
        node.phase = u"Deleting"_s;

    const QJsonObject *worst = nullptr;
    int worstRank = 0;
    for (const QJsonObject &c : conditions) {
        const QString type = c.value("type"_L1).toString();
        const bool isTrue = c.value("status"_L1).toString() == "True"_L1;
        if (isTrue != trueIsNews(type))
            continue;
        const int r = rank(c.value("severity"_L1).toString());
        if (r > worstRank) {
            worst = &c;
            worstRank = r;
        }
    }
    node.worstCondition = worst ? conditionText(*worst) : QString();
    node.severity = worst ? worst->value("severity"_L1).toString() : QString();
}

HealthNode clusterHealthTree(const QJsonObject &cluster, const QList<QJsonObject> &objects)
{
    HealthNode root = nodeOf(cluster);
    const QString clusterName = root.name;
    const QJsonObject spec = cluster.value("spec"_L1).toObject();
    const QString infraName = spec.value("infrastructureRef"_L1).toObject().value("name"_L1)
                                  .toString();
    const QString kcpName = spec.value("controlPlaneRef"_L1).toObject().value("name"_L1)
                                .toString();

    for (const QJsonObject &o : objects) {
        const QString kind = kindOf(o);
        if (kind == "OpenStackCluster"_L1
            && (nameOf(o) == infraName || ownedBy(o, u"Cluster"_s, clusterName)))
            root.children.push_back(nodeOf(o));
    }
    for (const QJsonObject &o : objects) {
        if (kindOf(o) != "KubeadmControlPlane"_L1
            || (nameOf(o) != kcpName && !ownedBy(o, u"Cluster"_s, clusterName)))
            continue;
        HealthNode kcp = nodeOf(o);
        if (kcp.version.isEmpty())
            kcp.version = o.value("status"_L1).toObject().value("version"_L1).toString();
        for (const QJsonObject &m : objects) {
            if (kindOf(m) == "Machine"_L1
                && labelOf(m, "cluster.x-k8s.io/control-plane-name"_L1) == kcp.name)
                kcp.children.push_back(machineNode(m, objects));
        }
        sortChildren(kcp);
        root.children.push_back(kcp);
    }
    std::vector<HealthNode> deployments;
    for (const QJsonObject &o : objects) {
        if (kindOf(o) != "MachineDeployment"_L1
            || labelOf(o, "cluster.x-k8s.io/cluster-name"_L1) != clusterName)
            continue;
        HealthNode md = nodeOf(o);
        for (const QJsonObject &ms : objects) {
            if (kindOf(ms) != "MachineSet"_L1
                || labelOf(ms, "cluster.x-k8s.io/deployment-name"_L1) != md.name)
                continue;
            HealthNode set = nodeOf(ms);
            for (const QJsonObject &m : objects) {
                if (kindOf(m) == "Machine"_L1
                    && labelOf(m, "cluster.x-k8s.io/set-name"_L1) == set.name
                    && !hasLabel(m, "cluster.x-k8s.io/control-plane"_L1))
                    set.children.push_back(machineNode(m, objects));
            }
            sortChildren(set);
            md.children.push_back(set);
        }
        sortChildren(md);
        deployments.push_back(md);
    }
    std::sort(deployments.begin(), deployments.end(),
              [](const HealthNode &a, const HealthNode &b) { return a.name < b.name; });
    for (HealthNode &md : deployments)
        root.children.push_back(std::move(md));
    for (const QJsonObject &o : objects) {
        if (kindOf(o) == "ClusterAddon"_L1
            && (nameOf(o) == u"cluster-addon-"_s + clusterName
                || o.value("spec"_L1).toObject().value("clusterRef"_L1).toObject()
                           .value("name"_L1).toString() == clusterName))
            root.children.push_back(nodeOf(o));
    }
    return root;
}

HealthNode claimHealthTree(const QJsonObject &claim, const QJsonObject &composite,
                           const QList<QJsonObject> &managed)
{
    HealthNode root = nodeOf(claim);
    if (composite.isEmpty()) {
        const QJsonObject ref = claim.value("spec"_L1).toObject().value("resourceRef"_L1)
                                    .toObject();
        if (!ref.isEmpty()) {
            HealthNode pending;
            pending.kind = ref.value("kind"_L1).toString();
            pending.name = ref.value("name"_L1).toString();
            root.children.push_back(pending);
        }
        return root;
    }
    HealthNode xr = nodeOf(composite);
    for (const QJsonValue &v :
         composite.value("spec"_L1).toObject().value("resourceRefs"_L1).toArray()) {
        const QJsonObject ref = v.toObject();
        HealthNode child;
        child.kind = ref.value("kind"_L1).toString();
        child.name = ref.value("name"_L1).toString();
        for (const QJsonObject &m : managed) {
            if (kindOf(m) == child.kind && nameOf(m) == child.name)
                child = nodeOf(m);
        }
        xr.children.push_back(child);
    }
    root.children.push_back(xr);
    return root;
}

} // namespace scs::orders
