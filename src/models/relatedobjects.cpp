#include "models/relatedobjects.h"

#include "kube/kubeclient.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace scs::models::related {

namespace {

std::pair<QString, QString> splitApiVersion(const QString &apiVersion)
{
    const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {QString(), apiVersion};
    return {apiVersion.left(slash), apiVersion.mid(slash + 1)};
}

QJsonArray ownerReferences(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("ownerReferences"))
        .toArray();
}

// The kinds that usually own objects of other kinds, and what they own.
const QHash<QString, QStringList> &childKinds()
{
    static const QHash<QString, QStringList> table{
        {QStringLiteral("deployments.apps"), {QStringLiteral("replicasets.apps")}},
        {QStringLiteral("replicasets.apps"), {QStringLiteral("pods")}},
        {QStringLiteral("statefulsets.apps"),
         {QStringLiteral("pods"), QStringLiteral("controllerrevisions.apps"),
          QStringLiteral("persistentvolumeclaims")}},
        {QStringLiteral("daemonsets.apps"),
         {QStringLiteral("pods"), QStringLiteral("controllerrevisions.apps")}},
        {QStringLiteral("jobs.batch"), {QStringLiteral("pods")}},
        {QStringLiteral("cronjobs.batch"), {QStringLiteral("jobs.batch")}},
        {QStringLiteral("services"), {QStringLiteral("endpointslices.discovery.k8s.io")}},
    };
    return table;
}

} // namespace

QList<ObjectLink> owners(const QJsonObject &object)
{
    QList<ObjectLink> out;
    const QJsonArray refs = ownerReferences(object);
    for (const QJsonValue &value : refs) {
        const QJsonObject ref = value.toObject();
        ObjectLink link;
        std::tie(link.group, link.version)
            = splitApiVersion(ref.value(QLatin1String("apiVersion")).toString());
        link.kind = ref.value(QLatin1String("kind")).toString();
        link.name = ref.value(QLatin1String("name")).toString();
        link.uid = ref.value(QLatin1String("uid")).toString();
        link.controller = ref.value(QLatin1String("controller")).toBool();
        out.append(link);
    }
    return out;
}

bool isOwnedBy(const QJsonObject &object, const QString &uid)
{
    if (uid.isEmpty())
        return false;
    const QJsonArray refs = ownerReferences(object);
    return std::any_of(refs.begin(), refs.end(), [&uid](const QJsonValue &ref) {
        return ref.toObject().value(QLatin1String("uid")).toString() == uid;
    });
}

ObjectLink linkTo(const QJsonObject &object, const kube::ApiResource &resource)
{
    ObjectLink link;
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    if (apiVersion.isEmpty()) {
        link.group = resource.group;
        link.version = resource.version;
    } else {
        std::tie(link.group, link.version) = splitApiVersion(apiVersion);
    }
    link.kind = object.value(QLatin1String("kind")).toString();
    if (link.kind.isEmpty() || link.kind == QLatin1String("PartialObjectMetadata"))
        link.kind = resource.kind;
    if (link.group != resource.group || link.kind != resource.kind) {
        link.group = resource.group;
        link.version = resource.version;
        link.kind = resource.kind;
    }
    const QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
    link.name = meta.value(QLatin1String("name")).toString();
    link.uid = meta.value(QLatin1String("uid")).toString();
    return link;
}

QList<kube::ApiResource> kindsToSearch(const kube::ApiResource &ownerKind,
                                       const QList<kube::ApiResource> &served, int maxKinds)
{
    QList<kube::ApiResource> out;
    auto add = [&out, maxKinds](const kube::ApiResource &r) {
        if (int(out.size()) < maxKinds && r.namespaced && r.supports(QStringLiteral("list"))
            && !out.contains(r)) {
            out.append(r);
        }
    };
    for (const QString &name : childKinds().value(ownerKind.qualifiedName())) {
        for (const kube::ApiResource &r : served) {
            if (r.qualifiedName() == name)
                add(r);
        }
    }
    // Operators and Cluster API keep their children in their own group.
    const bool builtIn = ownerKind.group.isEmpty() || !ownerKind.group.contains(QLatin1Char('.'))
        || ownerKind.group.endsWith(QLatin1String(".k8s.io"));
    if (!builtIn) {
        for (const kube::ApiResource &r : served) {
            if (r.group == ownerKind.group && r.plural != ownerKind.plural)
                add(r);
        }
    }
    return out;
}

} // namespace scs::models::related

namespace scs::models {

OwnedObjectsSearch::OwnedObjectsSearch(kube::KubeClient *client, const QString &namespaceName,
                                       const QString &uid, const QList<kube::ApiResource> &kinds,
                                       int limitPerKind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(namespaceName)
    , m_uid(uid)
    , m_kinds(kinds)
    , m_limit(limitPerKind)
{
}

OwnedObjectsSearch::~OwnedObjectsSearch() = default;

void OwnedObjectsSearch::start()
{
    if (!m_client || m_kinds.isEmpty()) {
        m_next = m_kinds.size();
        Q_EMIT finished();
        return;
    }
    startNext();
    startNext();
}

void OwnedObjectsSearch::startNext()
{
    if (m_next >= m_kinds.size())
        return;
    const kube::ApiResource kind = m_kinds.at(m_next++);
    ++m_pending;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    m_client
        ->get(kind.collectionPath(m_namespace), query,
              QByteArrayLiteral("application/json;as=PartialObjectMetadataList;"
                                "g=meta.k8s.io;v=v1,application/json"))
        ->onJson(this, [this, kind](const Result<QJsonDocument> &answer) {
            --m_pending;
            if (answer) {
                const QJsonObject list = answer->object();
                const QJsonArray items = list.value(QLatin1String("items")).toArray();
                for (const QJsonValue &item : items) {
                    if (related::isOwnedBy(item.toObject(), m_uid))
                        m_found.append(related::linkTo(item.toObject(), kind));
                }
                if (!list.value(QLatin1String("metadata"))
                         .toObject()
                         .value(QLatin1String("continue"))
                         .toString()
                         .isEmpty()) {
                    m_truncated.append(kind.qualifiedName());
                }
            } else {
                m_failed.append(kind.qualifiedName());
            }
            startNext();
            if (isFinished())
                Q_EMIT finished();
        });
}

} // namespace scs::models
