#include "ui/access/accesscontroller.h"

#include "access/accessservice.h"
#include "access/keycloakgroups.h"
#include "access/membersmodel.h"
#include "yaml/objectyaml.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "models/tenanttreemodel.h"
#include "ui/access/addmemberdialog.h"
#include "ui/access/memberreviewdialog.h"
#include "ui/access/membersview.h"
#include "ui/access/whocandialog.h"
#include "ui/common/workbench.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace scs::ui {

using models::TenantTreeModel;

namespace {
const QString kRbacGroup = u"rbac.authorization.k8s.io"_s;
}

AccessController::AccessController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                                   QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_view(new MembersView)
{
    m_showMembers = new QAction(tr("&Members"), this);
    m_showMembers->setObjectName(u"showMembersAction"_s);
    m_showMembers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_showMembers->setStatusTip(tr("Who has access to the current tenant, and with which role"));
    m_showMembers->setEnabled(false);
    m_addMember = new QAction(tr("&Add Member…"), this);
    m_addMember->setObjectName(u"addMemberAction"_s);
    m_addMember->setStatusTip(tr("Give a Keycloak user or group a role in the current tenant"));
    m_addMember->setEnabled(false);
    m_whoCan = new QAction(tr("&Who Can…"), this);
    m_whoCan->setObjectName(u"whoCanAction"_s);
    m_whoCan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_whoCan->setStatusTip(tr("Who may create, change or delete a kind in a tenant"));
    m_whoCan->setEnabled(false);
    connect(m_showMembers, &QAction::triggered, this, [this] { showMembers(); });
    connect(m_addMember, &QAction::triggered, this, [this] {
        showMembers();
        addMember();
    });
    connect(m_whoCan, &QAction::triggered, this, [this] { whoCan(); });

    m_menu = m_workbench.addMenu(tr("&Access"), u"accessMenu"_s);
    m_menu->addAction(m_showMembers);
    m_menu->addAction(m_addMember);
    m_menu->addSeparator();
    m_menu->addAction(m_whoCan);

    // The window owns the view from here on; the Table tab's stack keeps it hidden until used.
    m_workbench.setDetailsPage(Workbench::DetailsTab::Table, m_view);
    m_workbench.setDetailsPage(Workbench::DetailsTab::Table, nullptr);
    connect(m_view, &MembersView::addRequested, this, [this] { addMember(); });
    connect(m_view, &MembersView::removeRequested, this, &AccessController::removeMember);
    connect(m_view, &MembersView::identityObjectRequested, this,
            &AccessController::openIdentityObject);
    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceChanged, this,
            &AccessController::setWorkspace);
    setWorkspace(workspaces.current());
}

AccessController::~AccessController()
{
    stop();
}

void AccessController::setWorkspace(workspace::Workspace *workspace)
{
    // Members and tenants are the Central API's: an opened cluster has none.
    if (workspace && workspace->kind() != workspace::Workspace::Kind::CentralApi)
        workspace = nullptr;
    if (workspace == m_workspace)
        return;
    stop();
    m_workspace = workspace;
    if (workspace)
        start();
}

void AccessController::start()
{
    m_sessionContext = new QObject(this);
    m_service = new access::AccessService(m_workspace->client(), this);
    m_model = new access::MembersModel(m_workspace->client(), this);
    const ConnectionProfile &profile = m_workspace->profile();
    m_model->setPrefixes(profile.usernamePrefix, profile.groupsPrefix);
    m_view->setModel(m_model);
    // The tenant's Keycloak Group objects, where the Central API serves them (discovery).
    auto followGroups = [this] {
        if (!m_model || !m_workspace || !m_workspace->discovery())
            return;
        std::optional<kube::ApiResource> groups;
        for (const kube::ApiResource &r : m_workspace->discovery()->resources()) {
            if (access::KeycloakGroups::isGroupResource(r))
                groups = r;
        }
        m_model->setGroupResource(groups);
    };
    if (kube::Discovery *discovery = m_workspace->discovery())
        connect(discovery, &kube::Discovery::refreshed, m_sessionContext, followGroups);
    followGroups();
    m_service->whoAmI(m_sessionContext, [this](const Result<access::Identity> &identity) {
        if (identity && m_model)
            m_model->setIdentity(*identity);
    });
    if (QTreeView *tree = m_workbench.navigationTree(); tree && tree->selectionModel()) {
        connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, m_sessionContext,
                [this, tree] {
                    const QString tenant = tree->currentIndex()
                                               .data(TenantTreeModel::TenantRole)
                                               .toString();
                    if (!tenant.isEmpty())
                        m_tenant = tenant;
                    updateActions();
                });
    }
    connect(m_workspace, &workspace::Workspace::accessRulesChanged, m_sessionContext,
            [this] { updateActions(); });
    if (TenantTreeModel *tree = m_workspace->tenantTree())
        connect(tree, &TenantTreeModel::tenantsLoaded, m_sessionContext,
                [this] { updateActions(); });
    connect(m_model, &access::MembersModel::synced, m_sessionContext, [this] { updateActions(); });
    updateActions();
}

