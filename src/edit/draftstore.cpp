#include "edit/draftstore.h"

#include "edit/editlogging.h"
#include "yaml/yaml.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace scs::edit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)
};

constexpr int FormatVersion = 1;

QJsonObject toJson(const Draft &d)
{
    return QJsonObject{
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("profile"), d.profile},
        {QStringLiteral("objectKey"), d.objectKey},
        {QStringLiteral("apiVersion"), d.apiVersion},
        {QStringLiteral("kind"), d.kind},
        {QStringLiteral("namespace"), d.namespaceName},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("text"), d.text},
        {QStringLiteral("baseText"), d.baseText},
        {QStringLiteral("baseResourceVersion"), d.baseResourceVersion},
        {QStringLiteral("savedAt"), d.savedAt.toString(Qt::ISODateWithMs)},
    };
}

std::optional<Draft> fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("format")).toInt() != FormatVersion)
        return std::nullopt;
    Draft d;
    d.profile = o.value(QLatin1String("profile")).toString();
    d.objectKey = o.value(QLatin1String("objectKey")).toString();
    d.apiVersion = o.value(QLatin1String("apiVersion")).toString();
    d.kind = o.value(QLatin1String("kind")).toString();
    d.namespaceName = o.value(QLatin1String("namespace")).toString();
    d.name = o.value(QLatin1String("name")).toString();
    d.text = o.value(QLatin1String("text")).toString();
    d.baseText = o.value(QLatin1String("baseText")).toString();
    d.baseResourceVersion = o.value(QLatin1String("baseResourceVersion")).toString();
    d.savedAt = QDateTime::fromString(o.value(QLatin1String("savedAt")).toString(),
                                      Qt::ISODateWithMs);
    if (d.objectKey.isEmpty())
        return std::nullopt;
    return d;
}

Error ioError(const QString &message, const QString &detail, const QString &file)
{
    Error e{Error::Kind::Io, message, detail, {}, file, 0, 0};
    return e;
}

} // namespace

DraftStore::DraftStore(const QString &dir)
    : m_dir(dir.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                      + QStringLiteral("/drafts")
                : dir)
{
}

QString DraftStore::fileFor(const QString &profile, const QString &objectKey) const
{
    const QByteArray hash = QCryptographicHash::hash(
        (profile + QLatin1Char('\n') + objectKey).toUtf8(), QCryptographicHash::Sha256);
    return m_dir + QLatin1Char('/') + QString::fromLatin1(hash.toHex().left(32))
        + QStringLiteral(".json");
}

namespace {
// A Secret by its kind, whatever apiVersion was typed (a half-written "apiVersion" must not let
// one through), and any Secret among a List's (or a SecretList's) items, however deep.
bool holdsSecret(const QJsonValue &value, int depth = 0)
{
    if (depth > 16)
        return true; // not a Kubernetes object any more: do not risk it
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::ranges::any_of(array, [depth](const QJsonValue &v) {
            return holdsSecret(v, depth + 1);
        });
    }
    const QJsonObject o = value.toObject();
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("Secret"))
        return true;
    if (kind.endsWith(QLatin1String("List")) || o.contains(QLatin1String("items")))
        return holdsSecret(o.value(QLatin1String("items")), depth + 1);
    return false;
}
} // namespace

bool DraftStore::isSensitive(const QString &, const QString &kind, const QString &text)
{
    if (kind == QLatin1String("Secret") || kind == QLatin1String("SecretList"))
        return true;
    if (text.isEmpty())
        return false;
    // Decided by parsing (YAML, JSON is YAML): comments, quotes, flow style and Lists cannot
    // hide a Secret. Text that does not parse (half typed) cannot be read, so any mention of
    // "Secret" keeps it in memory: better than a Secret on disk.
    const auto docs = yaml::toJson(text.toUtf8());
    if (!docs)
        return text.contains(QLatin1String("Secret"), Qt::CaseInsensitive);
    for (const auto &doc : *docs) {
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(doc.json, &error);
        if (error.error != QJsonParseError::NoError) { // a scalar document
            if (doc.json.contains("Secret"))
                return true;
            continue;
        }
        if (holdsSecret(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object())))
            return true;
    }
    return false;
}

Result<DraftStore::Where> DraftStore::save(const Draft &draft)
{
    Draft d = draft;
    d.savedAt = QDateTime::currentDateTimeUtc();
    const QString file = fileFor(d.profile, d.objectKey);
    if (isSensitive(d.apiVersion, d.kind, d.text)) {
        m_memory.insert(file, d);
        // An older on-disk draft of the same key (before it became a Secret) must not linger.
        QFile::remove(file);
        return Where::InMemory;
    }
    m_memory.remove(file);

    QDir dir;
    if (!dir.mkpath(m_dir)) {
        return std::unexpected(ioError(Tr::tr("Cannot create the drafts folder %1.").arg(m_dir),
                                       QStringLiteral("mkpath failed"), m_dir));
    }
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return std::unexpected(ioError(Tr::tr("Cannot save the draft: %1").arg(out.errorString()),
                                       out.errorString(), file));
    }
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(QJsonDocument(toJson(d)).toJson(QJsonDocument::Indented));
    if (!out.commit()) {
        return std::unexpected(ioError(Tr::tr("Cannot save the draft: %1").arg(out.errorString()),
                                       out.errorString(), file));
    }
    return Where::OnDisk;
}

std::optional<Draft> DraftStore::load(const QString &profile, const QString &objectKey) const
{
    const QString file = fileFor(profile, objectKey);
    if (auto it = m_memory.constFind(file); it != m_memory.constEnd())
        return *it;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto d = fromJson(QJsonDocument::fromJson(in.readAll()).object());
    // A hash collision or a hand-edited file: the key inside must be the one asked for.
    if (!d || d->profile != profile || d->objectKey != objectKey)
        return std::nullopt;
    return d;
}

QList<Draft> DraftStore::list(const QString &profile) const
{
    QList<Draft> drafts;
    const QDir dir(m_dir);
    const auto files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo &info : files) {
        if (m_memory.contains(info.absoluteFilePath()))
            continue;
        QFile in(info.absoluteFilePath());
        if (!in.open(QIODevice::ReadOnly)) {
            qCWarning(lcEdit) << "draft not readable:" << info.fileName() << in.errorString();
            continue;
        }
        auto d = fromJson(QJsonDocument::fromJson(in.readAll()).object());
        if (!d) {
            qCWarning(lcEdit) << "draft not understood, left alone:" << info.fileName();
            continue;
        }
        if (profile.isEmpty() || d->profile == profile)
            drafts.append(*d);
    }
    for (const Draft &d : m_memory) {
        if (profile.isEmpty() || d.profile == profile)
            drafts.append(d);
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return drafts;
}

Result<void> DraftStore::remove(const QString &profile, const QString &objectKey)
{
    const QString file = fileFor(profile, objectKey);
    m_memory.remove(file);
    if (QFile::exists(file) && !QFile::remove(file)) {
        return std::unexpected(
            ioError(Tr::tr("Cannot remove the draft file %1.").arg(file),
                    QStringLiteral("remove failed"), file));
    }
    return {};
}

} // namespace scs::edit
