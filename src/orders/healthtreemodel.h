#pragma once

#include "orders/clusterstatus.h"
#include "orders/healthtree.h"

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace scs::kube {
class Discovery;
class KubeClient;
class Watcher;
} // namespace scs::kube

namespace scs::orders {

// A cluster's health tree (clusterHealthTree / claimHealthTree) as a live tree model. Columns:
// object ("Kind/name"), Ready, version, phase, worst condition. setRoot() changes the rows
// precisely (children matched by HealthNode::key(): removes, inserts, dataChanged; never a
// reset), so a view keeps its expansion and selection while the tree moves.
//
// follow() makes it live:
//   Cluster API: one Watcher per kind (Cluster by name, KubeadmControlPlane, MachineDeployment,
//     MachineSet, Machine, OpenStackCluster, OpenStackMachine by the label
//     cluster.x-k8s.io/cluster-name, ClusterAddon by name) ──any event──> rebuild (coalesced)
//   claim: composites and managed resources may be read but not listed by tenants, so the
//     claim, its composite and the managed resources are read again every `pollInterval`.
// Kinds the server does not serve are left out. The client and discovery must outlive the
// model or be detached with stop(). GUI/client thread.
class HealthTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Object, Ready, Version, Phase, Condition, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // int(HealthNode::State)
        SeverityRole, // QString, the worst condition's severity
        KindRole, // QString
    };

    explicit HealthTreeModel(QObject *parent = nullptr);
    ~HealthTreeModel() override;

    void setRoot(const HealthNode &root);
    void clear();
    [[nodiscard]] const HealthNode *root() const { return m_root.get(); }

    void follow(kube::KubeClient *client, kube::Discovery *discovery, const ClusterRef &ref);
    void stop();
    [[nodiscard]] ClusterRef followed() const { return m_ref; }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The index of the node "Kind/name" (depth-first), invalid when not there.
    [[nodiscard]] QModelIndex find(const QString &kind, const QString &name) const;

Q_SIGNALS:
    void treeChanged();

private:
    struct Item;
    void sync(Item *item, const HealthNode &node, const QModelIndex &index);
    QModelIndex indexOf(Item *item, int column = 0) const;
    void rebuild();
    void pollClaim();
    void addWatcher(const QString &resource, const QString &group, const QString &label,
                    const QString &field);

    std::unique_ptr<Item> m_rootItem; // invisible; its one child is the tree's root
    std::unique_ptr<HealthNode> m_root;
    QPointer<kube::KubeClient> m_client;
    QPointer<kube::Discovery> m_discovery;
    ClusterRef m_ref;
    QList<kube::Watcher *> m_watchers;
    QTimer m_coalesce;
    QTimer m_poll;
    int m_pollSerial = 0;
};

} // namespace scs::orders
