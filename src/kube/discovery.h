#pragma once

#include "common/error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QJsonObject;
class QTimer;

namespace scs::kube {

class KubeClient;
class KubeReply;

// One kind of resource the Central API serves, in its preferred version.
struct ApiResource
{
    QString group; // "" for the core group
    QString version; // the group's preferred version
    QString kind; // "ConfigMap"
    QString plural; // "configmaps", the name in URLs and RBAC rules
    QString singular;
    bool namespaced = false;
    QStringList verbs;
    QStringList shortNames;
    QStringList categories;
    QStringList subresources; // "status", "scale", ...

    [[nodiscard]] QString groupVersion() const; // "v1", "apps/v1"
    [[nodiscard]] QString apiPath() const; // "/api/v1", "/apis/apps/v1"
    // The collection's path; in `namespaceName` when given and the resource is namespaced.
    [[nodiscard]] QString collectionPath(const QString &namespaceName = {}) const;
    [[nodiscard]] bool supports(const QString &verb) const { return verbs.contains(verb); }
    // "configmaps", "clusters.cluster.x-k8s.io": unique, what kubectl accepts.
    [[nodiscard]] QString qualifiedName() const;

    friend bool operator==(const ApiResource &, const ApiResource &) = default;
};

// The resource kinds of one Central API: aggregated discovery (apidiscovery.k8s.io v2, then
// v2beta1) on /api and /apis where the server offers it, else the classic way (/api,
// /api/v1, /apis, /apis/<group>/<preferred version>). Subresources are folded into their
// resource.
//
// What was found last is cached on disk per profile (under `cacheDir`, by default
// QStandardPaths::CacheLocation/discovery; only what the server publishes to every user, no
// secret), so resources() is filled right away on the next start; refresh() then runs in the
// background, and again every refreshInterval().
//
//   cache (or empty) ──refresh()──> fetching ──ok──> resources() updated, saved, refreshed()
//                                      │              (+ changed() if the kinds differ)
//                                      └──error──> failed(error), old resources kept
class Discovery : public QObject
{
    Q_OBJECT

public:
    // `client` must outlive the discovery. `cacheKey` names the cache file (the profile's name).
    Discovery(KubeClient *client, const QString &cacheKey, QObject *parent = nullptr,
              const QString &cacheDir = {});
    ~Discovery() override;

    [[nodiscard]] const QList<ApiResource> &resources() const { return m_resources; }
    [[nodiscard]] bool isFromCache() const { return m_fromCache; }
    [[nodiscard]] bool isRefreshing() const { return m_pending > 0; }
    [[nodiscard]] QString cacheFile() const { return m_cacheFile; }

    // By plural, singular, kind, short name or "plural.group" (case-insensitive). `group`: a
    // null QString means any group (a core-group match wins, like kubectl's), "" the core group.
    [[nodiscard]] std::optional<ApiResource> find(const QString &name,
                                                  const QString &group = {}) const;
    [[nodiscard]] std::optional<ApiResource> forKind(const QString &group,
                                                     const QString &kind) const;

    // Zero disables the periodic refresh (the default is five minutes).
    void setRefreshInterval(std::chrono::milliseconds interval);

public Q_SLOTS:
    void refresh(); // no-op while a refresh is under way

Q_SIGNALS:
    void refreshed();
    void changed(); // the set of resources differs from before (also vs. the cache)
    void failed(const scs::Error &error);

private:
    void fetchRoot(const QString &path);
    void onRootAnswer(const QString &path, KubeReply *reply);
    void fetchGroupVersion(const QString &path, const QString &group, const QString &version);
    void done();
    void loadCache();
    void saveCache() const;
    void parseAggregated(const QJsonObject &list);

    QPointer<KubeClient> m_client;
    QString m_cacheFile;
    QList<ApiResource> m_resources;
    QList<ApiResource> m_collecting;
    std::optional<Error> m_error;
    QTimer *m_timer;
    int m_pending = 0;
    bool m_fromCache = false;
};

} // namespace scs::kube
