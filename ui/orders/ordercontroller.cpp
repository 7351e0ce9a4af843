#include "ui/orders/ordercontroller.h"

#include "auth/session.h"
#include "kube/kubeclient.h"
#include "models/tenanttreemodel.h"
#include "orders/clustersmodel.h"
#include "orders/orderservice.h"
#include "ui/common/workbench.h"
#include "ui/orders/clustersview.h"
#include "ui/orders/orderwizard.h"
#include "workspace/clusterconnector.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace scs::ui {

using models::TenantTreeModel;

OrderController::OrderController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                                 QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_registry(workspaces)
    , m_view(new ClustersView)
{
    m_order = new QAction(QIcon::fromTheme(u"list-add"_s), tr("&Order Cluster…"), this);
    m_order->setObjectName(u"orderClusterAction"_s);
    m_order->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_order->setStatusTip(tr("Order a new Kubernetes cluster in the current tenant"));
    m_order->setEnabled(false);
    m_showClusters = new QAction(tr("&Clusters"), this);
    m_showClusters->setObjectName(u"showClustersAction"_s);
    m_showClusters->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_showClusters->setStatusTip(tr("The clusters of the current tenant, live"));
    m_showClusters->setEnabled(false);
    m_openObject = new QAction(QIcon::fromTheme(u"folder-remote"_s), tr("Open Cl&uster"), this);
    m_openObject->setObjectName(u"openClusterObjectAction"_s);
    m_openObject->setStatusTip(tr("Open the selected ready cluster beside the Central API"));
    m_openObject->setEnabled(false);
    connect(m_openObject, &QAction::triggered, this, [this] {
        if (!m_workspace)
            return;
        const QJsonObject meta
            = m_workspace->selection()->object().value(u"metadata"_s).toObject();
        openCluster({orders::OrderKind::ClusterApi, meta.value(u"namespace"_s).toString(),
                     meta.value(u"name"_s).toString()});
    });
    connect(m_order, &QAction::triggered, this, [this] { orderCluster(); });
    connect(m_showClusters, &QAction::triggered, this, [this] { showClusters(); });

    // A menu of its own before Help, and the order button in the main tool bar.
    m_menu = m_workbench.addMenu(tr("&Clusters"), u"clustersMenu"_s);
    m_menu->addAction(m_order);
    m_menu->addAction(m_showClusters);
    m_workbench.addToolBarAction(m_order, /*separatorBefore=*/true);
    m_workbench.addAction(Workbench::Menu::Object, m_openObject);
    m_workbench.addObjectAction(m_openObject);

    // The window owns the view from here on; the Table tab's stack keeps it hidden until used.
    m_workbench.setDetailsPage(Workbench::DetailsTab::Table, m_view);
    m_workbench.setDetailsPage(Workbench::DetailsTab::Table, nullptr);
    connect(m_view, &ClustersView::orderRequested, this,
            [this](const QString &tenant) { orderCluster(tenant); });
    connect(m_view, &ClustersView::orderLikeRequested, this,
            [this](const QString &tenant, const orders::Order &order, const QString &typeId) {
                orderCluster(tenant);
                if (m_wizard)
                    m_wizard->startFrom(order, typeId);
            });
    connect(m_view, &ClustersView::kubeconfigRequested, this,
            &OrderController::requestKubeconfig);
    connect(m_view, &ClustersView::openRequested, this, &OrderController::openCluster);
    connect(m_view, &ClustersView::clusterBecameReady, this,
            [this](const orders::ClusterRef &ref) {
                if (m_view->isVisible())
                    return; // the view's own bar says it
                auto *get = new QAction(tr("Get Kubeconfig…"), m_view);
                connect(get, &QAction::triggered, this, [this, ref] { requestKubeconfig(ref); });
                m_workbench.showBanner(tr("Cluster %1 in %2 is ready.").arg(ref.name, ref.tenant),
                                    Workbench::BannerKind::Info, get);
            });
    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceChanged, this,
            &OrderController::setWorkspace);
    setWorkspace(workspaces.current());
}

void OrderController::setWorkspace(workspace::Workspace *workspace)
{
    // Orders are the Central API's: an opened cluster has none.
    if (workspace && workspace->kind() != workspace::Workspace::Kind::CentralApi)
        workspace = nullptr;
    if (workspace == m_workspace)
        return;
    stop();
    m_workspace = workspace;
    if (workspace)
        start();
    updateOpenObjectAction();
}

