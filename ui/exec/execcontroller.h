#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;

namespace scs::workspace {
class Workspace;
class WorkspaceRegistry;
} // namespace scs::workspace

namespace scs::ui {

class ExecDialog;
class ExecTab;
class Workbench;

// A shell in a pod's container: the object action "Shell…" (table menu and Object menu) on a
// running Pod or a workload (its first running pod), enabled where the rules allow create on
// pods/exec in its namespace, asks for the container and the command (ExecDialog) and opens
// an ExecTab in the window's bottom panel, titled "pod/container". It follows the registry's
// current Workspace (an ordered cluster opened beside the Central API is one), and any other
// Workspace handed to follow() (tests without a registry connection): the action acts on the
// Workspace whose Selection showed an object last, the shown one after a switch. A tab stays
// open while another connection is shown and closes when its own connection closes (its
// session uses that client). The workbench and the registry must outlive the controller; GUI
// thread only.
class ExecController : public QObject
{
    Q_OBJECT

public:
    ExecController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                   QObject *parent = nullptr);
    ~ExecController() override;

    [[nodiscard]] QAction *shellAction() const { return m_shell; }
    // Also offers the action on the objects `workspace` shows, until it is destroyed.
    void follow(workspace::Workspace *workspace);

    // Whether a shell can be opened for `object`: a Pod that is Running, or a workload
    // (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job) whose running pod is picked then.
    [[nodiscard]] static bool canExec(const QJsonObject &object);
    [[nodiscard]] static bool isPod(const QJsonObject &object);
    [[nodiscard]] static bool isWorkload(const QJsonObject &object);
    // Asks for container and command for a pod (of the active Workspace); the tab opens when
    // the dialog is accepted. Returns the dialog (open, window-modal), nullptr when there is
    // nothing to do, and for a workload, whose first running pod (by name) is looked up first:
    // its dialog opens then, or the banner says that it has none.
    ExecDialog *openShell(const QJsonObject &object);
    // Opens the tab at once.
    ExecTab *openShell(const QJsonObject &pod, const QString &container,
                       const QStringList &command);
    [[nodiscard]] QList<ExecTab *> openTabs() const;

private:
    struct Tab
    {
        QPointer<ExecTab> tab;
        QPointer<workspace::Workspace> workspace;
    };

    void setRegistryWorkspace(workspace::Workspace *workspace);
    void watch(workspace::Workspace *workspace);
    void unwatch(workspace::Workspace *workspace);
    void updateAction();
    void closeTabsOf(const workspace::Workspace *workspace);

    Workbench &m_workbench;
    QPointer<workspace::Workspace> m_registryWorkspace;
    QList<QPointer<workspace::Workspace>> m_followed;
    QPointer<workspace::Workspace> m_active; // the one whose Selection spoke last
    QAction *m_shell;
    QList<Tab> m_tabs;
};

} // namespace scs::ui
