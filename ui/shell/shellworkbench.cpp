#include "ui/shell/shellworkbench.h"

#include "ui/shell/mainwindow.h"

namespace scs::ui {

ShellWorkbench::ShellWorkbench(MainWindow &window)
    : Workbench(&window)
    , m_window(window)
{
}

ShellWorkbench::~ShellWorkbench() = default;

QWidget *ShellWorkbench::window() const
{
    return &m_window;
}

void ShellWorkbench::addAction(Menu menu, QAction *action, bool separatorBefore)
{
    m_window.addAction(menu, action, separatorBefore);
}

QMenu *ShellWorkbench::addMenu(const QString &title, const QString &objectName)
{
    return m_window.addMenu(title, objectName);
}

void ShellWorkbench::addToolBarAction(QAction *action, bool separatorBefore)
{
    m_window.addToolBarAction(action, separatorBefore);
}

QAction *ShellWorkbench::standardAction(StandardAction which) const
{
    switch (which) {
    case StandardAction::SignIn:
        return m_window.signInAction();
    case StandardAction::SignOut:
        return m_window.signOutAction();
    case StandardAction::Refresh:
        return m_window.refreshAction();
    case StandardAction::Profiles:
        return m_window.profilesAction();
    }
    return nullptr;
}

QList<Workbench::MenuCommand> ShellWorkbench::menuCommands() const
{
    return m_window.menuCommands();
}

void ShellWorkbench::addObjectAction(QAction *action)
{
    m_window.addObjectAction(action);
}

QList<QAction *> ShellWorkbench::objectActions() const
{
    return m_window.objectActions();
}

void ShellWorkbench::setDetailsPage(DetailsTab tab, QWidget *page)
{
    m_window.setDetailsPage(tab, page);
}

QWidget *ShellWorkbench::detailsPage(DetailsTab tab) const
{
    return m_window.detailsPage(tab);
}

void ShellWorkbench::showDetailsTab(DetailsTab tab)
{
    m_window.showDetailsTab(tab);
}

Workbench::DetailsTab ShellWorkbench::currentDetailsTab() const
{
    return m_window.currentDetailsTab();
}

void ShellWorkbench::setEventsPane(QWidget *pane)
{
    m_window.setEventsPane(pane);
}

void ShellWorkbench::setConnectionsView(QWidget *view)
{
    m_window.setConnectionsView(view);
}

void ShellWorkbench::addPanelTab(QWidget *page, const QString &title)
{
    m_window.addPanelTab(page, title);
}

void ShellWorkbench::showPanelTab(QWidget *page)
{
    m_window.showPanelTab(page);
}

void ShellWorkbench::setPanelTabTitle(QWidget *page, const QString &title,
                                      const QString &toolTip)
{
    m_window.setPanelTabTitle(page, title, toolTip);
}

void ShellWorkbench::closePanelTab(QWidget *page)
{
    m_window.closePanelTab(page);
}

QList<QWidget *> ShellWorkbench::panelTabs() const
{
    return m_window.panelTabs();
}

void ShellWorkbench::setTreeModel(QAbstractItemModel *model)
{
    m_window.setTreeModel(model);
}

QTreeView *ShellWorkbench::navigationTree() const
{
    return m_window.navigationTree();
}

QLineEdit *ShellWorkbench::navigationFilter() const
{
    return m_window.navigationFilter();
}

void ShellWorkbench::setTreeHint(const QString &text)
{
    m_window.setTreeHint(text);
}

void ShellWorkbench::showBanner(const QString &text, BannerKind kind, QAction *action)
{
    m_window.showBanner(text, kind, action);
}

void ShellWorkbench::hideBanner()
{
    m_window.hideBanner();
}

QString ShellWorkbench::bannerText() const
{
    return m_window.bannerText();
}

void ShellWorkbench::showStatusMessage(const QString &text, int timeoutMs)
{
    m_window.showStatusMessage(text, timeoutMs);
}

void ShellWorkbench::setUserStatus(const QString &text, const QString &toolTip)
{
    m_window.setUserStatus(text, toolTip);
}

QString ShellWorkbench::selectedProfile() const
{
    return m_window.selectedProfile();
}

void ShellWorkbench::setLeaveGuard(std::function<bool()> guard)
{
    m_window.setLeaveGuard(std::move(guard));
}

bool ShellWorkbench::mayLeave() const
{
    return m_window.mayLeave();
}

} // namespace scs::ui
