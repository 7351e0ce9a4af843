#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QAction;
class QMenu;
class QLineEdit;
class QTreeView;
class QWidget;

namespace scs::ui {

// The main window as features see it: the one way a feature adds its menus, actions, tool bar
// entries and views, and reaches the window's shared areas (navigation tree, details tabs,
// banner, status bar). The shell implements it; features never include the shell's headers
// nor look widgets up by name. Registration order is display order: the composition root
// creates the features in the order their entries should appear. GUI thread only.
class Workbench : public QObject
{
    Q_OBJECT

public:
    // The shell's standard menus; a feature's own menu comes from addMenu().
    enum class Menu { File, View, Object };
    enum class DetailsTab { Table = 0, Form = 1, Yaml = 2, Related = 3 };
    enum class BannerKind { Info, Warning, Error };
    // Actions of the shell's own (the connection life cycle), for features to wire.
    enum class StandardAction { SignIn, SignOut, Refresh, Profiles };

    using QObject::QObject;
    ~Workbench() override;

    // The top-level window: the parent of a feature's dialogs.
    [[nodiscard]] virtual QWidget *window() const = 0;

    // Menus and tool bar. addAction() puts `action` into `menu` in the features' part of it
    // (File: above Quit; Object: in order); `separatorBefore` starts a group. addMenu() adds a
    // feature's own menu before Help. The window does not take ownership of actions.
    virtual void addAction(Menu menu, QAction *action, bool separatorBefore = false) = 0;
    virtual QMenu *addMenu(const QString &title, const QString &objectName) = 0;
    virtual void addToolBarAction(QAction *action, bool separatorBefore = false) = 0;
    [[nodiscard]] virtual QAction *standardAction(StandardAction which) const = 0;
    // Every command of the menu bar (submenus included), in menu order, with where it is
    // ("View › Refresh", mnemonics removed): what a command palette offers. None by default.
    struct MenuCommand
    {
        QAction *action = nullptr;
        QString path;
    };
    [[nodiscard]] virtual QList<MenuCommand> menuCommands() const { return {}; }

    // Actions on the objects of a table (its context menu and tool bar), in order; a null
    // action stands for a separator. Views that list objects show objectActions().
    virtual void addObjectAction(QAction *action) = 0;
    [[nodiscard]] virtual QList<QAction *> objectActions() const = 0;

    // The details tabs: `page` is shown in `tab` (the window takes ownership the first time it
    // sees a page); nullptr shows the tab's empty state again (the page is kept, hidden).
    virtual void setDetailsPage(DetailsTab tab, QWidget *page) = 0;
    [[nodiscard]] virtual QWidget *detailsPage(DetailsTab tab) const = 0;
    virtual void showDetailsTab(DetailsTab tab) = 0;
    [[nodiscard]] virtual DetailsTab currentDetailsTab() const = 0;
    // A pane below the details (the selected object's events); the window takes ownership.
    virtual void setEventsPane(QWidget *pane) = 0;

    // The panel below the window's views, for what runs beside browsing (shells, port
    // forwards): closable tabs, shown while it has any. addPanelTab() takes ownership of `page`
    // and makes its tab current; closing the tab (its close button, or closePanelTab()) deletes
    // the page, so a page ends what it runs in its destructor.
    virtual void addPanelTab(QWidget *page, const QString &title) = 0;
    virtual void showPanelTab(QWidget *page) = 0;
    virtual void setPanelTabTitle(QWidget *page, const QString &title,
                                  const QString &toolTip = {}) = 0;
    virtual void closePanelTab(QWidget *page) = 0;
    [[nodiscard]] virtual QList<QWidget *> panelTabs() const = 0;

    // The navigation tree shows `model` (not owned; replace it before it goes); nullptr goes
    // back to the list of profiles with their hints (setTreeHint).
    virtual void setTreeModel(QAbstractItemModel *model) = 0;
    [[nodiscard]] virtual QTreeView *navigationTree() const = 0;
    // The filter box above the tree: enabled and emptied whenever a model is set; the feature
    // that set the model filters it (the window only shows the box).
    [[nodiscard]] virtual QLineEdit *navigationFilter() const = 0;
    virtual void setTreeHint(const QString &text) = 0;
    // A view above the navigation tree (the open connections, when there are several); the
    // window takes ownership. None by default.
    virtual void setConnectionsView(QWidget *view) { Q_UNUSED(view); }

    // Messages: a banner above the views until hidden (`action` adds a button), a transient
    // status bar message, and the status bar's user field (groups in the tool tip).
    virtual void showBanner(const QString &text, BannerKind kind, QAction *action = nullptr) = 0;
    virtual void hideBanner() = 0;
    [[nodiscard]] virtual QString bannerText() const = 0;
    virtual void showStatusMessage(const QString &text, int timeoutMs) = 0;
    virtual void setUserStatus(const QString &text, const QString &toolTip) = 0;

    // The profile picked in the window (profileSelected() on a change).
    [[nodiscard]] virtual QString selectedProfile() const = 0;

    // Asked before the window closes and before signing out: false keeps everything as it is
    // (the guard asked the person, who cancelled). None set: leaving is always fine.
    virtual void setLeaveGuard(std::function<bool()> guard) = 0;
    [[nodiscard]] virtual bool mayLeave() const = 0;

Q_SIGNALS:
    void profileSelected(const QString &name);
    // The object actions changed (addObjectAction).
    void objectActionsChanged();
};

} // namespace scs::ui
