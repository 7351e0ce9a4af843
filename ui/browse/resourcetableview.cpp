#include "ui/browse/resourcetableview.h"

#include "models/resourcetablemodel.h"
#include "ui/common/statusstyle.h"

#include <QDateTime>
#include <QAction>
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

namespace scs::ui {

namespace {

bool isStatusColumn(const QString &header)
{
    static const QStringList names{QStringLiteral("Status"), QStringLiteral("Phase"),
                                   QStringLiteral("Ready"), QStringLiteral("Synced"),
                                   QStringLiteral("State"), QStringLiteral("Type")};
    return names.contains(header, Qt::CaseInsensitive);
}

} // namespace

ResourceStatusProxy::Health ResourceStatusProxy::healthOf(const QString &text)
{
    static const QStringList good{
        QStringLiteral("True"),      QStringLiteral("Ready"),     QStringLiteral("Running"),
        QStringLiteral("Provisioned"), QStringLiteral("Active"),  QStringLiteral("Bound"),
        QStringLiteral("Succeeded"), QStringLiteral("Available"), QStringLiteral("Completed"),
        QStringLiteral("Normal"),    QStringLiteral("Deployed")};
    static const QStringList progressing{
        QStringLiteral("Unknown"),      QStringLiteral("Pending"),
        QStringLiteral("Provisioning"), QStringLiteral("Terminating"),
        QStringLiteral("Creating"),     QStringLiteral("Updating"),
        QStringLiteral("ControlPlaneInitialized"), QStringLiteral("Scaling")};
    static const QStringList bad{QStringLiteral("False"),   QStringLiteral("Failed"),
                                 QStringLiteral("Error"),   QStringLiteral("Deleting"),
                                 QStringLiteral("Warning"), QStringLiteral("CrashLoopBackOff"),
                                 QStringLiteral("Lost"),    QStringLiteral("Degraded")};
    if (good.contains(text, Qt::CaseInsensitive))
        return Health::Good;
    if (progressing.contains(text, Qt::CaseInsensitive))
        return Health::Progressing;
    if (bad.contains(text, Qt::CaseInsensitive))
        return Health::Bad;
    return Health::None;
}

bool ResourceStatusProxy::hasStatusColumn() const
{
    for (int c = 0; c < columnCount(); ++c) {
        if (isStatusColumn(headerData(c, Qt::Horizontal).toString()))
            return true;
    }
    return false;
}

QColor ResourceStatusProxy::colorOf(Health health)
{
    switch (health) {
    case Health::Good:
        return statuscolor::good;
    case Health::Progressing:
        return statuscolor::progressing;
    case Health::Bad:
        return statuscolor::error;
    case Health::None:
        break;
    }
    return {};
}

QVariant ResourceStatusProxy::data(const QModelIndex &index, int role) const
{
    // An object with a deletionTimestamp waits for its finalizers: say so in the status column
    // (or after the name where the kind has none) and grey the row out until the watch removes
    // it.
    if (index.isValid()
        && QIdentityProxyModel::data(index, models::ResourceTableModel::TerminatingRole)
               .toBool()) {
        const QString terminating = tr("Terminating");
        switch (role) {
        case Qt::DisplayRole: {
            const QString header = headerData(index.column(), Qt::Horizontal).toString();
            if (isStatusColumn(header))
                return terminating;
            if (index.column() == 0 && !hasStatusColumn())
                return tr("%1 · %2").arg(QIdentityProxyModel::data(index).toString(),
                                         terminating);
            break;
        }
        case Qt::ForegroundRole: {
            const QString header = headerData(index.column(), Qt::Horizontal).toString();
            if (isStatusColumn(header) || index.column() == 0)
                return colorOf(Health::Progressing);
            return QColor(0x80, 0x80, 0x80);
        }
        case Qt::FontRole: {
            QFont font;
            font.setItalic(true);
            return font;
        }
        case Qt::ToolTipRole: {
            const QStringList finalizers
                = QIdentityProxyModel::data(index, models::ResourceTableModel::FinalizersRole)
                      .toStringList();
            const QDateTime since
                = QIdentityProxyModel::data(index,
                                            models::ResourceTableModel::DeletionTimestampRole)
                      .toDateTime();
            const QString when = since.toLocalTime().toString(Qt::ISODate);
            return finalizers.isEmpty()
                ? tr("Terminating since %1").arg(when)
                : tr("Terminating since %1, waiting for: %2")
                      .arg(when, finalizers.join(QStringLiteral(", ")));
        }
        case Qt::DecorationRole:
            if (index.column() == 0) {
                static const QIcon terminatingDot = statusDot(colorOf(Health::Progressing));
                return terminatingDot;
            }
            break;
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole || role == Qt::FontRole) {
        const QString header = headerData(index.column(), Qt::Horizontal).toString();
        if (isStatusColumn(header)) {
            const Health health = healthOf(QIdentityProxyModel::data(index).toString());
            if (health != Health::None) {
                if (role == Qt::ForegroundRole)
                    return colorOf(health);
                QFont font;
                font.setBold(true);
                return font;
            }
        }
    }
    if (role == Qt::DecorationRole && index.column() == 0) {
        const QString ready
            = QIdentityProxyModel::data(index, models::ResourceTableModel::ReadyRole).toString();
        const QString phase
            = QIdentityProxyModel::data(index, models::ResourceTableModel::PhaseRole).toString();
        Health health = ready.isEmpty() ? healthOf(phase) : healthOf(ready);
        if (health == Health::Good && healthOf(phase) == Health::Bad)
            health = Health::Bad; // Deleting while still Ready
        if (health != Health::None) {
            // Painted once per colour: this runs for every visible row on every repaint.
            static QHash<int, QIcon> dots;
            auto it = dots.find(int(health));
            if (it == dots.end())
                it = dots.insert(int(health), statusDot(colorOf(health)));
            return *it;
        }
    }
    return QIdentityProxyModel::data(index, role);
}

ResourceTableView::ResourceTableView(QWidget *parent)
    : QWidget(parent)
    , m_status(new ResourceStatusProxy(this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_labels(new QLineEdit(this))
    , m_count(new QLabel(this))
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
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setToolTip(tr("Shows only rows with this text in any column"));
    m_filter->setClearButtonEnabled(true);
    m_labels->setObjectName(QStringLiteral("labelSelector"));
    m_labels->setPlaceholderText(tr("Label selector, e.g. app=web,tier!=db"));
    m_labels->setToolTip(tr("Asks the server only for objects with these labels (Enter applies)"));
    m_labels->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("tableCount"));

    m_sort->setSourceModel(m_status);
    m_sort->setSortRole(models::ResourceTableModel::SortRole);
    m_sort->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sort->setFilterKeyColumn(-1);
    m_sort->setDynamicSortFilter(true);

    m_table->setObjectName(QStringLiteral("resourceTable"));
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
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addSpacing(12);
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_labels, 3);
    bar->addWidget(m_count);
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
    connect(m_sort, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_sized && m_sort->rowCount() > 0) {
            m_sized = true;
            m_table->resizeColumnsToContents();
        }
    });
    connect(m_sort, &QAbstractItemModel::modelReset, this, [this] {
        if (m_sort->rowCount() > 0)
            m_table->resizeColumnsToContents();
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
    m_model = model;
    m_status->setSourceModel(model);
    m_sized = false;
    if (model && model->rowCount() > 0) {
        m_sized = true;
        m_table->resizeColumnsToContents();
    }
    updateCount();
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

void ResourceTableView::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_sort->rowCount();
    m_count->setText(shown == total ? tr("%n object(s)", nullptr, total)
                                    : tr("%1 of %n object(s)", nullptr, total).arg(shown));
}

} // namespace scs::ui
