#include "ui/orders/clustersview.h"

#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "orders/clustersmodel.h"
#include "orders/healthtreemodel.h"
#include "orders/orderservice.h"
#include "orders/ordertemplate.h"
#include "ui/common/quotaoverview.h"
#include "ui/common/eventspane.h"
#include "ui/common/statusstyle.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::StringLiterals;

namespace scs::ui {

using orders::ClusterRef;
using orders::ClustersModel;
using orders::ClusterStatus;
using orders::OrderKind;

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    return table;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

// Sorts with a total order: rows that tie on the sort column (clusters made in the same second)
// fall back to kind and name, so a live update never swaps them under the cursor.
class StableSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
        const auto ra = left.siblingAtColumn(0).data(ClustersModel::RefRole).value<ClusterRef>();
        const auto rb = right.siblingAtColumn(0).data(ClustersModel::RefRole).value<ClusterRef>();
        return std::tuple(ra.name, int(ra.kind), ra.tenant)
            < std::tuple(rb.name, int(rb.kind), rb.tenant);
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------

ClustersView::ClustersView(QWidget *parent)
    : QWidget(parent)
    , m_phases(new ClusterPhaseProxy(this))
    , m_sort(new StableSortProxy(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_quotas(new QuotaOverview(this))
    , m_readyBar(new QWidget(this))
    , m_readyText(new QLabel(m_readyBar))
    , m_readyKubeconfig(new QToolButton(m_readyBar))
    , m_readyOpen(new QToolButton(m_readyBar))
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_history(makeTable({tr("When"), tr("Type"), tr("Status"), tr("Reason"), tr("Message")},
                          this))
    , m_pools(makeTable({tr("Pool"), tr("Class"), tr("Nodes"), tr("Ready"),
                         tr("Failure Domain")},
                        this))
    , m_events(new EventsPane(this))
    , m_health(new orders::HealthTreeModel(this))
    , m_healthProxy(new HealthStateProxy(this))
    , m_healthView(new QTreeView(this))
{
    setObjectName(u"clustersView"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_message->setObjectName(u"clustersMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_order = new QAction(QIcon::fromTheme(u"list-add"_s), tr("&Order Cluster…"), this);
    m_order->setObjectName(u"orderClusterAction"_s);
    m_orderLike = new QAction(tr("Order &Like This…"), this);
    m_orderLike->setObjectName(u"orderLikeAction"_s);
    m_orderLike->setToolTip(tr("Order a new cluster with the selected one's class, version, "
                               "pools and variables"));
    m_scale = new QAction(tr("&Scale…"), this);
    m_scale->setObjectName(u"scaleAction"_s);
    m_scale->setToolTip(tr("Change the number of nodes of a worker pool"));
    m_upgrade = new QAction(tr("&Upgrade…"), this);
    m_upgrade->setObjectName(u"upgradeAction"_s);
    m_upgrade->setToolTip(tr("Move the cluster to a newer Kubernetes version its class allows"));
    m_delete = new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete…"), this);
    m_delete->setObjectName(u"deleteClusterAction"_s);
    m_kubeconfig = new QAction(tr("Get &Kubeconfig…"), this);
    m_kubeconfig->setObjectName(u"clusterKubeconfigAction"_s);
    m_kubeconfig->setToolTip(tr("Write a kubeconfig for the selected ready cluster"));
    m_openCluster = new QAction(QIcon::fromTheme(u"folder-remote"_s), tr("O&pen"), this);
    m_openCluster->setObjectName(u"openClusterAction"_s);
    m_openCluster->setToolTip(tr("Open the selected ready cluster beside the Central API, "
                                 "to browse it, edit its objects and read its logs"));
    connect(m_openCluster, &QAction::triggered, this, [this] {
        if (const auto ref = currentCluster())
            Q_EMIT openRequested(*ref);
    });
    connect(m_order, &QAction::triggered, this, [this] { Q_EMIT orderRequested(m_tenant); });
    connect(m_orderLike, &QAction::triggered, this, &ClustersView::orderLikeCurrent);
    connect(m_scale, &QAction::triggered, this, &ClustersView::scaleCurrent);
    connect(m_upgrade, &QAction::triggered, this, &ClustersView::upgradeCurrent);
    connect(m_delete, &QAction::triggered, this, &ClustersView::deleteCurrent);
    connect(m_kubeconfig, &QAction::triggered, this, [this] {
        if (const auto ref = currentCluster())
            Q_EMIT kubeconfigRequested(*ref);
    });

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_order);
    bar->addAction(m_orderLike);
    bar->addSeparator();
    bar->addAction(m_scale);
    bar->addAction(m_upgrade);
    bar->addAction(m_openCluster);
    bar->addAction(m_kubeconfig);
    bar->addAction(m_delete);

    // "x is ready", with the kubeconfig offer: stays until dismissed or until the cluster is no
    // longer ready (deleted, being deleted; updateReadyBar).
    m_readyBar->setObjectName(u"readyBar"_s);
    m_readyBar->setAutoFillBackground(true);
    m_readyBar->setPalette(bannerPalette(palette(), QColor(0xe3, 0xf4, 0xe6)));
    m_readyText->setWordWrap(true);
    m_readyKubeconfig->setText(tr("Get Kubeconfig…"));
    m_readyKubeconfig->setObjectName(u"readyKubeconfig"_s);
    auto *dismiss = new QToolButton(m_readyBar);
    dismiss->setText(u"×"_s);
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss"));
    auto *readyLayout = new QHBoxLayout(m_readyBar);
    readyLayout->setContentsMargins(8, 4, 4, 4);
    readyLayout->addWidget(m_readyText, 1);
    readyLayout->addWidget(m_readyOpen);
    readyLayout->addWidget(m_readyKubeconfig);
    readyLayout->addWidget(dismiss);
    m_readyBar->hide();
    connect(dismiss, &QToolButton::clicked, m_readyBar, &QWidget::hide);
    connect(m_readyKubeconfig, &QToolButton::clicked, this, [this] {
        if (m_readyRef)
            Q_EMIT kubeconfigRequested(*m_readyRef);
    });
    m_readyOpen->setText(tr("Open"));
    m_readyOpen->setObjectName(u"readyOpen"_s);
    connect(m_readyOpen, &QToolButton::clicked, this, [this] {
        if (m_readyRef)
            Q_EMIT openRequested(*m_readyRef);
    });

    m_phases->setSourceModel(nullptr);
    m_sort->setSourceModel(m_phases);
    m_sort->setSortRole(ClustersModel::SortRole);
    m_sort->setDynamicSortFilter(true);
    m_table->setObjectName(u"clustersTable"_s);
    m_table->setAccessibleName(tr("Clusters"));
    m_table->setModel(m_sort);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_tabs->setCurrentIndex(0); });

    m_history->setObjectName(u"conditionHistory"_s);
    m_history->setAccessibleName(tr("Condition history"));
    m_pools->setObjectName(u"clusterPools"_s);
    m_pools->setAccessibleName(tr("Worker pools"));
    m_tabs->setObjectName(u"clusterDetails"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_history, tr("Condition History"));
    m_tabs->addTab(m_pools, tr("Worker Pools"));
    m_tabs->addTab(m_events, tr("Events"));
    // The health tree: Cluster -> control plane -> pools -> sets -> machines, infrastructure
    // and add-ons (or claim -> composite -> managed resources), live.
    m_healthProxy->setSourceModel(m_health);
    m_healthView->setObjectName(u"clusterHealth"_s);
    m_healthView->setAccessibleName(tr("Health"));
    m_healthView->setModel(m_healthProxy);
    m_healthView->setUniformRowHeights(true);
    // The cluster the tree shows is the selected one: its Open is offered here too.
    m_healthView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_healthView->addAction(m_openCluster);
    m_healthView->setAlternatingRowColors(true);
    m_healthView->header()->setStretchLastSection(true);
    m_healthView->header()->setSectionResizeMode(orders::HealthTreeModel::Object,
                                                 QHeaderView::ResizeToContents);
    connect(m_health, &QAbstractItemModel::rowsInserted, m_healthView,
            [this](const QModelIndex &under) {
                m_healthView->expand(m_healthProxy->mapFromSource(under));
            });
    connect(m_health, &orders::HealthTreeModel::treeChanged, m_healthView,
            [this] {
                if (!m_healthExpanded && m_health->rowCount() > 0) {
                    m_healthView->expandAll();
                    m_healthExpanded = true;
                }
            });
    m_tabs->insertTab(0, m_healthView, tr("Health"));
    m_tabs->setCurrentIndex(0);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(bar);
    layout->addWidget(m_readyBar);
    layout->addWidget(m_message);
    layout->addWidget(m_quotas);
    layout->addWidget(split, 1);
    setOrderAllowed(false);
    updateActions();
}

ClustersView::~ClustersView()
{
    detach();
}

void ClustersView::attach(kube::KubeClient *client, kube::Discovery *discovery,
                          orders::OrderService *service)
{
    detach();
    m_client = client;
    m_discovery = discovery;
    m_service = service;
    m_quotas->setClient(client);
    m_model = new ClustersModel(client, this);
    m_phases->setSourceModel(m_model);
    // Phases, versions and counts change while watched: their columns follow their contents.
    for (int column : {int(ClustersModel::Type), int(ClustersModel::Phase),
                       int(ClustersModel::Version), int(ClustersModel::ControlPlane),
                       int(ClustersModel::Workers), int(ClustersModel::Age)}) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    // Oldest first: clusters others create meanwhile join at the end, so the rows a person is
    // about to click stay where they are (a followed new order is scrolled to).
    m_table->sortByColumn(ClustersModel::Age, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const auto ref = currentCluster();
                const int row = ref ? m_model->rowOf(*ref) : -1;
                if (row >= topLeft.row() && row <= bottomRight.row()) {
                    updateActions();
                    showDetails();
                }
                updateReadyBar();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateActions();
        showDetails();
        updateReadyBar();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_table->resizeColumnToContents(ClustersModel::Name);
        if (!m_table->currentIndex().isValid() && m_sort->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_model, &ClustersModel::clusterBecameReady, this, &ClustersView::onReady);
    connect(m_model, &ClustersModel::clusterFailed, this,
            [this](const ClusterRef &ref, const QString &reason) {
                showMessage(tr("%1 failed: %2").arg(ref.name, reason), true);
            });
    connect(m_model, &ClustersModel::errorOccurred, this,
            [this](const Error &error) { showMessage(error.message, true); });
}

void ClustersView::detach()
{
    if (m_dialog)
        m_dialog->reject();
    m_events->clear();
    m_health->follow(nullptr, nullptr, {});
    m_phases->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_quotas->setClient(nullptr);
    m_client = nullptr;
    m_discovery = nullptr;
    m_service = nullptr;
    m_tenant.clear();
    m_types.clear();
    m_history->setRowCount(0);
    m_pools->setRowCount(0);
    m_readyBar->hide();
    updateActions();
}

void ClustersView::showTenant(const QString &tenant)
{
    if (!m_model)
        return;
    m_tenant = tenant;
    m_types.clear();
    m_model->setOrderTypes({});
    m_title->setText(tr("Clusters in %1").arg(tenant));
    m_message->hide();
    m_events->clear();
    const bool claims = !m_discovery || m_discovery->find(u"clusters"_s, u"api.scs.community"_s);
    const bool capi = !m_discovery || m_discovery->find(u"clusters"_s, u"cluster.x-k8s.io"_s);
    m_quotas->showTenant(tenant);
    m_model->setTenant(tenant, claims, capi,
                       m_service && claims ? m_service->collectionPath(OrderKind::Claim, tenant)
                                           : QString(),
                       m_service && capi ? m_service->collectionPath(OrderKind::ClusterApi, tenant)
                                         : QString());
    if (m_service) {
        m_service->orderTypes(tenant, m_model,
                              [this](const Result<QList<orders::OrderType>> &types) {
                                  if (types) {
                                      m_types = *types;
                                      m_model->setOrderTypes(m_types);
                                  }
                                  updateActions();
                              });
    }
    updateActions();
    showDetails();
}

void ClustersView::setOrderAllowed(bool allowed, const QString &reason)
{
    m_order->setEnabled(allowed);
    m_order->setVisible(allowed);
    m_orderLike->setVisible(allowed);
    updateActions();
    m_order->setToolTip(allowed ? tr("Order a new cluster in this tenant")
                                : (reason.isEmpty()
                                       ? tr("You may not order clusters in this tenant")
                                       : reason));
}

bool ClustersView::isOrderAllowed() const
{
    return m_order->isEnabled();
}

bool ClustersView::selectCluster(const ClusterRef &ref)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOf(ref);
    if (row < 0)
        return false;
    const QModelIndex index = m_sort->mapFromSource(m_phases->mapFromSource(m_model->index(row, 0)));
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

std::optional<ClusterRef> ClustersView::currentCluster() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_model || !current.isValid())
        return std::nullopt;
    return current.siblingAtColumn(0).data(ClustersModel::RefRole).value<ClusterRef>();
}

const orders::OrderType *ClustersView::orderTypeOf(const ClusterStatus &status) const
{
    for (const orders::OrderType &type : m_types) {
        if (type.kind != status.ref.kind)
            continue;
        if (type.kind == OrderKind::Claim || type.clusterClass == status.clusterClass)
            return &type;
    }
    return nullptr;
}

void ClustersView::updateActions()
{
    const auto ref = currentCluster();
    const ClusterStatus *status = ref && m_model ? m_model->status(*ref) : nullptr;
    const bool usable = status && !status->deleting && m_service;
    m_orderLike->setEnabled(status && m_order->isEnabled() && orderTypeOf(*status));
    m_scale->setEnabled(usable && !status->workers.isEmpty());
    m_upgrade->setEnabled(usable);
    m_delete->setEnabled(usable);
    m_kubeconfig->setEnabled(usable && status->ready);
    m_openCluster->setEnabled(usable && status->ready
                              && ref->kind == orders::OrderKind::ClusterApi);
}

void ClustersView::showDetails()
{
    const auto ref = currentCluster();
    const ClusterStatus *status = ref && m_model ? m_model->status(*ref) : nullptr;
    if (!status) {
        m_history->setRowCount(0);
        m_pools->setRowCount(0);
        m_events->clear();
        m_health->follow(nullptr, nullptr, {});
        return;
    }
    // Newest first, as people read a history.
    const QList<orders::ConditionTransition> history = m_model->history(*ref);
    m_history->setRowCount(int(history.size()));
    for (int i = 0; i < history.size(); ++i) {
        const auto &t = history.at(history.size() - 1 - i);
        const QStringList cells{timeText(t.at), t.type, t.status, t.reason, t.message};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 4)
                item->setToolTip(t.message);
            if (c == 0 && t.observed)
                item->setToolTip(tr("Seen changing while watching"));
            m_history->setItem(i, c, item);
        }
    }
    m_history->resizeColumnsToContents();
    m_pools->setRowCount(int(status->workers.size()));
    for (int i = 0; i < status->workers.size(); ++i) {
        const auto &pool = status->workers.at(i);
        // An autoscaled pool's size is a range; the MachineDeployment's count follows once seen.
        QString nodes = QString::number(pool.desired);
        if (pool.autoscaling) {
            nodes = pool.readyKnown ? tr("%1 (now %2)")
                                          .arg(orders::autoscalingText(*pool.autoscaling))
                                          .arg(pool.desired)
                                    : orders::autoscalingText(*pool.autoscaling);
        }
        const QStringList cells{pool.name, pool.workerClass, nodes,
                                pool.readyKnown ? QString::number(pool.ready) : u"–"_s,
                                pool.failureDomain};
        for (int c = 0; c < cells.size(); ++c)
            m_pools->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_pools->resizeColumnsToContents();
    if (m_client && m_events->followedUid() != status->uid)
        m_events->follow(m_client, status->ref.tenant, status->uid, status->ref.name);
    if (m_client && !(m_health->followed() == status->ref)) {
        m_healthExpanded = false;
        m_health->follow(m_client, m_discovery, status->ref);
    }
}

