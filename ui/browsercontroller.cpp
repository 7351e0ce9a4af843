#include "ui/browsercontroller.h"

#include "auth/session.h"
#include "kube/kubeclient.h"
#include "kube/watcher.h"
#include "models/resourcetablemodel.h"
#include "models/tenanttreemodel.h"
#include "ui/deletedialog.h"
#include "ui/eventspane.h"
#include "ui/mainwindow.h"
#include "ui/objectformview.h"
#include "ui/resourcetableview.h"
#include "ui/yamlview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHash>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QStatusBar>
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

BrowserController::BrowserController(MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_tableModel(new models::ResourceTableModel(this))
    , m_tableView(new ResourceTableView)
    , m_formView(new ObjectFormView)
    , m_yamlView(new YamlView)
    , m_eventsPane(new EventsPane)
{
    // The window owns the views from here on.
    m_window.setDetailsPage(MainWindow::DetailsTab::Table, m_tableView);
    m_window.setDetailsPage(MainWindow::DetailsTab::Form, m_formView);
    m_window.setDetailsPage(MainWindow::DetailsTab::Yaml, m_yamlView);
    m_window.setEventsPane(m_eventsPane);
    for (auto tab : {MainWindow::DetailsTab::Table, MainWindow::DetailsTab::Form,
                     MainWindow::DetailsTab::Yaml}) {
        m_window.setDetailsPage(tab, nullptr);
    }
    m_eventsPane->hide();
    m_tableView->setModel(m_tableModel);
    createTableActions();

    connect(m_tableView, &ResourceTableView::currentObjectChanged, this,
            &BrowserController::onCurrentObjectChanged);
    connect(m_tableView, &ResourceTableView::labelSelectorChanged, this,
            &BrowserController::watchCollection);
    connect(m_tableModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
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
    connect(m_tableModel, &QAbstractItemModel::rowsInserted, this,
            &BrowserController::updateTreeCount);
    connect(m_window.refreshAction(), &QAction::triggered, this, [this] {
        if (m_tree)
            m_tree->reload();
        if (m_discovery)
            m_discovery->refresh();
        if (m_resource)
            watchCollection();
    });
}

BrowserController::~BrowserController()
{
    stop();
    // QObject's destructor would delete it only after ours has run, and a sibling child that
    // goes first (or the session) could still reach setSession()'s lambdas, which use `this`.
    delete m_sessionContext;
    m_sessionContext = nullptr;
}

QRegularExpression BrowserController::groupPattern()
{
    const QString pattern = QSettings().value(QStringLiteral("tenants/groupPattern")).toString();
    if (!pattern.isEmpty()) {
        QRegularExpression re(pattern);
        if (re.isValid())
            return re;
    }
    return TenantTreeModel::defaultGroupPattern();
}

void BrowserController::setSession(auth::Session *session)
{
    if (session == m_session)
        return;
    stop();
    delete m_sessionContext;
    m_sessionContext = nullptr;
    m_session = session;
    if (!session)
        return;
    m_sessionContext = new QObject(this);
    connect(session, &auth::Session::signedIn, m_sessionContext, [this] { start(); });
    connect(session, &auth::Session::signedOut, m_sessionContext, [this] { stop(); });
    connect(session, &auth::Session::signInRequired, m_sessionContext, [this] { stop(); });
    connect(session, &QObject::destroyed, m_sessionContext, [this] {
        stop();
        m_session = nullptr;
    });
    if (session->isSignedIn())
        start();
}

void BrowserController::start()
{
    if (m_client || !m_session)
        return; // signedIn also follows a scheduled refresh: keep what is open
    const ConnectionProfile &profile = m_session->profile();
    m_client = new kube::KubeClient(profile, m_session, this);
    m_discovery = new kube::Discovery(m_client, profile.name, this);
    m_openApi = new kube::OpenApi(m_client, this);
    m_tree = new TenantTreeModel(m_client, profile.name, this);
    m_tree->setTenantHints(profile.tenants, m_session->groups());
    m_tree->setGroupPattern(groupPattern());
    m_tree->setDiscovery(m_discovery);
    auto *icons = new NavigationDecorationProxy(this);
    icons->setSourceModel(m_tree);
    m_treeIcons = icons;
    m_window.setTreeModel(m_treeIcons);
    QTreeView *view = m_window.navigationTree();
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, m_treeIcons,
            [this](const QModelIndex &current) { onTreeCurrentChanged(current); });
    connect(m_tree, &TenantTreeModel::tenantsLoaded, m_treeIcons, [this] {
        QTreeView *tree = m_window.navigationTree();
        tree->expand(m_treeIcons->mapFromSource(m_tree->profileIndex()));
        const QStringList tenants = m_tree->tenants();
        if (tenants.size() <= 3) {
            for (const QString &t : tenants)
                tree->expand(m_treeIcons->mapFromSource(m_tree->tenantIndex(t)));
        }
    });
    connect(m_tree, &QAbstractItemModel::rowsInserted, m_treeIcons,
            [this](const QModelIndex &parent, int first, int last) {
                onTenantRowsInserted(parent, first, last);
            });
    connect(m_tree, &TenantTreeModel::accessChanged, this, [this] {
        updateTableActions();
        Q_EMIT accessRulesChanged();
    });
    connect(m_tree, &TenantTreeModel::errorOccurred, m_treeIcons, [this](const Error &error) {
        m_window.showBanner(error.message, MainWindow::BannerKind::Error);
    });
    connect(m_discovery, &kube::Discovery::changed, m_openApi, &kube::OpenApi::invalidate);
    connect(m_discovery, &kube::Discovery::failed, m_treeIcons, [this](const Error &error) {
        m_window.statusBar()->showMessage(tr("Discovery failed: %1").arg(error.message), 10000);
    });
    m_window.navigationTree()->expand(m_treeIcons->mapFromSource(m_tree->profileIndex()));
    m_window.refreshAction()->setEnabled(true);
    m_window.exportKubeconfigAction()->setEnabled(true); // the tree knows the tenants now
    m_tree->reload();
    m_discovery->refresh();
    Q_EMIT started();
}

void BrowserController::onTenantRowsInserted(const QModelIndex &parent, int first, int)
{
    // Kinds arrived under a tenant: open its first group (claims and clusters, with counts).
    if (!parent.isValid()
        || parent.data(TenantTreeModel::NodeTypeRole).value<NodeType>() != NodeType::Tenant
        || first != 0) {
        return;
    }
    const QModelIndex firstGroup = m_tree->index(0, 0, parent);
    if (firstGroup.data(TenantTreeModel::NodeTypeRole).value<NodeType>() == NodeType::Category)
        m_window.navigationTree()->expand(m_treeIcons->mapFromSource(firstGroup));
}

void BrowserController::stop()
{
    if (!m_client)
        return;
    Q_EMIT stopping();
    dropCollection();
    m_window.setTreeModel(nullptr);
    m_window.refreshAction()->setEnabled(false);
    m_window.exportKubeconfigAction()->setEnabled(false);
    delete m_treeIcons;
    m_treeIcons = nullptr;
    delete m_tree;
    m_tree = nullptr;
    delete m_openApi;
    m_openApi = nullptr;
    delete m_discovery;
    m_discovery = nullptr;
    delete m_client;
    m_client = nullptr;
    updateTableActions();
    Q_EMIT accessRulesChanged();
}

bool BrowserController::openKind(const QString &tenant, const QString &plural,
                                 const QString &group)
{
    if (!m_tree)
        return false;
    const QModelIndex tenantIndex = m_tree->tenantIndex(tenant);
    if (!tenantIndex.isValid())
        return false;
    QTreeView *view = m_window.navigationTree();
    view->expand(m_treeIcons->mapFromSource(tenantIndex));
    if (m_tree->canFetchMore(tenantIndex))
        m_tree->fetchMore(tenantIndex);
    const QModelIndex kind = m_tree->kindIndex(tenant, plural, group);
    if (!kind.isValid())
        return false;
    const QModelIndex proxyIndex = m_treeIcons->mapFromSource(kind);
    view->expand(proxyIndex.parent());
    view->setCurrentIndex(proxyIndex);
    view->scrollTo(proxyIndex);
    return true;
}

void BrowserController::onTreeCurrentChanged(const QModelIndex &current)
{
    if (current.data(TenantTreeModel::NodeTypeRole).value<NodeType>() != NodeType::Kind)
        return;
    const QString tenant = current.data(TenantTreeModel::TenantRole).toString();
    const auto resource = current.data(TenantTreeModel::ResourceRole).value<kube::ApiResource>();
    if (m_resource && *m_resource == resource && m_tenant == tenant)
        return;
    openCollection(tenant, resource);
}

void BrowserController::openCollection(const QString &tenant, const kube::ApiResource &resource)
{
    dropCollection();
    m_tenant = tenant;
    m_resource = resource;
    m_tableView->setLabelSelector({});
    m_tableView->setTitle(tenant.isEmpty() ? tr("%1 (cluster-scoped)").arg(resource.kind)
                                           : tr("%1 in %2").arg(resource.kind, tenant));
    if (tenant.isEmpty() && m_tree) {
        // Cluster scope has no rules review: ask about the table's actions once, now.
        for (const QString &verb : {QStringLiteral("delete"), QStringLiteral("create"),
                                   QStringLiteral("update"), QStringLiteral("patch")})
            m_tree->requestClusterAccess(verb, resource);
    }
    m_tableView->table()->setToolTip(resource.qualifiedName());
    watchCollection();
    m_window.setDetailsPage(MainWindow::DetailsTab::Table, m_tableView);
    m_window.showDetailsTab(MainWindow::DetailsTab::Table);
    updateTableActions();
}

void BrowserController::watchCollection()
{
    if (!m_client || !m_resource)
        return;
    m_tableModel->setWatcher(nullptr);
    delete m_watcher;
    kube::Watcher::Options options;
    options.labelSelector = m_tableView->labelSelectorEdit()->text().trimmed();
    m_watcher = new kube::Watcher(m_client, m_resource->collectionPath(m_tenant), options, this);
    connect(m_watcher, &kube::Watcher::errorOccurred, this, &BrowserController::onWatchError);
    connect(m_watcher, &kube::Watcher::synced, this, &BrowserController::updateTreeCount);
    m_tableModel->setWatcher(m_watcher);
    m_watcher->start();
    // The schema for the form's tool tips; answers for an earlier collection die with its
    // watcher (the context).
    m_schema.reset();
    requestSchema(/*retry=*/true);
}

void BrowserController::requestSchema(bool retry)
{
    if (!m_resource || !m_watcher)
        return;
    m_openApi->schemaFor(m_resource->group, m_resource->version, m_resource->kind, m_watcher,
                         [this, retry](const Result<kube::OpenApiSchema> &schema) {
                             if (!schema) {
                                 // The server republishes its OpenAPI documents a moment after
                                 // a CRD changed: one more try with a fresh index.
                                 if (retry) {
                                     m_openApi->invalidate();
                                     QTimer::singleShot(2000, m_watcher, [this] {
                                         requestSchema(false);
                                     });
                                 }
                                 return;
                             }
                             m_schema = *schema;
                             if (!m_currentUid.isEmpty())
                                 m_formView->setSchema(m_schema);
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
    m_schema.reset();
    m_eventsPane->clear();
    m_eventsPane->hide();
    m_formView->clear();
    m_yamlView->clear();
    m_window.setDetailsPage(MainWindow::DetailsTab::Table, nullptr);
    m_window.setDetailsPage(MainWindow::DetailsTab::Form, nullptr);
    m_window.setDetailsPage(MainWindow::DetailsTab::Yaml, nullptr);
    Q_EMIT currentObjectShown({}, {});
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
    const bool edited = !m_editedUid.isEmpty() && m_editedUid == m_currentUid;
    if (row < 0) {
        if (!edited) {
            m_formView->clear();
            m_yamlView->clear();
            m_window.setDetailsPage(MainWindow::DetailsTab::Form, nullptr);
            m_window.setDetailsPage(MainWindow::DetailsTab::Yaml, nullptr);
        }
        m_eventsPane->clear();
        m_eventsPane->hide();
        Q_EMIT currentObjectShown(m_currentUid, {});
        return;
    }
    const kube::WatchItem &item = m_tableModel->item(row);
    const QJsonObject object = item.object(); // parsed once (rows keep compact JSON)
    if (!edited) {
        if (m_schema)
            m_formView->setSchema(m_schema);
        m_formView->setObject(object);
        m_yamlView->setObject(object);
        m_window.setDetailsPage(MainWindow::DetailsTab::Form, m_formView);
        m_window.setDetailsPage(MainWindow::DetailsTab::Yaml, m_yamlView);
    }
    m_eventsPane->follow(m_client, item.namespaceName(), item.uid(), item.name());
    m_eventsPane->show();
    Q_EMIT currentObjectShown(m_currentUid, object);
}

QJsonObject BrowserController::currentObject() const
{
    const int row = m_currentUid.isEmpty() ? -1 : m_tableModel->rowOf(m_currentUid);
    return row < 0 ? QJsonObject() : m_tableModel->item(row).object();
}

void BrowserController::setEditedUid(const QString &uid)
{
    if (m_editedUid == uid)
        return;
    m_editedUid = uid;
    if (uid.isEmpty() && !m_currentUid.isEmpty())
        showCurrentObject(); // the server's object again in Form and YAML
}

void BrowserController::updateTreeCount()
{
    if (!m_tree || !m_resource || !m_watcher || !m_watcher->isSynced()
        || !m_watcher->options().labelSelector.isEmpty()) {
        return;
    }
    m_tree->setCount(m_tree->kindIndex(m_tenant, m_resource->plural, m_resource->group),
                     m_tableModel->rowCount());
}

void BrowserController::onWatchError(const Error &error)
{
    m_window.statusBar()->showMessage(error.message, 10000);
}

} // namespace scs::ui

namespace scs::ui {

bool BrowserController::allows(const QString &verb, const QString &group,
                               const QString &resource, const QString &namespaceName) const
{
    if (!m_tree)
        return false;
    if (namespaceName.isEmpty()) {
        kube::ApiResource r;
        r.group = group;
        r.plural = resource;
        return m_tree->clusterAccess(verb, r).value_or(false);
    }
    const models::AccessRules *rules = m_tree->rulesFor(namespaceName);
    return rules && rules->allows(verb, group, resource);
}

bool BrowserController::allowsOnCurrentKind(const QString &verb) const
{
    return m_resource && m_resource->supports(verb)
        && allows(verb, m_resource->group, m_resource->plural, m_tenant);
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
    connect(m_tableView, &ResourceTableView::selectionChanged, this,
            &BrowserController::updateTableActions);
    updateTableActions();
}

void BrowserController::updateTableActions()
{
    if (!m_deleteAction)
        return;
    const bool selected = m_resource && !m_tableView->selectedUids().isEmpty();
    m_copyNameAction->setEnabled(selected);
    m_copyKubectlAction->setEnabled(selected);
    // Not offered at all where the server would refuse it (the rules review says so).
    const bool mayDelete = allowsOnCurrentKind(QStringLiteral("delete"));
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
    if (!m_client || targets.isEmpty())
        return;
    m_window.hideBanner();
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
            m_client, target, policy, m_client,
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
                    m_window.statusBar()->showMessage(summary, 10000);
                if (!progress->errors.isEmpty()) {
                    const QString text = progress->errors.size() == 1
                        ? tr("Delete failed: %1").arg(progress->errors.front())
                        : tr("%n delete(s) failed:", nullptr, int(progress->errors.size()))
                            + QLatin1Char('\n') + progress->errors.join(QLatin1Char('\n'));
                    m_window.showBanner(text, MainWindow::BannerKind::Error);
                }
                Q_EMIT deletionFinished(progress->accepted, progress->errors);
            });
    }
}

} // namespace scs::ui
