#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace scs::ui {

class OrderWizard;

// Page 1: the tenant (only those where the person may create clusters) and what to order
// there (the claim, or a Cluster API cluster of one ClusterClass). Classes of Cluster Stacks are
// grouped by stack, then by Kubernetes minor (newest first), then by stack version; classes
// without a release follow under "Other ClusterClasses". Only leaves can be picked; each
// carries the type's id in Qt::UserRole.
class OrderTenantPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderTenantPage(OrderWizard &wizard);
    bool isComplete() const override;

    [[nodiscard]] QComboBox *tenantBox() const { return m_tenants; }
    [[nodiscard]] QTreeWidget *typeList() const { return m_types; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

private:
    friend class OrderWizard;
    void refresh();

    OrderWizard &m_wizard;
    QComboBox *m_tenants;
    QTreeWidget *m_types;
    QLabel *m_status;
};

} // namespace scs::ui
