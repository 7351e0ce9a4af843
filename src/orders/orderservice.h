#pragma once

#include "common/error.h"
#include "orders/clusterstatus.h"
#include "orders/order.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace scs::kube {
class Discovery;
class KubeClient;
class OpenApi;
} // namespace scs::kube

namespace scs::orders {

// What a person may do with clusters in one tenant (from SelfSubjectAccessReviews on the full
// resource names; a type the server does not serve is false).
struct OrderAccess
{
    bool claim = false; // create clusters.api.scs.community
    bool clusterApi = false; // create clusters.cluster.x-k8s.io
    [[nodiscard]] bool any() const { return claim || clusterApi; }
    [[nodiscard]] bool allows(OrderKind kind) const
    {
        return kind == OrderKind::Claim ? claim : clusterApi;
    }
};

// The result of submit(): what the server made of the object. On refusal the Error's
// message is for people, `field` is the first issue's path, and issues() holds all of them.
struct SubmitResult
{
    QJsonObject object; // the created object as the server returned it (dry run: as it would)
    bool dryRun = false;
};

// Orders and day-2 operations against one Central API, all asynchronous: every `done` is
// called exactly once, later (never from within the call), unless `context` is destroyed
// first. Discovery and OpenApi are used as they are (refresh them elsewhere); all three must
// outlive the service. Lives in the client's thread.
//
//   orderTypes(tenant): discovery ─┬─ claim served? ─> OpenApi schema of the claim ─┐
//                                  └─ CAPI served?  ─> list ClusterClasses in tenant ┴─> types
//   submit(object):     dry run (POST ?dryRun=All) ──ok──> create (POST) ──> SubmitResult
//                              └──422──> Error{Invalid, field} + lastIssues()
class OrderService : public QObject
{
    Q_OBJECT

public:
    OrderService(kube::KubeClient *client, kube::Discovery *discovery, kube::OpenApi *openApi,
                 QObject *parent = nullptr);
    ~OrderService() override;

    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    // The client the service sends through (for reading what goes with an order, like quotas).
    [[nodiscard]] kube::KubeClient *client() const;

    // The order types the Central API offers in `tenant`: the claim (if served) first, then
    // one per ClusterClass in the tenant namespace (if CAPI is served and the person may list
    // classes there; classes the person may not list are skipped, not an error). Fails only
    // when nothing could be determined (e.g. discovery has no resources yet and fails).
    void orderTypes(const QString &tenant, QObject *context, Callback<QList<OrderType>> done);
    // canOrder: SelfSubjectAccessReview "create" for each served kind in `tenant`.
    void canOrder(const QString &tenant, QObject *context, Callback<OrderAccess> done);
    // Names of clusters of both kinds in `tenant` (for suggestName and the uniqueness check).
    void takenNames(const QString &tenant, QObject *context, Callback<QStringList> done);

    // POST with dryRun=All only.
    void dryRun(const QJsonObject &object, QObject *context, Callback<SubmitResult> done);
    // Dry run, then create. The object must carry metadata.namespace. When the create's answer
    // is lost (connection cut, timeout) and the server made the cluster all the same (it is
    // there, created by this console), that is the result, not an error.
    void submit(const QJsonObject &object, QObject *context, Callback<SubmitResult> done);

    // Day 2. Each re-reads the object and patches with a test of what it changes (JSON patch),
    // so that a concurrent change fails with Conflict instead of being overwritten.
    // ClusterApi: pool = machineDeployments[].name; claim: pool is ignored (spec.workers).
    void scaleWorkerPool(const ClusterRef &cluster, const QString &pool, int replicas,
                         QObject *context, Callback<ClusterStatus> done);
    // The same with autoscaling: set, the pool's autoscaler annotations get min and max and its
    // replicas go (the autoscaler owns them); nullopt, the annotations go and `replicas` is set.
    // Claims have no autoscaling (refused). min >= 0 and max >= min are checked first.
    void resizeWorkerPool(const ClusterRef &cluster, const QString &pool, int replicas,
                          const std::optional<Autoscaling> &autoscaling, QObject *context,
                          Callback<ClusterStatus> done);
    // Only to a version checkUpgrade() allows against the object's current version; `type`
    // is the cluster's order type (its class for ClusterApi).
    void upgrade(const ClusterRef &cluster, const OrderType &type, const QString &version,
                 QObject *context, Callback<ClusterStatus> done);
    // An SCS upgrade of a Cluster API cluster: class and version in one JSON patch
    // (orders::upgradePatch, which also drops variables `to` does not know), against the
    // object as the server has it now. `from` is the cluster's current class's type (may be
    // null). With `dryRun` the server checks it (dryRun=All) and nothing changes.
    void upgradeCluster(const ClusterRef &cluster, const OrderType *from, const OrderType &to,
                        const QString &version, bool dryRun, QObject *context,
                        Callback<ClusterStatus> done);
    // DELETE (foreground propagation is left to the server); done when the server accepted it
    // (the object lingers in phase Deleting while its finalizer runs).
    void remove(const ClusterRef &cluster, QObject *context, Callback<bool> done);

    // Reads one cluster now (no watch).
    void status(const ClusterRef &cluster, QObject *context, Callback<ClusterStatus> done);

    // The issues of the last refused dryRun/submit (422 causes mapped to paths); empty after
    // a success.
    [[nodiscard]] const QList<FieldIssue> &lastIssues() const { return m_lastIssues; }

    // The collection path of a kind in a tenant in the served version (fallback
    // v1alpha1/v1beta1 when discovery has not seen it).
    [[nodiscard]] QString collectionPath(OrderKind kind, const QString &tenant) const;
    [[nodiscard]] QString objectPath(const ClusterRef &cluster) const;

private:
    void post(const QJsonObject &object, bool dryRun, QObject *context,
              Callback<SubmitResult> done);
    void findCreated(const QJsonObject &object, QPointer<QObject> ctx,
                     Callback<SubmitResult> done, const Error &lost);
    void patchWithTest(const ClusterRef &cluster,
                       std::function<Result<QJsonArray>(const QJsonObject &)> makePatch,
                       QObject *context, Callback<ClusterStatus> done, bool dryRun = false);

    QPointer<kube::KubeClient> m_client;
    QPointer<kube::Discovery> m_discovery;
    QPointer<kube::OpenApi> m_openApi;
    QList<FieldIssue> m_lastIssues;
};

} // namespace scs::orders
