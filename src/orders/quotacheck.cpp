#include "orders/quotacheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace scs::orders {

using kube::Quota;
using kube::QuotaLine;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuotaCheck)
};

QString formatAmount(double value, bool memory)
{
    if (memory)
        return QString::number(value / (1024.0 * 1024 * 1024), 'g', 4) + u"Gi"_s;
    return QString::number(value, 'g', 4);
}
} // namespace

QList<QuotaExcess> checkOrder(const QList<Quota> &quotas, const OrderDemand &demand)
{
    QList<QuotaExcess> excesses;
    const QString count = u"count/"_s + demand.clusterResource;
    for (const Quota &quota : quotas) {
        if (const QuotaLine *line = quota.line(count);
            line && line->hardValue && line->usedValue && *line->usedValue + 1 > *line->hardValue) {
            const int allowed = int(*line->hardValue);
            const QString used = QString::number(int(*line->usedValue));
            const QString message =
                allowed == 1
                    ? Tr::tr("Quota '%1' in %2 allows 1 cluster (%3); %4 in use.")
                          .arg(quota.name, quota.tenant, demand.clusterResource, used)
                    : Tr::tr("Quota '%1' in %2 allows %3 clusters (%4); %5 in use.")
                          .arg(quota.name, quota.tenant, QString::number(allowed),
                               demand.clusterResource, used);
            excesses.append({quota.name, quota.tenant, count, message});
        }
        const std::pair<std::optional<double>, bool> amounts[] = {{demand.cpu, false},
                                                                  {demand.memory, true}};
        for (const auto &[amount, memory] : amounts) {
            if (!amount)
                continue;
            const QString base = memory ? u"memory"_s : u"cpu"_s;
            for (const QString &resource : {QString(u"requests."_s + base), QString(u"limits."_s + base)}) {
                const QuotaLine *line = quota.line(resource);
                if (!line || !line->hardValue || !line->usedValue
                    || *line->usedValue + *amount <= *line->hardValue)
                    continue;
                excesses.append(
                    {quota.name, quota.tenant, resource,
                     Tr::tr("Quota '%1' in %2 allows %3 of %4; %5 are used and the order "
                            "needs %6.")
                         .arg(quota.name, quota.tenant, line->hard, resource, line->used,
                              formatAmount(*amount, memory))});
            }
        }
    }
    return excesses;
}

std::optional<FlavorSize> flavorSize(const QString &flavor)
{
    // SCS flavor naming: SCS-<n>[VLTC]-<ram GiB>[-disk...]; 'L' and 'V' vCPUs count alike here.
    static const QRegularExpression re(u"^SCS-(\\d+)[VLTC][a-z]?i?-(\\d+(?:\\.\\d+)?)"_s);
    const auto match = re.match(flavor);
    if (!match.hasMatch())
        return std::nullopt;
    return FlavorSize{match.captured(1).toDouble(),
                      match.captured(2).toDouble() * 1024.0 * 1024 * 1024};
}


namespace {
// replicas × flavor, accumulated; false once a flavor is unknown.
bool addMachines(double replicas, const QString &flavor, OrderDemand *demand)
{
    const auto size = flavorSize(flavor);
    if (!size)
        return false;
    *demand->cpu += replicas * size->cpu;
    *demand->memory += replicas * size->memory;
    return true;
}
} // namespace

OrderDemand demandOf(const QJsonObject &cluster)
{
    OrderDemand demand;
    const QString apiVersion = cluster.value("apiVersion"_L1).toString();
    const QJsonObject spec = cluster.value("spec"_L1).toObject();
    demand.cpu = 0.0;
    demand.memory = 0.0;
    bool known = true;
    if (apiVersion.startsWith("api.scs.community/"_L1)) {
        demand.clusterResource = u"clusters.api.scs.community"_s;
        const QJsonObject cp = spec.value("controlPlane"_L1).toObject();
        const QJsonObject workers = spec.value("workers"_L1).toObject();
        known = addMachines(cp.value("replicas"_L1).toDouble(1),
                            cp.value("flavor"_L1).toString(u"SCS-2V-4"_s), &demand)
            && addMachines(workers.value("replicas"_L1).toDouble(3),
                           workers.value("flavor"_L1).toString(u"SCS-4V-8"_s), &demand);
    } else {
        demand.clusterResource = u"clusters.cluster.x-k8s.io"_s;
        const QJsonObject topology = spec.value("topology"_L1).toObject();
        QHash<QString, QString> variables;
        for (const QJsonValue &v : topology.value("variables"_L1).toArray()) {
            const QJsonObject o = v.toObject();
            variables.insert(o.value("name"_L1).toString(), o.value("value"_L1).toString());
        }
        // The scs2 stack's camelCase variables, else the older scs stack's snake_case ones
        // (cluster-stacks: providers/openstack/scs2 and scs). Unset: the class's default,
        // not known here, so the size stays unknown.
        const auto variable = [&variables](const QString &camel, const QString &snake) {
            const QString value = variables.value(camel);
            return value.isEmpty() ? variables.value(snake) : value;
        };
        const QString controller = variable(u"controlPlaneFlavor"_s, u"controller_flavor"_s);
        const QString worker = variable(u"workerFlavor"_s, u"worker_flavor"_s);
        known = addMachines(topology.value("controlPlane"_L1).toObject().value("replicas"_L1)
                                .toDouble(1),
                            controller, &demand);
        for (const QJsonValue &md : topology.value("workers"_L1)
                                        .toObject()
                                        .value("machineDeployments"_L1)
                                        .toArray()) {
            // An autoscaled pool has no replicas: its size is not known up front.
            const QJsonValue replicas = md.toObject().value("replicas"_L1);
            known = known && replicas.isDouble() && addMachines(replicas.toDouble(), worker, &demand);
        }
    }
    if (!known) {
        demand.cpu.reset();
        demand.memory.reset();
    }
    return demand;
}

} // namespace scs::orders
