#include "ui/browse/browsercontroller.h"

#include "kube/kubeclient.h"
#include "kube/watcher.h"
#include "models/resourcetablemodel.h"
#include "models/tenanttreefiltermodel.h"
#include "models/tenanttreemodel.h"
#include "ui/browse/deletedialog.h"
#include "ui/browse/relatedobjectspane.h"
#include "ui/browse/resourcetableview.h"
#include "ui/common/eventspane.h"
#include "ui/common/objectformview.h"
#include "ui/common/paintmilestone.h"
#include "ui/common/workbench.h"
#include "ui/common/yamlview.h"
#include "workspace/connectionstate.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHash>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <memory>

namespace scs::ui {

namespace {

using models::TenantTreeModel;
using NodeType = TenantTreeModel::NodeType;
using Category = TenantTreeModel::Category;

QColor categoryColor(Category category)
{
    switch (category) {
    case Category::Claims:
        return QColor(0x0f, 0x6c, 0xbd);
    case Category::Workloads:
        return QColor(0x2e, 0x7d, 0x32);
    case Category::Configuration:
        return QColor(0x8e, 0x6c, 0x00);
    case Category::AccessControl:
        return QColor(0x8e, 0x24, 0xaa);
    case Category::Identity:
        return QColor(0xad, 0x14, 0x57);
    case Category::CustomResources:
        return QColor(0x00, 0x83, 0x8f);
    case Category::Other:
        break;
    }
    return QColor(0x70, 0x70, 0x70);
}

// Small drawn icons, so that the tree reads the same on every desktop (and offscreen).
QIcon drawnIcon(NodeType type, const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    switch (type) {
    case NodeType::Profile:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x33, 0x47, 0x5b));
        p.drawRoundedRect(QRectF(2, 2, 12, 5), 1.5, 1.5);
        p.drawRoundedRect(QRectF(2, 9, 12, 5), 1.5, 1.5);
        p.setBrush(QColor(0x7c, 0xd9, 0x92));
        p.drawEllipse(QRectF(10.5, 3.5, 2, 2));
        p.drawEllipse(QRectF(10.5, 10.5, 2, 2));
        break;
    case NodeType::Tenant:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x0f, 0x6c, 0xbd));
        p.drawEllipse(QRectF(5, 1.5, 6, 6));
        p.drawRoundedRect(QRectF(2.5, 8.5, 11, 6), 3, 3);
        break;
    case NodeType::Category: {
        p.setPen(QPen(color.darker(120), 1));
        p.setBrush(color.lighter(170));
        QPainterPath folder;
        folder.moveTo(1.5, 3.5);
        folder.lineTo(6, 3.5);
        folder.lineTo(7.5, 5);
        folder.lineTo(14.5, 5);
        folder.lineTo(14.5, 13.5);
        folder.lineTo(1.5, 13.5);
        folder.closeSubpath();
        p.drawPath(folder);
        break;
    }
    case NodeType::Kind:
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(3, 3, 10, 10), 2.5, 2.5);
        break;
    case NodeType::Message:
        break;
    }
    return QIcon(pixmap);
}

class NavigationDecorationProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto base = [this, &index](int r) { return QIdentityProxyModel::data(index, r); };
        const auto type = base(TenantTreeModel::NodeTypeRole).value<NodeType>();
        if (role == Qt::DecorationRole && type == NodeType::Tenant
            && base(TenantTreeModel::TenantRole).toString().isEmpty()) {
            // The cluster-scoped node: a grid of nodes rather than a tenant's person.
            static const QIcon cluster = [] {
                QPixmap pixmap(16, 16);
                pixmap.fill(Qt::transparent);
                QPainter p(&pixmap);
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0x33, 0x47, 0x5b));
                for (const QPointF &at : {QPointF(2, 2), QPointF(9, 2), QPointF(2, 9),
                                          QPointF(9, 9)}) {
                    p.drawRoundedRect(QRectF(at, QSizeF(5, 5)), 1.2, 1.2);
                }
                return QIcon(pixmap);
            }();
            return cluster;
        }
        if (role == Qt::DecorationRole && type != NodeType::Message) {
            const auto category = base(TenantTreeModel::CategoryRole).value<Category>();
            static QHash<int, QIcon> icons; // drawn once per node type and category
            const int key = int(type) * 16 + int(category);
            auto it = icons.find(key);
            if (it == icons.end())
                it = icons.insert(key, drawnIcon(type, categoryColor(category)));
            return *it;
        }
        if (type == NodeType::Message) {
            const auto kind
                = base(TenantTreeModel::MessageKindRole).value<TenantTreeModel::MessageKind>();
            if (role == Qt::ForegroundRole)
                return kind == TenantTreeModel::MessageKind::Error ? QColor(0xc6, 0x28, 0x28)
                                                                   : QColor(0x80, 0x80, 0x80);
            if (role == Qt::FontRole) {
                QFont font;
                font.setItalic(true);
                return font;
            }
        }
        if (role == Qt::FontRole && type == NodeType::Tenant) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