void AccessController::stop()
{
    if (m_review)
        m_review->close();
    if (m_addDialog)
        m_addDialog->close();
    if (m_whoCanDialog)
        m_whoCanDialog->close();
    delete m_sessionContext;
    m_sessionContext = nullptr;
    m_view->setModel(nullptr);
    m_view->setManageAllowed(false, {});
    delete m_model;
    m_model = nullptr;
    delete m_service;
    m_service = nullptr;
    m_tenant.clear();
    m_showMembers->setEnabled(false);
    m_addMember->setEnabled(false);
    m_whoCan->setEnabled(false);
}

AddMemberDialog *AccessController::addDialog() const
{
    return m_addDialog;
}

MemberReviewDialog *AccessController::reviewDialog() const
{
    return m_review;
}

WhoCanDialog *AccessController::whoCanDialog() const
{
    return m_whoCanDialog;
}

QString AccessController::currentTenant() const
{
    if (!m_tenant.isEmpty())
        return m_tenant;
    return m_workspace && m_workspace->tenantTree() ? m_workspace->tenantTree()->tenants().value(0)
                                                    : QString();
}

void AccessController::updateActions()
{
    const QString tenant = currentTenant();
    const bool open = m_workspace && !tenant.isEmpty();
    m_showMembers->setEnabled(open);
    m_whoCan->setEnabled(open);
    const bool mayAdd = open && m_workspace->allows(u"create"_s, kRbacGroup, u"rolebindings"_s,
                                                     tenant);
    m_addMember->setEnabled(mayAdd);
    // The view's buttons follow the tenant it shows.
    const QString shown = m_model ? m_model->namespaceName() : QString();
    const bool mayManage = m_workspace && !shown.isEmpty()
        && m_workspace->allows(u"create"_s, kRbacGroup, u"rolebindings"_s, shown)
        && m_workspace->allows(u"delete"_s, kRbacGroup, u"rolebindings"_s, shown);
    m_view->setManageAllowed(mayManage, mayManage
                                            ? tr("Give a user or group a role in %1").arg(shown)
                                            : tr("You may not manage the members of %1")
                                                  .arg(shown));
}

void AccessController::openIdentityObject(const QString &objectName)
{
    if (!m_workspace || !m_model || !m_model->groupResource())
        return;
    const kube::ApiResource &groups = *m_model->groupResource();
    m_workspace->selection()->requestOpenObject(m_model->namespaceName(), groups.plural,
                                                groups.group, objectName);
}

void AccessController::showMembers(const QString &tenant)
{
    if (!m_model)
        return;
    const QString wanted = tenant.isEmpty() ? currentTenant() : tenant;
    if (wanted.isEmpty())
        return;
    m_tenant = wanted;
    m_model->setNamespace(wanted);
    m_workbench.setDetailsPage(Workbench::DetailsTab::Table, m_view);
    m_workbench.showDetailsTab(Workbench::DetailsTab::Table);
    updateActions();
}

QList<access::RoleRef> AccessController::offeredRoles() const
{
    QList<access::RoleRef> roles;
    auto offer = [&roles](const access::RoleRef &ref) {
        if (!roles.contains(ref))
            roles.append(ref);
    };
    if (!m_model)
        return roles;
    const access::Policy &policy = m_model->policy();
    // Roles bound in the tenant already, then those labelled for tenants, then the built-ins.
    for (const access::Binding &binding : policy.bindings) {
        if (binding.kind == "RoleBinding"_L1)
            offer(binding.roleRef);
    }
    for (const access::Role &role : policy.roles) {
        if (role.kind == "ClusterRole"_L1 && role.labels.contains(u"scs.community/role"_s))
            offer({role.kind, role.name});
    }
    for (const char *name : {"view", "edit", "admin"})
        offer({u"ClusterRole"_s, QString::fromLatin1(name)});
    for (const access::Role &role : policy.roles) {
        if (role.kind == "Role"_L1)
            offer({role.kind, role.name});
    }
    return roles;
}

void AccessController::addMember()
{
    if (!m_model || !m_workspace || m_model->namespaceName().isEmpty())
        return;
    const QString tenant = m_model->namespaceName();
    QList<AddMemberDialog::RoleChoice> choices;
    for (const access::RoleRef &ref : offeredRoles())
        choices.append({ref, access::summarize(m_model->policy(), ref, tenant).shortText()});
    if (m_addDialog)
        m_addDialog->close();
    const ConnectionProfile &profile = m_workspace->profile();
    m_addDialog = new AddMemberDialog(tenant, profile.usernamePrefix, profile.groupsPrefix,
                                      choices, m_workbench.window());
    m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_addDialog->setWindowModality(Qt::WindowModal);
    connect(m_addDialog, &QDialog::accepted, this, [this, dialog = m_addDialog] {
        reviewAdd(dialog->subject(), dialog->role());
    });
    m_addDialog->open();
}