void OrderController::updateOpenObjectAction()
{
    const QJsonObject object = m_workspace ? m_workspace->selection()->object() : QJsonObject();
    m_openObject->setEnabled(
        object.value(u"kind"_s).toString() == u"Cluster"_s
        && object.value(u"apiVersion"_s).toString().startsWith(u"cluster.x-k8s.io/"_s)
        && clusterIsReady(object));
}

OrderController::~OrderController()
{
    stop();
}

void OrderController::start()
{
    stop();
    m_service = new orders::OrderService(m_workspace->client(), m_workspace->discovery(),
                                         m_workspace->openApi(), this);
    m_view->attach(m_workspace->client(), m_workspace->discovery(), m_service);
    m_sessionContext = new QObject(this);
    connect(m_view->model(), &QAbstractItemModel::rowsInserted, m_sessionContext, [this] {
        if (m_follow && m_view->selectCluster(*m_follow))
            m_follow.reset();
    });
    // The view watches the tenant's clusters: the tree's counts of those kinds follow it.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_view->model(), signal, m_sessionContext, [this] { updateTreeCounts(); });
    }
    connect(m_view->model(), &orders::ClustersModel::synced, m_sessionContext,
            [this] { updateTreeCounts(); });
    if (QTreeView *tree = m_workbench.navigationTree(); tree && tree->selectionModel()) {
        connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, m_sessionContext,
                [this] { onTreeCurrentChanged(); });
    }
    connect(m_workspace->selection(), &workspace::Selection::objectShown, m_sessionContext,
            [this] { updateOpenObjectAction(); });
    if (TenantTreeModel *tree = m_workspace->tenantTree()) {
        connect(tree, &TenantTreeModel::tenantsLoaded, m_sessionContext, [this] {
            updateOrderAction();
        });
    }
    updateOrderAction();
}

void OrderController::updateTreeCounts()
{
    orders::ClustersModel *model = m_view->model();
    TenantTreeModel *tree = m_workspace ? m_workspace->tenantTree() : nullptr;
    if (!model || !tree)
        return;
    const std::pair<orders::OrderKind, QString> kinds[] = {
        {orders::OrderKind::Claim, u"api.scs.community"_s},
        {orders::OrderKind::ClusterApi, u"cluster.x-k8s.io"_s}};
    for (const auto &[kind, group] : kinds) {
        if (const auto n = model->count(kind))
            tree->setCount(tree->kindIndex(model->tenant(), u"clusters"_s, group), *n);
    }
}

void OrderController::stop()
{
    if (m_wizard)
        m_wizard->discard();
    delete m_sessionContext;
    m_sessionContext = nullptr;
    m_view->detach();
    delete m_service;
    m_service = nullptr;
    m_mayOrder.clear();
    m_asking.clear();
    m_tenant.clear();
    m_follow.reset();
    m_order->setEnabled(false);
    m_showClusters->setEnabled(false);
}

orders::OrderService *OrderController::service() const
{
    return m_service;
}

OrderWizard *OrderController::wizard() const
{
    return m_wizard;
}

QString OrderController::currentTenant() const
{
    if (!m_tenant.isEmpty())
        return m_tenant;
    return m_workspace ? m_workspace->tenantTree()->tenants().value(0) : QString();
}

void OrderController::setCurrentTenant(const QString &tenant)
{
    m_tenant = tenant;
    updateOrderAction();
}

std::optional<bool> OrderController::mayOrder(const QString &tenant) const
{
    const auto it = m_mayOrder.constFind(tenant);
    if (it == m_mayOrder.constEnd())
        return std::nullopt;
    return *it;
}

void OrderController::onTreeCurrentChanged()
{
    const QModelIndex current = m_workbench.navigationTree()->currentIndex();
    const auto type = current.data(TenantTreeModel::NodeTypeRole).value<TenantTreeModel::NodeType>();
    const QString tenant = current.data(TenantTreeModel::TenantRole).toString();
    if (!tenant.isEmpty())
        m_tenant = tenant;
    // A kind picked again brings its table back: that is the browser's (it follows the tree).
    if (type == TenantTreeModel::NodeType::Tenant && !tenant.isEmpty())
        showClusters(tenant);
    updateOrderAction();
}

