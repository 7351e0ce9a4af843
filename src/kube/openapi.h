#pragma once

#include "common/error.h"

#include <QCache>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace scs::kube {

class KubeClient;

// One schema of an OpenAPI v3 document, with the document's schemas to resolve "$ref"s against.
struct OpenApiSchema
{
    QString name; // the components key, e.g. "io.k8s.api.core.v1.ConfigMap"
    QJsonObject schema;
    QJsonObject components; // components.schemas of the document

    // Follows "$ref" (also the `allOf: [{$ref}]` form Kubernetes uses) to the schema it names,
    // keeping the referring schema's own description/default; `s` itself when it refers nowhere.
    [[nodiscard]] QJsonObject resolve(const QJsonObject &s) const;
    // The resolved schema at a property path, e.g. {"spec", "topology"}; empty when not there.
    [[nodiscard]] QJsonObject property(const QStringList &path) const;
};

// OpenAPI v3 of one Central API, fetched lazily: the index (/openapi/v3) when first needed,
// a group-version's document when first asked for. Documents are addressed by the server with a
// content hash, so they are kept on disk (QStandardPaths::CacheLocation/openapi, or `cacheDir`)
// for as long as the server names the same hash, and the last few used also in memory.
// Concurrent requests for one document share one download. Lives in the client's thread; the
// client must outlive it.
class OpenApi : public QObject
{
    Q_OBJECT

public:
    explicit OpenApi(KubeClient *client, QObject *parent = nullptr, const QString &cacheDir = {});
    ~OpenApi() override;

    using DocumentCallback = std::function<void(const Result<QJsonObject> &)>;
    using SchemaCallback = std::function<void(const Result<OpenApiSchema> &)>;

    // The document of `groupVersion` ("v1", "apps/v1"). `done` is called once, later (never
    // from within this call), unless `context` is destroyed first.
    void document(const QString &groupVersion, QObject *context, DocumentCallback done);
    // The schema of a kind (found by its x-kubernetes-group-version-kind).
    void schemaFor(const QString &group, const QString &version, const QString &kind,
                   QObject *context, SchemaCallback done);

    // Forgets the index, so that the next request fetches it again (after discovery changed).
    void invalidate();

private:
    struct Waiter
    {
        QString path; // "api/v1", "apis/apps/v1"
        QPointer<QObject> context;
        DocumentCallback done;
    };

    void fetchIndex();
    void onIndex(const Result<QJsonDocument> &index);
    void serve(const Waiter &waiter);
    void fetchDocument(const QString &url);
    void deliver(const QString &url, const Result<QJsonObject> &document);
    [[nodiscard]] QString cachePath(const QString &url) const;

    QPointer<KubeClient> m_client;
    QString m_cacheDir;
    QHash<QString, QString> m_index; // path -> serverRelativeURL
    bool m_indexLoaded = false;
    bool m_indexPending = false;
    QList<Waiter> m_waitingForIndex;
    QHash<QString, QList<Waiter>> m_waitingForDocument; // by URL
    // By URL, the most recently used few: a group's document is about 1 MB of JSON with large
    // CRDs (Crossplane providers), several MB parsed; the disk cache has them all.
    static constexpr int kDocumentsInMemory = 8;
    QCache<QString, QJsonObject> m_documents{kDocumentsInMemory};
};

} // namespace scs::kube
