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

constexpr int cacheFormat = 1;

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

Discovery::Discovery(KubeClient *client, const QString &cacheKey, QObject *parent,
                     const QString &cacheDir)
    : QObject(parent)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    const QString dir = cacheDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/discovery")
        : cacheDir;
    const QByteArray id = QCryptographicHash::hash(
        (cacheKey + QLatin1Char('\n') + client->profile().apiUrl.toString()).toUtf8(),
        QCryptographicHash::Sha256);
    m_cacheFile = dir + QStringLiteral("/discovery-") + QString::fromLatin1(id.toHex().left(24))
        + QStringLiteral(".json");
    loadCache();
    m_timer->setInterval(std::chrono::minutes(5));
    connect(m_timer, &QTimer::timeout, this, &Discovery::refresh);
    m_timer->start();
}

Discovery::~Discovery() = default;

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
    fetchRoot(QStringLiteral("/api"));
    fetchRoot(QStringLiteral("/apis"));
}

void Discovery::fetchRoot(const QString &path)
{
    ++m_pending;
    KubeReply *reply = m_client->get(path, {}, aggregatedAccept);
    connect(reply, &KubeReply::finished, this, [this, path, reply] { onRootAnswer(path, reply); });
}

void Discovery::onRootAnswer(const QString &path, KubeReply *reply)
{
    const auto json = reply->json();
    if (!json) {
        if (!m_error)
            m_error = json.error();
        done();
        return;
    }
    const QJsonObject object = json->object();
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("APIGroupDiscoveryList")) {
        parseAggregated(object);
    } else if (kind == QLatin1String("APIVersions")) {
        // Classic core group: /api -> {"versions": ["v1"]}
        const QStringList versions = strings(object.value(QLatin1String("versions")));
        if (!versions.isEmpty())
            fetchGroupVersion(path + QLatin1Char('/') + versions.first(), {}, versions.first());
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
                fetchGroupVersion(path + QLatin1Char('/') + name + QLatin1Char('/') + version,
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

void Discovery::parseAggregated(const QJsonObject &list)
{
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
                m_collecting.append(r);
        }
    }
}

void Discovery::fetchGroupVersion(const QString &path, const QString &group,
                                  const QString &version)
{
    ++m_pending;
    m_client->get(path)->onJson(this, [this, path, group,
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
        for (ApiResource &r : found) {
            r.subresources = subresources.value(r.plural);
            m_collecting.append(r);
        }
        done();
    });
}

void Discovery::done()
{
    if (--m_pending > 0)
        return;
    if (m_error) {
        qCWarning(lcKube).noquote() << "discovery failed:" << m_error->detail;
        const Error error = *m_error;
        m_error.reset();
        Q_EMIT failed(error);
        return;
    }
    sortResources(m_collecting);
    const bool differs = m_collecting != m_resources;
    m_resources = std::move(m_collecting);
    m_collecting.clear();
    m_fromCache = false;
    qCDebug(lcKube) << "discovery:" << m_resources.size() << "resources"
                    << (differs ? "(changed)" : "(unchanged)");
    if (differs)
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
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QLatin1String("format")).toInt() != cacheFormat
        || root.value(QLatin1String("apiUrl")).toString()
            != m_client->profile().apiUrl.toString()) {
        return;
    }
    const QJsonArray resources = root.value(QLatin1String("resources")).toArray();
    for (const QJsonValue &r : resources)
        m_resources.append(fromJson(r.toObject()));
    sortResources(m_resources);
    m_fromCache = !m_resources.isEmpty();
}

void Discovery::saveCache() const
{
    QDir().mkpath(QFileInfo(m_cacheFile).absolutePath());
    QJsonArray resources;
    for (const ApiResource &r : m_resources)
        resources.append(toJson(r));
    const QJsonObject root{
        {QStringLiteral("format"), cacheFormat},
        {QStringLiteral("apiUrl"), m_client->profile().apiUrl.toString()},
        {QStringLiteral("resources"), resources},
    };
    QSaveFile file(m_cacheFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcKube).noquote() << "discovery cache not writable:" << m_cacheFile;
        return;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcKube).noquote() << "discovery cache not written:" << m_cacheFile;
}

} // namespace scs::kube