void AccessController::reviewAdd(const access::Subject &subject, const access::RoleRef &role)
{
    if (!m_service || !m_model)
        return;
    const QString tenant = m_model->namespaceName();
    const QJsonObject binding = access::memberBinding(tenant, subject, role);
    m_service->addMember(
        binding, /*dryRun=*/true, m_sessionContext,
        [this, binding, subject, role, tenant](const Result<QJsonObject> &dryRun) {
            const QString heading = tr("%1 becomes a member of %2 with the role %3. The console "
                                       "writes this RoleBinding:")
                                        .arg(subject.name, tenant, role.name);
            // What the server adds on its own to every object (uid, creation time) is left
            // out: the review shows what the console writes, with the server's defaults.
            QJsonObject shown = dryRun ? *dryRun : binding;
            QJsonObject meta = shown.value("metadata"_L1).toObject();
            meta.remove(u"uid"_s);
            meta.remove(u"creationTimestamp"_s);
            shown.insert(u"metadata"_s, meta);
            openReview(heading, tr("&Add Member"), QString(), yaml::reviewYaml(shown),
                       [this, binding, subject, tenant] {
                           m_service->addMember(
                               binding, false, m_sessionContext,
                               [this, subject, tenant](const Result<QJsonObject> &written) {
                                   if (!m_review)
                                       return;
                                   if (!written) {
                                       m_review->setError(written.error().message);
                                       return;
                                   }
                                   m_review->accept();
                                   const QString text = tr("%1 is now a member of %2.")
                                                            .arg(subject.name, tenant);
                                   m_workbench.showStatusMessage(text, 10000);
                                   Q_EMIT changed(text);
                               });
                       });
            // The dry run already knows RBAC's answer: shown before anyone presses Apply.
            if (!dryRun && m_review)
                m_review->setError(dryRun.error().message);
        });
}

void AccessController::removeMember(const access::Grant &grant)
{
    if (!m_service || grant.bindingKind != "RoleBinding"_L1)
        return;
    m_service->fetchBinding(grant, m_sessionContext, [this, grant](const Result<QJsonObject> &now) {
        if (!now) {
            m_workbench.showStatusMessage(now.error().message, 10000);
            return;
        }
        const QJsonObject binding = *now;
        const QString tenant = grant.bindingNamespace;
        const bool last = grant.subjectCount <= 1;
        const QString heading = last
            ? tr("%1 is no longer a member of %2 through %3: the RoleBinding is deleted.")
                  .arg(grant.subject.name, tenant, grant.bindingName)
            : tr("%1 is taken out of the RoleBinding %2 in %3; its other subjects keep the role.")
                  .arg(grant.subject.name, grant.bindingName, tenant);
        const QJsonObject after = access::AccessService::withoutSubject(binding, grant.subject);
        openReview(heading, tr("&Remove Member"), yaml::reviewYaml(binding),
                   last ? QString() : yaml::reviewYaml(after),
                   [this, binding, grant, tenant] {
                       m_service->removeMember(
                           binding, grant.subject, false, m_sessionContext,
                           [this, grant, tenant](const Result<QJsonObject> &done) {
                               if (!m_review)
                                   return;
                               if (!done) {
                                   m_review->setError(done.error().message);
                                   return;
                               }
                               m_review->accept();
                               const QString text = tr("%1 is no longer a member of %2 "
                                                       "through %3.")
                                                        .arg(grant.subject.name, tenant,
                                                             grant.bindingName);
                               m_workbench.showStatusMessage(text, 10000);
                               Q_EMIT changed(text);
                           });
                   });
    });
}

void AccessController::openReview(const QString &heading, const QString &applyText,
                                  const QString &before, const QString &after,
                                  std::function<void()> apply)
{
    if (m_review)
        m_review->close();
    m_review = new MemberReviewDialog(heading, applyText, m_workbench.window());
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    m_review->setWindowModality(Qt::WindowModal);
    m_review->setTexts(before, after);
    connect(m_review, &MemberReviewDialog::applyRequested, this, [this, apply] {
        if (m_review)
            m_review->setBusy(true);
        apply();
    });
    m_review->open();
}

void AccessController::whoCan()
{
    if (!m_workspace || !m_service)
        return;
    if (m_whoCanDialog)
        m_whoCanDialog->close();
    const ConnectionProfile &profile = m_workspace->profile();
    m_whoCanDialog = new WhoCanDialog(m_workspace->client(), m_service,
                                      m_workspace->discovery()->resources(),
                                      m_workspace->tenantTree()->tenants(), currentTenant(),
                                      profile.usernamePrefix, profile.groupsPrefix,
                                      m_workbench.window());
    m_whoCanDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_whoCanDialog->show();
}

} // namespace scs::ui
