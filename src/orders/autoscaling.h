#pragma once

#include "orders/field.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace scs::orders {

// The Cluster API autoscaler's node group bounds, as annotations on a topology's machine
// deployment (spec.topology.workers.machineDeployments[].metadata.annotations). Upstream
// names; the values are strings holding whole numbers.
inline constexpr auto kAutoscalerMinSizeAnnotation =
    "cluster.x-k8s.io/cluster-api-autoscaler-node-group-min-size";
inline constexpr auto kAutoscalerMaxSizeAnnotation =
    "cluster.x-k8s.io/cluster-api-autoscaler-node-group-max-size";

// A pool the autoscaler sizes between minSize and maxSize. While a pool is autoscaled the
// topology must not set its replicas (Cluster API: the autoscaler owns the field then).
struct Autoscaling
{
    int minSize = 0;
    int maxSize = 0;

    friend bool operator==(const Autoscaling &, const Autoscaling &) = default;
};

// The autoscaling one machineDeployments[] entry asks for; nullopt when it carries neither
// annotation. An annotation that is missing or not a whole number reads as -1 (see
// autoscalingIssues, which names it).
[[nodiscard]] std::optional<Autoscaling> autoscalingOf(const QJsonObject &machineDeployment);

// Sets the pool's size on one machineDeployments[] entry: with autoscaling, both annotations
// and no replicas; without, `replicas` and neither annotation (other annotations and metadata
// stay; an emptied annotations/metadata object is removed).
void setPoolSize(QJsonObject &machineDeployment, int replicas,
                 const std::optional<Autoscaling> &autoscaling);

// What is wrong with one entry's autoscaling (nothing when it has none): only one of the two
// annotations, a value that is not a whole number in a string, min < 0, max < min, replicas
// set as well. `path` is the entry's path ("spec.topology.workers.machineDeployments[0]").
[[nodiscard]] QList<FieldIssue> autoscalingIssues(const QJsonObject &machineDeployment,
                                                  const QString &path);

// The JSON patch operations that turn `machineDeployment` (as the server has it, at JSON
// pointer `pointer`, e.g. "/spec/topology/workers/machineDeployments/0") into the given size:
// replicas added or removed, the two annotations added or removed (creating metadata and
// annotations where missing).
[[nodiscard]] QJsonArray poolSizePatch(const QJsonObject &machineDeployment,
                                       const QString &pointer, int replicas,
                                       const std::optional<Autoscaling> &autoscaling);

// "autoscaled 1–5", translated; for tables.
[[nodiscard]] QString autoscalingText(const Autoscaling &autoscaling);

} // namespace scs::orders