BrowserController::BrowserController(Workbench &workbench,
                                     workspace::WorkspaceRegistry &workspaces,
                                     const ObjectViews &views, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_tableModel(new models::ResourceTableModel(this))
    , m_tableView(new ResourceTableView)
    , m_related(new RelatedObjectsPane)
    , m_views(views)
{
    // The window owns the views from here on.
    m_workbench.setDetailsPage(Workbench::DetailsTab::Table, m_tableView);
    m_workbench.setDetailsPage(Workbench::DetailsTab::Form, m_views.form);
    m_workbench.setDetailsPage(Workbench::DetailsTab::Yaml, m_views.yaml);
    m_workbench.setEventsPane(m_views.events);
    for (auto tab : {Workbench::DetailsTab::Table, Workbench::DetailsTab::Form,
                     Workbench::DetailsTab::Yaml}) {
        m_workbench.setDetailsPage(tab, nullptr);
    }
    m_views.events->hide();
    m_workbench.setDetailsPage(Workbench::DetailsTab::Related, m_related);
    m_workbench.setDetailsPage(Workbench::DetailsTab::Related, nullptr);
    m_tableView->setModel(m_tableModel);
    createTableActions();

    connect(m_tableView, &ResourceTableView::currentObjectChanged, this,
            &BrowserController::onCurrentObjectChanged);
    connect(m_tableView, &ResourceTableView::labelSelectorChanged, this,
            &BrowserController::watchCollection);
    connect(m_tableModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                   const QList<int> &roles) {
                // Times moving on (refreshAges names its roles) are no new object.
                if (!roles.isEmpty())
                    return;
                const int row = m_tableModel->rowOf(m_currentUid);
                if (row >= topLeft.row() && row <= bottomRight.row()
                    && topLeft.column() < m_tableModel->ageColumn()) {
                    showCurrentObject();
                }
            });
    connect(m_tableModel, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_currentUid.isEmpty() && m_tableModel->rowOf(m_currentUid) < 0)
            showCurrentObject();
        updateTreeCount();
    });
    connect(m_tableModel, &QAbstractItemModel::rowsInserted, this, [this] {
        updateTreeCount();
        if (!m_pendingSelect.isEmpty())
            selectByName(m_pendingSelect);
    });
    // The open kind's count follows its watch; the others are counted again now and then and
    // whenever the person opens a kind, so they follow what others create and delete.
    auto *recount = new QTimer(this);
    recount->setInterval(60000);
    connect(recount, &QTimer::timeout, this, [this] {
        if (TenantTreeModel *tree = treeModel())
            tree->recount();
    });
    recount->start();
    connect(m_workbench.standardAction(Workbench::StandardAction::Refresh), &QAction::triggered,
            this, [this] {
                // While the Central API cannot be reached there is nothing to reload from: a
                // reload would only swap what is known (the tree, the table's rows, marked
                // stale) for an error. Try the server at once instead; recovery reloads.
                if (m_workspace && m_workspace->connectionState()
                    && !m_workspace->connectionState()->isOnline()) {
                    m_workspace->connectionState()->retryNow();
                    return;
                }
                if (m_workspace)
                    m_workspace->refresh();
                if (m_resource)
                    watchCollection();
            });
    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceChanged, this,
            &BrowserController::setWorkspace);
    setWorkspace(workspaces.current());
}

BrowserController::~BrowserController()
{
    stop();
}

void BrowserController::setWorkspace(workspace::Workspace *workspace)
{
    if (workspace == m_workspace)
        return;
    stop();
    m_workspace = workspace;
    if (workspace)
        start();
}

workspace::Workspace *BrowserController::workspace() const
{
    return m_workspace;
}

kube::KubeClient *BrowserController::client() const
{
    return m_workspace ? m_workspace->client() : nullptr;
}

