#pragma once

#include <QIdentityProxyModel>

namespace scs::ui {

// Colours for orders::HealthTreeModel: a status dot and colour in the Ready column (green
// ready, red not ready with an Error, amber otherwise, grey unknown), the condition in red for
// Error and amber for Warning.
class HealthStateProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace scs::ui