void ClustersView::showMessage(const QString &text, bool error)
{
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, statuscolor::error);
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ClustersView::updateReadyBar()
{
    // The banner follows the cluster: gone, being deleted or no longer ready takes it down.
    if (!m_readyRef)
        return;
    const ClusterStatus *status = m_model ? m_model->status(*m_readyRef) : nullptr;
    if (status && status->ready && !status->deleting)
        return;
    m_readyBar->hide();
    m_readyRef.reset();
}

void ClustersView::onReady(const ClusterRef &ref)
{
    if (const ClusterStatus *status = m_model ? m_model->status(ref) : nullptr;
        status && status->deleting)
        return;
    const QString text = tr("Cluster %1 in %2 is ready.").arg(ref.name, ref.tenant);
    m_readyRef = ref;
    m_readyText->setText(text + u' ' + tr("Its kubeconfig is ready to be written."));
    m_readyOpen->setVisible(ref.kind == orders::OrderKind::ClusterApi);
    m_readyBar->show();
    // A desktop notification where the desktop has a tray; the bar above stays either way.
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                if (m_readyRef)
                    Q_EMIT kubeconfigRequested(*m_readyRef);
            });
        }
        m_tray->show();
        m_tray->showMessage(tr("Cluster ready"), text, QSystemTrayIcon::Information, 10000);
    }
    Q_EMIT clusterBecameReady(ref);
}