kube::Discovery *BrowserController::discovery() const
{
    return m_workspace ? m_workspace->discovery() : nullptr;
}

models::TenantTreeModel *BrowserController::treeModel() const
{
    return m_workspace ? m_workspace->tenantTree() : nullptr;
}

void BrowserController::start()
{
    workspace::Selection *selection = m_workspace->selection();
    connect(selection, &workspace::Selection::openKindRequested, this,
            &BrowserController::openKind);
    connect(selection, &workspace::Selection::selectRequested, this,
            &BrowserController::selectByName);
    connect(selection, &workspace::Selection::openTenantRequested, this,
            &BrowserController::openTenant);
    connect(selection, &workspace::Selection::openObjectRequested, this,
            &BrowserController::openObject);
    selection->setTable(m_tableModel);
    connect(selection, &workspace::Selection::editedUidChanged, this, [this](const QString &uid) {
        if (uid.isEmpty() && !m_currentUid.isEmpty())
            showCurrentObject(); // the server's object again in Form and YAML
    });
    // tree model -> filter (as you type) -> icons -> view
    m_treeFilter = new models::TenantTreeFilterModel(this);
    m_treeFilter->setSourceModel(treeModel());
    auto *icons = new NavigationDecorationProxy(this);
    icons->setSourceModel(m_treeFilter);
    m_treeIcons = icons;
    m_workbench.setTreeModel(m_treeIcons);
    QTreeView *view = m_workbench.navigationTree();
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, m_treeIcons,
            [this](const QModelIndex &current) { onTreeCurrentChanged(current); });
    connect(m_workbench.navigationFilter(), &QLineEdit::textChanged, m_treeIcons,
            [this](const QString &text) { onFilterChanged(text); });
    // Which tenants are on screen: after scrolling, expanding, filtering and new rows settle.
    m_visibleTimer = new QTimer(m_treeIcons);
    m_visibleTimer->setSingleShot(true);
    m_visibleTimer->setInterval(100);
    connect(m_visibleTimer, &QTimer::timeout, this, &BrowserController::reportVisibleTenants);
    auto scheduleVisible = [this] { m_visibleTimer->start(); };
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, m_visibleTimer,
            scheduleVisible);
    connect(view, &QTreeView::expanded, m_visibleTimer, scheduleVisible);
    connect(view, &QTreeView::collapsed, m_visibleTimer, scheduleVisible);
    connect(m_treeIcons, &QAbstractItemModel::rowsInserted, m_visibleTimer, scheduleVisible);
    connect(m_treeIcons, &QAbstractItemModel::rowsRemoved, m_visibleTimer, scheduleVisible);
    connect(m_treeIcons, &QAbstractItemModel::layoutChanged, m_visibleTimer, scheduleVisible);
    connect(treeModel(), &TenantTreeModel::tenantsLoaded, m_treeIcons, [this] {
        QTreeView *tree = m_workbench.navigationTree();
        tree->expand(toView(treeModel()->profileIndex()));
        const QStringList tenants = treeModel()->tenants();
        // bench/startup: every tenant is a row now; the milestone is their first paint.
        PaintMilestone::markAfterNextPaint(
            tree->viewport(), QStringLiteral("tenant tree shown"),
            QStringLiteral("%1 tenants, %2 rows")
                .arg(tenants.size())
                .arg(m_treeIcons->rowCount(toView(treeModel()->profileIndex()))));
        if (tenants.size() <= 3) {
            for (const QString &t : tenants)
                tree->expand(toView(treeModel()->tenantIndex(t)));
        }
    });
    connect(treeModel(), &QAbstractItemModel::rowsInserted, m_treeIcons,
            [this](const QModelIndex &parent, int first, int last) {
                onTenantRowsInserted(parent, first, last);
            });
    connect(m_workspace, &workspace::Workspace::accessRulesChanged, this,
            &BrowserController::updateTableActions);
    connect(treeModel(), &TenantTreeModel::errorOccurred, m_treeIcons, [this](const Error &error) {
        m_workbench.showBanner(error.message, Workbench::BannerKind::Error);
    });
    connect(m_workspace->discovery(), &kube::Discovery::failed, m_treeIcons, [this](const Error &error) {
        m_workbench.showStatusMessage(tr("Discovery failed: %1").arg(error.message), 10000);
    });
    m_workbench.navigationTree()->expand(toView(treeModel()->profileIndex()));
    m_workbench.standardAction(Workbench::StandardAction::Refresh)->setEnabled(true);
}

