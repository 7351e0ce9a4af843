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
        const QColor color = phaseColor(status);
        return role == Qt::ForegroundRole ? QVariant(color) : QVariant(statusDot(color));
    }
    if (index.column() == ClustersModel::Name && role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace scs::ui
