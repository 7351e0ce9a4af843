#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;

namespace scs::workspace {
class Workspace;
class WorkspaceRegistry;
} // namespace scs::workspace

namespace scs::ui {

class NewTenantWizard;
class Workbench;

// Tenants as platform operators manage them: "New Tenant…" in the File menu opens the
// NewTenantWizard. The action is enabled where the person may create namespaces (a cluster-scope
// access review through the tenant tree, asked once per sign-in). Before the wizard opens it
// looks up which tenant ClusterRoles the server has (`tenant`, SCS's name, and `scs:tenant`,
// the stack's, after the default `admin`) and the API server's groups prefix (from the person's
// own groups, SelfSubjectReview). A created tenant reloads the tree, so it shows at once.
//
// The workbench and the registry must outlive the controller. GUI thread only.
class TenantsController : public QObject
{
    Q_OBJECT

public:
    TenantsController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                      QObject *parent = nullptr);
    ~TenantsController() override;

    [[nodiscard]] QAction *newTenantAction() const { return m_newTenant; }
    // The open wizard, if any (it deletes itself when closed).
    [[nodiscard]] NewTenantWizard *wizard() const;

public Q_SLOTS:
    // Looks up roles and prefix, then opens the wizard (window-modal, not blocking).
    void newTenant();

private:
    void setWorkspace(workspace::Workspace *workspace);
    void updateAction();
    void openWizard(const QStringList &roles, const QString &prefix);

    Workbench &m_workbench;
    QPointer<workspace::Workspace> m_workspace;
    QAction *m_newTenant;
    QPointer<NewTenantWizard> m_wizard;
    QObject *m_sessionContext = nullptr;
    bool m_opening = false;
};

} // namespace scs::ui