QModelIndex BrowserController::toView(const QModelIndex &treeIndex) const
{
    if (!m_treeIcons || !m_treeFilter)
        return {};
    return m_treeIcons->mapFromSource(m_treeFilter->mapFromSource(treeIndex));
}

void BrowserController::onFilterChanged(const QString &text)
{
    if (!m_treeFilter)
        return;
    m_treeFilter->setFilterText(text);
    if (text.trimmed().isEmpty())
        return;
    // Show the matches under tenants that have kinds already; expanding the others would ask
    // for the rules of every tenant that matches.
    QTreeView *view = m_workbench.navigationTree();
    const QModelIndex profile = toView(treeModel()->profileIndex());
    view->expand(profile);
    for (int row = 0; row < m_treeIcons->rowCount(profile); ++row) {
        const QModelIndex tenant = m_treeIcons->index(row, 0, profile);
        if (m_treeIcons->rowCount(tenant) == 0)
            continue;
        view->expand(tenant);
        for (int c = 0; c < m_treeIcons->rowCount(tenant); ++c)
            view->expand(m_treeIcons->index(c, 0, tenant));
    }
}

void BrowserController::reportVisibleTenants()
{
    TenantTreeModel *tree = treeModel();
    if (!tree || !m_treeIcons)
        return;
    QTreeView *view = m_workbench.navigationTree();
    QStringList tenants;
    const int height = view->viewport()->height();
    QModelIndex index = view->indexAt(QPoint(1, 1));
    // Row by row from the top, as the view lays them out; a few rows beyond the bottom too.
    for (int n = 0; index.isValid() && n < 200; ++n) {
        const QRect rect = view->visualRect(index);
        if (rect.top() > height + 4 * std::max(1, rect.height()))
            break;
        const QString tenant = index.data(TenantTreeModel::TenantRole).toString();
        if (!tenant.isEmpty() && !tenants.contains(tenant))
            tenants.append(tenant);
        index = view->indexBelow(index);
    }
    tree->setVisibleTenants(tenants);
}

void BrowserController::onTenantRowsInserted(const QModelIndex &parent, int first, int)
{
    if (m_pendingOpen && parent.isValid()
        && parent.data(TenantTreeModel::TenantRole).toString() == m_pendingOpen->tenant) {
        const PendingOpen pending = *m_pendingOpen;
        // After the insertion settles (the view handles it first).
        QTimer::singleShot(0, m_treeIcons, [this, pending] {
            if (m_pendingOpen && m_pendingOpen->tenant == pending.tenant
                && m_pendingOpen->plural == pending.plural
                && treeModel()->kindIndex(pending.tenant, pending.plural, pending.group)
                       .isValid()) {
                m_pendingOpen.reset();
                if (pending.name.isEmpty())
                    openKind(pending.tenant, pending.plural, pending.group);
                else
                    openObject(pending.tenant, pending.plural, pending.group, pending.name);
            }
        });
    }
    // Kinds arrived under a tenant: open its first group (claims and clusters, with counts).
    if (!parent.isValid()
        || parent.data(TenantTreeModel::NodeTypeRole).value<NodeType>() != NodeType::Tenant
        || first != 0) {
        return;
    }
    const QModelIndex firstGroup = treeModel()->index(0, 0, parent);
    if (firstGroup.data(TenantTreeModel::NodeTypeRole).value<NodeType>() == NodeType::Category)
        m_workbench.navigationTree()->expand(toView(firstGroup));
}

void BrowserController::stop()
{
    if (!m_treeIcons)
        return;
    dropCollection();
    m_pendingOpen.reset();
    m_workbench.setTreeModel(nullptr);
    m_workbench.standardAction(Workbench::StandardAction::Refresh)->setEnabled(false);
    delete m_treeIcons; // and the visible-tenants timer
    m_treeIcons = nullptr;
    m_visibleTimer = nullptr;
    delete m_treeFilter;
    m_treeFilter = nullptr;
    if (m_workspace) {
        // A switch keeps the Workspace open: nothing of ours may stay connected to it.
        m_workspace->disconnect(this);
        m_workspace->selection()->disconnect(this);
        m_workspace->selection()->setTable(nullptr);
    }
    m_workspace = nullptr;
    updateTableActions();
}

