#include "palette/favouritesstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <optional>

namespace scs::palette {

namespace {

Q_LOGGING_CATEGORY(lcPalette, "scs.palette")

QString typeName(PaletteRef::Type type)
{
    switch (type) {
    case PaletteRef::Type::Tenant:
        return QStringLiteral("tenant");
    case PaletteRef::Type::Kind:
        return QStringLiteral("kind");
    case PaletteRef::Type::Object:
        break;
    }
    return QStringLiteral("object");
}

QJsonObject toJson(const PaletteRef &ref)
{
    QJsonObject o{{QStringLiteral("type"), typeName(ref.type)},
                  {QStringLiteral("tenant"), ref.tenant}};
    if (ref.type != PaletteRef::Type::Tenant) {
        o.insert(QStringLiteral("plural"), ref.plural);
        o.insert(QStringLiteral("group"), ref.group);
    }
    if (ref.type == PaletteRef::Type::Object)
        o.insert(QStringLiteral("name"), ref.name);
    return o;
}

std::optional<PaletteRef> fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    PaletteRef ref;
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("tenant"))
        ref.type = PaletteRef::Type::Tenant;
    else if (type == QLatin1String("kind"))
        ref.type = PaletteRef::Type::Kind;
    else if (type == QLatin1String("object"))
        ref.type = PaletteRef::Type::Object;
    else
        return std::nullopt;
    ref.tenant = o.value(QStringLiteral("tenant")).toString();
    ref.plural = o.value(QStringLiteral("plural")).toString();
    ref.group = o.value(QStringLiteral("group")).toString();
    ref.name = o.value(QStringLiteral("name")).toString();
    if ((ref.type == PaletteRef::Type::Tenant && ref.tenant.isEmpty())
        || (ref.type != PaletteRef::Type::Tenant && ref.plural.isEmpty())
        || (ref.type == PaletteRef::Type::Object && ref.name.isEmpty())) {
        return std::nullopt;
    }
    return ref;
}

QList<PaletteRef> refsFrom(const QJsonArray &array)
{
    QList<PaletteRef> refs;
    for (const QJsonValue &v : array) {
        if (auto ref = fromJson(v); ref && !refs.contains(*ref))
            refs.append(*ref);
    }
    return refs;
}

} // namespace

QString PaletteRef::path() const
{
    const QString kind = group.isEmpty() ? plural : plural + QLatin1Char('.') + group;
    QStringList parts;
    if (!tenant.isEmpty())
        parts.append(tenant);
    if (type != Type::Tenant)
        parts.append(kind);
    if (type == Type::Object)
        parts.append(name);
    return parts.join(QLatin1Char('/'));
}

FavouritesStore::FavouritesStore(const QString &profile, const QString &dir, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{
    const QString base = dir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/palette")
        : dir;
    // The profile's name is the person's; percent-encoded it is a safe file name.
    m_file = base + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(profile, {}, "/\\:*?\"<>|."))
        + QStringLiteral(".json");
    load();
}

FavouritesStore::~FavouritesStore() = default;

void FavouritesStore::load()
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return; // nothing pinned yet
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qCWarning(lcPalette) << "ignoring unreadable" << m_file << error.errorString();
        return;
    }
    m_favourites = refsFrom(doc.object().value(QStringLiteral("favourites")).toArray());
    m_recents = refsFrom(doc.object().value(QStringLiteral("recents")).toArray())
                    .mid(0, kMaxRecents);
}

bool FavouritesStore::save() const
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QJsonArray favourites;
    for (const PaletteRef &ref : m_favourites)
        favourites.append(toJson(ref));
    QJsonArray recents;
    for (const PaletteRef &ref : m_recents)
        recents.append(toJson(ref));
    const QJsonObject root{{QStringLiteral("profile"), m_profile},
                           {QStringLiteral("favourites"), favourites},
                           {QStringLiteral("recents"), recents}};
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        qCWarning(lcPalette) << "could not write" << m_file << out.errorString();
        return false;
    }
    return true;
}

bool FavouritesStore::isFavourite(const PaletteRef &ref) const
{
    return m_favourites.contains(ref);
}

bool FavouritesStore::setFavourite(const PaletteRef &ref, bool favourite)
{
    if (favourite == isFavourite(ref))
        return false;
    if (favourite)
        m_favourites.append(ref);
    else
        m_favourites.removeAll(ref);
    const bool saved = save();
    Q_EMIT changed();
    return saved;
}

void FavouritesStore::addRecent(const PaletteRef &ref)
{
    if (!m_recents.isEmpty() && m_recents.first() == ref)
        return;
    m_recents.removeAll(ref);
    m_recents.prepend(ref);
    while (m_recents.size() > kMaxRecents)
        m_recents.removeLast();
    save();
    Q_EMIT changed();
}

} // namespace scs::palette
