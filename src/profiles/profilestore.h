#pragma once

#include "common/error.h"
#include "profiles/connectionprofile.h"

#include <QObject>

#include <optional>

namespace scs {

// The connection profiles, persisted as an INI file (QSettings, written through QSaveFile, so a
// crash never leaves half a file). Secrets never go here. Lives in the GUI thread; every
// mutation writes the file at once, then emits its signal (also when the write failed: memory
// holds the change and the returned error says that it is not on disk).
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // `filePath` empty: defaultFilePath().
    explicit ProfileStore(const QString &filePath = {}, QObject *parent = nullptr);

    // <AppConfigLocation>/profiles.ini, e.g. ~/.config/scs-console/profiles.ini
    [[nodiscard]] static QString defaultFilePath();
    [[nodiscard]] QString filePath() const { return m_filePath; }

    // Set when the file existed but could not be read; the file was copied aside (its path is
    // in the detail) before anything overwrites it.
    [[nodiscard]] const std::optional<Error> &loadError() const { return m_loadError; }

    [[nodiscard]] QList<ConnectionProfile> profiles() const { return m_profiles; } // by name
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] std::optional<ConnectionProfile> profile(const QString &name) const;

    // Adds `profile`, or replaces the one called `previousName` (a rename when the names differ).
    // Refused with the first field error when the profile does not validate.
    Result<void> save(const ConnectionProfile &profile, const QString &previousName = {});
    Result<void> remove(const QString &name);

    // The profile the console opens with; falls back to the first one.
    [[nodiscard]] QString currentProfile() const;
    Result<void> setCurrentProfile(const QString &name);

Q_SIGNALS:
    // A profile was added, changed or removed (not emitted for setCurrentProfile).
    void profilesChanged();
    void currentProfileChanged(const QString &name);
    // `profile` (as it was) is gone: removed, or renamed (its sessions are kept under its name,
    // so they belong to nobody now). Whoever keeps sessions signs it out (ProfileSessionJanitor).
    void profileRetired(const scs::ConnectionProfile &profile);

private:
    void load();
    Result<void> write();

    QString m_filePath;
    QList<ConnectionProfile> m_profiles;
    QString m_current;
    std::optional<Error> m_loadError;
};

} // namespace scs