QModelIndex BrowserController::toViewUnfiltered(const QModelIndex &treeIndex)
{
    QModelIndex index = toView(treeIndex);
    if (!index.isValid() && treeIndex.isValid() && m_treeFilter
        && !m_treeFilter->filterText().isEmpty()) {
        // The filter hides the target: show everything again (the box is the filter's source;
        // clearing it filters synchronously through onFilterChanged).
        m_workbench.navigationFilter()->clear();
        m_treeFilter->setFilterText({});
        index = toView(treeIndex);
    }
    return index;
}

bool BrowserController::openKind(const QString &tenant, const QString &plural,
                                 const QString &group)
{
    if (!treeModel())
        return false;
    const QModelIndex tenantIndex = treeModel()->tenantIndex(tenant);
    if (!tenantIndex.isValid())
        return false;
    QTreeView *view = m_workbench.navigationTree();
    view->expand(toViewUnfiltered(tenantIndex));
    if (treeModel()->canFetchMore(tenantIndex))
        treeModel()->fetchMore(tenantIndex);
    treeModel()->requestRules(tenant);
    const QModelIndex kind = treeModel()->kindIndex(tenant, plural, group);
    if (!kind.isValid()) {
        // Its rules (or discovery) may not be in yet, or the kinds of a reviewed tenant not
        // shown yet (fetchMore shows them queued): opened when the kinds arrive, unless the
        // person picks something else first.
        if (!treeModel()->rulesKnown(tenant) || treeModel()->rowCount(tenantIndex) == 0)
            m_pendingOpen = PendingOpen{tenant, plural, group, {}};
        return false;
    }
    m_pendingOpen.reset();
    const QModelIndex proxyIndex = toViewUnfiltered(kind);
    view->expand(proxyIndex.parent());
    if (view->currentIndex() == proxyIndex) {
        // Already current (another view, such as the members view, may have the Table tab):
        // no currentChanged comes, so its table is brought back here.
        onTreeCurrentChanged(proxyIndex);
    } else {
        view->setCurrentIndex(proxyIndex);
    }
    view->scrollTo(proxyIndex);
    return true;
}

bool BrowserController::openTenant(const QString &tenant)
{
    if (!treeModel())
        return false;
    const QModelIndex tenantIndex = treeModel()->tenantIndex(tenant);
    if (!tenantIndex.isValid())
        return false;
    m_pendingOpen.reset();
    QTreeView *view = m_workbench.navigationTree();
    const QModelIndex proxyIndex = toViewUnfiltered(tenantIndex);
    view->expand(proxyIndex);
    view->setCurrentIndex(proxyIndex);
    view->scrollTo(proxyIndex);
    return true;
}

bool BrowserController::openObject(const QString &tenant, const QString &plural,
                                   const QString &group, const QString &name)
{
    const bool opened = openKind(tenant, plural, group);
    if (opened)
        selectByName(name);
    else if (m_pendingOpen)
        m_pendingOpen->name = name;
    return opened;
}

void BrowserController::onTreeCurrentChanged(const QModelIndex &current)
{
    const auto type = current.data(TenantTreeModel::NodeTypeRole).value<NodeType>();
    if (type == NodeType::Tenant && treeModel())
        treeModel()->requestRules(current.data(TenantTreeModel::TenantRole).toString());
    if (type != NodeType::Kind)
        return;
    m_pendingOpen.reset();
    const QString tenant = current.data(TenantTreeModel::TenantRole).toString();
    const auto resource = current.data(TenantTreeModel::ResourceRole).value<kube::ApiResource>();
    if (m_resource && *m_resource == resource && m_tenant == tenant) {
        // The same kind again (another view had the Table tab): its table comes back as it was.
        m_workbench.setDetailsPage(Workbench::DetailsTab::Table, m_tableView);
        return;
    }
    openCollection(tenant, resource);
}

