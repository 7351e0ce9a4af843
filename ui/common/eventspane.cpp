#include "ui/common/eventspane.h"

#include "kube/apipath.h"
#include "kube/watcher.h"
#include "models/resourcetablemodel.h"
#include "ui/common/resourcestatusproxy.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace scs::ui {

EventsPane::EventsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new models::ResourceTableModel(this))
    , m_status(new ResourceStatusProxy(this))
    , m_sort(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("eventsPane"));
    m_title->setObjectName(QStringLiteral("eventsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setSourceModel(m_model);
    m_sort->setSourceModel(m_status);
    m_sort->setSortRole(models::ResourceTableModel::SortRole);
    m_sort->setDynamicSortFilter(true);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_sort);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // The last column is Last Seen, short: the message before it may take the room.
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventsPane::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EventsPane::updateTitle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsPane::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this] { m_table->resizeColumnsToContents(); });
    updateTitle();
}

EventsPane::~EventsPane()
{
    m_model->setWatcher(nullptr);
}

void EventsPane::follow(kube::KubeClient *client, const QString &namespaceName,
                        const QString &uid, const QString &name)
{
    if (uid == m_uid && m_watcher)
        return;
    clear();
    m_uid = uid;
    m_name = name;
    kube::Watcher::Options options;
    options.fieldSelector = QStringLiteral("involvedObject.uid=") + uid;
    m_watcher = new kube::Watcher(
        client, QStringLiteral("/api/v1/namespaces/%1/events").arg(kube::pathSegment(namespaceName)),
        options, this);
    m_model->setWatcher(m_watcher);
    // Newest first: the model's last column is Age (ascending age = newest).
    m_table->sortByColumn(m_model->ageColumn(), Qt::AscendingOrder);
    connect(m_watcher, &kube::Watcher::columnsChanged, this,
            [this] { m_table->sortByColumn(m_model->ageColumn(), Qt::AscendingOrder); });
    m_watcher->start();
    updateTitle();
}

void EventsPane::clear()
{
    m_model->setWatcher(nullptr);
    delete m_watcher.data();
    m_uid.clear();
    m_name.clear();
    updateTitle();
}

void EventsPane::updateTitle()
{
    if (m_uid.isEmpty()) {
        m_title->setText(tr("Events"));
        return;
    }
    m_title->setText(tr("Events of %1 (%n)", nullptr, m_model->rowCount()).arg(m_name));
}

} // namespace scs::ui