void ClustersView::openDialogFor(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->reject();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void ClustersView::orderLikeCurrent()
{
    const auto ref = currentCluster();
    const ClusterStatus *status = ref && m_model ? m_model->status(*ref) : nullptr;
    const orders::OrderType *type = status ? orderTypeOf(*status) : nullptr;
    if (!type)
        return;
    const auto order = orders::orderLikeCluster(status->object, *type);
    if (!order) {
        showMessage(tr("Cannot order like %1: %2").arg(ref->name, order.error().message), true);
        return;
    }
    Q_EMIT orderLikeRequested(m_tenant, *order, type->id());
}

void ClustersView::scaleCurrent()
{
    const auto ref = currentCluster();
    const ClusterStatus *status = ref && m_model ? m_model->status(*ref) : nullptr;
    if (!status || !m_service)
        return;
    auto *dialog = new ScaleClusterDialog(*status, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ref = *ref] {
        const QString pool = dialog->pool();
        const int replicas = dialog->replicas();
        const std::optional<orders::Autoscaling> autoscaling = dialog->autoscaling();
        const QString size = autoscaling
            ? orders::autoscalingText(*autoscaling)
            : tr("%n node(s)", nullptr, replicas);
        showMessage(tr("Scaling %1 of %2 to %3…").arg(pool, ref.name, size), false);
        m_service->resizeWorkerPool(
            ref, pool, replicas, autoscaling, this,
            [this, ref, pool, size](const Result<ClusterStatus> &result) {
                const QString text = result
                    ? tr("%1 of %2 is being scaled to %3.").arg(pool, ref.name, size)
                    : tr("Scaling %1 failed: %2").arg(ref.name, result.error().message);
                showMessage(text, !result);
                Q_EMIT actionFinished(bool(result), text);
            });
    });
    openDialogFor(dialog);
}