void BrowserController::openCollection(const QString &tenant, const kube::ApiResource &resource)
{
    dropCollection();
    m_pendingSelect.clear();
    m_tenant = tenant;
    m_resource = resource;
    m_workspace->selection()->setCollection(tenant, resource);
    m_tableView->setLabelSelector({});
    m_tableView->setTitle(tenant.isEmpty() ? tr("%1 (cluster-scoped)").arg(resource.kind)
                                           : tr("%1 in %2").arg(resource.kind, tenant));
    if (TenantTreeModel *tree = treeModel(); tenant.isEmpty() && tree) {
        // Cluster scope has no rules review: ask about the table's actions once, now.
        for (const QString &verb : {QStringLiteral("delete"), QStringLiteral("create"),
                                   QStringLiteral("update"), QStringLiteral("patch")})
            tree->requestClusterAccess(verb, resource);
    }
    m_tableView->table()->setToolTip(resource.qualifiedName());
    if (TenantTreeModel *tree = treeModel())
        tree->recount();
    watchCollection();
    m_workbench.setDetailsPage(Workbench::DetailsTab::Table, m_tableView);
    m_workbench.showDetailsTab(Workbench::DetailsTab::Table);
    updateTableActions();
}

void BrowserController::watchCollection()
{
    if (!m_workspace || !m_resource)
        return;
    m_tableModel->setWatcher(nullptr);
    delete m_watcher;
    kube::Watcher::Options options;
    options.labelSelector = m_tableView->labelSelectorEdit()->text().trimmed();
    m_watcher = new kube::Watcher(m_workspace->client(), m_resource->collectionPath(m_tenant), options, this);
    connect(m_watcher, &kube::Watcher::errorOccurred, this, &BrowserController::onWatchError);
    connect(m_watcher, &kube::Watcher::synced, this, &BrowserController::updateTreeCount);
    m_tableModel->setWatcher(m_watcher);
    m_watcher->start();
    // The schema for the form's tool tips; answers for an earlier collection die with its
    // watcher (the context).
    m_workspace->selection()->setSchema(std::nullopt);
    requestSchema(/*retry=*/true);
}

void BrowserController::requestSchema(bool retry)
{
    if (!m_resource || !m_watcher || !m_workspace)
        return;
    m_workspace->openApi()->schemaFor(m_resource->group, m_resource->version, m_resource->kind, m_watcher,
                         [this, retry](const Result<kube::OpenApiSchema> &schema) {
                             if (!schema) {
                                 // The server republishes its OpenAPI documents a moment after
                                 // a CRD changed: one more try with a fresh index.
                                 if (retry) {
                                     m_workspace->openApi()->invalidate();
                                     QTimer::singleShot(2000, m_watcher, [this] {
                                         requestSchema(false);
                                     });
                                 }
                                 return;
                             }
                             m_workspace->selection()->setSchema(*schema);
                             if (!m_currentUid.isEmpty())
                                 m_views.form->setSchema(*schema);
                         });
}

void BrowserController::dropCollection()
{
    m_tableModel->setWatcher(nullptr);
    delete m_watcher;
    m_watcher = nullptr;
    m_resource.reset();
    m_tenant.clear();
    m_currentUid.clear();
    m_views.events->clear();
    m_views.events->hide();
    m_views.form->clear();
    m_views.yaml->clear();
    m_workbench.setDetailsPage(Workbench::DetailsTab::Table, nullptr);
    m_workbench.setDetailsPage(Workbench::DetailsTab::Form, nullptr);
    m_workbench.setDetailsPage(Workbench::DetailsTab::Yaml, nullptr);
    m_related->clear();
    m_workbench.setDetailsPage(Workbench::DetailsTab::Related, nullptr);
    if (m_workspace)
        m_workspace->selection()->setCollection({}, std::nullopt);
    if (m_workspace)
        m_workspace->selection()->setCurrent({}, {});
}

void BrowserController::onCurrentObjectChanged(const QString &uid)
{
    m_currentUid = uid;
    showCurrentObject();
}

