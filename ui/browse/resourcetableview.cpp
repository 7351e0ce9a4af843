#include "ui/browse/resourcetableview.h"

#include "models/resourcetablemodel.h"
#include "ui/common/resourcestatusproxy.h"

#include <QDateTime>
#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace scs::ui {

ResourceTableView::ResourceTableView(QWidget *parent)
    : QWidget(parent)
    , m_status(new ResourceStatusProxy(this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_labels(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_stale(new QLabel(this))
    , m_actionBar(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_ages(new QTimer(this))
{
    setObjectName(QStringLiteral("resourceTableView"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("tableTitle"));
    m_filter->setObjectName(QStringLiteral("tableFilter"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setToolTip(tr("Shows only rows with this text in any column"));
    m_filter->setClearButtonEnabled(true);
    m_labels->setObjectName(QStringLiteral("labelSelector"));
    m_labels->setAccessibleName(tr("Label selector"));
    m_labels->setPlaceholderText(tr("Label selector, e.g. app=web,tier!=db"));
    m_labels->setToolTip(tr("Asks the server only for objects with these labels (Enter applies)"));
    m_labels->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("tableCount"));
    m_stale->setObjectName(QStringLiteral("tableStale"));
    m_stale->setToolTip(tr("The connection to the Central API was lost: these rows are what "
                           "was known then. They are brought up to date when it is back."));
    m_stale->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; }"));
    m_stale->hide();

    m_sort->setSourceModel(m_status);
    m_sort->setSortRole(models::ResourceTableModel::SortRole);
    m_sort->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sort->setFilterKeyColumn(-1);
    m_sort->setDynamicSortFilter(true);

    m_table->setObjectName(QStringLiteral("resourceTable"));
    m_table->setAccessibleName(tr("Objects"));
    m_table->setModel(m_sort);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Generated names differ at their ends (suffixes), and "· Terminating" goes there too.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Age is last and short: it keeps its width; names get the room (sizeColumns).
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addSpacing(12);
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_labels, 3);
    bar->addWidget(m_count);
    bar->addWidget(m_stale);
    m_actionBar->setObjectName(QStringLiteral("tableActions"));
    m_actionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actionBar->setIconSize(QSize(16, 16));
    bar->addWidget(m_actionBar);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_sort,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &ResourceTableView::updateCount);
    connect(m_labels, &QLineEdit::returnPressed, this,
            [this] { Q_EMIT labelSelectorChanged(m_labels->text().trimmed()); });
    connect(m_sort, &QAbstractItemModel::rowsInserted, this, &ResourceTableView::updateCount);
    connect(m_sort, &QAbstractItemModel::rowsRemoved, this, &ResourceTableView::updateCount);
    connect(m_sort, &QAbstractItemModel::modelReset, this, &ResourceTableView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentObjectChanged(currentUid()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResourceTableView::selectionChanged);
    connect(m_sort, &QAbstractItemModel::rowsRemoved, this, &ResourceTableView::selectionChanged);
    connect(m_sort, &QAbstractItemModel::modelReset, this, &ResourceTableView::selectionChanged);
    // Widths fit the contents at each kind's first fill: the model is reset (empty) when
    // another kind opens, and its rows arrive after.
    connect(m_sort, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_sized && m_sort->rowCount() > 0) {
            m_sized = true;
            sizeColumns();
        }
    });
    connect(m_sort, &QAbstractItemModel::modelReset, this, [this] {
        m_sized = m_sort->rowCount() > 0;
        if (m_sized)
            sizeColumns();
    });
    // A row turning Terminating grows its name cell ("· Terminating"): widen the column so
    // that it reads in full (only for single-row changes, as watch events are; never shrinks).
    connect(m_sort, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.row() != bottomRight.row() || topLeft.column() != 0
                    || !topLeft.data(models::ResourceTableModel::TerminatingRole).toBool()) {
                    return;
                }
                const int before = m_table->columnWidth(0);
                m_table->resizeColumnToContents(0); // looks at the visible rows only
                if (m_table->columnWidth(0) < before)
                    m_table->setColumnWidth(0, before);
            });
    m_ages->setInterval(5000);
    connect(m_ages, &QTimer::timeout, this, [this] {
        if (m_model && isVisible())
            m_model->refreshAges();
    });
    m_ages->start();
}

void ResourceTableView::setModel(models::ResourceTableModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        connect(m_model, &models::ResourceTableModel::staleChanged, this,
                &ResourceTableView::updateStale);
    }
    updateStale();
    m_status->setSourceModel(model);
    m_sized = false;
    if (model && model->rowCount() > 0) {
        m_sized = true;
        sizeColumns();
    }
    updateCount();
}

void ResourceTableView::sizeColumns()
{
    // Every column as wide as its contents (and header), then capped: names at half the
    // table (they elide in the middle beyond that), other values at 30 ems (a long message
    // must not push the rest out of sight). Age and short values keep their narrow width.
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int half = std::max(m_table->viewport()->width() / 2, 20 * em);
    for (int column = 0; column < header->count(); ++column) {
        const bool name = m_model && m_model->isNameColumn(column);
        const int cap = name ? half : 30 * em;
        if (header->sectionSize(column) > cap)
            header->resizeSection(column, cap);
    }
}

void ResourceTableView::setTitle(const QString &title)
{
    m_title->setText(title);
}

void ResourceTableView::setLabelSelector(const QString &selector)
{
    m_labels->setText(selector);
}

QStringList ResourceTableView::selectedUids() const
{
    QStringList uids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        uids.append(row.data(models::ResourceTableModel::UidRole).toString());
    return uids;
}

QString ResourceTableView::currentUid() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(models::ResourceTableModel::UidRole).toString()
                             : QString();
}

bool ResourceTableView::selectUid(const QString &uid)
{
    for (int row = 0; row < m_sort->rowCount(); ++row) {
        const QModelIndex index = m_sort->index(row, 0);
        if (index.data(models::ResourceTableModel::UidRole).toString() == uid) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void ResourceTableView::addObjectAction(QAction *action)
{
    m_table->addAction(action);
    m_actionBar->addAction(action);
}

void ResourceTableView::addObjectActionSeparator()
{
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_actionBar->addAction(separator);
}

void ResourceTableView::updateStale()
{
    const bool stale = m_model && m_model->isStale();
    if (stale) {
        m_stale->setText(tr("Stale since %1")
                             .arg(m_model->staleSince().toLocalTime().toString(
                                 QStringLiteral("HH:mm:ss"))));
    }
    m_stale->setVisible(stale);
    // Greyed rows: what is shown is no longer followed.
    QPalette palette = m_table->palette();
    palette.setColor(QPalette::Active, QPalette::Text,
                     stale ? palette.color(QPalette::Disabled, QPalette::Text)
                           : QApplication::palette(m_table).color(QPalette::Active,
                                                                  QPalette::Text));
    palette.setColor(QPalette::Inactive, QPalette::Text,
                     stale ? palette.color(QPalette::Disabled, QPalette::Text)
                           : QApplication::palette(m_table).color(QPalette::Inactive,
                                                                  QPalette::Text));
    m_table->setPalette(palette);
}

void ResourceTableView::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_sort->rowCount();
    m_count->setText(shown == total ? tr("%n object(s)", nullptr, total)
                                    : tr("%1 of %n object(s)", nullptr, total).arg(shown));
}

} // namespace scs::ui
