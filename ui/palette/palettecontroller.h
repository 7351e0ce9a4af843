#pragma once

#include "palette/favouritesstore.h"
#include "palette/paletteindex.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;

namespace scs {
namespace kube {
struct ApiResource;
}
namespace workspace {
class Workspace;
class WorkspaceRegistry;
} // namespace workspace
} // namespace scs

namespace scs::ui {

class PalettePopup;
class Workbench;

// Find anything (Ctrl+K): fills the palette with the menu bar's commands, the favourites and
// recent items of the selected profile, the tenants, the kinds the tree has loaded, and the
// names in the open table; acts on a pick. Commands are triggered; tenants and kinds are opened
// through the Workspace's Selection (whoever shows the tree answers); an object or a typed path
// ("kind/name", "tenant/kind/name") is fetched first, with one GET, and opened only when it is
// there, else the popup says why (not found, forbidden).
//
// Favourites and recents are kept per profile (palette::FavouritesStore under `favouritesDir`,
// default AppDataLocation/palette). Pin (Ctrl+Shift+D) pins the popup's current item while it
// is open, else what the Selection shows (the object, else the kind). The workbench and the
// registry must outlive the controller; GUI thread only.
class PaletteController : public QObject
{
    Q_OBJECT

public:
    PaletteController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                      const QString &favouritesDir = {}, QObject *parent = nullptr);
    ~PaletteController() override;

    [[nodiscard]] QAction *findAction() const { return m_find; }
    [[nodiscard]] QAction *pinAction() const { return m_pin; }
    [[nodiscard]] PalettePopup *popup() const { return m_popup; }
    [[nodiscard]] const palette::PaletteIndex &index() const { return m_index; }
    // The selected profile's favourites and recents.
    [[nodiscard]] palette::FavouritesStore *favourites();

    // Fills the index and shows the popup (findAction()).
    void open();
    // Goes to `path` ("kind/name", "tenant/kind", "tenant/kind/name"), as Enter on the path row.
    void goToPath(const QString &path);

Q_SIGNALS:
    // An object was fetched and opened / could not be (the message the popup shows).
    void objectOpened(const QString &tenant, const QString &plural, const QString &name);
    void failed(const QString &message);

private:
    void setWorkspace(workspace::Workspace *workspace);
    void rebuild();
    void activateItem(int item);
    void pinItem(int item);
    void pinSelection();
    void updatePinAction();
    void openObject(const QString &tenant, const kube::ApiResource &resource,
                    const QString &name);
    void fail(const QString &message);
    [[nodiscard]] palette::PaletteRef refOf(const palette::PaletteItem &item) const;

    Workbench &m_workbench;
    QPointer<workspace::Workspace> m_workspace;
    QAction *m_find;
    QAction *m_pin;
    PalettePopup *m_popup;
    palette::PaletteIndex m_index;
    QList<QPointer<QAction>> m_commands; // PaletteItem::action indexes into it
    QString m_favouritesDir;
    std::unique_ptr<palette::FavouritesStore> m_favourites;
    QObject *m_request = nullptr; // context of the GET in flight; deleted to drop its answer
};

} // namespace scs::ui
