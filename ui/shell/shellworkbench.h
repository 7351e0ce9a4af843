#pragma once

#include "ui/common/workbench.h"

namespace scs::ui {

class MainWindow;

// The main window's Workbench: what features are handed, forwarded to the window. Owned by
// the window (its QObject child); GUI thread only.
class ShellWorkbench : public Workbench
{
    Q_OBJECT

public:
    explicit ShellWorkbench(MainWindow &window);
    ~ShellWorkbench() override;

    [[nodiscard]] QWidget *window() const override;
    void addAction(Menu menu, QAction *action, bool separatorBefore) override;
    QMenu *addMenu(const QString &title, const QString &objectName) override;
    void addToolBarAction(QAction *action, bool separatorBefore) override;
    [[nodiscard]] QAction *standardAction(StandardAction which) const override;
    [[nodiscard]] QList<MenuCommand> menuCommands() const override;
    void addObjectAction(QAction *action) override;
    [[nodiscard]] QList<QAction *> objectActions() const override;
    void setDetailsPage(DetailsTab tab, QWidget *page) override;
    [[nodiscard]] QWidget *detailsPage(DetailsTab tab) const override;
    void showDetailsTab(DetailsTab tab) override;
    [[nodiscard]] DetailsTab currentDetailsTab() const override;
    void setEventsPane(QWidget *pane) override;
    void setConnectionsView(QWidget *view) override;
    void addPanelTab(QWidget *page, const QString &title) override;
    void showPanelTab(QWidget *page) override;
    void setPanelTabTitle(QWidget *page, const QString &title, const QString &toolTip) override;
    void closePanelTab(QWidget *page) override;
    [[nodiscard]] QList<QWidget *> panelTabs() const override;
    void setTreeModel(QAbstractItemModel *model) override;
    [[nodiscard]] QTreeView *navigationTree() const override;
    [[nodiscard]] QLineEdit *navigationFilter() const override;
    void setTreeHint(const QString &text) override;
    void showBanner(const QString &text, BannerKind kind, QAction *action) override;
    void hideBanner() override;
    [[nodiscard]] QString bannerText() const override;
    void showStatusMessage(const QString &text, int timeoutMs) override;
    void setUserStatus(const QString &text, const QString &toolTip) override;
    [[nodiscard]] QString selectedProfile() const override;
    void setLeaveGuard(std::function<bool()> guard) override;
    [[nodiscard]] bool mayLeave() const override;

private:
    MainWindow &m_window;
};

} // namespace scs::ui
