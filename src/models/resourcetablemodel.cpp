#include "models/resourcetablemodel.h"

#include "common/timestamps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace scs::models {

namespace {

QDateTime creationTime(const kube::WatchItem &item)
{
    return QDateTime::fromString(item.creationTimestamp(), Qt::ISODate);
}

// When an event was last seen: core/v1 lastTimestamp, events.k8s.io's series or eventTime,
// else its creation. Parses the object: events panes hold few rows.
QDateTime lastSeenTime(const kube::WatchItem &item)
{
    const QJsonObject o = item.object();
    for (const QString &when :
         {o.value(QLatin1String("lastTimestamp")).toString(),
          o.value(QLatin1String("series")).toObject().value(QLatin1String("lastObservedTime"))
              .toString(),
          o.value(QLatin1String("eventTime")).toString()}) {
        const QDateTime t = QDateTime::fromString(when, Qt::ISODate);
        if (t.isValid())
            return t;
    }
    return creationTime(item);
}

} // namespace

bool ResourceTableModel::isNameColumn(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return false;
    const Column &c = m_columns.at(column);
    return c.cell < 0 || c.definition.format == QLatin1String("name");
}

bool ResourceTableModel::isDateColumn(int column) const
{
    return column >= 0 && column < m_columns.size()
        && m_columns.at(column).definition.type == QLatin1String("date");
}

QDateTime ResourceTableModel::ageTime(const kube::WatchItem &item) const
{
    return m_lastSeen ? lastSeenTime(item) : creationTime(item);
}

ResourceTableModel::ResourceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    rebuildColumns();
}

void ResourceTableModel::setWatcher(kube::Watcher *watcher)
{
    if (m_watcher == watcher)
        return;
    beginResetModel();
    if (m_watcher)
        m_watcher->disconnect(this);
    m_watcher = watcher;
    m_rows.clear();
    m_rowOfUid.clear();
    if (m_watcher) {
        connect(m_watcher, &kube::Watcher::columnsChanged, this,
                &ResourceTableModel::onColumnsChanged);
        connect(m_watcher, &kube::Watcher::added, this, &ResourceTableModel::onAdded);
        connect(m_watcher, &kube::Watcher::modified, this, &ResourceTableModel::onModified);
        connect(m_watcher, &kube::Watcher::deleted, this, &ResourceTableModel::onDeleted);
        connect(m_watcher, &kube::Watcher::connectionLostChanged, this,
                &ResourceTableModel::onConnectionLost);
        const auto &items = m_watcher->items();
        for (auto it = items.cbegin(); it != items.cend(); ++it) {
            m_rowOfUid.insert(it.key(), int(m_rows.size()));
            m_rows.append(it.value());
        }
    }
    rebuildColumns();
    endResetModel();
    setStaleSince(m_watcher && m_watcher->isConnectionLost() ? QDateTime::currentDateTimeUtc()
                                                             : QDateTime());
}

void ResourceTableModel::onConnectionLost(bool lost)
{
    if (!lost)
        setStaleSince({});
    else if (!isStale())
        setStaleSince(QDateTime::currentDateTimeUtc());
}

void ResourceTableModel::setStaleSince(const QDateTime &since)
{
    if (m_staleSince == since)
        return;
    const bool was = isStale();
    m_staleSince = since;
    if (was != isStale())
        Q_EMIT staleChanged(isStale());
}

void ResourceTableModel::setNamespaceColumn(bool on)
{
    if (m_namespaceColumn == on)
        return;
    beginResetModel();
    m_namespaceColumn = on;
    rebuildColumns();
    endResetModel();
}

void ResourceTableModel::rebuildColumns()
{
    m_columns.clear();
    if (m_namespaceColumn) {
        m_columns.append(Column{kube::TableColumn{tr("Namespace"), QStringLiteral("string"),
                                                  QStringLiteral("name"), {}, 0},
                                NamespaceCell});
    }
    const QList<kube::TableColumn> definitions
        = m_watcher ? m_watcher->columns() : QList<kube::TableColumn>{};
    // Events print "Last Seen" where other kinds print "Age": then our moving age column is
    // the last-seen time, under that title, instead of a second column for the same thing.
    m_lastSeen = std::any_of(definitions.cbegin(), definitions.cend(),
                             [](const kube::TableColumn &d) {
                                 return d.priority == 0 && d.name == QLatin1String("Last Seen");
                             });
    for (int i = 0; i < definitions.size(); ++i) {
        const kube::TableColumn &d = definitions.at(i);
        // Age is ours (it moves on); wide columns stay out like in `kubectl get`.
        if (d.priority > 0 || d.name == QLatin1String("Age")
            || (m_lastSeen && d.name == QLatin1String("Last Seen")))
            continue;
        m_columns.append(Column{d, i});
    }
    if (m_columns.size() == (m_namespaceColumn ? 1 : 0)) {
        m_columns.append(Column{kube::TableColumn{tr("Name"), QStringLiteral("string"),
                                                  QStringLiteral("name"), {}, 0},
                                NameCell});
    }
}

void ResourceTableModel::onColumnsChanged()
{
    // The only reset besides setWatcher(): the server changed the table's shape.
    beginResetModel();
    rebuildColumns();
    endResetModel();
}

