#include "orders/orderservice.h"

#include "kube/apipath.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/openapi.h"
#include "orders/orderslogging.h"
#include "orders/upgradeplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace scs::orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderService)
};

const QString kClaimGroup = u"api.scs.community"_s;
const QString kCapiGroup = u"cluster.x-k8s.io"_s;
const QString kStackGroup = u"clusterstack.x-k8s.io"_s;

// Calls `done(value)` later (never from within the caller), unless `context` is gone.
template<typename T>
void later(QObject *context, std::function<void(const Result<T> &)> done, Result<T> value)
{
    QTimer::singleShot(0, context, [done = std::move(done), value = std::move(value)] {
        done(value);
    });
}

Error notConnected()
{
    return Error{Error::Kind::Unavailable, Tr::tr("Not connected to a Central API."), {}, {}, {},
                 0, 0};
}

QString pointer(const QStringList &parts)
{
    QString p;
    for (QString part : parts)
        p += u'/' + part.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return p;
}
} // namespace

OrderService::OrderService(kube::KubeClient *client, kube::Discovery *discovery,
                           kube::OpenApi *openApi, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_discovery(discovery)
    , m_openApi(openApi)
{
}

OrderService::~OrderService() = default;

kube::KubeClient *OrderService::client() const
{
    return m_client;
}

QString OrderService::collectionPath(OrderKind kind, const QString &tenant) const
{
    const QString group = kind == OrderKind::Claim ? kClaimGroup : kCapiGroup;
    if (m_discovery) {
        if (const auto r = m_discovery->find(u"clusters"_s, group))
            return r->collectionPath(tenant);
    }
    const QString version = kind == OrderKind::Claim ? u"v1alpha1"_s : u"v1beta1"_s;
    return u"/apis/"_s + group + u'/' + version + u"/namespaces/"_s + kube::pathSegment(tenant)
        + u"/clusters"_s;
}

QString OrderService::objectPath(const ClusterRef &cluster) const
{
    return collectionPath(cluster.kind, cluster.tenant) + u'/' + kube::pathSegment(cluster.name);
}

void OrderService::orderTypes(const QString &tenant, QObject *context,
                              Callback<QList<OrderType>> done)
{
    if (!m_client || !m_discovery) {
        later<QList<OrderType>>(context, std::move(done), std::unexpected(notConnected()));
        return;
    }
    const auto claim = m_discovery->find(u"clusters"_s, kClaimGroup);
    const auto capi = m_discovery->find(u"clusters"_s, kCapiGroup);
    const auto classes = m_discovery->find(u"clusterclasses"_s, kCapiGroup);
    const bool wantClaim = claim && claim->supports(u"create"_s) && m_openApi;
    const bool wantCapi = capi && classes && capi->supports(u"create"_s);
    if (!wantClaim && !wantCapi) {
        if (m_discovery->resources().isEmpty()) {
            later<QList<OrderType>>(
                context, std::move(done),
                fail(Error::Kind::Unavailable,
                     Tr::tr("The Central API's resources are not known yet.")));
        } else {
            later<QList<OrderType>>(context, std::move(done), QList<OrderType>{});
        }
        return;
    }

    struct State
    {
        QPointer<QObject> context;
        Callback<QList<OrderType>> done;
        QList<OrderType> claim;
        QList<OrderType> capi;
        std::optional<Error> error;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    state->context = context;
    state->done = std::move(done);
    state->pending = int(wantClaim) + int(wantCapi);
    auto finish = [state] {
        if (--state->pending > 0 || !state->context)
            return;
        QList<OrderType> types = state->claim + state->capi;
        if (types.isEmpty() && state->error)
            state->done(std::unexpected(*state->error));
        else
            state->done(types);
    };

    if (wantClaim) {
        const kube::ApiResource resource = *claim;
        m_openApi->schemaFor(resource.group, resource.version, resource.kind, this,
                             [state, finish, resource](const Result<kube::OpenApiSchema> &s) {
                                 if (!s) {
                                     qCWarning(lcOrders) << "claim schema:" << s.error().detail;
                                     state->error = s.error();
                                 } else if (auto type = claimOrderType(resource, s->schema)) {
                                     state->claim.append(*type);
                                 } else {
                                     state->error = type.error();
                                 }
                                 finish();
                             });
    }
    if (wantCapi) {
        const kube::ApiResource resource = *capi;
        const auto releases = m_discovery->find(u"clusterstackreleases"_s, kStackGroup);
        const QString releasesPath = releases ? releases->collectionPath(tenant) : QString();
        QPointer<kube::KubeClient> client = m_client;
        m_client->get(classes->collectionPath(tenant))
            ->onJson(this, [this, state, finish, resource, releasesPath,
                            client](const Result<QJsonDocument> &list) {
                if (!list) {
                    // Classes one may not list are not offered; that is not a failure.
                    if (list.error().kind != Error::Kind::Forbidden)
                        state->error = list.error();
                    qCInfo(lcOrders) << "ClusterClasses:" << list.error().detail;
                    finish();
                    return;
                }
                const QJsonArray items = list->object().value("items"_L1).toArray();
                auto build = [state, finish, resource, items](const QJsonArray &releaseItems) {
                    state->capi = clusterClassOrderTypes(
                        resource, ClassCatalog::fromLists(items, releaseItems));
                    finish();
                };
                if (releasesPath.isEmpty() || !client) {
                    build({}); // no Cluster Stacks here: every class is a plain one
                    return;
                }
                client->get(releasesPath)->onJson(this, [build](const Result<QJsonDocument> &r) {
                    if (!r)
                        qCInfo(lcOrders) << "ClusterStackReleases:" << r.error().detail;
                    build(r ? r->object().value("items"_L1).toArray() : QJsonArray{});
                });
            });
    }
}

void OrderService::canOrder(const QString &tenant, QObject *context, Callback<OrderAccess> done)
{
    if (!m_client) {
        later<OrderAccess>(context, std::move(done), std::unexpected(notConnected()));
        return;
    }
    struct State
    {
        QPointer<QObject> context;
        Callback<OrderAccess> done;
        OrderAccess access;
        std::optional<Error> error;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    state->context = context;
    state->done = std::move(done);
    QList<OrderKind> kinds;
    for (OrderKind kind : {OrderKind::Claim, OrderKind::ClusterApi}) {
        const QString group = kind == OrderKind::Claim ? kClaimGroup : kCapiGroup;
        // Without discovery both are asked; the server says no for what it does not serve.
        if (!m_discovery || m_discovery->resources().isEmpty()
            || m_discovery->find(u"clusters"_s, group))
            kinds.append(kind);
    }
    if (kinds.isEmpty()) {
        later<OrderAccess>(context, std::move(state->done), OrderAccess{});
        return;
    }
    state->pending = int(kinds.size());
    for (OrderKind kind : kinds) {
        const QString group = kind == OrderKind::Claim ? kClaimGroup : kCapiGroup;
        const QJsonObject review{
            {u"apiVersion"_s, u"authorization.k8s.io/v1"_s},
            {u"kind"_s, u"SelfSubjectAccessReview"_s},
            {u"spec"_s,
             QJsonObject{{u"resourceAttributes"_s,
                          QJsonObject{{u"namespace"_s, tenant},
                                      {u"verb"_s, u"create"_s},
                                      {u"group"_s, group},
                                      {u"resource"_s, u"clusters"_s}}}}}};
        m_client
            ->post(u"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"_s,
                   QJsonDocument(review))
            ->onJson(this, [state, kind](const Result<QJsonDocument> &answer) {
                if (!answer) {
                    state->error = answer.error();
                } else {
                    const bool allowed = answer->object()
                                             .value("status"_L1)
                                             .toObject()
                                             .value("allowed"_L1)
                                             .toBool();
                    (kind == OrderKind::Claim ? state->access.claim : state->access.clusterApi) =
                        allowed;
                }
                if (--state->pending > 0 || !state->context)
                    return;
                if (state->error && !state->access.any())
                    state->done(std::unexpected(*state->error));
                else
                    state->done(state->access);
            });
    }
}

void OrderService::takenNames(const QString &tenant, QObject *context,
                              Callback<QStringList> done)
{
    if (!m_client) {
        later<QStringList>(context, std::move(done), std::unexpected(notConnected()));
        return;
    }
    struct State
    {
        QPointer<QObject> context;
        Callback<QStringList> done;
        QStringList names;
        std::optional<Error> error;
        int pending = 2;
    };
    auto state = std::make_shared<State>();
    state->context = context;
    state->done = std::move(done);
    for (OrderKind kind : {OrderKind::Claim, OrderKind::ClusterApi}) {
        m_client->get(collectionPath(kind, tenant))
            ->onJson(this, [state](const Result<QJsonDocument> &list) {
                if (!list) {
                    if (list.error().kind != Error::Kind::NotFound)
                        state->error = list.error();
                } else {
                    for (const QJsonValue &item : list->object().value("items"_L1).toArray()) {
                        state->names.append(item.toObject()
                                                .value("metadata"_L1)
                                                .toObject()
                                                .value("name"_L1)
                                                .toString());
                    }
                }
                if (--state->pending > 0 || !state->context)
                    return;
                if (state->error)
                    state->done(std::unexpected(*state->error));
                else
                    state->done(state->names);
            });
    }
}

void OrderService::post(const QJsonObject &object, bool dryRun, QObject *context,
                        Callback<SubmitResult> done)
{
    const auto kind = orderKindOf(object);
    if (!kind) {
        m_lastIssues = {{u"apiVersion"_s, kind.error().message}};
        later<SubmitResult>(context, std::move(done), std::unexpected(kind.error()));
        return;
    }
    const QString tenant = object.value("metadata"_L1).toObject().value("namespace"_L1).toString();
    if (tenant.isEmpty()) {
        m_lastIssues = {{u"metadata.namespace"_s, Tr::tr("is required")}};
        Error e{Error::Kind::Invalid, Tr::tr("The order names no tenant."), {},
                u"metadata.namespace"_s, {}, 0, 0};
        later<SubmitResult>(context, std::move(done), std::unexpected(e));
        return;
    }
    QUrlQuery query;
    if (dryRun)
        query.addQueryItem(u"dryRun"_s, u"All"_s);
    query.addQueryItem(u"fieldManager"_s, u"scs-console"_s);
    QPointer<QObject> ctx = context;
    m_client->post(collectionPath(*kind, tenant), QJsonDocument(object), query)
        ->onJson(this, [this, ctx, dryRun, done](const Result<QJsonDocument> &answer) {
            if (!answer) {
                Error error = answer.error();
                m_lastIssues = error.kind == Error::Kind::Invalid
                    ? issuesFromStatusMessage(error.message)
                    : QList<FieldIssue>{};
                if (!m_lastIssues.isEmpty())
                    error.field = m_lastIssues.first().path;
                qCInfo(lcOrders) << (dryRun ? "dry run refused:" : "create refused:")
                                 << error.detail;
                if (ctx)
                    done(std::unexpected(error));
                return;
            }
            m_lastIssues.clear();
            if (ctx)
                done(SubmitResult{answer->object(), dryRun});
        });
}

void OrderService::dryRun(const QJsonObject &object, QObject *context,
                          Callback<SubmitResult> done)
{
    if (!m_client) {
        later<SubmitResult>(context, std::move(done), std::unexpected(notConnected()));
        return;
    }
    post(object, true, context, std::move(done));
}

void OrderService::submit(const QJsonObject &object, QObject *context,
                          Callback<SubmitResult> done)
{
    if (!m_client) {
        later<SubmitResult>(context, std::move(done), std::unexpected(notConnected()));
        return;
    }
    QPointer<QObject> ctx = context;
    post(object, true, this, [this, object, ctx, done](const Result<SubmitResult> &dry) {
        if (!ctx)
            return;
        if (!dry) {
            done(dry);
            return;
        }
        post(object, false, this, [this, object, ctx, done](const Result<SubmitResult> &made) {
            if (!ctx)
                return;
            const bool answerLost = !made
                                    && (made.error().kind == Error::Kind::Network
                                        || made.error().kind == Error::Kind::Timeout);
            if (!answerLost) {
                done(made);
                return;
            }
            findCreated(object, ctx, done, made.error());
        });
    });
}

// The create's answer was lost (connection cut, timeout): the server may have made the cluster
// all the same. Sent again, the order would be refused as "already exists", and people would
// not know whether their order went through. So look: a cluster of that name written by this
// console (field manager scs-console; the dry run just before found none of that name, so it is
// this order) is the order's result.
void OrderService::findCreated(const QJsonObject &object, QPointer<QObject> ctx,
                               Callback<SubmitResult> done, const Error &lost)
{
    const auto kind = orderKindOf(object);
    const QJsonObject meta = object.value("metadata"_L1).toObject();
    const QString path = collectionPath(*kind, meta.value("namespace"_L1).toString()) + u'/'
                         + meta.value("name"_L1).toString();
    m_client->get(path)->onJson(this, [ctx, done, lost](const Result<QJsonDocument> &answer) {
        if (!ctx)
            return;
        bool ours = false;
        if (answer) {
            const QJsonArray managers = answer->object()
                                            .value("metadata"_L1)
                                            .toObject()
                                            .value("managedFields"_L1)
                                            .toArray();
            // A create is recorded as an "Update" by its field manager.
            ours = std::any_of(managers.cbegin(), managers.cend(), [](const QJsonValue &m) {
                return m.toObject().value("manager"_L1).toString() == "scs-console"_L1;
            });
        }
        if (!ours) {
            done(std::unexpected(lost));
            return;
        }
        qCInfo(lcOrders) << "the create's answer was lost, but the server made the cluster:"
                         << lost.detail;
        done(SubmitResult{answer->object(), false});
    });
}

void OrderService::patchWithTest(
    const ClusterRef &cluster, std::function<Result<QJsonArray>(const QJsonObject &)> makePatch,
    QObject *context, Callback<ClusterStatus> done, bool dryRun)
{
    if (!m_client) {
        later<ClusterStatus>(context, std::move(done), std::unexpected(notConnected()));
        return;
    }
    QPointer<QObject> ctx = context;
    const QString path = objectPath(cluster);
    m_client->get(path)->onJson(this, [this, ctx, path, cluster, makePatch, done,
                                       dryRun](const Result<QJsonDocument> &current) {
        if (!ctx)
            return;
        if (!current) {
            done(std::unexpected(current.error()));
            return;
        }
        const auto patch = makePatch(current->object());
        if (!patch) {
            done(std::unexpected(patch.error()));
            return;
        }
        QUrlQuery query{{u"fieldManager"_s, u"scs-console"_s}};
        if (dryRun)
            query.addQueryItem(u"dryRun"_s, u"All"_s);
        m_client
            ->patch(path, QJsonDocument(*patch).toJson(QJsonDocument::Compact),
                    kube::KubeClient::PatchType::Json, query)
            ->onJson(ctx, [cluster, done](const Result<QJsonDocument> &patched) {
                if (!patched) {
                    Error error = patched.error();
                    // A failed "test" op is a 422 from the server: the object changed meanwhile.
                    if (error.kind == Error::Kind::Invalid
                        && error.message.contains("test"_L1, Qt::CaseInsensitive)) {
                        error.kind = Error::Kind::Conflict;
                        error.message = Tr::tr("The cluster was changed meanwhile; look at it "
                                               "again and retry.");
                    }
                    done(std::unexpected(error));
                    return;
                }
                done(ClusterStatus::fromObject(cluster.kind, patched->object()));
            });
    });
}

void OrderService::scaleWorkerPool(const ClusterRef &cluster, const QString &pool, int replicas,
                                   QObject *context, Callback<ClusterStatus> done)
{
    resizeWorkerPool(cluster, pool, replicas, std::nullopt, context, std::move(done));
}

void OrderService::resizeWorkerPool(const ClusterRef &cluster, const QString &pool,
                                    int replicas, const std::optional<Autoscaling> &autoscaling,
                                    QObject *context, Callback<ClusterStatus> done)
{
    QString refused;
    if (!autoscaling && replicas < 0)
        refused = Tr::tr("A pool cannot have fewer than 0 nodes.");
    else if (autoscaling && cluster.kind == OrderKind::Claim)
        refused = Tr::tr("A Central API cluster's workers cannot be autoscaled.");
    else if (autoscaling && autoscaling->minSize < 0)
        refused = Tr::tr("The autoscaling minimum cannot be below 0.");
    else if (autoscaling && autoscaling->maxSize < autoscaling->minSize)
        refused = Tr::tr("The autoscaling maximum cannot be below the minimum.");
    if (!refused.isEmpty()) {
        Error e{Error::Kind::Invalid, refused, {}, {}, {}, 0, 0};
        later<ClusterStatus>(context, std::move(done), std::unexpected(e));
        return;
    }
    patchWithTest(
        cluster,
        [cluster, pool, replicas, autoscaling](const QJsonObject &object) -> Result<QJsonArray> {
            const QJsonObject spec = object.value("spec"_L1).toObject();
            if (cluster.kind == OrderKind::Claim) {
                const QJsonObject workers = spec.value("workers"_L1).toObject();
                QJsonArray patch;
                if (!spec.contains("workers"_L1)) {
                    patch.append(QJsonObject{{u"op"_s, u"add"_s},
                                             {u"path"_s, u"/spec/workers"_s},
                                             {u"value"_s, QJsonObject{}}});
                }
                patch.append(QJsonObject{{u"op"_s, u"add"_s},
                                         {u"path"_s, u"/spec/workers/replicas"_s},
                                         {u"value"_s, replicas}});
                return patch;
            }
            const QJsonArray mds = spec.value("topology"_L1)
                                       .toObject()
                                       .value("workers"_L1)
                                       .toObject()
                                       .value("machineDeployments"_L1)
                                       .toArray();
            for (qsizetype i = 0; i < mds.size(); ++i) {
                if (mds.at(i).toObject().value("name"_L1).toString() != pool)
                    continue;
                const QStringList base = {u"spec"_s, u"topology"_s, u"workers"_s,
                                          u"machineDeployments"_s, QString::number(i)};
                QJsonArray patch{
                    QJsonObject{{u"op"_s, u"test"_s},
                                {u"path"_s, pointer(base + QStringList{u"name"_s})},
                                {u"value"_s, pool}}};
                for (const QJsonValue &op :
                     poolSizePatch(mds.at(i).toObject(), pointer(base), replicas, autoscaling))
                    patch.append(op);
                return patch;
            }
            return fail(Error::Kind::NotFound,
                        Tr::tr("The cluster %1 has no worker pool called \"%2\".")
                            .arg(cluster.name, pool));
        },
        context, std::move(done));
}

void OrderService::upgrade(const ClusterRef &cluster, const OrderType &type,
                           const QString &version, QObject *context,
                           Callback<ClusterStatus> done)
{
    patchWithTest(
        cluster,
        [cluster, type, version](const QJsonObject &object) -> Result<QJsonArray> {
            const QStringList path = cluster.kind == OrderKind::Claim
                ? QStringList{u"spec"_s, u"version"_s}
                : QStringList{u"spec"_s, u"topology"_s, u"version"_s};
            QJsonValue current = object;
            for (const QString &p : path)
                current = current.toObject().value(p);
            if (auto ok = checkUpgrade(type, current.toString(), version); !ok)
                return std::unexpected(ok.error());
            return QJsonArray{QJsonObject{{u"op"_s, u"test"_s},
                                          {u"path"_s, pointer(path)},
                                          {u"value"_s, current}},
                              QJsonObject{{u"op"_s, u"replace"_s},
                                          {u"path"_s, pointer(path)},
                                          {u"value"_s, version}}};
        },
        context, std::move(done));
}

void OrderService::upgradeCluster(const ClusterRef &cluster, const OrderType *from,
                                  const OrderType &to, const QString &version, bool dryRun,
                                  QObject *context, Callback<ClusterStatus> done)
{
    std::optional<OrderType> fromCopy;
    if (from)
        fromCopy = *from;
    patchWithTest(
        cluster,
        [fromCopy, to, version](const QJsonObject &object) {
            return upgradePatch(object, fromCopy ? &*fromCopy : nullptr, to, version);
        },
        context, std::move(done), dryRun);
}

void OrderService::remove(const ClusterRef &cluster, QObject *context, Callback<bool> done)
{
    if (!m_client) {
        later<bool>(context, std::move(done), std::unexpected(notConnected()));
        return;
    }
    m_client->deleteResource(objectPath(cluster))
        ->onJson(context, [done](const Result<QJsonDocument> &answer) {
            if (!answer)
                done(std::unexpected(answer.error()));
            else
                done(true);
        });
}

void OrderService::status(const ClusterRef &cluster, QObject *context,
                          Callback<ClusterStatus> done)
{
    if (!m_client) {
        later<ClusterStatus>(context, std::move(done), std::unexpected(notConnected()));
        return;
    }
    m_client->get(objectPath(cluster))
        ->onJson(context, [cluster, done](const Result<QJsonDocument> &answer) {
            if (!answer)
                done(std::unexpected(answer.error()));
            else
                done(ClusterStatus::fromObject(cluster.kind, answer->object()));
        });
}

} // namespace scs::orders
