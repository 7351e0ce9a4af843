#pragma once

#include "orders/clusterstatus.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace scs::ui {

// Scale one worker pool: the pool (ClusterApi: by name; claim: its one pool) and the nodes, or
// (ClusterApi) autoscaling between a minimum and a maximum; Scale stays disabled while the
// maximum is below the minimum (the label says so).
class ScaleClusterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScaleClusterDialog(const orders::ClusterStatus &cluster, QWidget *parent = nullptr);
    [[nodiscard]] QComboBox *poolBox() const { return m_pool; }
    [[nodiscard]] QSpinBox *replicasBox() const { return m_replicas; }
    [[nodiscard]] QCheckBox *autoscaleBox() const { return m_autoscale; }
    [[nodiscard]] QSpinBox *minBox() const { return m_min; }
    [[nodiscard]] QSpinBox *maxBox() const { return m_max; }
    [[nodiscard]] QString pool() const;
    [[nodiscard]] int replicas() const;
    // Set when autoscaling is chosen.
    [[nodiscard]] std::optional<orders::Autoscaling> autoscaling() const;
    [[nodiscard]] QPushButton *okButton() const;

private:
    void updateState();

    orders::ClusterStatus m_cluster;
    QComboBox *m_pool;
    QSpinBox *m_replicas;
    QCheckBox *m_autoscale;
    QSpinBox *m_min;
    QSpinBox *m_max;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace scs::ui