void OrderController::updateOrderAction()
{
    const QString tenant = currentTenant();
    m_showClusters->setEnabled(m_service && !tenant.isEmpty());
    if (!m_service || tenant.isEmpty()) {
        m_order->setEnabled(false);
        return;
    }
    const auto known = mayOrder(tenant);
    if (!known) {
        m_order->setEnabled(false);
        checkAccess(tenant);
        return;
    }
    m_order->setEnabled(*known);
    m_order->setToolTip(*known ? tr("Order a new cluster in %1").arg(tenant)
                               : tr("You may not order clusters in %1").arg(tenant));
    if (m_view->tenant() == tenant)
        m_view->setOrderAllowed(*known, m_order->toolTip());
}

void OrderController::checkAccess(const QString &tenant)
{
    if (!m_service || m_asking.value(tenant))
        return;
    m_asking.insert(tenant, true);
    m_service->canOrder(tenant, m_sessionContext,
                        [this, tenant](const Result<orders::OrderAccess> &access) {
                            m_asking.remove(tenant);
                            m_mayOrder.insert(tenant, access && access->any());
                            updateOrderAction();
                            Q_EMIT orderAccessChanged();
                        });
}

void OrderController::orderCluster(const QString &tenant)
{
    if (!m_service || !m_workspace)
        return;
    const QString wanted = tenant.isEmpty() ? currentTenant() : tenant;
    QStringList tenants = m_workspace->tenantTree()->tenants();
    if (!wanted.isEmpty() && !tenants.contains(wanted))
        tenants.prepend(wanted);
    if (m_wizard)
        m_wizard->discard();
    m_wizard = new OrderWizard(m_service, m_workspace->profile(), tenants, wanted,
                               m_workbench.window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &OrderWizard::followRequested, this, [this](const orders::ClusterRef &ref) {
        showClusters(ref.tenant);
        if (!m_view->selectCluster(ref))
            m_follow = ref; // selected once the watch delivers it
    });
    connect(m_wizard, &OrderWizard::clusterOrdered, this, [this](const orders::ClusterRef &ref) {
        m_workbench.showStatusMessage(
            tr("Cluster %1 ordered in %2.").arg(ref.name, ref.tenant), 10000);
    });
    m_wizard->open();
}

void OrderController::showClusters(const QString &tenant)
{
    if (!m_service)
        return;
    const QString wanted = tenant.isEmpty() ? currentTenant() : tenant;
    if (wanted.isEmpty())
        return;
    m_tenant = wanted;
    if (m_view->tenant() != wanted)
        m_view->showTenant(wanted);
    const auto known = mayOrder(wanted);
    m_view->setOrderAllowed(known.value_or(false), m_order->toolTip());
    m_workbench.setDetailsPage(Workbench::DetailsTab::Table, m_view);
    m_workbench.showDetailsTab(Workbench::DetailsTab::Table);
    updateOrderAction();
}

void OrderController::requestKubeconfig(const orders::ClusterRef &ref)
{
    if (ref.kind == orders::OrderKind::ClusterApi && m_kubeconfigHandler) {
        m_kubeconfigHandler(ref); // the kubeconfig feature's dialog, wired by the app
        return;
    }
    // A claim's connection details are in its connection Secret (no export dialog for claims).
    const orders::ClusterStatus *status = m_view->model() ? m_view->model()->status(ref) : nullptr;
    const QString secret = status && !status->kubeconfigSecret.isEmpty()
        ? status->kubeconfigSecret
        : ref.name + u"-connection"_s;
    m_workbench.showStatusMessage(
        tr("The kubeconfig of %1 is in the Secret %2 in %3 (key \"kubeconfig\").")
            .arg(ref.name, secret, ref.tenant),
        15000);
}

void OrderController::openCluster(const orders::ClusterRef &ref)
{
    if (!m_workspace || ref.kind != orders::OrderKind::ClusterApi)
        return;
    // One at a time: a second Open replaces the first.
    delete m_connector;
    m_connector = new ClusterConnector(m_workspace->client(), m_registry.session(), this);
    m_workbench.showStatusMessage(tr("Opening cluster %1…").arg(ref.name), 5000);
    connect(m_connector, &ClusterConnector::ready, this,
            [this, ref](const ConnectionProfile &profile, const QString &displayName) {
                m_connector->deleteLater();
                // Opened twice: show the one already open.
                for (workspace::Workspace *ws : m_registry.workspaces()) {
                    if (ws->profile().name == profile.name) {
                        m_registry.setCurrent(ws);
                        Q_EMIT openFinished(true, {});
                        return;
                    }
                }
                if (!m_registry.openWithSession(profile, displayName)) {
                    const QString message = tr("Cluster %1 could not be opened: you are not "
                                               "signed in.").arg(ref.name);
                    m_workbench.showBanner(message, Workbench::BannerKind::Error);
                    Q_EMIT openFinished(false, message);
                    return;
                }
                m_workbench.showStatusMessage(tr("Cluster %1 is open.").arg(ref.name), 5000);
                Q_EMIT openFinished(true, {});
            });
    connect(m_connector, &ClusterConnector::adminRequired, this,
            [this, ref](const ClusterAccess &access, const QString &reason) {
                m_connector->deleteLater();
                onAdminRequired(ref, access, reason);
            });
    connect(m_connector, &ClusterConnector::failed, this, [this, ref](const Error &error) {
        m_connector->deleteLater();
        const QString message
            = tr("Cluster %1 could not be opened: %2").arg(ref.name, error.message);
        m_workbench.showBanner(message, Workbench::BannerKind::Error);
        Q_EMIT openFinished(false, message);
    });
    m_connector->open(ref.tenant, ref.name);
}