void BrowserController::showCurrentObject()
{
    const int row = m_currentUid.isEmpty() ? -1 : m_tableModel->rowOf(m_currentUid);
    // The edited object's Form and YAML show the user's text (the edit flow's), not the server's.
    const QString editedUid = m_workspace ? m_workspace->selection()->editedUid() : QString();
    const bool edited = !editedUid.isEmpty() && editedUid == m_currentUid;
    if (row < 0) {
        if (!edited) {
            m_views.form->clear();
            m_views.yaml->clear();
            m_workbench.setDetailsPage(Workbench::DetailsTab::Form, nullptr);
            m_workbench.setDetailsPage(Workbench::DetailsTab::Yaml, nullptr);
        }
        m_views.events->clear();
        m_views.events->hide();
        m_related->clear();
        m_workbench.setDetailsPage(Workbench::DetailsTab::Related, nullptr);
        if (m_workspace)
            m_workspace->selection()->setCurrent(m_currentUid, {});
        return;
    }
    const kube::WatchItem &item = m_tableModel->item(row);
    const QJsonObject object = item.object(); // parsed once (rows keep compact JSON)
    if (!edited) {
        if (const auto &schema = m_workspace->selection()->schema())
            m_views.form->setSchema(schema);
        m_views.form->setObject(object);
        m_views.yaml->setObject(object);
        m_workbench.setDetailsPage(Workbench::DetailsTab::Form, m_views.form);
        m_workbench.setDetailsPage(Workbench::DetailsTab::Yaml, m_views.yaml);
    }
    m_views.events->follow(m_workspace->client(), item.namespaceName(), item.uid(), item.name());
    m_views.events->show();
    if (m_resource) {
        m_related->showObject(m_workspace, m_tenant, *m_resource, object, m_tableModel);
        m_workbench.setDetailsPage(Workbench::DetailsTab::Related, m_related);
    }
    m_workspace->selection()->setCurrent(m_currentUid, object);
}

void BrowserController::selectByName(const QString &name)
{
    for (int row = 0; row < m_tableModel->rowCount(); ++row) {
        const kube::WatchItem &item = m_tableModel->item(row);
        if (item.name() == name) {
            m_pendingSelect.clear();
            m_tableView->selectUid(item.uid());
            return;
        }
    }
    m_pendingSelect = name; // its collection is (re)listing: selected when its row arrives
}

void BrowserController::updateTreeCount()
{
    if (!treeModel() || !m_resource || !m_watcher || !m_watcher->isSynced()
        || !m_watcher->options().labelSelector.isEmpty()) {
        return;
    }
    treeModel()->setCount(treeModel()->kindIndex(m_tenant, m_resource->plural, m_resource->group),
                     m_tableModel->rowCount());
}

void BrowserController::onWatchError(const Error &error)
{
    m_workbench.showStatusMessage(error.message, 10000);
}

} // namespace scs::ui

