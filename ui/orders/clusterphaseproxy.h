#pragma once

#include "orders/clusterstatus.h"

#include <QColor>
#include <QIdentityProxyModel>

namespace scs::ui {

// Phase colours and a status dot for ClustersModel (colours belong to ui, not to the model).
class ClusterPhaseProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Green when ready, red when failed, grey while deleting, amber while on its way.
    [[nodiscard]] static QColor phaseColor(const orders::ClusterStatus &status);
};

} // namespace scs::ui
