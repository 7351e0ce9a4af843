#pragma once

#include "orders/clusterstatus.h"
#include "orders/order.h"

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

namespace scs::kube {
class Discovery;
class KubeClient;
} // namespace scs::kube

namespace scs::orders {
class ClustersModel;
class OrderService;
} // namespace scs::orders

namespace scs::ui {

class EventsPane;

// Phase colours and a status dot for ClustersModel (colours belong to ui, not to the model).
class ClusterPhaseProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Green when ready, red when failed, grey while deleting, amber while on its way.
    [[nodiscard]] static QColor phaseColor(const orders::ClusterStatus &status);
};

// Scale one worker pool: the pool (ClusterApi: by name; claim: its one pool) and the nodes.
class ScaleClusterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScaleClusterDialog(const orders::ClusterStatus &cluster, QWidget *parent = nullptr);
    [[nodiscard]] QComboBox *poolBox() const { return m_pool; }
    [[nodiscard]] QSpinBox *replicasBox() const { return m_replicas; }
    [[nodiscard]] QString pool() const;
    [[nodiscard]] int replicas() const;
    [[nodiscard]] QPushButton *okButton() const;

private:
    orders::ClusterStatus m_cluster;
    QComboBox *m_pool;
    QSpinBox *m_replicas;
    QDialogButtonBox *m_buttons;
};

// Upgrade: only the versions the cluster's class (or the claim schema) allows from the current
// one (orders::checkUpgrade) are offered.
class UpgradeClusterDialog : public QDialog
{
    Q_OBJECT

public:
    UpgradeClusterDialog(const orders::ClusterStatus &cluster, const orders::OrderType *type,
                         QWidget *parent = nullptr);
    [[nodiscard]] QComboBox *versionBox() const { return m_version; }
    [[nodiscard]] QString version() const;
    [[nodiscard]] QStringList offeredVersions() const;
    [[nodiscard]] QPushButton *okButton() const;

private:
    QComboBox *m_version;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

// Delete: the cluster's name must be typed to confirm; Cancel is the default.
class DeleteClusterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeleteClusterDialog(const orders::ClusterStatus &cluster, QWidget *parent = nullptr);
    [[nodiscard]] QLineEdit *confirmEdit() const { return m_confirm; }
    [[nodiscard]] QPushButton *deleteButton() const { return m_delete; }

private:
    QString m_name;
    QLineEdit *m_confirm;
    QPushButton *m_delete;
};

// The clusters of one tenant, both kinds, live (orders::ClustersModel): name, type, phase
// (coloured), version, control plane, workers, age, conditions. Below the table the selected
// cluster's details: condition history (as the model recorded it), worker pools and its
// events (EventsPane). Actions on the selected cluster: Scale…, Upgrade…, Delete… (dialogs
// opened window-modal with open(), the request sent when accepted), and "Order Cluster…" when
// the person may order in the tenant (setOrderAllowed). When a cluster becomes ready while
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
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    [[nodiscard]] QWidget *readyBar() const { return m_readyBar; }
    [[nodiscard]] QLabel *readyText() const { return m_readyText; }

    [[nodiscard]] QAction *orderAction() const { return m_order; }
    [[nodiscard]] QAction *scaleAction() const { return m_scale; }
    [[nodiscard]] QAction *upgradeAction() const { return m_upgrade; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }
    [[nodiscard]] QAction *kubeconfigAction() const { return m_kubeconfig; }

    bool selectCluster(const orders::ClusterRef &ref);
    [[nodiscard]] std::optional<orders::ClusterRef> currentCluster() const;
    // The dialog an action opened and that is still open (tests fill it in and accept it).
    [[nodiscard]] QDialog *openDialog() const { return m_dialog; }
    // The order type of a cluster (its class, or the claim), once the tenant's types are known.
    [[nodiscard]] const orders::OrderType *orderTypeOf(const orders::ClusterStatus &status) const;

public Q_SLOTS:
    void scaleCurrent();
    void upgradeCurrent();
    void deleteCurrent();

Q_SIGNALS:
    void orderRequested(const QString &tenant);
    // "Get Kubeconfig…" for a ready cluster: the kubeconfig export (issue "kubeconfig") answers.
    void kubeconfigRequested(const scs::orders::ClusterRef &ref);
    void clusterBecameReady(const scs::orders::ClusterRef &ref);
    // A day-2 request finished: ok or refused (the message says why).
    void actionFinished(bool ok, const QString &message);

private:
    void updateActions();
    void showDetails();
    void showMessage(const QString &text, bool error);
    void onReady(const orders::ClusterRef &ref);
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
    QWidget *m_readyBar;
    QLabel *m_readyText;
    QToolButton *m_readyKubeconfig;
    std::optional<orders::ClusterRef> m_readyRef;
    QTableView *m_table;
    QTabWidget *m_tabs;
    QTableWidget *m_history;
    QTableWidget *m_pools;
    EventsPane *m_events;
    QAction *m_order;
    QAction *m_scale;
    QAction *m_upgrade;
    QAction *m_delete;
    QAction *m_kubeconfig;
    QPointer<QDialog> m_dialog;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace scs::ui