namespace scs::ui {

bool BrowserController::allows(const QString &verb, const QString &group,
                               const QString &resource, const QString &namespaceName) const
{
    return m_workspace && m_workspace->allows(verb, group, resource, namespaceName);
}

QList<models::DeletionTarget> BrowserController::selectedTargets() const
{
    QList<models::DeletionTarget> targets;
    if (!m_resource)
        return targets;
    const QStringList uids = m_tableView->selectedUids();
    for (const QString &uid : uids) {
        const int row = m_tableModel->rowOf(uid);
        if (row < 0)
            continue;
        const kube::WatchItem &item = m_tableModel->item(row);
        targets.append(models::DeletionTarget{*m_resource, item.namespaceName(), item.name(), uid});
    }
    std::sort(targets.begin(), targets.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    return targets;
}

QString BrowserController::kubectlCommandForSelection() const
{
    const QList<models::DeletionTarget> targets = selectedTargets();
    if (targets.isEmpty() || !m_resource)
        return {};
    QStringList words{QStringLiteral("kubectl"), QStringLiteral("get"),
                      m_resource->qualifiedName()};
    for (const models::DeletionTarget &t : targets)
        words.append(t.name);
    if (!m_tenant.isEmpty())
        words << QStringLiteral("-n") << m_tenant;
    words << QStringLiteral("-o") << QStringLiteral("yaml");
    return words.join(QLatin1Char(' '));
}

void BrowserController::createTableActions()
{
    m_copyNameAction = new QAction(tr("Copy Name"), this);
    m_copyNameAction->setObjectName(QStringLiteral("copyNameAction"));
    m_copyNameAction->setToolTip(tr("Copies the selected objects' names"));
    m_copyNameAction->setShortcut(QKeySequence::Copy);
    m_copyNameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyNameAction, &QAction::triggered, this, [this] {
        QStringList names;
        for (const models::DeletionTarget &t : selectedTargets())
            names.append(t.name);
        if (!names.isEmpty())
            QGuiApplication::clipboard()->setText(names.join(QLatin1Char('\n')));
    });
    m_copyKubectlAction = new QAction(tr("Copy as kubectl Command"), this);
    m_copyKubectlAction->setObjectName(QStringLiteral("copyKubectlAction"));
    m_copyKubectlAction->setToolTip(tr("Copies a kubectl command that shows the selected objects"));
    connect(m_copyKubectlAction, &QAction::triggered, this, [this] {
        const QString command = kubectlCommandForSelection();
        if (!command.isEmpty())
            QGuiApplication::clipboard()->setText(command);
    });
    m_deleteAction = new QAction(tr("Delete…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setToolTip(tr("Deletes the selected objects, after asking"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &BrowserController::confirmDelete);

    m_tableView->addObjectAction(m_copyNameAction);
    m_tableView->addObjectAction(m_copyKubectlAction);
    m_tableView->addObjectActionSeparator();
    m_tableView->addObjectAction(m_deleteAction);
    // Other features' actions on objects (Edit, ...) follow the table's own.
    connect(&m_workbench, &Workbench::objectActionsChanged, this,
            &BrowserController::addWorkbenchObjectActions);
    addWorkbenchObjectActions();
    connect(m_tableView, &ResourceTableView::selectionChanged, this,
            &BrowserController::updateTableActions);
    updateTableActions();
}

void BrowserController::addWorkbenchObjectActions()
{
    const QList<QAction *> actions = m_workbench.objectActions();
    for (; m_workbenchActionsShown < actions.size(); ++m_workbenchActionsShown) {
        if (QAction *action = actions.at(m_workbenchActionsShown))
            m_tableView->addObjectAction(action);
        else
            m_tableView->addObjectActionSeparator();
    }
}

void BrowserController::updateTableActions()
{
    if (!m_deleteAction)
        return;
    const bool selected = m_resource && !m_tableView->selectedUids().isEmpty();
    m_copyNameAction->setEnabled(selected);
    m_copyKubectlAction->setEnabled(selected);
    // Not offered at all where the server would refuse it (the rules review says so).
    const bool mayDelete
        = m_workspace && m_workspace->allowsOnCurrentKind(QStringLiteral("delete"));
    m_deleteAction->setVisible(mayDelete);
    m_deleteAction->setEnabled(mayDelete && selected);
}

void BrowserController::confirmDelete()
{
    if (!m_deleteAction->isEnabled())
        return;
    const QList<models::DeletionTarget> targets = selectedTargets();
    if (targets.isEmpty())
        return;
    auto *dialog = new DeleteDialog(targets, m_tableView);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { deleteTargets(dialog->targets(), dialog->policy()); });
    dialog->open();
}

void BrowserController::deleteTargets(const QList<models::DeletionTarget> &targets,
                                      models::PropagationPolicy policy)
{
    kube::KubeClient *kube = client();
    if (!kube || targets.isEmpty())
        return;
    m_workbench.hideBanner();
    struct Progress
    {
        int pending = 0;
        int accepted = 0;
        int terminating = 0;
        QStringList errors;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(targets.size());
    for (const models::DeletionTarget &target : targets) {
        // The client is the context: the answers are wanted even after another kind is opened.
        models::deleteObject(
            kube, target, policy, kube,
            [this, progress, target](const Result<models::DeletionOutcome> &outcome) {
                if (outcome) {
                    ++progress->accepted;
                    if (*outcome == models::DeletionOutcome::Terminating)
                        ++progress->terminating;
                } else {
                    progress->errors.append(outcome.error().message);
                }
                if (--progress->pending > 0)
                    return;
                const int total = progress->accepted + int(progress->errors.size());
                QString summary;
                if (progress->accepted == 1 && total == 1) {
                    summary = progress->terminating
                        ? tr("%1 %2 is terminating: it waits for its finalizers.")
                              .arg(target.resource.kind, target.name)
                        : tr("Deleted %1 %2.").arg(target.resource.kind, target.name);
                } else if (progress->accepted > 0) {
                    summary = tr("Deleted %1 of %n object(s); %2 terminating.", nullptr, total)
                                  .arg(progress->accepted)
                                  .arg(progress->terminating);
                }
                if (!summary.isEmpty())
                    m_workbench.showStatusMessage(summary, 10000);
                if (!progress->errors.isEmpty()) {
                    const QString text = progress->errors.size() == 1
                        ? tr("Delete failed: %1").arg(progress->errors.front())
                        : tr("%n delete(s) failed:", nullptr, int(progress->errors.size()))
                            + QLatin1Char('\n') + progress->errors.join(QLatin1Char('\n'));
                    m_workbench.showBanner(text, Workbench::BannerKind::Error);
                }
                Q_EMIT deletionFinished(progress->accepted, progress->errors);
            });
    }
}

} // namespace scs::ui
