#pragma once

#include "kube/watcher.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

namespace scs::models {

// The objects of one watched collection as a table: the server's Table columns (CRD printer
// columns included; "wide" columns with priority > 0 left out) followed by Age. Without a Table
// form the columns are Name and Age (plus Namespace when watching across namespaces). Where the
// server prints "Last Seen" (events), that is the last column instead of Age, moving on the same
// way, so the two never show side by side.
//
// Every watch event becomes a precise change: rows inserted, removed or dataChanged; the model
// is reset only when the server's column set changes. Rows keep the order of arrival (sorting
// and filtering belong to a proxy). Colours and icons are the view's business: this model gives
// the raw facts through its roles.
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ObjectRole = Qt::UserRole + 1, // QJsonObject, the whole object
        NameRole,
        NamespaceRole,
        UidRole,
        ResourceVersionRole,
        CreationTimestampRole, // QDateTime (UTC)
        ConditionsRole, // QJsonArray status.conditions
        ReadyRole, // "True", "False", "Unknown" or "" (the Ready condition's status)
        PhaseRole, // status.phase, where there is one
        SortRole, // per column: numbers as numbers, Age as seconds
        TerminatingRole, // bool: deletionTimestamp set, the object waits for its finalizers
        DeletionTimestampRole, // QDateTime (UTC), invalid unless terminating
        FinalizersRole, // QStringList metadata.finalizers
    };
    Q_ENUM(Role)

    explicit ResourceTableModel(QObject *parent = nullptr);

    // Follows `watcher` from now on (taking over what it already knows); nullptr detaches.
    // The watcher is not owned.
    void setWatcher(kube::Watcher *watcher);
    [[nodiscard]] kube::Watcher *watcher() const { return m_watcher; }

    // The rows may be out of date: the watch was lost (Watcher::isConnectionLost: it went into
    // Backoff) and has not come back. staleSince() is when it was lost (UTC), invalid while
    // the rows are current; staleChanged() when it starts or ends.
    [[nodiscard]] bool isStale() const { return m_staleSince.isValid(); }
    [[nodiscard]] QDateTime staleSince() const { return m_staleSince; }

    // A Namespace column first, for namespaced kinds watched across namespaces (the server's
    // Table has none then). Changing it resets the model.
    void setNamespaceColumn(bool on);
    [[nodiscard]] bool hasNamespaceColumn() const { return m_namespaceColumn; }

    [[nodiscard]] int rowOf(const QString &uid) const { return m_rowOfUid.value(uid, -1); }
    [[nodiscard]] const kube::WatchItem &item(int row) const { return m_rows.at(row); }
    [[nodiscard]] int ageColumn() const { return int(m_columns.size()); }
    // Columns that hold names (the Name and Namespace columns): the ones a view gives room.
    [[nodiscard]] bool isNameColumn(int column) const;
    // Columns the server types "date" (CRD printer columns): shown like Age, relative, with
    // the time in the tool tip, sorted by time; refreshAges() moves them on too.
    [[nodiscard]] bool isDateColumn(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "5s", "3m", "2h", "4d" like kubectl (ages above two days in days).
    [[nodiscard]] static QString formatAge(qint64 seconds);

Q_SIGNALS:
    void staleChanged(bool stale);

public Q_SLOTS:
    // Ages move on by themselves; a view calls this now and then (dataChanged on Age only).
    void refreshAges();

private:
    struct Column
    {
        kube::TableColumn definition;
        int cell = -1; // index into WatchItem::cells; NameCell/NamespaceCell: from the metadata
    };

    void onColumnsChanged();
    void onAdded(const QList<kube::WatchItem> &items);
    void onModified(const kube::WatchItem &item);
    void onDeleted(const kube::WatchItem &item);
    void onConnectionLost(bool lost);
    void setStaleSince(const QDateTime &since);
    void rebuildColumns();
    [[nodiscard]] QVariant cellValue(const kube::WatchItem &item, int column) const;
    [[nodiscard]] QDateTime ageTime(const kube::WatchItem &item) const;

    static constexpr int NameCell = -1;
    static constexpr int NamespaceCell = -2;

    QPointer<kube::Watcher> m_watcher;
    bool m_namespaceColumn = false;
    bool m_lastSeen = false; // the last column is Last Seen (events), not Age
    QList<Column> m_columns; // without Age, which is always last
    QList<kube::WatchItem> m_rows;
    QHash<QString, int> m_rowOfUid;
    QDateTime m_staleSince;
};

} // namespace scs::models
