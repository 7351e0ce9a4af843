#pragma once

#include "orders/order.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace scs::orders {

// Which cluster: kind + tenant + name (the uid changes when a name is reused).
struct ClusterRef
{
    OrderKind kind = OrderKind::Claim;
    QString tenant;
    QString name;

    friend bool operator==(const ClusterRef &, const ClusterRef &) = default;
};

// One status condition as the server reports it.
struct ClusterCondition
{
    QString type; // "Ready", "Synced", "InfrastructureReady", ...
    QString status; // "True", "False", "Unknown"
    QString reason;
    QString message;
    QString severity; // CAPI: "Info", "Warning", "Error"
    QDateTime lastTransitionTime; // UTC; invalid when absent

    friend bool operator==(const ClusterCondition &, const ClusterCondition &) = default;
};

// One worker pool as ordered (spec) and as running (MachineDeployment status, when known).
struct PoolStatus
{
    QString name; // ClusterApi: topology name ("md-0"); claim: "workers"
    QString workerClass;
    QString failureDomain;
    int desired = 0;
    int ready = 0;
    bool readyKnown = false; // ClusterApi: false until its MachineDeployment was seen
    // ClusterApi: sized by the autoscaler (annotations); `desired` is then the minimum until
    // the MachineDeployment tells how many it has now.
    std::optional<Autoscaling> autoscaling;

    friend bool operator==(const PoolStatus &, const PoolStatus &) = default;
};

// What a clusters view shows of one cluster, parsed from either kind (never guessed from the
// kind field alone: the caller says which resource the object came from).
//   Claim:      phase Pending/Provisioning/Provisioned/Deleting/Failed, conditions Synced/Ready,
//               status.version, spec.controlPlane.replicas, spec.workers.replicas,
//               spec.writeConnectionSecretToRef.name
//   ClusterApi: phase Pending/Provisioning/Provisioned/Deleting/Failed, conditions,
//               spec.topology (class, version, controlPlane.replicas, machineDeployments),
//               status.controlPlaneReady, "<name>-kubeconfig" once ControlPlaneInitialized
struct ClusterStatus
{
    ClusterRef ref;
    QString uid;
    QString resourceVersion;
    qint64 generation = 0;
    qint64 observedGeneration = 0;
    QDateTime created; // metadata.creationTimestamp (UTC)
    bool deleting = false; // metadata.deletionTimestamp set
    QString clusterClass; // ClusterApi
    QString phase; // status.phase; "" before the provisioner saw it
    QString version; // ordered version (spec)
    QString runningVersion; // claim: status.version when reported; else = version once ready
    int controlPlaneDesired = 0;
    int controlPlaneReady = 0;
    QList<PoolStatus> workers;
    QList<ClusterCondition> conditions;
    bool ready = false; // condition Ready=True (and phase Provisioned where phases exist)
    bool failed = false; // phase Failed, or a Ready=False condition of severity Error
    // The Secret with the kubeconfig/connection details (empty until it should exist):
    // ClusterApi "<name>-kubeconfig", claim spec.writeConnectionSecretToRef.name.
    QString kubeconfigSecret;
    QJsonObject object; // the object this was parsed from

    [[nodiscard]] static ClusterStatus fromObject(OrderKind kind, const QJsonObject &object);
    // Folds a MachineDeployment (cluster.x-k8s.io/v1beta1) of this cluster into `workers`:
    // matched by label topology.cluster.x-k8s.io/deployment-name; returns whether it matched.
    bool applyMachineDeployment(const QJsonObject &machineDeployment);

    [[nodiscard]] int workersDesired() const;
    [[nodiscard]] int workersReady() const;
    [[nodiscard]] const ClusterCondition *condition(const QString &type) const;
    // A one-line summary for a table: "Ready", or the first condition that is not True as
    // "Type: reason (message)".
    [[nodiscard]] QString conditionSummary() const;
    // Ready and phase together as a person reads them: "Provisioned", "Provisioning", ...,
    // "Deleting"; "Pending" when the server has not set a phase yet.
    [[nodiscard]] QString displayPhase() const;
};

// For the label of a MachineDeployment to find its cluster: "cluster.x-k8s.io/cluster-name".
[[nodiscard]] QString clusterNameOfMachineDeployment(const QJsonObject &machineDeployment);

} // namespace scs::orders

Q_DECLARE_METATYPE(scs::orders::ClusterStatus)
Q_DECLARE_METATYPE(scs::orders::ClusterRef)
