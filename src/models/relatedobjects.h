#pragma once

#include "common/error.h"
#include "kube/discovery.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace scs::kube {
class KubeClient;
}

namespace scs::models {

// One end of an owner reference: enough to show it and to go there (kind -> plural through
// Discovery, then the object by name in the same namespace).
struct ObjectLink
{
    QString group; // "" core
    QString version;
    QString kind;
    QString name;
    QString uid;
    bool controller = false;

    friend bool operator==(const ObjectLink &, const ObjectLink &) = default;
};

// Owners and owned objects (metadata.ownerReferences, both ways). Owners come from the object
// itself. Owned objects cannot be asked for by owner (no field selector on ownerReferences), so
// they are searched in a bounded set: the objects already loaded (the open table) and one
// metadata-only list (limit 500) per kind in kindsToSearch(): the kinds that usually hold
// this kind's children (Deployment -> ReplicaSets, ReplicaSet/StatefulSet/DaemonSet/Job -> Pods,
// CronJob -> Jobs, ...), then the other kinds of the owner's own API group (Cluster API, SCS
// claims), at most `maxKinds`. Functions are pure; OwnedObjectsSearch does the lists.
namespace related {

[[nodiscard]] QList<ObjectLink> owners(const QJsonObject &object);
// Does `object` (a full object or its metadata-only form) name `uid` as an owner?
[[nodiscard]] bool isOwnedBy(const QJsonObject &object, const QString &uid);
// The object as a link (kind and apiVersion from the object, else from `resource`).
[[nodiscard]] ObjectLink linkTo(const QJsonObject &object, const kube::ApiResource &resource);
[[nodiscard]] QList<kube::ApiResource> kindsToSearch(const kube::ApiResource &ownerKind,
                                                     const QList<kube::ApiResource> &served,
                                                     int maxKinds = 6);

} // namespace related

// Lists `kinds` in `namespaceName` (metadata only, limit `limitPerKind`, at most 2 at a time)
// and reports the objects that name `uid` as an owner. One search per object shown; deleting it
// drops the answers. GUI thread only; `client` must outlive it.
class OwnedObjectsSearch : public QObject
{
    Q_OBJECT

public:
    OwnedObjectsSearch(kube::KubeClient *client, const QString &namespaceName, const QString &uid,
                       const QList<kube::ApiResource> &kinds, int limitPerKind = 500,
                       QObject *parent = nullptr);
    ~OwnedObjectsSearch() override;

    void start();
    [[nodiscard]] const QList<ObjectLink> &found() const { return m_found; }
    // Kinds whose list was cut at limitPerKind (the search saw only the first page).
    [[nodiscard]] const QStringList &truncatedKinds() const { return m_truncated; }
    [[nodiscard]] const QStringList &failedKinds() const { return m_failed; }
    [[nodiscard]] bool isFinished() const { return m_pending == 0 && m_next >= m_kinds.size(); }

Q_SIGNALS:
    void finished();

private:
    void startNext();

    QPointer<kube::KubeClient> m_client;
    QString m_namespace;
    QString m_uid;
    QList<kube::ApiResource> m_kinds;
    int m_limit;
    qsizetype m_next = 0;
    int m_pending = 0;
    QList<ObjectLink> m_found;
    QStringList m_truncated;
    QStringList m_failed;
};

} // namespace scs::models
