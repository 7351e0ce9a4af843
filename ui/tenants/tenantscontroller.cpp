#include "ui/tenants/tenantscontroller.h"

#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "models/tenanttreemodel.h"
#include "tenants/tenantplan.h"
#include "ui/common/workbench.h"
#include "ui/tenants/newtenantwizard.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>

#include <memory>

using namespace Qt::StringLiterals;

namespace scs::ui {

TenantsController::TenantsController(Workbench &workbench,
                                     workspace::WorkspaceRegistry &workspaces, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_newTenant(new QAction(QIcon::fromTheme(u"folder-new"_s), tr("New &Tenant…"), this))
{
    m_newTenant->setObjectName(u"newTenantAction"_s);
    m_newTenant->setStatusTip(tr("Set up a new tenant: namespace, administrators, quota"));
    m_newTenant->setEnabled(false);
    connect(m_newTenant, &QAction::triggered, this, &TenantsController::newTenant);
    m_workbench.addAction(Workbench::Menu::File, m_newTenant, /*separatorBefore=*/true);
    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceChanged, this,
            &TenantsController::setWorkspace);
    setWorkspace(workspaces.current());
}

TenantsController::~TenantsController()
{
    delete m_wizard;
}

NewTenantWizard *TenantsController::wizard() const
{
    return m_wizard;
}

void TenantsController::setWorkspace(workspace::Workspace *workspace)
{
    // Tenants are the Central API's: an opened cluster has none.
    if (workspace && workspace->kind() != workspace::Workspace::Kind::CentralApi)
        workspace = nullptr;
    if (workspace == m_workspace && workspace)
        return;
    delete m_wizard;
    delete m_sessionContext;
    m_sessionContext = nullptr;
    m_workspace = workspace;
    m_opening = false;
    if (workspace) {
        m_sessionContext = new QObject(this);
        connect(workspace, &workspace::Workspace::accessRulesChanged, m_sessionContext,
                [this] { updateAction(); });
        // The namespaces kind is known once discovery is in, and the cluster-scope review is
        // per load of the tree: asked again after each.
        connect(workspace->discovery(), &kube::Discovery::refreshed, m_sessionContext,
                [this] { updateAction(); });
        connect(workspace->tenantTree(), &models::TenantTreeModel::tenantsLoaded,
                m_sessionContext, [this] { updateAction(); });
    }
    updateAction();
}

void TenantsController::updateAction()
{
    if (!m_workspace) {
        m_newTenant->setEnabled(false);
        return;
    }
    const auto namespaces = m_workspace->discovery()->find(u"namespaces"_s);
    if (!namespaces) {
        m_newTenant->setEnabled(false);
        return;
    }
    models::TenantTreeModel *tree = m_workspace->tenantTree();
    const auto allowed = tree->clusterAccess(u"create"_s, *namespaces);
    if (!allowed)
        tree->requestClusterAccess(u"create"_s, *namespaces); // answered by accessRulesChanged
    m_newTenant->setEnabled(allowed.value_or(false));
}

void TenantsController::newTenant()
{
    if (!m_workspace || m_opening)
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_opening = true;
    struct State
    {
        QStringList roles{u"admin"_s};
        bool tenant = false;
        bool scsTenant = false;
        QString prefix = u"oidc:"_s;
        int pending = 3;
    };
    auto state = std::make_shared<State>();
    auto finish = [this, state] {
        if (--state->pending > 0)
            return;
        m_opening = false;
        if (state->tenant)
            state->roles.append(u"tenant"_s);
        if (state->scsTenant)
            state->roles.append(u"scs:tenant"_s);
        openWizard(state->roles, state->prefix);
    };
    kube::KubeClient *client = m_workspace->client();
    for (const QString &role : {u"tenant"_s, u"scs:tenant"_s}) {
        client->get(u"/apis/rbac.authorization.k8s.io/v1/clusterroles/"_s + role)
            ->onJson(m_sessionContext, [state, finish, role](const Result<QJsonDocument> &r) {
                (role == "tenant"_L1 ? state->tenant : state->scsTenant) = r.has_value();
                finish();
            });
    }
    client->selfSubjectReview(m_sessionContext,
                              [state, finish](const Result<kube::UserInfo> &user) {
                                  if (user) {
                                      state->prefix = tenants::groupsPrefixOf(user->groups);
                                  }
                                  finish();
                              });
}

void TenantsController::openWizard(const QStringList &roles, const QString &prefix)
{
    if (!m_workspace)
        return;
    m_wizard = new NewTenantWizard(m_workspace->client(), m_workspace->discovery(), roles, prefix,
                                   m_workbench.window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    connect(m_wizard, &NewTenantWizard::tenantCreated, this, [this](const QString &tenant) {
        m_workbench.showStatusMessage(tr("Tenant %1 created.").arg(tenant), 5000);
        if (m_workspace)
            m_workspace->tenantTree()->reload();
    });
    m_wizard->show();
}

} // namespace scs::ui
