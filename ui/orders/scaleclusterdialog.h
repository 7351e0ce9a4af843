#pragma once

#include "orders/clusterstatus.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPushButton;
class QSpinBox;

namespace scs::ui {

// Scale one worker pool: the pool (ClusterApi: by name; claim: its one pool) and the nodes.
class ScaleClusterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScaleClusterDialog(const orders::ClusterStatus &cluster, QWidget *parent = nullptr);
    [[nodiscard]] QComboBox *poolBox() const { return m_pool; }
    [[nodiscard]] QSpinBox *replicasBox() const { return m_replicas; }
    [[nodiscard]] QString pool() const;
    [[nodiscard]] int replicas() const;
    [[nodiscard]] QPushButton *okButton() const;

private:
    orders::ClusterStatus m_cluster;
    QComboBox *m_pool;
    QSpinBox *m_replicas;
    QDialogButtonBox *m_buttons;
};

} // namespace scs::ui