void ClustersView::upgradeCurrent()
{
    const auto ref = currentCluster();
    const ClusterStatus *status = ref && m_model ? m_model->status(*ref) : nullptr;
    if (!status || !m_service)
        return;
    const orders::OrderType *type = orderTypeOf(*status);
    auto *dialog = new UpgradeClusterDialog(*status, type, m_types, this);
    const std::optional<orders::OrderType> typeCopy
        = type ? std::optional<orders::OrderType>(*type) : std::nullopt;
    // A stack class's upgrade (class and version together), dry-run or for real.
    auto sendUpgrade = [this, typeCopy](UpgradeClusterDialog *d, const ClusterRef &cluster,
                                        bool dryRun,
                                        orders::OrderService::Callback<ClusterStatus> done) {
        const orders::OrderType *to = d->targetType();
        if (!to)
            return false;
        m_service->upgradeCluster(cluster, typeCopy ? &*typeCopy : nullptr, *to, d->version(),
                                  dryRun, dryRun ? static_cast<QObject *>(d) : this,
                                  std::move(done));
        return true;
    };
    connect(dialog, &UpgradeClusterDialog::dryRunRequested, dialog,
            [dialog, sendUpgrade, ref = *ref] {
                sendUpgrade(dialog, ref, true, [dialog](const Result<ClusterStatus> &result) {
                    dialog->setDryRunResult(bool(result),
                                            result ? QString() : result.error().message);
                });
            });
    connect(dialog, &QDialog::accepted, this, [this, dialog, ref = *ref, typeCopy, sendUpgrade] {
        const QString version = dialog->version();
        const QString target = dialog->target() ? dialog->target()->clusterClass : QString();
        auto finished = [this, ref, version, target](const Result<ClusterStatus> &result) {
            const QString to = target.isEmpty() ? version
                                                : tr("%1 (%2)").arg(version, target);
            const QString text = result
                ? tr("%1 is being upgraded to %2.").arg(ref.name, to)
                : tr("Upgrading %1 failed: %2").arg(ref.name, result.error().message);
            showMessage(text, !result);
            Q_EMIT actionFinished(bool(result), text);
        };
        showMessage(tr("Upgrading %1 to %2…").arg(ref.name, version), false);
        if (sendUpgrade(dialog, ref, false, finished))
            return;
        if (typeCopy)
            m_service->upgrade(ref, *typeCopy, version, this, finished);
    });
    openDialogFor(dialog);
}

void ClustersView::deleteCurrent()
{
    const auto ref = currentCluster();
    const ClusterStatus *status = ref && m_model ? m_model->status(*ref) : nullptr;
    if (!status || !m_service)
        return;
    auto *dialog = new DeleteClusterDialog(*status, this);
    connect(dialog, &QDialog::accepted, this, [this, ref = *ref] {
        showMessage(tr("Deleting %1…").arg(ref.name), false);
        m_service->remove(ref, this, [this, ref](const Result<bool> &result) {
            const QString text = result
                ? tr("%1 is being deleted.").arg(ref.name)
                : tr("Deleting %1 failed: %2").arg(ref.name, result.error().message);
            showMessage(text, !result);
            Q_EMIT actionFinished(bool(result), text);
        });
    });
    openDialogFor(dialog);
}

} // namespace scs::ui
