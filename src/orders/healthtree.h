#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace scs::orders {

// One object in a cluster's health tree, like a line of `clusterctl describe cluster`.
struct HealthNode
{
    enum class State { Ready, NotReady, Unknown };

    QString kind; // "Cluster", "KubeadmControlPlane", "MachineDeployment", "XCluster", ...
    QString name;
    State state = State::Unknown;
    // The condition that matters most now, "Type: reason (message)"; "" when all is well.
    QString worstCondition;
    QString severity; // of the worst condition: "Error", "Warning", "Info" or ""
    QString version; // Kubernetes version where the object has one (Machine, KCP, MD)
    QString phase; // status.phase, or another one-word stage (instanceState, ...)
    std::vector<HealthNode> children;

    // Stable identity among siblings (what a model keeps its rows by).
    [[nodiscard]] QString key() const { return kind + u'/' + name; }
    [[nodiscard]] int count() const; // this node and all below it
};

// Ready and the worst condition of any object: Ready (or Available, Cluster API v1beta2) and
// Synced (Crossplane) conditions, or status.ready; conditions from status.conditions and the
// other version's list (status.v1beta2.conditions, status.deprecated.v1beta1.conditions).
// Conditions whose True is the news (Deleting, Paused, RollingOut, Scaling*, Remediating) count
// when True; others when not True; worst = Error, then Warning, then the rest.
void assessHealth(const QJsonObject &object, HealthNode &node);

// The tree of a Cluster API cluster from the cluster and every object found for it (any order;
// what does not belong is ignored):
//   Cluster ─┬─ OpenStackCluster (infrastructure)
//            ├─ KubeadmControlPlane ── Machines ── OpenStackMachine
//            ├─ MachineDeployment ── MachineSet ── Machines ── OpenStackMachine
//            └─ ClusterAddon
[[nodiscard]] HealthNode clusterHealthTree(const QJsonObject &cluster,
                                           const QList<QJsonObject> &objects);

// A Central API claim: claim ── composite (spec.resourceRef) ── managed resources
// (the composite's spec.resourceRefs; those not given are shown as Unknown).
[[nodiscard]] HealthNode claimHealthTree(const QJsonObject &claim, const QJsonObject &composite,
                                         const QList<QJsonObject> &managed);

} // namespace scs::orders
