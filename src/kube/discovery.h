#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QJsonObject;
class QTimer;
class QUrl;

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
// What was found last is cached on disk per *server* (under `cacheDir`, by default
// QStandardPaths::CacheLocation/discovery), like kubectl's ~/.kube/cache/discovery/<host_port>:
// the file is named after the API server URL and a hash of that URL and the profile's CA, so
// profiles on the same server share it and a profile whose server changed never sees the old
// server's kinds. It holds only what the server publishes to every authenticated user (no
// token, no user name), owner-only, written atomically; a corrupt or foreign file is ignored.
// resources() is filled from it right away on the next start; refresh() then runs in the
// background, and again every refreshInterval().
//
// Revalidation: an aggregated answer's ETag is kept with the cache (per root, /api and /apis)
// and sent back as If-None-Match; kube-apiserver then answers 304 Not Modified while nothing
// changed, so a warm refresh costs two small requests and no parsing. The classic path has no
// ETag and fetches everything again.
//
//   cache (or empty) ──refresh()──> fetching ──ok──> resources() updated, saved, refreshed()
//                                      │   (304: root kept)  (+ changed() if the kinds differ)
//                                      └──error──> failed(error), old resources kept
class Discovery : public QObject
{
    Q_OBJECT

public:
    // What the last finished refresh() cost: requests sent, and how many were answered 304.
    struct RefreshStats
    {
        int requests = 0;
        int notModified = 0;
    };

    // `client` must outlive the discovery; its profile's API URL and CA name the cache file.
    explicit Discovery(KubeClient *client, QObject *parent = nullptr,
                       const QString &cacheDir = {});
    ~Discovery() override;

    [[nodiscard]] const QList<ApiResource> &resources() const { return m_resources; }
    [[nodiscard]] bool isFromCache() const { return m_fromCache; }
    [[nodiscard]] bool isRefreshing() const { return m_pending > 0; }
    [[nodiscard]] QString cacheFile() const { return m_cacheFile; }
    [[nodiscard]] RefreshStats lastRefreshStats() const { return m_lastStats; }

    // The cache file of a server: "<dir>/<host>_<port>-<hash of URL and CA>.json".
    [[nodiscard]] static QString cacheFileFor(const QUrl &apiUrl, const QByteArray &caPem,
                                              const QString &cacheDir);

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
    // What one discovery root ("/api" or "/apis") answered.
    struct Root
    {
        QByteArray etag; // of an aggregated answer; empty for the classic path
        QList<ApiResource> resources;
    };

    void fetchRoot(const QString &path);
    void onRootAnswer(const QString &path, KubeReply *reply);
    void fetchGroupVersion(const QString &root, const QString &path, const QString &group,
                           const QString &version);
    void done();
    void loadCache();
    void saveCache() const;
    void parseAggregated(const QString &root, const QJsonObject &list);

    QPointer<KubeClient> m_client;
    QString m_cacheFile;
    QString m_caSha256; // hex; of the profile's CA file, empty bytes for the system's trust
    QList<ApiResource> m_resources;
    QHash<QString, Root> m_roots; // by root path: what m_resources was made of
    QHash<QString, Root> m_collecting;
    std::optional<Error> m_error;
    RefreshStats m_stats;
    RefreshStats m_lastStats;
    QTimer *m_timer;
    int m_pending = 0;
    bool m_fromCache = false;
};

} // namespace scs::kube
