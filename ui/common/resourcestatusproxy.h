#pragma once

#include <QIdentityProxyModel>

namespace scs::ui {

// Colours for a resource table (ui's business, the model only gives facts): the Status, Phase,
// Ready, Synced, State and Type cells by what they say, and a coloured dot before the name from
// the Ready condition.
class ResourceStatusProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    enum class Health { None, Good, Progressing, Bad };
    [[nodiscard]] static Health healthOf(const QString &text);
    [[nodiscard]] static QColor colorOf(Health health);
    // A Status, Phase, Ready, ... column is there (Terminating goes there, else after the name).
    [[nodiscard]] bool hasStatusColumn() const;
};

} // namespace scs::ui
