#pragma once

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace scs::ui {

class OrderWizard;
class SchemaForm;

// Page 3: control plane nodes, worker pools (add/remove, class, name, nodes or autoscaling
// between a minimum and a maximum, failure domain) and the flavors, where the schema has them.
class OrderSizePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderSizePage(OrderWizard &wizard);
    void initializePage() override;
    bool validatePage() override;

    [[nodiscard]] QComboBox *controlPlaneBox() const { return m_controlPlane; }
    [[nodiscard]] int poolCount() const { return int(m_pools.size()); }
    [[nodiscard]] QLineEdit *poolName(int pool) const { return m_pools.at(pool).name; }
    [[nodiscard]] QComboBox *poolClass(int pool) const { return m_pools.at(pool).workerClass; }
    [[nodiscard]] QSpinBox *poolReplicas(int pool) const { return m_pools.at(pool).replicas; }
    [[nodiscard]] QLineEdit *poolFailureDomain(int pool) const
    {
        return m_pools.at(pool).failureDomain;
    }
    // ClusterApi: autoscaling (the autoscaler's min/max annotations instead of replicas).
    [[nodiscard]] QCheckBox *poolAutoscale(int pool) const { return m_pools.at(pool).autoscale; }
    [[nodiscard]] QSpinBox *poolMin(int pool) const { return m_pools.at(pool).minSize; }
    [[nodiscard]] QSpinBox *poolMax(int pool) const { return m_pools.at(pool).maxSize; }
    [[nodiscard]] QString poolError(int pool) const;
    [[nodiscard]] QString controlPlaneError() const;
    [[nodiscard]] QPushButton *addPoolButton() const { return m_addPool; }
    [[nodiscard]] QGroupBox *poolsBox() const { return m_poolsBox; }
    void removePool(int pool);
    [[nodiscard]] SchemaForm *flavorForm() const { return m_flavors; }

private:
    struct PoolRow
    {
        QLineEdit *name = nullptr;
        QComboBox *workerClass = nullptr;
        QSpinBox *replicas = nullptr;
        QCheckBox *autoscale = nullptr;
        QSpinBox *minSize = nullptr;
        QSpinBox *maxSize = nullptr;
        QLineEdit *failureDomain = nullptr;
        QToolButton *remove = nullptr;
        QLabel *error = nullptr;
    };

    void rebuildPools();
    void restoreTabOrder();
    void store();

    OrderWizard &m_wizard;
    QComboBox *m_controlPlane;
    QLabel *m_controlPlaneError;
    QGroupBox *m_poolsBox;
    QGridLayout *m_poolsLayout = nullptr;
    QList<PoolRow> m_pools;
    QPushButton *m_addPool;
    QLabel *m_flavorsTitle;
    SchemaForm *m_flavors;
};

} // namespace scs::ui
