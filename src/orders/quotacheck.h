#pragma once

#include "kube/resourcequota.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace scs::orders {

// What an order adds to a tenant: one object of a cluster kind, and where its size is known the
// CPU and memory of its machines (the SCS flavors' sizes: "SCS-4V-8" is 4 vCPU, 8 GiB).
struct OrderDemand
{
    QString clusterResource; // "clusters.cluster.x-k8s.io" or "clusters.api.scs.community"
    std::optional<double> cpu; // cores
    std::optional<double> memory; // bytes
};

// An order a quota would refuse, with the quota and resource named for the person.
struct QuotaExcess
{
    QString quota;
    QString tenant;
    QString resource;
    // Translated, e.g. "Quota 'compute' in tenant-b allows 1 cluster
    // (clusters.cluster.x-k8s.io); 1 in use."
    QString message;
};

// The quotas `demand` would exceed. Object counts ("count/<clusterResource>") are checked for
// every order; requests.cpu / requests.memory (and limits.*) only where the demand knows its size.
// A resource whose use is unknown is not checked (nothing to go by).
[[nodiscard]] QList<QuotaExcess> checkOrder(const QList<kube::Quota> &quotas, const OrderDemand &demand);

// The size of an SCS flavor name ("SCS-4V-8", "SCS-2V-4-20s": vCPUs and GiB), nullopt for a
// name that does not follow the SCS flavor naming standard.
struct FlavorSize
{
    double cpu = 0;
    double memory = 0; // bytes
};
[[nodiscard]] std::optional<FlavorSize> flavorSize(const QString &flavor);

// What ordering `cluster` (a Cluster API Cluster with a topology, or a Central API Cluster
// claim, as the order wizard builds it) adds: its kind, and CPU and memory where every machine's
// flavor is known (the claim's defaults: one SCS-2V-4 control plane node, three SCS-4V-8
// workers, as the stack's claim schema says).
[[nodiscard]] OrderDemand demandOf(const QJsonObject &cluster);

} // namespace scs::orders
