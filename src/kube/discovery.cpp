#include "kube/discovery.h"

#include "kube/apipath.h"
#include "kube/kubeclient.h"
#include "kube/kubelogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace scs::kube {

namespace {

const QByteArray aggregatedAccept = QByteArrayLiteral(
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
    "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,"
    "application/json");

// 2: per server, with the roots' ETags (1 was per profile, without them).
constexpr int cacheFormat = 2;

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

QJsonObject toJson(const ApiResource &r)
{
    return QJsonObject{
        {QStringLiteral("group"), r.group},
        {QStringLiteral("version"), r.version},
        {QStringLiteral("kind"), r.kind},
        {QStringLiteral("plural"), r.plural},
        {QStringLiteral("singular"), r.singular},
        {QStringLiteral("namespaced"), r.namespaced},
        {QStringLiteral("verbs"), QJsonArray::fromStringList(r.verbs)},
        {QStringLiteral("shortNames"), QJsonArray::fromStringList(r.shortNames)},
        {QStringLiteral("categories"), QJsonArray::fromStringList(r.categories)},
        {QStringLiteral("subresources"), QJsonArray::fromStringList(r.subresources)},
    };
}

ApiResource fromJson(const QJsonObject &o)
{
    ApiResource r;
    r.group = o.value(QLatin1String("group")).toString();
    r.version = o.value(QLatin1String("version")).toString();
    r.kind = o.value(QLatin1String("kind")).toString();
    r.plural = o.value(QLatin1String("plural")).toString();
    r.singular = o.value(QLatin1String("singular")).toString();
    r.namespaced = o.value(QLatin1String("namespaced")).toBool();
    r.verbs = strings(o.value(QLatin1String("verbs")));
    r.shortNames = strings(o.value(QLatin1String("shortNames")));
    r.categories = strings(o.value(QLatin1String("categories")));
    r.subresources = strings(o.value(QLatin1String("subresources")));
    return r;
}

void sortResources(QList<ApiResource> &list)
{
    std::sort(list.begin(), list.end(), [](const ApiResource &a, const ApiResource &b) {
        return std::tie(a.group, a.plural) < std::tie(b.group, b.plural);
    });
}

} // namespace

QString ApiResource::groupVersion() const
{
    return group.isEmpty() ? version : group + QLatin1Char('/') + version;
}

QString ApiResource::apiPath() const
{
    if (group.isEmpty())
        return QStringLiteral("/api/") + version;
    return QStringLiteral("/apis/") + group + QLatin1Char('/') + version;
}

QString ApiResource::collectionPath(const QString &namespaceName) const
{
    if (namespaced && !namespaceName.isEmpty())
        return apiPath() + QStringLiteral("/namespaces/") + pathSegment(namespaceName)
            + QLatin1Char('/') + plural;
    return apiPath() + QLatin1Char('/') + plural;
}

QString ApiResource::qualifiedName() const
{
    if (group.isEmpty())
        return plural;
    return plural + QLatin1Char('.') + group;
}

Discovery::Discovery(KubeClient *client, QObject *parent, const QString &cacheDir)
    : QObject(parent)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    const QString dir = cacheDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/discovery")
        : cacheDir;
    QByteArray caPem;
    if (const QString caFile = client->profile().caFile; !caFile.isEmpty()) {
        QFile ca(caFile);
        if (ca.open(QIODevice::ReadOnly))
            caPem = ca.readAll(); // unreadable: KubeClient refuses every request anyway
    }
    caPem += client->profile().caData;
    m_caSha256 = QString::fromLatin1(
        QCryptographicHash::hash(caPem, QCryptographicHash::Sha256).toHex());
    m_cacheFile = cacheFileFor(client->profile().apiUrl, caPem, dir);
    loadCache();
    m_timer->setInterval(std::chrono::minutes(5));
    connect(m_timer, &QTimer::timeout, this, &Discovery::refresh);
    m_timer->start();
}

Discovery::~Discovery() = default;

