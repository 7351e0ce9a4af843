#pragma once

#include "orders/clusterstatus.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace scs::kube {
class KubeClient;
class Watcher;
struct WatchItem;
} // namespace scs::kube

namespace scs::orders {

// One change of a cluster as the model saw it: a condition transition (from the status, with
// its lastTransitionTime, or observed while watching) or a phase change (type "Phase").
struct ConditionTransition
{
    QDateTime at; // lastTransitionTime, or when the model saw it (phases)
    QString type; // condition type, or "Phase"
    QString status; // condition status, or the new phase
    QString reason;
    QString message;
    bool observed = false; // seen changing while watching (not only read from a status)

    friend bool operator==(const ConditionTransition &, const ConditionTransition &) = default;
};

// The clusters of one tenant, both kinds, live: one Watcher per served kind plus one for
// MachineDeployments (ready workers per pool). Rows are (kind, name), sorted by the order the
// objects arrive; watch events become precise row inserts/removes/dataChanged, never a reset
// (except in setTenant/clear).
//
// The apply*() functions are what the watchers call; they are public so that tests and the
// CLI can feed objects without a server.
//
// Lives in the GUI thread; the client must outlive the model.
class ClustersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Phase, Version, ControlPlane, Workers, Age, Conditions, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // QVariant<ClusterStatus>
        RefRole, // QVariant<ClusterRef>
        KindRole, // int(OrderKind)
        ReadyRole, // bool
        FailedRole, // bool
        DeletingRole, // bool
        PhaseRole, // QString, ClusterStatus::displayPhase()
        SortRole, // raw values: age as creation time, counts as ints
        UpgradeTargetsRole, // QStringList "<class> <version>" (setOrderTypes), stack classes
    };

    explicit ClustersModel(kube::KubeClient *client = nullptr, QObject *parent = nullptr);
    ~ClustersModel() override;

    // Clears the rows and (with a client) starts watching `tenant` for the kinds given (false:
    // not served / not wanted). `claimPath`/`clusterApiPath`: the collection paths in the
    // served versions (OrderService::collectionPath); empty: the default paths.
    void setTenant(const QString &tenant, bool claims, bool clusterApi,
                   const QString &claimPath = {}, const QString &clusterApiPath = {});
    [[nodiscard]] QString tenant() const { return m_tenant; }
    void clear();
    // All watchers have listed once.
    [[nodiscard]] bool isSynced() const;
    // How many clusters of `kind` the tenant has, as watched (live counts for the navigation
    // tree); nullopt while not synced or when the kind is not watched.
    [[nodiscard]] std::optional<int> count(OrderKind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    [[nodiscard]] int rowOf(const ClusterRef &ref) const; // -1 when not there
    [[nodiscard]] const ClusterStatus *status(int row) const;
    [[nodiscard]] const ClusterStatus *status(const ClusterRef &ref) const;
    // Oldest first: the transitions in the status when first seen, then what changed.
    [[nodiscard]] QList<ConditionTransition> history(const ClusterRef &ref) const;
    // The phases seen, in order, without repeats ("" shown as "Pending").
    [[nodiscard]] QStringList phasesSeen(const ClusterRef &ref) const;

    // The tenant's order types (OrderService::orderTypes): clusters of a Cluster Stack's
    // class for which upgradeTargets() finds a target are marked (UpgradeTargetsRole, the
    // Version column's tool tip).
    void setOrderTypes(const QList<OrderType> &types);
    [[nodiscard]] QStringList upgradeTargets(const ClusterRef &ref) const;

    // Now, as the Age column counts (tests set it; default: the wall clock).
    void setNow(const QDateTime &now) { m_now = now; }

    void applyAdded(OrderKind kind, const QJsonObject &object);
    void applyModified(OrderKind kind, const QJsonObject &object);
    void applyDeleted(OrderKind kind, const QJsonObject &object);
    void applyMachineDeployment(const QJsonObject &machineDeployment, bool deleted = false);

Q_SIGNALS:
    // A cluster's Ready turned true while watching (not for clusters already ready when
    // listed): the place for "your cluster is ready" notifications.
    void clusterBecameReady(const scs::orders::ClusterRef &ref);
    void clusterFailed(const scs::orders::ClusterRef &ref, const QString &reason);
    void phaseChanged(const scs::orders::ClusterRef &ref, const QString &phase);
    void synced();
    void errorOccurred(const scs::Error &error);

private:
    struct Row
    {
        ClusterStatus status;
        QList<ConditionTransition> history;
        QStringList phases;
    };

    void startWatcher(kube::Watcher *watcher);
    void record(Row &row, const ClusterStatus &next, bool observed);
    [[nodiscard]] QString ageText(const QDateTime &created) const;

    QPointer<kube::KubeClient> m_client;
    QString m_tenant;
    QList<Row> m_rows;
    QHash<QString, QJsonObject> m_machineDeployments; // by namespace/name
    QList<kube::Watcher *> m_watchers;
    bool m_watchesClaims = false;
    bool m_watchesClusterApi = false;
    QDateTime m_now;
    QList<OrderType> m_types;
};

} // namespace scs::orders
