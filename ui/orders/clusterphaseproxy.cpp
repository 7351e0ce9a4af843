#include "ui/orders/clusterphaseproxy.h"

#include "orders/clustersmodel.h"
#include "ui/common/statusstyle.h"

#include <QFont>

namespace scs::ui {

using orders::ClustersModel;
using orders::ClusterStatus;

QColor ClusterPhaseProxy::phaseColor(const ClusterStatus &status)
{
    if (status.deleting)
        return statuscolor::inactive;
    if (status.failed)
        return statuscolor::error;
    if (status.ready)
        return statuscolor::good;
    return statuscolor::progressing;
}

QVariant ClusterPhaseProxy::data(const QModelIndex &index, int role) const
{
    if (index.column() == ClustersModel::Phase
        && (role == Qt::ForegroundRole || role == Qt::DecorationRole)) {
        const auto status
            = QIdentityProxyModel::data(index, ClustersModel::StatusRole).value<ClusterStatus>();
        if (role == Qt::ForegroundRole)
            return readableStatusColor(phaseColor(status));
        const StatusKind kind = status.deleting ? StatusKind::Inactive
            : status.failed                     ? StatusKind::Error
            : status.ready                      ? StatusKind::Good
                                                : StatusKind::Progressing;
        return statusIcon(kind);
    }
    // A cluster with an upgrade available: the version cell says so (the model's tool tip
    // names the targets).
    if (index.column() == ClustersModel::Version
        && (role == Qt::DisplayRole || role == Qt::FontRole)) {
        const bool upgradable =
            !QIdentityProxyModel::data(index, ClustersModel::UpgradeTargetsRole)
                 .toStringList()
                 .isEmpty();
        if (upgradable && role == Qt::DisplayRole)
            return tr("%1 ⬆ upgrade available").arg(QIdentityProxyModel::data(index).toString());
        if (upgradable) {
            QFont font;
            font.setBold(true);
            return font;
        }
    }
    if (index.column() == ClustersModel::Name && role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace scs::ui
