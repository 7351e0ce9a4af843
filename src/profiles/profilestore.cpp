#include "profiles/profilestore.h"

#include "profiles/profileslogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};

constexpr int kFormatVersion = 1;

QString fieldName(ProfileField field)
{
    switch (field) {
    case ProfileField::Name: return QStringLiteral("name");
    case ProfileField::ApiUrl: return QStringLiteral("apiUrl");
    case ProfileField::IssuerUrl: return QStringLiteral("issuerUrl");
    case ProfileField::ClientId: return QStringLiteral("clientId");
    case ProfileField::ExtraScopes: return QStringLiteral("extraScopes");
    case ProfileField::CaFile: return QStringLiteral("caFile");
    case ProfileField::Tenants: return QStringLiteral("tenants");
    case ProfileField::UsernamePrefix: return QStringLiteral("usernamePrefix");
    case ProfileField::GroupsPrefix: return QStringLiteral("groupsPrefix");
    }
    return {};
}
} // namespace

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
{
    load();
}

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/profiles.ini");
}

QStringList ProfileStore::names() const
{
    QStringList result;
    result.reserve(m_profiles.size());
    for (const auto &p : m_profiles)
        result.append(p.name);
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    const auto it = std::ranges::find(m_profiles, name, &ConnectionProfile::name);
    if (it == m_profiles.end())
        return std::nullopt;
    return *it;
}

void ProfileStore::load()
{
    if (!QFileInfo::exists(m_filePath))
        return;
    QSettings settings(m_filePath, QSettings::IniFormat);
    const int format = settings.value(QStringLiteral("format"), kFormatVersion).toInt();
    if (settings.status() != QSettings::NoError || format > kFormatVersion) {
        // Keep the unreadable file: the user may want it back, and our next save would
        // otherwise replace it.
        const QString aside = m_filePath + QStringLiteral(".unreadable-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        QFile::copy(m_filePath, aside);
        m_loadError = Error{Error::Kind::Parse,
                            Tr::tr("The connection profiles could not be read. A copy of the file "
                                   "was kept as %1.")
                                .arg(QDir::toNativeSeparators(aside)),
                            QStringLiteral("QSettings status %1, format %2")
                                .arg(int(settings.status()))
                                .arg(format),
                            {}, m_filePath, 0, 0};
        qCWarning(lcProfiles) << "unreadable profile file" << m_filePath << "copied to" << aside;
        return;
    }
    QStringList rejected;
    const int count = settings.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.apiUrl = QUrl(settings.value(QStringLiteral("apiUrl")).toString());
        p.issuerUrl = QUrl(settings.value(QStringLiteral("issuerUrl")).toString());
        p.clientId = settings.value(QStringLiteral("clientId"), p.clientId).toString();
        p.extraScopes = settings.value(QStringLiteral("extraScopes")).toStringList();
        p.caFile = settings.value(QStringLiteral("caFile")).toString();
        p.tenants = settings.value(QStringLiteral("tenants")).toStringList();
        p.usernamePrefix = settings.value(QStringLiteral("usernamePrefix"), p.usernamePrefix)
                               .toString();
        p.groupsPrefix = settings.value(QStringLiteral("groupsPrefix"), p.groupsPrefix).toString();
        if (p.name.isEmpty() || profile(p.name)) {
            qCWarning(lcProfiles) << "skipping profile entry" << i << "without a unique name";
            continue;
        }
        // A hand-edited file gets the checks a typed profile gets: an http:// URL would send
        // the ID token in clear text. The CA file is checked when it is used, not here.
        const auto problems = validateProfile(p, names());
        const auto bad = std::ranges::find_if(problems, [](const FieldError &e) {
            return e.field != ProfileField::CaFile;
        });
        if (bad != problems.end()) {
            qCWarning(lcProfiles) << "not loading profile entry" << i << "field" << int(bad->field);
            rejected.append(Tr::tr("\"%1\": %2").arg(p.name, bad->message));
            continue;
        }
        m_profiles.append(p);
    }
    settings.endArray();
    if (!rejected.isEmpty()) {
        // The next save rewrites the file without them: keep the file as it was.
        const QString aside = m_filePath + QStringLiteral(".rejected-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        QFile::copy(m_filePath, aside);
        m_loadError = Error{Error::Kind::Invalid,
                            Tr::tr("Some connection profiles were not loaded because they are "
                                   "not safe to use (fix them with \"scs-console profile set\" "
                                   "or in the profiles dialog; the file as it was is kept as "
                                   "%1): %2")
                                .arg(QDir::toNativeSeparators(aside),
                                     rejected.join(QStringLiteral("; "))),
                            QStringLiteral("%1 profiles rejected on load").arg(rejected.size()),
                            {}, m_filePath, 0, 0};
    }
    m_current = settings.value(QStringLiteral("current")).toString();
    std::ranges::sort(m_profiles, {}, &ConnectionProfile::name);
    qCDebug(lcProfiles) << "loaded" << m_profiles.size() << "profiles from" << m_filePath;
}

Result<void> ProfileStore::write()
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    {
        QSettings settings(m_filePath, QSettings::IniFormat);
        settings.clear();
        settings.setValue(QStringLiteral("format"), kFormatVersion);
        settings.setValue(QStringLiteral("current"), m_current);
        settings.beginWriteArray(QStringLiteral("profiles"), int(m_profiles.size()));
        for (int i = 0; i < m_profiles.size(); ++i) {
            const auto &p = m_profiles.at(i);
            settings.setArrayIndex(i);
            settings.setValue(QStringLiteral("name"), p.name);
            settings.setValue(QStringLiteral("apiUrl"), p.apiUrl.toString());
            settings.setValue(QStringLiteral("issuerUrl"), p.issuerUrl.toString());
            settings.setValue(QStringLiteral("clientId"), p.clientId);
            settings.setValue(QStringLiteral("extraScopes"), p.extraScopes);
            settings.setValue(QStringLiteral("caFile"), p.caFile);
            settings.setValue(QStringLiteral("tenants"), p.tenants);
            settings.setValue(QStringLiteral("usernamePrefix"), p.usernamePrefix);
            settings.setValue(QStringLiteral("groupsPrefix"), p.groupsPrefix);
        }
        settings.endArray();
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            return fail(Error::Kind::Io,
                        Tr::tr("The connection profiles could not be saved to %1.")
                            .arg(QDir::toNativeSeparators(m_filePath)),
                        QStringLiteral("QSettings status %1").arg(int(settings.status())));
        }
    }
    // The profile file names servers and issuers; keep it to its owner like a kubeconfig.
    QFile::setPermissions(m_filePath, QFile::ReadOwner | QFile::WriteOwner);
    m_loadError.reset();
    return {};
}

