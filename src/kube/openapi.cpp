#include "kube/openapi.h"

#include "kube/kubeclient.h"
#include "kube/kubelogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace scs::kube {

namespace {

QString pathOf(const QString &groupVersion)
{
    if (groupVersion.contains(QLatin1Char('/')))
        return QStringLiteral("apis/") + groupVersion;
    return QStringLiteral("api/") + groupVersion;
}

Error makeError(Error::Kind kind, const QString &message, const QString &detail)
{
    return Error{kind, message, detail, {}, {}, 0, 0};
}

} // namespace

QJsonObject OpenApiSchema::resolve(const QJsonObject &s) const
{
    QJsonObject current = s;
    for (int depth = 0; depth < 16; ++depth) { // a cycle must not hang us
        QString ref = current.value(QLatin1String("$ref")).toString();
        const QJsonArray allOf = current.value(QLatin1String("allOf")).toArray();
        if (ref.isEmpty() && allOf.size() == 1)
            ref = allOf.first().toObject().value(QLatin1String("$ref")).toString();
        static const QLatin1String prefix("#/components/schemas/");
        if (!ref.startsWith(prefix))
            return current;
        QJsonObject target = components.value(ref.mid(prefix.size())).toObject();
        for (const QLatin1String key : {QLatin1String("description"), QLatin1String("default")}) {
            if (current.contains(key))
                target.insert(key, current.value(key));
        }
        current = target;
    }
    return current;
}

QJsonObject OpenApiSchema::property(const QStringList &path) const
{
    QJsonObject current = resolve(schema);
    for (const QString &segment : path) {
        current = resolve(current.value(QLatin1String("properties"))
                              .toObject()
                              .value(segment)
                              .toObject());
        if (current.isEmpty())
            return {};
    }
    return current;
}

OpenApi::OpenApi(KubeClient *client, QObject *parent, const QString &cacheDir)
    : QObject(parent)
    , m_client(client)
    , m_cacheDir(cacheDir.isEmpty()
                     ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                         + QStringLiteral("/openapi")
                     : cacheDir)
{}

OpenApi::~OpenApi() = default;

void OpenApi::invalidate()
{
    m_indexLoaded = false;
    m_index.clear();
}

void OpenApi::document(const QString &groupVersion, QObject *context, DocumentCallback done)
{
    const Waiter waiter{pathOf(groupVersion), context, std::move(done)};
    if (!m_indexLoaded) {
        m_waitingForIndex.append(waiter);
        fetchIndex();
        return;
    }
    // Later, never from within this call: callers must be able to rely on that.
    QTimer::singleShot(0, this, [this, waiter] { serve(waiter); });
}

void OpenApi::schemaFor(const QString &group, const QString &version, const QString &kind,
                        QObject *context, SchemaCallback done)
{
    const QString groupVersion = group.isEmpty() ? version : group + QLatin1Char('/') + version;
    document(groupVersion, context,
             [group, version, kind, groupVersion, done](const Result<QJsonObject> &doc) {
                 if (!doc) {
                     done(std::unexpected(doc.error()));
                     return;
                 }
                 OpenApiSchema result;
                 result.components = doc->value(QLatin1String("components"))
                                         .toObject()
                                         .value(QLatin1String("schemas"))
                                         .toObject();
                 static const QLatin1String gvkKey("x-kubernetes-group-version-kind");
                 for (auto it = result.components.constBegin();
                      it != result.components.constEnd(); ++it) {
                     const QJsonArray gvks = it.value().toObject().value(gvkKey).toArray();
                     for (const QJsonValue &value : gvks) {
                         const QJsonObject gvk = value.toObject();
                         if (gvk.value(QLatin1String("group")).toString() == group
                             && gvk.value(QLatin1String("version")).toString() == version
                             && gvk.value(QLatin1String("kind")).toString() == kind) {
                             result.name = it.key();
                             result.schema = it.value().toObject();
                             done(result);
                             return;
                         }
                     }
                 }
                 done(std::unexpected(makeError(
                     Error::Kind::NotFound,
                     tr("The Central API publishes no schema for %1 (%2).").arg(kind, groupVersion),
                     QStringLiteral("no x-kubernetes-group-version-kind %1/%2 in the document")
                         .arg(groupVersion, kind))));
             });
}

