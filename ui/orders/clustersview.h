#pragma once

#include "orders/clusterstatus.h"
#include "orders/order.h"
#include "ui/orders/clusterphaseproxy.h"
#include "ui/orders/healthstateproxy.h"
#include "ui/orders/deleteclusterdialog.h"
#include "ui/orders/scaleclusterdialog.h"
#include "ui/orders/upgradeclusterdialog.h"

#include <QDialog>
#include <QIdentityProxyModel>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;
class QTableWidget;
class QToolButton;
class QTreeView;

namespace scs::kube {
class Discovery;
class KubeClient;
} // namespace scs::kube

namespace scs::orders {
class ClustersModel;
class HealthTreeModel;
class OrderService;
} // namespace scs::orders

namespace scs::ui {

class QuotaOverview;

class EventsPane;

// The clusters of one tenant, both kinds, live (orders::ClustersModel): name, type, phase
// (coloured), version, control plane, workers, age, conditions. Below the table the selected
// cluster's details: condition history (as the model recorded it), worker pools and its
// events (EventsPane). Actions on the selected cluster: Scale…, Upgrade…, Delete… (dialogs
// opened window-modal with open(), the request sent when accepted), and "Order Cluster…" and
// "Order Like This…" when the person may order in the tenant (setOrderAllowed). When a cluster becomes ready while
// watched, the view says so (a desktop notification where a system tray exists, always a bar
// in the view) and offers its kubeconfig (kubeconfigRequested).
//
// The client, discovery and service must outlive the view or be detached with detach() first.
// GUI thread only.
class ClustersView : public QWidget
{
    Q_OBJECT

public:
    explicit ClustersView(QWidget *parent = nullptr);
    ~ClustersView() override;

    void attach(kube::KubeClient *client, kube::Discovery *discovery,
                orders::OrderService *service);
    void detach();
    // Watches the clusters of `tenant` (the kinds discovery says are served).
    void showTenant(const QString &tenant);
    [[nodiscard]] QString tenant() const { return m_tenant; }
    // Whether "Order Cluster…" is offered here (OrderService::canOrder).
    void setOrderAllowed(bool allowed, const QString &reason = {});
    [[nodiscard]] bool isOrderAllowed() const;

    [[nodiscard]] orders::ClustersModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QTableWidget *historyTable() const { return m_history; }
    [[nodiscard]] QTableWidget *poolsTable() const { return m_pools; }
    [[nodiscard]] EventsPane *eventsPane() const { return m_events; }
    [[nodiscard]] QTabWidget *detailTabs() const { return m_tabs; }
    [[nodiscard]] QTreeView *healthView() const { return m_healthView; }
    [[nodiscard]] orders::HealthTreeModel *healthModel() const { return m_health; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    [[nodiscard]] QWidget *readyBar() const { return m_readyBar; }
    // The tenant's quota usage above the clusters (hidden without a readable quota).
    [[nodiscard]] QuotaOverview *quotaOverview() const { return m_quotas; }
    [[nodiscard]] QLabel *readyText() const { return m_readyText; }

    [[nodiscard]] QAction *orderAction() const { return m_order; }
    [[nodiscard]] QAction *orderLikeAction() const { return m_orderLike; }
    [[nodiscard]] QAction *scaleAction() const { return m_scale; }
    [[nodiscard]] QAction *upgradeAction() const { return m_upgrade; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }
    [[nodiscard]] QAction *kubeconfigAction() const { return m_kubeconfig; }
    // "Open": the selected ready Cluster API cluster as a connection of its own.
    [[nodiscard]] QAction *openClusterAction() const { return m_openCluster; }
    [[nodiscard]] QToolButton *readyOpenButton() const { return m_readyOpen; }

    bool selectCluster(const orders::ClusterRef &ref);
    [[nodiscard]] std::optional<orders::ClusterRef> currentCluster() const;
    // The dialog an action opened and that is still open (tests fill it in and accept it).
    [[nodiscard]] QDialog *openDialog() const { return m_dialog; }
    // The order type of a cluster (its class, or the claim), once the tenant's types are known.
    [[nodiscard]] const orders::OrderType *orderTypeOf(const orders::ClusterStatus &status) const;

public Q_SLOTS:
    // "Order Like This…": the selected cluster's order without its identity
    // (orders::orderLikeCluster) goes to orderLikeRequested.
    void orderLikeCurrent();
    void scaleCurrent();
    void upgradeCurrent();
    void deleteCurrent();

Q_SIGNALS:
    void orderRequested(const QString &tenant);
    // Start the wizard in `tenant` from `order` (no name) of the order type `typeId`.
    void orderLikeRequested(const QString &tenant, const scs::orders::Order &order,
                            const QString &typeId);
    // "Get Kubeconfig…" for a ready cluster: the kubeconfig export (issue "kubeconfig") answers.
    void kubeconfigRequested(const scs::orders::ClusterRef &ref);
    void clusterBecameReady(const scs::orders::ClusterRef &ref);
    // "Open" for a ready Cluster API cluster: open it beside the Central API.
    void openRequested(const scs::orders::ClusterRef &ref);
    // A day-2 request finished: ok or refused (the message says why).
    void actionFinished(bool ok, const QString &message);

private:
    void updateActions();
    void showDetails();
    void showMessage(const QString &text, bool error);
    void onReady(const orders::ClusterRef &ref);
    void updateReadyBar();
    void openDialogFor(QDialog *dialog);

    QPointer<kube::KubeClient> m_client;
    QPointer<kube::Discovery> m_discovery;
    QPointer<orders::OrderService> m_service;
    QString m_tenant;
    QList<orders::OrderType> m_types;
    orders::ClustersModel *m_model = nullptr;
    ClusterPhaseProxy *m_phases;
    QSortFilterProxyModel *m_sort;

    QLabel *m_title;
    QLabel *m_message;
    QuotaOverview *m_quotas;
    QWidget *m_readyBar;
    QLabel *m_readyText;
    QToolButton *m_readyKubeconfig;
    QToolButton *m_readyOpen;
    std::optional<orders::ClusterRef> m_readyRef;
    QTableView *m_table;
    QTabWidget *m_tabs;
    QTableWidget *m_history;
    QTableWidget *m_pools;
    EventsPane *m_events;
    orders::HealthTreeModel *m_health;
    HealthStateProxy *m_healthProxy;
    QTreeView *m_healthView;
    bool m_healthExpanded = false;
    QAction *m_order;
    QAction *m_orderLike;
    QAction *m_scale;
    QAction *m_upgrade;
    QAction *m_delete;
    QAction *m_kubeconfig;
    QAction *m_openCluster;
    QPointer<QDialog> m_dialog;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace scs::ui