QString Discovery::cacheFileFor(const QUrl &apiUrl, const QByteArray &caPem,
                                const QString &cacheDir)
{
    // Readable like kubectl's <host_port>; the hash tells apart what the readable part folds
    // together (paths, schemes) and a server that came back with another CA.
    QString readable = apiUrl.host(QUrl::FullyEncoded) + QLatin1Char('_')
        + QString::number(apiUrl.port(apiUrl.scheme() == QLatin1String("http") ? 80 : 443));
    for (QChar &c : readable) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-')
            && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(apiUrl.adjusted(QUrl::StripTrailingSlash).toString(QUrl::FullyEncoded).toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(caPem);
    return cacheDir + QLatin1Char('/') + readable + QLatin1Char('-')
        + QString::fromLatin1(hash.result().toHex().left(16)) + QStringLiteral(".json");
}

void Discovery::setRefreshInterval(std::chrono::milliseconds interval)
{
    if (interval <= std::chrono::milliseconds::zero()) {
        m_timer->stop();
        return;
    }
    m_timer->start(interval);
}

std::optional<ApiResource> Discovery::find(const QString &name, const QString &group) const
{
    std::optional<ApiResource> found;
    for (const ApiResource &r : m_resources) {
        if (!group.isNull() && r.group != group)
            continue;
        const bool match = r.plural.compare(name, Qt::CaseInsensitive) == 0
            || r.singular.compare(name, Qt::CaseInsensitive) == 0
            || r.kind.compare(name, Qt::CaseInsensitive) == 0
            || r.shortNames.contains(name, Qt::CaseInsensitive)
            || r.qualifiedName().compare(name, Qt::CaseInsensitive) == 0;
        if (!match)
            continue;
        if (r.group.isEmpty())
            return r;
        if (!found)
            found = r;
    }
    return found;
}

std::optional<ApiResource> Discovery::forKind(const QString &group, const QString &kind) const
{
    for (const ApiResource &r : m_resources) {
        if (r.group == group && r.kind == kind)
            return r;
    }
    return std::nullopt;
}

void Discovery::refresh()
{
    if (m_pending > 0 || !m_client)
        return;
    m_collecting.clear();
    m_error.reset();
    m_stats = {};
    fetchRoot(QStringLiteral("/api"));
    fetchRoot(QStringLiteral("/apis"));
}

// Seen with kube-apiserver v1.34.4 (tests/stack; curl with the stack's CA and admin
// certificate, HTTP/2 and HTTP/1.1 alike): /api and /apis with this Accept answer 200 with
// Content-Type application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList and an
// ETag of 128 quoted hex digits (a hash of the document, not of the user); an If-None-Match
// with that ETag gets 304 Not Modified with the same ETag and no body (/apis: 78 KB saved,
// /api: 19 KB). v2beta1 is no longer served by 1.34 (Accept with only it: 406), so the v2 tag
// is what comes back. /openapi/v3 sends no ETag (Cache-Control: no-cache, private). Adding or
// removing a CRD moves /apis' ETag within the refresh after it is established (or gone) while
// /api keeps answering 304 (tst_discovery_integration).
void Discovery::fetchRoot(const QString &path)
{
    ++m_pending;
    ++m_stats.requests;
    Request request;
    request.path = path;
    request.accept = aggregatedAccept;
    if (const auto it = m_roots.constFind(path); it != m_roots.cend())
        request.ifNoneMatch = it->etag; // empty (unconditional) for a classic root
    KubeReply *reply = m_client->send(std::move(request));
    connect(reply, &KubeReply::finished, this, [this, path, reply] { onRootAnswer(path, reply); });
}

void Discovery::onRootAnswer(const QString &path, KubeReply *reply)
{
    if (reply->notModified()) {
        ++m_stats.notModified;
        m_collecting.insert(path, m_roots.value(path));
        done();
        return;
    }
    const auto json = reply->json();
    if (!json) {
        if (!m_error)
            m_error = json.error();
        done();
        return;
    }
    const QJsonObject object = json->object();
    const QString kind = object.value(QLatin1String("kind")).toString();
    Root &root = m_collecting[path];
    root = {};
    if (kind == QLatin1String("APIGroupDiscoveryList")) {
        root.etag = reply->etag();
        parseAggregated(path, object);
    } else if (kind == QLatin1String("APIVersions")) {
        // Classic core group: /api -> {"versions": ["v1"]}
        const QStringList versions = strings(object.value(QLatin1String("versions")));
        if (!versions.isEmpty())
            fetchGroupVersion(path, path + QLatin1Char('/') + versions.first(), {},
                              versions.first());
    } else if (kind == QLatin1String("APIGroupList")) {
        const QJsonArray groups = object.value(QLatin1String("groups")).toArray();
        for (const QJsonValue &g : groups) {
            const QJsonObject group = g.toObject();
            QString version = group.value(QLatin1String("preferredVersion"))
                                  .toObject()
                                  .value(QLatin1String("version"))
                                  .toString();
            if (version.isEmpty()) {
                version = group.value(QLatin1String("versions"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QLatin1String("version"))
                              .toString();
            }
            const QString name = group.value(QLatin1String("name")).toString();
            if (!name.isEmpty() && !version.isEmpty())
                fetchGroupVersion(path,
                                  path + QLatin1Char('/') + name + QLatin1Char('/') + version,
                                  name, version);
        }
    } else if (!m_error) {
        m_error = Error{Error::Kind::Server,
                        tr("The Central API's list of resource kinds could not be read."),
                        QStringLiteral("GET %1: unexpected kind \"%2\"").arg(path, kind),
                        {}, {}, 0, 0};
    }
    done();
}

void Discovery::parseAggregated(const QString &root, const QJsonObject &list)
{
    QList<ApiResource> &collecting = m_collecting[root].resources;
    const QJsonArray items = list.value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject group = item.toObject();
        const QString groupName = group.value(QLatin1String("metadata"))
                                      .toObject()
                                      .value(QLatin1String("name"))
                                      .toString();
        const QJsonArray versions = group.value(QLatin1String("versions")).toArray();
        if (versions.isEmpty())
            continue;
        // Versions come in order of preference; the first is the preferred one.
        const QJsonObject version = versions.first().toObject();
        const QString versionName = version.value(QLatin1String("version")).toString();
        const QJsonArray resources = version.value(QLatin1String("resources")).toArray();
        for (const QJsonValue &value : resources) {
            const QJsonObject o = value.toObject();
            ApiResource r;
            r.group = groupName;
            r.version = versionName;
            r.plural = o.value(QLatin1String("resource")).toString();
            r.kind = o.value(QLatin1String("responseKind"))
                         .toObject()
                         .value(QLatin1String("kind"))
                         .toString();
            r.singular = o.value(QLatin1String("singularResource")).toString();
            r.namespaced = o.value(QLatin1String("scope")).toString()
                == QLatin1String("Namespaced");
            r.verbs = strings(o.value(QLatin1String("verbs")));
            r.shortNames = strings(o.value(QLatin1String("shortNames")));
            r.categories = strings(o.value(QLatin1String("categories")));
            const QJsonArray subresources = o.value(QLatin1String("subresources")).toArray();
            for (const QJsonValue &s : subresources)
                r.subresources.append(
                    s.toObject().value(QLatin1String("subresource")).toString());
            if (!r.plural.isEmpty())
                collecting.append(r);
        }
    }
}

void Discovery::fetchGroupVersion(const QString &root, const QString &path,
                                  const QString &group, const QString &version)
{
    ++m_pending;
    ++m_stats.requests;
    m_client->get(path)->onJson(this, [this, root, path, group,
                                       version](const Result<QJsonDocument> &json) {
        if (!json) {
            // One broken aggregated API (503) must not hide all the others.
            qCWarning(lcKube).noquote() << "discovery: skipping" << path << json.error().detail;
            done();
            return;
        }
        const QJsonArray resources
            = json->object().value(QLatin1String("resources")).toArray();
        QHash<QString, QStringList> subresources;
        QList<ApiResource> found;
        for (const QJsonValue &value : resources) {
            const QJsonObject o = value.toObject();
            const QString name = o.value(QLatin1String("name")).toString();
            if (const qsizetype slash = name.indexOf(QLatin1Char('/')); slash > 0) {
                subresources[name.left(slash)].append(name.mid(slash + 1));
                continue;
            }
            ApiResource r;
            r.group = group;
            r.version = version;
            r.plural = name;
            r.kind = o.value(QLatin1String("kind")).toString();
            r.singular = o.value(QLatin1String("singularName")).toString();
            r.namespaced = o.value(QLatin1String("namespaced")).toBool();
            r.verbs = strings(o.value(QLatin1String("verbs")));
            r.shortNames = strings(o.value(QLatin1String("shortNames")));
            r.categories = strings(o.value(QLatin1String("categories")));
            found.append(r);
        }
        QList<ApiResource> &collecting = m_collecting[root].resources;
        for (ApiResource &r : found) {
            r.subresources = subresources.value(r.plural);
            collecting.append(r);
        }
        done();
    });
}

void Discovery::done()
{
    if (--m_pending > 0)
        return;
    m_lastStats = m_stats;
    if (m_error) {
        qCWarning(lcKube).noquote() << "discovery failed:" << m_error->detail;
        const Error error = *m_error;
        m_error.reset();
        m_collecting.clear();
        Q_EMIT failed(error);
        return;
    }
    QList<ApiResource> all;
    bool etagsMoved = false;
    for (auto it = m_collecting.cbegin(); it != m_collecting.cend(); ++it) {
        all += it->resources;
        etagsMoved = etagsMoved || m_roots.value(it.key()).etag != it->etag;
    }
    sortResources(all);
    const bool differs = all != m_resources;
    m_resources = std::move(all);
    m_roots = std::exchange(m_collecting, {});
    m_fromCache = false;
    qCDebug(lcKube) << "discovery:" << m_resources.size() << "resources"
                    << (differs ? "(changed)" : "(unchanged)") << "with" << m_lastStats.requests
                    << "requests," << m_lastStats.notModified << "answered 304";
    if (differs || etagsMoved)
        saveCache();
    Q_EMIT refreshed();
    if (differs)
        Q_EMIT changed();
}

void Discovery::loadCache()
{
    QFile file(m_cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = doc.object();
    const auto ignore = [this](const char *why) {
        qCDebug(lcKube).noquote() << "discovery cache ignored:" << m_cacheFile << why;
    };
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ignore("(not a JSON object)");
    if (root.value(QLatin1String("format")).toInt() != cacheFormat)
        return ignore("(another format)");
    // The file name is a hash: a file another server (or CA) wrote by chance is not ours.
    if (root.value(QLatin1String("server")).toString() != m_client->profile().apiUrl.toString()
        || root.value(QLatin1String("caSha256")).toString() != m_caSha256) {
        return ignore("(another server)");
    }
    const QJsonObject roots = root.value(QLatin1String("roots")).toObject();
    for (auto it = roots.constBegin(); it != roots.constEnd(); ++it) {
        if (it.key() != QLatin1String("/api") && it.key() != QLatin1String("/apis"))
            continue;
        const QJsonObject saved = it.value().toObject();
        Root r;
        r.etag = saved.value(QLatin1String("etag")).toString().toLatin1();
        const QJsonArray resources = saved.value(QLatin1String("resources")).toArray();
        for (const QJsonValue &value : resources) {
            ApiResource resource = fromJson(value.toObject());
            if (!resource.plural.isEmpty() && !resource.version.isEmpty())
                r.resources.append(resource);
        }
        m_resources += r.resources;
        m_roots.insert(it.key(), r);
    }
    sortResources(m_resources);
    m_fromCache = !m_resources.isEmpty();
}

void Discovery::saveCache() const
{
    const QString dir = QFileInfo(m_cacheFile).absolutePath();
    if (QDir().mkpath(dir))
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QJsonObject roots;
    for (auto it = m_roots.cbegin(); it != m_roots.cend(); ++it) {
        QJsonArray resources;
        for (const ApiResource &r : it->resources)
            resources.append(toJson(r));
        roots.insert(it.key(), QJsonObject{{QStringLiteral("etag"), QString::fromLatin1(it->etag)},
                                           {QStringLiteral("resources"), resources}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), cacheFormat},
        {QStringLiteral("server"), m_client->profile().apiUrl.toString()},
        {QStringLiteral("caSha256"), m_caSha256},
        {QStringLiteral("roots"), roots},
    };
    QSaveFile file(m_cacheFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcKube).noquote() << "discovery cache not writable:" << m_cacheFile;
        return;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcKube).noquote() << "discovery cache not written:" << m_cacheFile;
}

} // namespace scs::kube
