#pragma once

#include <QWidget>

class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace scs::workspace {
class Workspace;
class WorkspaceRegistry;
} // namespace scs::workspace

namespace scs::ui {

class Workbench;

// The open connections above the navigation tree: the Central API's connection with the
// clusters opened from it as its children (connections of no owner at the top level). The one
// shown (WorkspaceRegistry::current) is bold; clicking another shows it; Close (a button, the
// context menu, Delete) closes the selected connection, except the Central API's (signing out
// does). Hidden while there is at most one connection, so that a plain sign-in looks as before.
// It rebuilds its few rows when a connection opens or closes (a handful, changed by the
// person). The workbench takes ownership; the registry must outlive it. GUI thread only.
class ConnectionsPane : public QWidget
{
    Q_OBJECT

public:
    ConnectionsPane(Workbench &workbench, workspace::WorkspaceRegistry &workspaces);

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QToolButton *closeButton() const { return m_close; }
    // The row of `workspace`, or nullptr.
    [[nodiscard]] QTreeWidgetItem *itemOf(const workspace::Workspace *workspace) const;

public Q_SLOTS:
    // Closes the selected connection (not the Central API's).
    void closeSelected();

private:
    void rebuild();
    void markCurrent();
    [[nodiscard]] workspace::Workspace *workspaceOf(const QTreeWidgetItem *item) const;
    [[nodiscard]] workspace::Workspace *selected() const;

    workspace::WorkspaceRegistry &m_workspaces;
    QTreeWidget *m_tree;
    QToolButton *m_close;
    bool m_rebuilding = false;
};

} // namespace scs::ui
