#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace scs::tenants {

// What a platform operator asks for when setting up a new tenant, and the objects it becomes.
//
// A tenant, as SCS's Central API sets one up (central-api docs/poc-setup.md), is a plain
// Namespace named after the tenant plus a RoleBinding in it; for OpenStack also a cluster-scoped
// Crossplane ProviderConfig with the tenant's cloud credentials, which the console does not
// create (it has no credentials to put there). On top, the namespace gets the console's own
// label `scs.community/tenant` and annotation `scs.community/display-name` (no SCS component
// writes them; the console's tenant tree reads them), and optionally a ResourceQuota and a
// LimitRange. Pure data and functions: no requests, any thread.
struct TenantPlan
{
    QString name; // the namespace, a DNS label
    QString displayName; // empty: none
    QString adminGroup; // the Keycloak group, without the API server's prefix
    QString groupsPrefix = QStringLiteral("oidc:"); // the API server's --oidc-groups-prefix
    QString adminRole = QStringLiteral("admin"); // the ClusterRole the admins get
    // ResourceQuota spec.hard ("count/clusters.cluster.x-k8s.io" -> "3"); empty: no quota.
    QMap<QString, QString> quota;
    // LimitRange defaults for a container ("cpu" -> "500m", "memory" -> "512Mi"); empty: none.
    QMap<QString, QString> defaultRequests;
    QMap<QString, QString> defaultLimits;
};

// The names the created objects carry besides the namespace's.
inline constexpr auto kTenantLabel = "scs.community/tenant";
inline constexpr auto kDisplayNameAnnotation = "scs.community/display-name";
[[nodiscard]] QString adminBindingName(const TenantPlan &plan); // "<name>-admins"
[[nodiscard]] QString quotaName(); // "tenant-quota"
[[nodiscard]] QString limitRangeName(); // "tenant-limits"

// What is wrong with `plan`, one translated message per problem ("" when fine): the namespace
// name (DNS label, not kube-*/default), the group, the role, the quantities.
[[nodiscard]] QStringList validate(const TenantPlan &plan);

// The objects, in the order they must be created: Namespace, RoleBinding, then ResourceQuota
// and LimitRange where asked for. Namespaced objects carry metadata.namespace.
[[nodiscard]] QList<QJsonObject> objectsOf(const TenantPlan &plan);
// objectsOf() as one multi-document YAML text ("---" between), for review and --dry-run.
[[nodiscard]] QByteArray yamlOf(const TenantPlan &plan);

// The prefix the API server puts before group names, guessed from the signed-in user's own
// groups ("oidc:platform-operators" -> "oidc:"); "" when none of them has one.
[[nodiscard]] QString groupsPrefixOf(const QStringList &groups);

// "cpu=500m,memory=1Gi" -> {cpu: 500m, memory: 1Gi}; an entry without "=" or with a value that
// is no Kubernetes quantity fails with a message naming it.
struct QuantityMap
{
    QMap<QString, QString> values;
    QString error; // translated; empty when fine
};
[[nodiscard]] QuantityMap parseQuantityMap(const QString &text);

} // namespace scs::tenants
