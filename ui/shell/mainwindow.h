#pragma once

#include "ui/common/workbench.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QToolBar;
class QToolButton;
class QTreeView;

namespace scs {
class ProfileStore;
}

namespace scs::ui {

class EmptyState;
class ShellWorkbench;

// The console's one main window: navigation tree (profile -> tenants -> kinds) on the left,
// the selected thing's Table / Form / YAML views on the right, connection and user in the
// status bar. Features plug in through workbench() (menus, actions, tool bar, details tabs);
// the window itself holds no feature's code. Owns its widgets only; the ProfileStore belongs
// to the caller and must outlive the window. GUI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using DetailsTab = Workbench::DetailsTab;
    using BannerKind = Workbench::BannerKind;

    explicit MainWindow(ProfileStore &profiles, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What features are handed: the window's extension points.
    [[nodiscard]] Workbench &workbench() const;

    // The profile the window works with; an unknown name is ignored (returns false).
    bool selectProfile(const QString &name);
    [[nodiscard]] QString selectedProfile() const;

    void showDetailsTab(DetailsTab tab);
    [[nodiscard]] DetailsTab currentDetailsTab() const;

    // The status bar's user field ("alice · session 29 min left"), groups in the tool tip.
    void setUserStatus(const QString &text, const QString &toolTip);
    // The hint under each profile in the tree until tenants are listed.
    void setTreeHint(const QString &text);
    // A message above the views that stays until hidden; `action` adds a button (Sign In).
    void showBanner(const QString &text, BannerKind kind, QAction *action = nullptr);
    void hideBanner();
    [[nodiscard]] QString bannerText() const;

    // The navigation tree shows `model` (not owned; it must outlive its use here, or be
    // replaced first); nullptr goes back to the list of profiles with their hints.
    void setTreeModel(QAbstractItemModel *model);
    [[nodiscard]] QTreeView *navigationTree() const { return m_tree; }
    [[nodiscard]] QLineEdit *navigationFilter() const { return m_treeFilter; }
    // Shows `page` in a details tab (the window takes ownership the first time it sees a page);
    // nullptr shows the tab's empty state again (the page is kept, hidden).
    void setDetailsPage(DetailsTab tab, QWidget *page);
    [[nodiscard]] QWidget *detailsPage(DetailsTab tab) const;
    // A pane below the details (the selected object's events); the window takes ownership.
    void setEventsPane(QWidget *pane);
    // Above the filter box and the navigation tree.
    void setConnectionsView(QWidget *view);
    // The bottom panel's closable tabs (Workbench::addPanelTab and friends); the panel shows
    // while it has a tab. The window owns the pages; closing a tab deletes its page.
    void addPanelTab(QWidget *page, const QString &title);
    void showPanelTab(QWidget *page);
    void setPanelTabTitle(QWidget *page, const QString &title, const QString &toolTip);
    void closePanelTab(QWidget *page);
    [[nodiscard]] QList<QWidget *> panelTabs() const;
    [[nodiscard]] QTabWidget *panel() const { return m_panel; }
    [[nodiscard]] QAction *refreshAction() const { return m_refresh; }
    void showStatusMessage(const QString &text, int timeoutMs);

    // Extension points (Workbench): features' menu entries, menus, tool bar entries and the
    // actions on a table's objects.
    void addAction(Workbench::Menu menu, QAction *action, bool separatorBefore);
    QMenu *addMenu(const QString &title, const QString &objectName);
    void addToolBarAction(QAction *action, bool separatorBefore);
    void addObjectAction(QAction *action);
    [[nodiscard]] QList<QAction *> objectActions() const { return m_objectActions; }
    // Workbench::menuCommands(): the menu bar's commands with their "Menu › Command" path.
    [[nodiscard]] QList<Workbench::MenuCommand> menuCommands() const;

    // The actions, so that the composition root can wire sign-in, export and the like.
    [[nodiscard]] QAction *signInAction() const { return m_signIn; }
    [[nodiscard]] QAction *signOutAction() const { return m_signOut; }
    [[nodiscard]] QAction *profilesAction() const { return m_editProfiles; }

    // Asked before the window closes and before signing out: false keeps everything as it is
    // (the guard asked the user, who cancelled). None set: leaving is always fine.
    void setLeaveGuard(std::function<bool()> guard) { m_leaveGuard = std::move(guard); }
    [[nodiscard]] bool mayLeave() const { return !m_leaveGuard || m_leaveGuard(); }

public Q_SLOTS:
    void editProfiles();
    void showAbout();

Q_SIGNALS:
    void profileSelected(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createStatusBar();
    void restoreLayout();
    void saveLayout() const;
    void reloadProfiles();
    void updateConnectionState();

    ProfileStore &m_profiles;

    QAction *m_editProfiles = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_toggleNavigation = nullptr;
    QAction *m_showTable = nullptr;
    QAction *m_showForm = nullptr;
    QAction *m_showYaml = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    std::function<bool()> m_leaveGuard;
    QMenu *m_fileMenu = nullptr;
    QAction *m_fileFeaturesEnd = nullptr; // features' File entries go above it (Quit's group)
    QMenu *m_viewMenu = nullptr;
    QMenu *m_objectMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QList<QAction *> m_objectActions;
    ShellWorkbench *m_workbench = nullptr;

    QComboBox *m_profileBox = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_treeFilter = nullptr;
    QWidget *m_navigation = nullptr;
    QStandardItemModel *m_treeModel = nullptr;
    QTabWidget *m_details = nullptr;
    QSplitter *m_detailsSplitter = nullptr;
    QSplitter *m_panelSplitter = nullptr; // the views above, the panel below
    QTabWidget *m_panel = nullptr;
    QList<QStackedWidget *> m_detailsStacks; // one per DetailsTab: empty state, then a page
    EmptyState *m_tableEmpty = nullptr;
    EmptyState *m_formEmpty = nullptr;
    EmptyState *m_yamlEmpty = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QToolButton *m_bannerAction = nullptr;
    QString m_treeHint;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_userLabel = nullptr;
};

} // namespace scs::ui
