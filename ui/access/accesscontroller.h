#pragma once

#include "access/rbac.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;

namespace scs::access {
class AccessService;
class MembersModel;
} // namespace scs::access

namespace scs::workspace {
class Workspace;
class WorkspaceRegistry;
} // namespace scs::workspace

namespace scs::ui {

class AddMemberDialog;
class MemberReviewDialog;
class MembersView;
class WhoCanDialog;
class Workbench;

// Tenant access in the main window: an "Access" menu (the shell's feature-menu extension point,
// like "Clusters") with "Members" (the members view of the current tenant in the Table tab),
// "Add Member…" and "Who Can…". The current tenant is the tree's (any node under a tenant),
// else the first one.
//
// Adding: AddMemberDialog -> the RoleBinding (access::memberBinding) as a server-side dry run
// -> MemberReviewDialog (the diff of what is written) -> Apply writes it; RBAC's refusal
// (escalation, no right to create) is shown in the review. Removing: the binding as it is now
// -> the change (subject out, or the binding deleted) as a dry run -> review -> Apply.
// Add and Remove are enabled where Workspace::allows() says the viewer may create (delete)
// RoleBindings in the tenant (SelfSubjectRulesReview).
//
// While a Workspace is open it owns an AccessService and the MembersModel on its client, and
// asks the API server once who the viewer is (SelfSubjectReview) to mark the own rows.
// The workbench and the registry must outlive the controller. GUI thread only.
class AccessController : public QObject
{
    Q_OBJECT

public:
    AccessController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                     QObject *parent = nullptr);
    ~AccessController() override;

    [[nodiscard]] QAction *showMembersAction() const { return m_showMembers; }
    [[nodiscard]] QAction *addMemberAction() const { return m_addMember; }
    [[nodiscard]] QAction *whoCanAction() const { return m_whoCan; }
    [[nodiscard]] MembersView *membersView() const { return m_view; }
    [[nodiscard]] access::MembersModel *membersModel() const { return m_model; }
    // The open dialogs, if any (they delete themselves when closed).
    [[nodiscard]] AddMemberDialog *addDialog() const;
    [[nodiscard]] MemberReviewDialog *reviewDialog() const;
    [[nodiscard]] WhoCanDialog *whoCanDialog() const;

    [[nodiscard]] QString currentTenant() const;
    // The roles Add Member offers in the shown tenant: view, edit, admin, the ClusterRoles bound
    // there or labelled scs.community/role, and the tenant's Roles.
    [[nodiscard]] QList<access::RoleRef> offeredRoles() const;

public Q_SLOTS:
    // Shows the members view of `tenant` ("": the current one) in the Table tab.
    void showMembers(const QString &tenant = {});
    // Opens the add dialog for the shown tenant (window-modal, not blocking).
    void addMember();
    // Asks to remove `grant` (fetch, dry run, review).
    void removeMember(const scs::access::Grant &grant);
    void whoCan();
    // Opens the Keycloak Group object `objectName` of the shown tenant (the members view's
    // link), through the Workspace's Selection like every other navigation.
    void openIdentityObject(const QString &objectName);

Q_SIGNALS:
    // A member binding was written or removed (`text` says what, for the status bar too).
    void changed(const QString &text);

private:
    void setWorkspace(workspace::Workspace *workspace);
    void start();
    void stop();
    void updateActions();
    void openReview(const QString &heading, const QString &applyText, const QString &before,
                    const QString &after, std::function<void()> apply);
    void reviewAdd(const access::Subject &subject, const access::RoleRef &role);

    Workbench &m_workbench;
    QPointer<workspace::Workspace> m_workspace;
    QMenu *m_menu = nullptr;
    QAction *m_showMembers;
    QAction *m_addMember;
    QAction *m_whoCan;
    MembersView *m_view;
    access::AccessService *m_service = nullptr;
    access::MembersModel *m_model = nullptr;
    QObject *m_sessionContext = nullptr;
    QString m_tenant;
    QPointer<AddMemberDialog> m_addDialog;
    QPointer<MemberReviewDialog> m_review;
    QPointer<WhoCanDialog> m_whoCanDialog;
};

} // namespace scs::ui