Result<void> ProfileStore::save(const ConnectionProfile &profile, const QString &previousName)
{
    QStringList taken = names();
    const QString replaced = previousName.isEmpty() ? profile.name : previousName;
    taken.removeAll(replaced);
    const auto errors = validateProfile(profile, taken);
    if (!errors.isEmpty()) {
        Error error{Error::Kind::Invalid, errors.first().message, {}, {}, {}, 0, 0};
        error.field = fieldName(errors.first().field);
        return std::unexpected(error);
    }
    const auto it = std::ranges::find(m_profiles, replaced, &ConnectionProfile::name);
    std::optional<ConnectionProfile> retired;
    if (it != m_profiles.end() && it->name != profile.name)
        retired = *it;
    if (it != m_profiles.end())
        *it = profile;
    else
        m_profiles.append(profile);
    if (m_current == previousName && !previousName.isEmpty())
        m_current = profile.name;
    std::ranges::sort(m_profiles, {}, &ConnectionProfile::name);
    qCInfo(lcProfiles) << "saved profile" << profile.name;
    auto written = write();
    if (retired)
        Q_EMIT profileRetired(*retired);
    Q_EMIT profilesChanged();
    return written;
}

Result<void> ProfileStore::remove(const QString &name)
{
    const std::optional<ConnectionProfile> old = profile(name);
    const auto removed = m_profiles.removeIf([&name](const ConnectionProfile &p) {
        return p.name == name;
    });
    if (removed == 0)
        return fail(Error::Kind::NotFound, Tr::tr("There is no profile called \"%1\".").arg(name));
    if (m_current == name)
        m_current.clear();
    qCInfo(lcProfiles) << "removed profile" << name;
    auto written = write();
    if (old)
        Q_EMIT profileRetired(*old);
    Q_EMIT profilesChanged();
    return written;
}

QString ProfileStore::currentProfile() const
{
    if (profile(m_current))
        return m_current;
    return m_profiles.isEmpty() ? QString() : m_profiles.first().name;
}

Result<void> ProfileStore::setCurrentProfile(const QString &name)
{
    if (!profile(name))
        return fail(Error::Kind::NotFound, Tr::tr("There is no profile called \"%1\".").arg(name));
    if (m_current == name)
        return {};
    m_current = name;
    auto written = write();
    Q_EMIT currentProfileChanged(name);
    return written;
}

} // namespace scs
