#pragma once

#include "orders/clusterstatus.h"

#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QMenu;


namespace scs {
class ClusterConnector;
struct ClusterAccess;
} // namespace scs

namespace scs::orders {
class OrderService;
}

namespace scs::workspace {
class Workspace;
class WorkspaceRegistry;
} // namespace scs::workspace

namespace scs::ui {

class ClustersView;
class OrderWizard;
class Workbench;

// Cluster orders in the main window: a "Clusters" menu (and tool bar button) with "Order
// Cluster…" and "Show Clusters", the clusters view of a tenant in the Table tab (also when a
// tenant is picked in the navigation tree), and the order wizard. While a Workspace is open it
// owns an OrderService on the workspace's client, discovery and OpenAPI.
//
// "Order Cluster…" is enabled only where OrderService::canOrder says the person may create a
// cluster kind in the current tenant (the tenant of the tree's current node, else the first
// one); the answer is cached per tenant until the next sign-in.
//
// When a watched cluster becomes ready the clusters view shows it and notifies the desktop;
// when the view is not on screen the window's banner says so too. "Get Kubeconfig…" goes to
// the kubeconfig handler (setKubeconfigHandler, the composition root routes it to the
// kubeconfig feature) for a Cluster API cluster; for a claim, the status bar says which Secret
// holds its connection details.
//
// "Open" on a ready Cluster API cluster (the clusters view's tool bar, its ready bar, the health
// tree's context menu) opens it beside the Central API (WorkspaceRegistry::openWithSession)
// once ClusterConnector found that it accepts the console's sign-in. Where it does not and the
// user may read its admin kubeconfig (the `<cluster>-kubeconfig` Secret), a warning about the
// cluster-admin credential (the kubeconfig export's words) asks first; accepted, the cluster
// opens with that kubeconfig's current context (KubeconfigConnection, client certificate in
// memory only), owned by the Central API's connection. Otherwise the banner says why and offers
// "Get Kubeconfig…". The controller follows the Central API's connection only: while an opened
// cluster is shown it rests.
//
// The workbench and the registry must outlive the controller. GUI thread only.
class OrderController : public QObject
{
    Q_OBJECT

public:
    OrderController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                    QObject *parent = nullptr);
    ~OrderController() override;

    [[nodiscard]] QAction *orderAction() const { return m_order; }
    [[nodiscard]] QAction *showClustersAction() const { return m_showClusters; }
    // Object > Open Cluster (and the tables' context menu): the Cluster API `Cluster` the
    // Selection shows, when it is ready.
    [[nodiscard]] QAction *openObjectAction() const { return m_openObject; }
    [[nodiscard]] ClustersView *clustersView() const { return m_view; }
    [[nodiscard]] orders::OrderService *service() const;
    // The open wizard, if any (it deletes itself when closed).
    [[nodiscard]] OrderWizard *wizard() const;

    // The tenant actions apply to; "" when none is known yet.
    [[nodiscard]] QString currentTenant() const;
    void setCurrentTenant(const QString &tenant);
    // Known answers of canOrder (absent: not asked yet or pending).
    [[nodiscard]] std::optional<bool> mayOrder(const QString &tenant) const;

    // The kubeconfig export of a ready cluster (issue "kubeconfig" provides the dialog).
    void setKubeconfigHandler(std::function<void(const orders::ClusterRef &)> handler)
    {
        m_kubeconfigHandler = std::move(handler);
    }

    // The warning before opening with an admin kubeconfig, while it is open (tests accept it).
    [[nodiscard]] QMessageBox *adminWarning() const { return m_adminWarning; }

public Q_SLOTS:
    // Opens `ref` (a ready Cluster API cluster) beside the Central API, or explains why not.
    void openCluster(const orders::ClusterRef &ref);
    // Opens the wizard (window-modal, not blocking) for `tenant` ("": the current one).
    void orderCluster(const QString &tenant = {});
    // Shows the clusters view of `tenant` ("": the current one) in the Table tab.
    void showClusters(const QString &tenant = {});

Q_SIGNALS:
    void orderAccessChanged();
    // openCluster() ended: `ok`, or the message the banner shows.
    void openFinished(bool ok, const QString &message);

private:
    void start();
    void stop();
    void updateTreeCounts();
    void updateOrderAction();
    void updateOpenObjectAction();
    void checkAccess(const QString &tenant);
    void onTreeCurrentChanged();
    void requestKubeconfig(const orders::ClusterRef &ref);

    void setWorkspace(workspace::Workspace *workspace);

    void onAdminRequired(const orders::ClusterRef &ref, const scs::ClusterAccess &access,
                         const QString &reason);
    void openAsAdmin(const orders::ClusterRef &ref, const scs::ClusterAccess &access);

    Workbench &m_workbench;
    workspace::WorkspaceRegistry &m_registry;
    QPointer<ClusterConnector> m_connector;
    QPointer<QMessageBox> m_adminWarning;
    QPointer<workspace::Workspace> m_workspace;
    QPointer<orders::OrderService> m_service;
    ClustersView *m_view;
    QPointer<OrderWizard> m_wizard;
    QMenu *m_menu = nullptr;
    QAction *m_order;
    QAction *m_showClusters;
    QAction *m_openObject;
    QString m_tenant; // set explicitly or from the tree
    QHash<QString, bool> m_mayOrder;
    QHash<QString, bool> m_asking;
    std::optional<orders::ClusterRef> m_follow; // select once it shows up in the view
    std::function<void(const orders::ClusterRef &)> m_kubeconfigHandler;
    QObject *m_sessionContext = nullptr;
};

} // namespace scs::ui
