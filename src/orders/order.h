#pragma once

#include "common/error.h"
#include "orders/autoscaling.h"
#include "kube/discovery.h"
#include "orders/classcatalog.h"
#include "orders/field.h"
#include "profiles/connectionprofile.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace scs::orders {

// The two things that are both called "Cluster": never compare kinds, compare OrderKind or the
// full resource name.
enum class OrderKind {
    Claim, // clusters.api.scs.community: the SCS Central API claim (Crossplane)
    ClusterApi, // clusters.cluster.x-k8s.io (v1beta1 or v1beta2) with a ClusterClass topology
};

inline constexpr auto kClaimResource = "clusters.api.scs.community";
inline constexpr auto kClusterApiResource = "clusters.cluster.x-k8s.io";
inline constexpr auto kClusterClassResource = "clusterclasses.cluster.x-k8s.io";
inline constexpr auto kMachineDeploymentResource = "machinedeployments.cluster.x-k8s.io";
inline constexpr auto kDisplayNameAnnotation = "scs.community/display-name";

// The full resource name of a kind: "clusters.api.scs.community" / "clusters.cluster.x-k8s.io".
[[nodiscard]] QString resourceName(OrderKind kind);
// A person's name of the kind ("Central API cluster", "Cluster API cluster"), translated.
[[nodiscard]] QString kindDisplayName(OrderKind kind);
// From an object's apiVersion (group): Claim for api.scs.community, ClusterApi for
// cluster.x-k8s.io; error for anything else (also for kind != "Cluster").
[[nodiscard]] Result<OrderKind> orderKindOf(const QJsonObject &object);

// One thing a tenant can order: the claim, or a Cluster API cluster of one ClusterClass.
// Built by claimOrderType()/clusterClassOrderType() (pure, testable) or by OrderService.
struct OrderType
{
    OrderKind kind = OrderKind::Claim;
    kube::ApiResource resource; // where objects of this type are created (preferred version)
    QString clusterClass; // ClusterApi: the ClusterClass's name
    QString classNamespace; // ClusterApi: where the class lives (the tenant, in the stack)
    QString displayName; // for a list of types: the class's display-name annotation, or a name
    // ClusterApi classes that come from a ClusterStackRelease (same name): the release's parts
    // ("openstack-scs2", "1.33", "v2"); empty for a plain Cluster API class.
    QString stackId;
    QString kubernetesMinor;
    QString stackVersion;
    [[nodiscard]] bool fromRelease() const { return !stackId.isEmpty(); }

    // Kubernetes versions to offer, in the order to show them (newest first). Claim: the
    // schema's enum of spec.version; ClusterApi from a release: the release's
    // status.kubernetesVersion (one patch version); plain ClusterApi class: none.
    QStringList versions;
    // False when neither schema nor release names versions: then any "vMAJOR.MINOR.PATCH"
    // passes validation, and the form should say that the server decides.
    bool versionsKnown = false;

    Field nameField; // metadata.name, a DNS-1123 label
    Field versionField; // spec.version / spec.topology.version
    Field controlPlaneReplicasField; // claim: the schema's; ClusterApi: enum 1, 3, 5
    // Template for one worker pool's fields; ClusterApi: fields "class" (enum workerClasses),
    // "name" (DNS label), "replicas" (minimum 1), "failureDomain" (optional string), with
    // paths "spec.topology.workers.machineDeployments[i].<field>" where i is filled in by
    // validation. Claim: one pool, the "replicas" of spec.workers.
    Field workerPoolField;
    QStringList workerClasses; // ClusterApi: spec.workers.machineDeployments[].class
    bool multiplePools = false; // ClusterApi: true; claim: exactly one pool

    // The rest of the form ("options"): ClusterApi: one Field per ClusterClass variable
    // (name = variable name, path "spec.topology.variables[<name>].value"); claim: the spec
    // properties a person chooses (e.g. controlPlane.flavor, workers.flavor, description),
    // without version/replicas (above) and without the Crossplane machinery (resourceRef,
    // composition*, writeConnectionSecretToRef).
    std::vector<Field> options;

    // "clusters.api.scs.community" or "clusters.cluster.x-k8s.io/<class>": stable, for combos.
    [[nodiscard]] QString id() const;
    [[nodiscard]] const Field *option(const QString &name) const;
};

// The order type of the claim, from the claim CRD's OpenAPI v3 schema of the whole kind
// (properties apiVersion/kind/metadata/spec/status), e.g. OpenApiSchema::schema.
[[nodiscard]] Result<OrderType> claimOrderType(const kube::ApiResource &resource,
                                               const QJsonObject &kindSchema);
// The order type of a ClusterClass object (cluster.x-k8s.io v1beta1 or v1beta2 ClusterClass
// JSON); `release` is the class's catalog entry when it comes from a ClusterStackRelease
// (versions and stack parts are taken from it). `resource` is the Cluster resource in the
// version the server prefers: buildObject writes the topology's class for that version.
[[nodiscard]] Result<OrderType> clusterClassOrderType(const kube::ApiResource &resource,
                                                      const QJsonObject &clusterClass,
                                                      const CatalogClass *release = nullptr);
// The order types of a tenant's catalog: one per offered class (releases not ready are left
// out), in the catalog's order (by stack, newest minor first, newest stack version first;
// plain classes last).
[[nodiscard]] QList<OrderType> clusterClassOrderTypes(const kube::ApiResource &resource,
                                                      const ClassCatalog &catalog);

