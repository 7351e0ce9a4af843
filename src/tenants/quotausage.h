#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace scs::kube {
class KubeClient;
}

namespace scs::tenants {

// One ResourceQuota as its status tells it: per resource what is allowed (status.hard, else
// spec.hard) and what is used (status.used; unknown until the quota controller, or the
// admission that charges it, has filled it in). Pure data; any thread.
struct QuotaLine
{
    QString resource; // "count/clusters.cluster.x-k8s.io", "requests.cpu", ...
    QString hard; // as the server wrote it ("3", "16", "32Gi")
    QString used; // "" while unknown
    std::optional<double> hardValue;
    std::optional<double> usedValue;

    // used / hard in [0, 1+], nullopt while either is unknown or hard is 0 with nothing used.
    [[nodiscard]] std::optional<double> fraction() const;
};

struct Quota
{
    QString name;
    QString tenant; // the namespace
    QList<QuotaLine> lines; // sorted by resource

    [[nodiscard]] static Quota fromObject(const QJsonObject &resourceQuota);
    [[nodiscard]] const QuotaLine *line(const QString &resource) const;
};

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
[[nodiscard]] QList<QuotaExcess> checkOrder(const QList<Quota> &quotas, const OrderDemand &demand);

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

// Lists the ResourceQuotas of `tenant` (GET .../resourcequotas) and calls `done` once, later,
// unless `context` is gone first. A Forbidden list is no error: an empty list (nothing that can
// be read, nothing to warn about).
void readQuotas(kube::KubeClient *client, const QString &tenant, QObject *context,
                std::function<void(const Result<QList<Quota>> &)> done);

} // namespace scs::tenants
