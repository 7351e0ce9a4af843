#pragma once

#include "orders/clusterstatus.h"
#include "orders/order.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace scs::ui {

// Upgrade: only the versions the cluster's class (or the claim schema) allows from the current
// one (orders::checkUpgrade) are offered.
class UpgradeClusterDialog : public QDialog
{
    Q_OBJECT

public:
    UpgradeClusterDialog(const orders::ClusterStatus &cluster, const orders::OrderType *type,
                         QWidget *parent = nullptr);
    [[nodiscard]] QComboBox *versionBox() const { return m_version; }
    [[nodiscard]] QString version() const;
    [[nodiscard]] QStringList offeredVersions() const;
    [[nodiscard]] QPushButton *okButton() const;

private:
    QComboBox *m_version;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace scs::ui