void OrderController::onAdminRequired(const orders::ClusterRef &ref, const ClusterAccess &access,
                                      const QString &reason)
{
    if (access.adminKubeconfig.isEmpty()) {
        // Nothing to open it with: the admin kubeconfig's own dialog explains and warns.
        const QString message
            = tr("Cluster %1 does not accept your sign-in. %2 Use Get Kubeconfig… for its admin "
                 "kubeconfig.")
                  .arg(ref.name, reason)
                  .simplified();
        auto *get = new QAction(tr("Get Kubeconfig…"), m_view);
        connect(get, &QAction::triggered, this, [this, ref] { requestKubeconfig(ref); });
        m_workbench.showBanner(message, Workbench::BannerKind::Warning, get);
        Q_EMIT openFinished(false, message);
        return;
    }
    delete m_adminWarning;
    m_adminWarning = new QMessageBox(
        QMessageBox::Warning, tr("Open with Admin Credentials"),
        tr("Cluster %1 in %2 does not accept your sign-in.").arg(ref.name, ref.tenant),
        QMessageBox::Cancel, m_workbench.window());
    m_adminWarning->setObjectName(u"adminWarning"_s);
    m_adminWarning->setWindowModality(Qt::WindowModal);
    m_adminWarning->setAttribute(Qt::WA_DeleteOnClose);
    m_adminWarning->setTextFormat(Qt::RichText);
    m_adminWarning->setInformativeText(
        tr("<b>Admin credentials.</b> The connection would use the cluster's cluster-admin "
           "client certificate and key from its Secret %1-kubeconfig: you act as the cluster's "
           "administrator, not as yourself, and signing out does not revoke it. The credential "
           "is kept in memory only.")
            .arg(ref.name.toHtmlEscaped())
        + u"<br/>"_s + reason.toHtmlEscaped());
    QPushButton *open = m_adminWarning->addButton(tr("Open as Admin"),
                                                  QMessageBox::AcceptRole);
    open->setObjectName(u"openAsAdmin"_s);
    m_adminWarning->setDefaultButton(QMessageBox::Cancel);
    connect(m_adminWarning, &QMessageBox::finished, this, [this, ref, access, open] {
        const bool accepted = m_adminWarning && m_adminWarning->clickedButton() == open;
        if (accepted) {
            openAsAdmin(ref, access);
        } else {
            Q_EMIT openFinished(false, tr("Cancelled."));
        }
    });
    m_adminWarning->open();
}

void OrderController::openAsAdmin(const orders::ClusterRef &ref, const ClusterAccess &access)
{
    workspace::Workspace *central = m_registry.central();
    auto admin = ClusterConnector::adminConnection(
        access, central ? central->profile().name : QString());
    if (!admin) {
        const QString message
            = tr("Cluster %1 could not be opened: %2").arg(ref.name, admin.error().message);
        m_workbench.showBanner(message, Workbench::BannerKind::Error);
        Q_EMIT openFinished(false, message);
        return;
    }
    for (workspace::Workspace *ws : m_registry.workspaces()) {
        if (ws->profile().name == admin->profile.name) {
            m_registry.setCurrent(ws);
            Q_EMIT openFinished(true, {});
            return;
        }
    }
    m_registry.openConnection(admin->profile, std::move(admin->tokens), admin->displayName,
                              central);
    m_workbench.showStatusMessage(tr("Cluster %1 is open.").arg(ref.name), 5000);
    Q_EMIT openFinished(true, {});
}

} // namespace scs::ui
