#pragma once

#include "orders/clusterstatus.h"
#include "orders/order.h"
#include "orders/upgradeplan.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace scs::ui {

// Upgrade a cluster.
//  - A Cluster API cluster of a Cluster Stack's class: the targets SCS allows
//    (orders::upgradeTargets: a newer stack version of the minor, the next minor; class and
//    version change together); below the choice what changes (class, version, variables the
//    new class no longer knows or newly requires); "Dry Run" asks the server
//    (dryRunRequested, answered with setDryRunResult) before "Upgrade".
//  - A claim or a plain class: only versions orders::checkUpgrade allows from the current one
//    (a plain class: typed in, vMAJOR.MINOR.PATCH).
class UpgradeClusterDialog : public QDialog
{
    Q_OBJECT

public:
    // `type`: the cluster's order type (null when its class is gone); `types`: every offered
    // order type of the tenant (where the targets come from).
    UpgradeClusterDialog(const orders::ClusterStatus &cluster, const orders::OrderType *type,
                         const QList<orders::OrderType> &types = {},
                         QWidget *parent = nullptr);
    [[nodiscard]] QComboBox *versionBox() const { return m_version; }
    // The chosen version (and, for a stack class, the chosen target's class).
    [[nodiscard]] QString version() const;
    [[nodiscard]] std::optional<orders::UpgradeTarget> target() const;
    // The type of the chosen target's class (stack classes only).
    [[nodiscard]] const orders::OrderType *targetType() const;
    [[nodiscard]] QStringList offeredVersions() const;
    // "openstack-scs2-1-33-v2 v1.33.10" per target (stack classes).
    [[nodiscard]] QStringList offeredTargets() const;
    [[nodiscard]] bool selectTarget(const QString &clusterClass);
    [[nodiscard]] QPushButton *okButton() const;
    [[nodiscard]] QPushButton *dryRunButton() const { return m_dryRun; }
    [[nodiscard]] QLabel *changesLabel() const { return m_changes; }
    [[nodiscard]] QLabel *dryRunLabel() const { return m_dryRunResult; }

    void setDryRunResult(bool ok, const QString &message);

Q_SIGNALS:
    void dryRunRequested();

private:
    void showChanges();

    orders::ClusterStatus m_cluster;
    QList<orders::OrderType> m_types;
    QList<orders::UpgradeTarget> m_targets;
    QComboBox *m_version;
    QLabel *m_hint;
    QLabel *m_changes;
    QLabel *m_dryRunResult;
    QPushButton *m_dryRun;
    QDialogButtonBox *m_buttons;
    std::optional<orders::OrderType> m_from;
};

} // namespace scs::ui
