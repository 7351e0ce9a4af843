#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace scs::workspace {
class Workspace;
class WorkspaceRegistry;
} // namespace scs::workspace

namespace scs::ui {

class Workbench;

// Kubeconfigs in the window: File > Open Kubeconfig Context… (any context as a connection),
// File > Export Kubeconfig… (for the tenants the Workspace's
// tree lists) while signed in, and the kubeconfig of one Cluster API cluster on request (the
// composition root routes the clusters view's "Get Kubeconfig" here). Dialogs get
// `consoleProgram` as the exec plugin that kubectl will run. The workbench and registry must
// outlive the controller; GUI thread only.
class KubeconfigController : public QObject
{
    Q_OBJECT

public:
    KubeconfigController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                         const QString &consoleProgram, QObject *parent = nullptr);
    ~KubeconfigController() override;

    [[nodiscard]] QAction *exportAction() const { return m_export; }
    [[nodiscard]] QAction *openContextAction() const { return m_openContext; }

public Q_SLOTS:
    void exportKubeconfig();
    // The kubeconfig of the Cluster API cluster `name` in `tenant` (its CA from the cluster's
    // Secret, credentials through the console's exec plugin).
    void exportClusterKubeconfig(const QString &tenant, const QString &name);
    // File > Open Kubeconfig Context…: a context of a kubeconfig file becomes a connection of
    // its own in the registry (beside the Central API's; no sign-in to the console needed).
    void openKubeconfigContext();

private:
    void setWorkspace(workspace::Workspace *workspace);

    Workbench &m_workbench;
    workspace::WorkspaceRegistry &m_workspaces;
    QString m_consoleProgram;
    QPointer<workspace::Workspace> m_workspace;
    QAction *m_export;
    QAction *m_openContext;
};

} // namespace scs::ui