// Cluster API v1beta2 names the topology's class as classRef {name, namespace}; v1beta1 as
// class/classNamespace. Whether objects of `apiVersion` ("cluster.x-k8s.io/v1beta2" or the
// bare "v1beta2") use classRef.
[[nodiscard]] bool usesClassRef(const QString &apiVersion);
// The class a topology names, in either shape.
[[nodiscard]] QString topologyClass(const QJsonObject &topology);
// "spec.topology.classRef.name" or "spec.topology.class" for objects of `apiVersion`.
[[nodiscard]] QString topologyClassPath(const QString &apiVersion);

// One worker pool: a MachineDeployment topology (ClusterApi) or the claim's workers.
struct WorkerPool
{
    QString name; // ClusterApi: machineDeployments[].name (claim: unused)
    QString workerClass; // ClusterApi: machineDeployments[].class
    int replicas = 1; // unused (left out of the object) while autoscaling is set
    QString failureDomain; // ClusterApi, optional
    // ClusterApi: the Cluster API autoscaler sizes the pool between these (the annotations
    // of autoscaling.h on machineDeployments[].metadata); nullopt: `replicas` nodes.
    std::optional<Autoscaling> autoscaling;

    friend bool operator==(const WorkerPool &, const WorkerPool &) = default;
};

// What a person orders; buildObject() turns it into the object to submit.
struct Order
{
    OrderKind kind = OrderKind::Claim;
    QString tenant; // the namespace
    QString name;
    QString clusterClass; // ClusterApi
    QString version;
    int controlPlaneReplicas = 1;
    QList<WorkerPool> workers; // claim: the first one counts
    // Option values by OrderType::options name (ClusterApi: variable name -> value; claim:
    // spec property -> value, e.g. {"controlPlane": {"flavor": "SCS-2V-8"}}). Absent keys are
    // left out of the object (the server or the class's default applies).
    QJsonObject values;

    friend bool operator==(const Order &, const Order &) = default;
};

// The first "<tenant>-cluster-<n>" (n = 1, 2, ...) not in `takenNames`, shortened to stay a
// DNS label.
[[nodiscard]] QString suggestName(const QString &tenant, const QStringList &takenNames);

// A complete order a person can submit as is: a free name, the newest offered version, one
// control plane node (the schema's default where there is one), one pool per the type's
// first worker class ("md-0", 1 replica; claim: the schema's default), every option's
// initial value, required options without default filled from the schema's example, and the
// OIDC options (objects with issuer_url/client_id, or variables called so) set to the
// profile's issuer and client id, so that the new cluster accepts the same sign-in.
[[nodiscard]] Order defaultOrder(const OrderType &type, const QString &tenant,
                                 const ConnectionProfile &profile,
                                 const QStringList &takenNames = {});

// Sets the OIDC fields of `values` (see defaultOrder) from `profile`; returns the option
// paths it set. Exposed so that a form can offer "use the console's sign-in" again.
QStringList prefillOidc(const OrderType &type, const ConnectionProfile &profile,
                        QJsonObject &values);

// The exact object to submit (apiVersion, kind, metadata{name, namespace}, spec). QJsonObject
// keeps keys sorted, which puts apiVersion, kind, metadata, spec first as kubectl shows them.
[[nodiscard]] QJsonObject buildObject(const Order &order, const OrderType &type);

// The order an object describes (the reverse of buildObject, for an edited YAML or a file);
// fails when the object is not of `type`'s kind or class. Unknown spec parts are kept in
// `values` only for claims; for ClusterApi they are reported by validateObject().
[[nodiscard]] Result<Order> orderFromObject(const QJsonObject &object, const OrderType &type);

// Everything wrong with an object before it is sent, from the same fields the form uses:
// kind/apiVersion, metadata.name (DNS label, not in `takenNames`), namespace == tenant when
// given, version (offered, or semver when !versionsKnown), control plane replicas, each pool
// (class offered, name a unique DNS label, replicas), each variable (type, enum, min/max,
// pattern, minLength/maxLength, items, required, unknown variables). Empty: fine.
[[nodiscard]] QList<FieldIssue> validateObject(const QJsonObject &object, const OrderType &type,
                                               const QString &tenant,
                                               const QStringList &takenNames = {});
// validateObject(buildObject(order, type), ...).
[[nodiscard]] QList<FieldIssue> validateOrder(const Order &order, const OrderType &type,
                                              const QStringList &takenNames = {});

// Whether `to` is an upgrade the type allows from `from` (offered, not older than `from`;
// the same version is refused as "already"). Versions compare numerically ("v1.33.10" >
// "v1.33.9"; "1.33" and "v1.33.x" compare on what both give).
[[nodiscard]] Result<void> checkUpgrade(const OrderType &type, const QString &from,
                                        const QString &to);
// -1, 0, 1; leading "v" ignored, missing parts count as 0.
[[nodiscard]] int compareVersions(const QString &a, const QString &b);

// The Kubernetes 422 Status message ("Cluster.cluster.x-k8s.io \"x\" is invalid:
// [spec.a: Invalid value: 1: must be ..., spec.b: Required value]") as field issues; one
// issue with an empty path when there are no causes in it.
[[nodiscard]] QList<FieldIssue> issuesFromStatusMessage(const QString &message);

} // namespace scs::orders
