#include "ui/browse/connectionspane.h"

#include "profiles/connectionprofile.h"
#include "ui/common/workbench.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

namespace {
constexpr int kWorkspaceRole = Qt::UserRole + 1;
}

ConnectionsPane::ConnectionsPane(Workbench &workbench, workspace::WorkspaceRegistry &workspaces)
    : m_workspaces(workspaces)
    , m_tree(new QTreeWidget(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"connectionsPane"_s);
    auto *title = new QLabel(tr("Connections"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *closeAction = new QAction(QIcon::fromTheme(u"window-close"_s), tr("&Close Connection"),
                                    this);
    closeAction->setObjectName(u"closeConnectionAction"_s);
    closeAction->setToolTip(tr("Close the selected connection"));
    closeAction->setShortcut(QKeySequence::Delete);
    closeAction->setShortcutContext(Qt::WidgetShortcut);
    m_close->setDefaultAction(closeAction);
    m_close->setAutoRaise(true);
    m_close->setObjectName(u"closeConnection"_s);
    connect(closeAction, &QAction::triggered, this, &ConnectionsPane::closeSelected);

    m_tree->setObjectName(u"connectionsTree"_s);
    m_tree->setAccessibleName(tr("Connections"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(closeAction);
    m_tree->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_tree->setMaximumHeight(m_tree->fontMetrics().height() * 7);
    // As tall as its rows (up to the maximum): the navigation tree below takes the rest.
    m_tree->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(title, 1);
    header->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_tree);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_close->setEnabled(selected() && selected() != m_workspaces.central());
        if (m_rebuilding || !item)
            return;
        if (workspace::Workspace *ws = workspaceOf(item))
            m_workspaces.setCurrent(ws);
    });
    connect(&workspaces, &workspace::WorkspaceRegistry::connectionsChanged, this,
            &ConnectionsPane::rebuild);
    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceChanged, this,
            &ConnectionsPane::markCurrent);
    // Into the window first: shown before it has a parent, it would be a window of its own.
    workbench.setConnectionsView(this);
    rebuild();
}

workspace::Workspace *ConnectionsPane::workspaceOf(const QTreeWidgetItem *item) const
{
    if (!item)
        return nullptr;
    auto *ws = static_cast<workspace::Workspace *>(
        item->data(0, kWorkspaceRole).value<void *>());
    return m_workspaces.workspaces().contains(ws) ? ws : nullptr;
}

workspace::Workspace *ConnectionsPane::selected() const
{
    return workspaceOf(m_tree->currentItem());
}

QTreeWidgetItem *ConnectionsPane::itemOf(const workspace::Workspace *workspace) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kWorkspaceRole).value<void *>() == workspace)
            return *it;
    }
    return nullptr;
}

void ConnectionsPane::rebuild()
{
    m_rebuilding = true;
    m_tree->clear();
    const QList<workspace::Workspace *> all = m_workspaces.workspaces();
    // Owners come before what they own (opened first).
    for (workspace::Workspace *ws : all) {
        QTreeWidgetItem *under = itemOf(m_workspaces.owner(ws));
        auto *item = under ? new QTreeWidgetItem(under) : new QTreeWidgetItem(m_tree);
        item->setText(0, m_workspaces.displayName(ws));
        item->setToolTip(0, ws->profile().apiUrl.toDisplayString());
        item->setIcon(0, QIcon::fromTheme(ws == m_workspaces.central() ? u"network-server"_s
                                                                         : u"folder-remote"_s));
        item->setData(0, kWorkspaceRole, QVariant::fromValue<void *>(ws));
    }
    m_tree->setRootIsDecorated(false);
    m_tree->expandAll();
    setVisible(all.size() > 1);
    m_rebuilding = false;
    markCurrent();
}

void ConnectionsPane::markCurrent()
{
    m_rebuilding = true;
    workspace::Workspace *current = m_workspaces.current();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QFont font = (*it)->font(0);
        font.setBold((*it)->data(0, kWorkspaceRole).value<void *>() == current);
        (*it)->setFont(0, font);
    }
    if (QTreeWidgetItem *item = itemOf(current))
        m_tree->setCurrentItem(item);
    m_close->setEnabled(selected() && selected() != m_workspaces.central());
    m_rebuilding = false;
}

void ConnectionsPane::closeSelected()
{
    workspace::Workspace *ws = selected();
    if (ws && ws != m_workspaces.central())
        m_workspaces.closeConnection(ws);
}

} // namespace scs::ui