void ResourceTableModel::onAdded(const QList<kube::WatchItem> &items)
{
    QList<kube::WatchItem> fresh;
    fresh.reserve(items.size());
    for (const kube::WatchItem &item : items) {
        if (const int row = rowOf(item.uid()); row >= 0)
            onModified(item); // already here (taken over from the watcher)
        else
            fresh.append(item);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const kube::WatchItem &item : std::as_const(fresh)) {
        m_rowOfUid.insert(item.uid(), int(m_rows.size()));
        m_rows.append(item);
    }
    endInsertRows();
}

void ResourceTableModel::onModified(const kube::WatchItem &item)
{
    const int row = rowOf(item.uid());
    if (row < 0) {
        onAdded({item});
        return;
    }
    m_rows[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ResourceTableModel::onDeleted(const kube::WatchItem &item)
{
    const int row = rowOf(item.uid());
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOfUid.remove(item.uid());
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOfUid[m_rows.at(i).uid()] = i;
    endRemoveRows();
}

void ResourceTableModel::refreshAges()
{
    if (m_rows.isEmpty())
        return;
    for (int column = 0; column < ageColumn(); ++column) {
        if (isDateColumn(column))
            Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column),
                               {Qt::DisplayRole, SortRole});
    }
    Q_EMIT dataChanged(index(0, ageColumn()), index(rowCount() - 1, ageColumn()),
                       {Qt::DisplayRole, SortRole});
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QString ResourceTableModel::formatAge(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 120)
        return QString::number(seconds) + QLatin1Char('s');
    if (seconds < 120 * 60)
        return QString::number(seconds / 60) + QLatin1Char('m');
    if (seconds < 48 * 3600)
        return QString::number(seconds / 3600) + QLatin1Char('h');
    return QString::number(seconds / 86400) + QLatin1Char('d');
}

QVariant ResourceTableModel::cellValue(const kube::WatchItem &item, int column) const
{
    const Column &c = m_columns.at(column);
    if (c.cell == NamespaceCell)
        return item.namespaceName();
    if (c.cell < 0)
        return item.name();
    const QJsonValue value = item.cells().at(c.cell);
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array)
            parts.append(v.toVariant().toString());
        return parts.join(QStringLiteral(", "));
    }
    return value.toVariant();
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const kube::WatchItem &item = m_rows.at(index.row());
    const bool age = index.column() == ageColumn();
    switch (role) {
    case Qt::DisplayRole:
        if (age) {
            const QDateTime when = ageTime(item);
            return when.isValid() ? formatAge(when.secsTo(QDateTime::currentDateTimeUtc()))
                                  : QString();
        }
        if (isDateColumn(index.column())) {
            const QDateTime when = parseApiTimestamp(cellValue(item, index.column()).toString());
            if (when.isValid())
                return formatAge(when.secsTo(QDateTime::currentDateTimeUtc()));
        }
        return cellValue(item, index.column()).toString();
    case Qt::ToolTipRole:
        if (age)
            return displayTimestamp(ageTime(item));
        if (isDateColumn(index.column()))
            return displayTimestamp(parseApiTimestamp(cellValue(item, index.column()).toString()));
        return {};
    case SortRole:
        if (age) {
            const QDateTime when = ageTime(item);
            return when.isValid() ? when.secsTo(QDateTime::currentDateTimeUtc()) : 0;
        }
        if (isDateColumn(index.column())) {
            const QDateTime when = parseApiTimestamp(cellValue(item, index.column()).toString());
            return when.isValid() ? when.secsTo(QDateTime::currentDateTimeUtc()) : 0;
        }
        return cellValue(item, index.column());
    case ObjectRole:
        return item.object();
    case NameRole:
        return item.name();
    case NamespaceRole:
        return item.namespaceName();
    case UidRole:
        return item.uid();
    case ResourceVersionRole:
        return item.resourceVersion();
    case CreationTimestampRole:
        return creationTime(item);
    case ConditionsRole: // parses the object: for the selected row, not for every paint
        return item.object()
            .value(QLatin1String("status"))
            .toObject()
            .value(QLatin1String("conditions"))
            .toArray();
    case ReadyRole:
        return item.ready();
    case PhaseRole:
        return item.phase();
    case TerminatingRole:
        return !item.deletionTimestamp().isEmpty();
    case DeletionTimestampRole:
        return QDateTime::fromString(item.deletionTimestamp(), Qt::ISODate);
    case FinalizersRole:
        return item.finalizers();
    default:
        return {};
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const bool age = section == ageColumn();
    switch (role) {
    case Qt::DisplayRole:
        if (age)
            return m_lastSeen ? tr("Last Seen") : tr("Age");
        return m_columns.at(section).definition.name;
    case Qt::ToolTipRole:
        return age ? QVariant() : QVariant(m_columns.at(section).definition.description);
    default:
        return {};
    }
}

QHash<int, QByteArray> ResourceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ObjectRole, "object");
    names.insert(NameRole, "name");
    names.insert(NamespaceRole, "namespace");
    names.insert(UidRole, "uid");
    names.insert(ResourceVersionRole, "resourceVersion");
    names.insert(CreationTimestampRole, "creationTimestamp");
    names.insert(ConditionsRole, "conditions");
    names.insert(ReadyRole, "ready");
    names.insert(PhaseRole, "phase");
    names.insert(SortRole, "sort");
    names.insert(TerminatingRole, "terminating");
    names.insert(DeletionTimestampRole, "deletionTimestamp");
    names.insert(FinalizersRole, "finalizers");
    return names;
}

} // namespace scs::models
