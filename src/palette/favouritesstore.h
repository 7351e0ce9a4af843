#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace scs::palette {

// A thing the person can pin or has opened: a tenant, a kind in a tenant, or an object.
// Names only (no content, no secrets).
struct PaletteRef
{
    enum class Type { Tenant, Kind, Object };
    Type type = Type::Object;
    QString tenant; // "" for cluster scope
    QString plural;
    QString group;
    QString name;

    // "tenant-a", "tenant-a/configmaps", "tenant-a/configmaps/tenant-info" (a group is added to
    // the kind as "clusters.cluster.x-k8s.io"); unique per ref, also the palette's text.
    [[nodiscard]] QString path() const;
    friend bool operator==(const PaletteRef &, const PaletteRef &) = default;
};

// Favourites (pinned) and recent items (objects opened, newest first, at most kMaxRecents) of one
// connection profile, kept across restarts in a small JSON file per profile under `dir`
// (default QStandardPaths::AppDataLocation + "/palette"), written with QSaveFile on every
// change. Another instance for the same profile and dir reads what this one wrote. GUI thread
// (or any one thread).
class FavouritesStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecents = 20;

    explicit FavouritesStore(const QString &profile, const QString &dir = {},
                             QObject *parent = nullptr);
    ~FavouritesStore() override;

    [[nodiscard]] QString profile() const { return m_profile; }
    [[nodiscard]] QString fileName() const { return m_file; }

    [[nodiscard]] QList<PaletteRef> favourites() const { return m_favourites; }
    [[nodiscard]] QList<PaletteRef> recents() const { return m_recents; }
    [[nodiscard]] bool isFavourite(const PaletteRef &ref) const;
    // Pins or unpins; false when nothing changed or the file could not be written.
    bool setFavourite(const PaletteRef &ref, bool favourite);
    // Puts `ref` first among the recents (moving it there if it was further down).
    void addRecent(const PaletteRef &ref);

Q_SIGNALS:
    void changed();

private:
    void load();
    bool save() const;

    QString m_profile;
    QString m_file;
    QList<PaletteRef> m_favourites;
    QList<PaletteRef> m_recents;
};

} // namespace scs::palette
