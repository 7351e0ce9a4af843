#include "ui/browse/relatedobjectspane.h"

#include "models/relatedobjects.h"
#include "models/resourcetablemodel.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scs::ui {

namespace {

constexpr int kTableRowsSearched = 2000;
constexpr int kLimitPerKind = 500;

enum ItemRole { GroupRole = Qt::UserRole + 1, KindRole, NameRole };

QTreeWidgetItem *linkItem(const models::ObjectLink &link, const QString &note = {})
{
    auto *item = new QTreeWidgetItem(QStringList{link.kind, link.name, note});
    item->setData(0, GroupRole, link.group);
    item->setData(0, KindRole, link.kind);
    item->setData(0, NameRole, link.name);
    item->setToolTip(0, link.group.isEmpty() ? link.version : link.group + u'/' + link.version);
    return item;
}

} // namespace

RelatedObjectsPane::RelatedObjectsPane(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_searched(new QLabel(this))
{
    setObjectName(QStringLiteral("relatedObjectsPane"));
    m_tree->setObjectName(QStringLiteral("relatedObjects"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Kind"), tr("Name"), tr("Note")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_searched->setObjectName(QStringLiteral("relatedSearched"));
    m_searched->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addWidget(m_searched);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    clear();
}

RelatedObjectsPane::~RelatedObjectsPane() = default;

void RelatedObjectsPane::clear()
{
    delete m_search;
    m_search = nullptr;
    m_uid.clear();
    m_ownedInTable.clear();
    m_tree->clear();
    m_owners = new QTreeWidgetItem(m_tree, QStringList{tr("Owners")});
    m_owned = new QTreeWidgetItem(m_tree, QStringList{tr("Owned objects")});
    for (QTreeWidgetItem *group : {m_owners, m_owned}) {
        group->setFirstColumnSpanned(true);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setFlags(Qt::ItemIsEnabled);
    }
    m_searched->clear();
}

QString RelatedObjectsPane::searchedText() const
{
    return m_searched->text();
}

void RelatedObjectsPane::showObject(workspace::Workspace *workspace, const QString &tenant,
                                    const kube::ApiResource &resource, const QJsonObject &object,
                                    const models::ResourceTableModel *table)
{
    const QString uid
        = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
    const bool same = uid == m_uid && workspace == m_workspace;
    if (!same)
        clear();
    m_workspace = workspace;
    m_tenant = tenant;
    m_resource = resource;
    m_uid = uid;

    qDeleteAll(m_owners->takeChildren());
    for (const models::ObjectLink &link : models::related::owners(object))
        m_owners->addChild(linkItem(link, link.controller ? tr("controller") : QString()));
    if (m_owners->childCount() == 0) {
        auto *none = new QTreeWidgetItem(m_owners, QStringList{tr("none")});
        none->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
    if (same || uid.isEmpty())
        return;

    // The open table first: what is loaded costs nothing to search.
    if (table) {
        m_tableRowsSearched = std::min(table->rowCount(), kTableRowsSearched);
        for (int row = 0; row < m_tableRowsSearched; ++row) {
            const QJsonObject candidate = table->item(row).object();
            if (models::related::isOwnedBy(candidate, uid))
                m_ownedInTable.append(candidate);
        }
    }
    const QList<kube::ApiResource> kinds = workspace && workspace->discovery()
        ? models::related::kindsToSearch(resource, workspace->discovery()->resources())
        : QList<kube::ApiResource>{};
    if (workspace && !tenant.isEmpty() && !kinds.isEmpty()) {
        m_search = new models::OwnedObjectsSearch(workspace->client(), tenant, uid, kinds,
                                                  kLimitPerKind, this);
        connect(m_search, &models::OwnedObjectsSearch::finished, this,
                &RelatedObjectsPane::showOwned);
        m_search->start();
    }
    showOwned();
}

void RelatedObjectsPane::showOwned()
{
    qDeleteAll(m_owned->takeChildren());
    for (const QJsonObject &object : std::as_const(m_ownedInTable))
        m_owned->addChild(linkItem(models::related::linkTo(object, m_resource)));
    QStringList searched;
    if (m_tableRowsSearched > 0)
        searched.append(tr("the open table (%n row(s))", nullptr, m_tableRowsSearched));
    bool running = false;
    if (m_search) {
        running = !m_search->isFinished();
        for (const models::ObjectLink &link : m_search->found())
            m_owned->addChild(linkItem(link));
        QStringList kinds;
        const QList<kube::ApiResource> all = m_workspace && m_workspace->discovery()
            ? models::related::kindsToSearch(m_resource, m_workspace->discovery()->resources())
            : QList<kube::ApiResource>{};
        for (const kube::ApiResource &r : all) {
            QString name = r.qualifiedName();
            if (m_search->truncatedKinds().contains(name))
                name = tr("%1 (first %2 only)").arg(name).arg(kLimitPerKind);
            else if (m_search->failedKinds().contains(name))
                name = tr("%1 (could not be listed)").arg(name);
            kinds.append(name);
        }
        if (!kinds.isEmpty())
            searched.append(tr("%1 in %2").arg(kinds.join(QStringLiteral(", ")), m_tenant));
    }
    if (m_owned->childCount() == 0) {
        auto *none = new QTreeWidgetItem(m_owned, QStringList{running ? tr("searching…")
                                                                      : tr("none found")});
        none->setFlags(Qt::ItemIsEnabled);
    }
    m_searched->setText(searched.isEmpty()
                            ? tr("Owned objects: nothing searched for this kind.")
                            : tr("Owned objects searched in: %1.")
                                  .arg(searched.join(QStringLiteral("; "))));
    m_tree->expandAll();
}

void RelatedObjectsPane::activate(QTreeWidgetItem *item)
{
    if (!item || !m_workspace || item->data(0, NameRole).toString().isEmpty())
        return;
    const QString group = item->data(0, GroupRole).toString();
    const QString kind = item->data(0, KindRole).toString();
    const QString name = item->data(0, NameRole).toString();
    workspace::Selection *selection = m_workspace->selection();
    if (!(group == m_resource.group && kind == m_resource.kind)) {
        QString plural;
        for (const kube::ApiResource &r : m_workspace->discovery()->resources()) {
            if (r.group == group && r.kind == kind && r.namespaced) {
                plural = r.plural;
                break;
            }
        }
        if (plural.isEmpty())
            return;
        selection->requestOpenKind(m_tenant, plural, group);
    }
    selection->requestSelect(name);
}

} // namespace scs::ui
