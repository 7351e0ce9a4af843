#include "ui/orders/healthstateproxy.h"

#include "orders/healthtreemodel.h"
#include "ui/common/statusstyle.h"

namespace scs::ui {

QVariant HealthStateProxy::data(const QModelIndex &index, int role) const
{
    using orders::HealthNode;
    using orders::HealthTreeModel;
    if (role != Qt::ForegroundRole && role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const auto state = HealthNode::State(
        QIdentityProxyModel::data(index, HealthTreeModel::StateRole).toInt());
    const QString severity = QIdentityProxyModel::data(index, HealthTreeModel::SeverityRole)
                                 .toString();
    const StatusKind kind = state == HealthNode::State::Ready ? StatusKind::Good
        : state == HealthNode::State::Unknown                 ? StatusKind::Inactive
        : severity == QLatin1String("Error")                  ? StatusKind::Error
                                                              : StatusKind::Progressing;
    if (index.column() == HealthTreeModel::Ready) {
        return role == Qt::ForegroundRole ? QVariant(readableStatusColor(statusColor(kind)))
                                          : QVariant(statusIcon(kind));
    }
    if (index.column() == HealthTreeModel::Condition && role == Qt::ForegroundRole) {
        if (severity == QLatin1String("Error"))
            return readableStatusColor(statuscolor::error);
        if (severity == QLatin1String("Warning"))
            return readableStatusColor(statuscolor::progressing);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace scs::ui