void OpenApi::fetchIndex()
{
    if (m_indexPending || !m_client)
        return;
    m_indexPending = true;
    m_client->get(QStringLiteral("/openapi/v3"))
        ->onJson(this, [this](const Result<QJsonDocument> &index) { onIndex(index); });
}

void OpenApi::onIndex(const Result<QJsonDocument> &index)
{
    m_indexPending = false;
    const QList<Waiter> waiting = std::exchange(m_waitingForIndex, {});
    if (!index) {
        for (const Waiter &w : waiting) {
            if (w.context)
                w.done(std::unexpected(index.error()));
        }
        return;
    }
    m_index.clear();
    const QJsonObject paths = index->object().value(QLatin1String("paths")).toObject();
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        m_index.insert(it.key(),
                       it.value().toObject().value(QLatin1String("serverRelativeURL")).toString());
    }
    m_indexLoaded = true;
    for (const Waiter &w : waiting)
        serve(w);
}

void OpenApi::serve(const Waiter &waiter)
{
    if (!waiter.context)
        return;
    const QString url = m_index.value(waiter.path);
    if (url.isEmpty()) {
        waiter.done(std::unexpected(makeError(
            Error::Kind::NotFound,
            tr("The Central API publishes no schemas for %1.").arg(waiter.path),
            QStringLiteral("/openapi/v3 has no path %1").arg(waiter.path))));
        return;
    }
    if (const QJsonObject *document = m_documents.object(url)) {
        const QJsonObject shared = *document; // `done` may evict it from the cache
        waiter.done(shared);
        return;
    }
    QFile cached(cachePath(url));
    if (cached.open(QIODevice::ReadOnly)) {
        const QJsonDocument doc = QJsonDocument::fromJson(cached.readAll());
        if (doc.isObject()) {
            m_documents.insert(url, new QJsonObject(doc.object()));
            waiter.done(doc.object());
            return;
        }
    }
    const bool first = !m_waitingForDocument.contains(url);
    m_waitingForDocument[url].append(waiter);
    if (first)
        fetchDocument(url);
}

void OpenApi::fetchDocument(const QString &url)
{
    if (!m_client) {
        deliver(url, std::unexpected(makeError(Error::Kind::Unavailable, {}, {})));
        return;
    }
    // serverRelativeURL carries its query (?hash=...): keep it.
    const QUrl relative(url);
    m_client->get(relative.path(), QUrlQuery(relative.query()))
        ->onJson(this, [this, url](const Result<QJsonDocument> &doc) {
            if (!doc) {
                if (doc.error().kind == Error::Kind::NotFound)
                    invalidate(); // the hash moved on: ask for the index next time
                deliver(url, std::unexpected(doc.error()));
                return;
            }
            const QJsonObject object = doc->object();
            m_documents.insert(url, new QJsonObject(object));
            QDir().mkpath(m_cacheDir);
            QSaveFile file(cachePath(url));
            if (file.open(QIODevice::WriteOnly)) {
                file.write(doc->toJson(QJsonDocument::Compact));
                if (!file.commit())
                    qCWarning(lcKube).noquote() << "openapi cache not written:" << file.fileName();
            }
            deliver(url, object);
        });
}

void OpenApi::deliver(const QString &url, const Result<QJsonObject> &document)
{
    const QList<Waiter> waiting = m_waitingForDocument.take(url);
    for (const Waiter &w : waiting) {
        if (w.context)
            w.done(document);
    }
}

QString OpenApi::cachePath(const QString &url) const
{
    const QByteArray id = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256);
    return m_cacheDir + QStringLiteral("/") + QString::fromLatin1(id.toHex().left(32))
        + QStringLiteral(".json");
}

} // namespace scs::kube
