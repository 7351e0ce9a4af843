#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;

namespace scs::ui {

class OrderWizard;

// Page 1: the tenant (only those where the person may create clusters) and what to order
// there (the claim, or a Cluster API cluster of one ClusterClass).
class OrderTenantPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderTenantPage(OrderWizard &wizard);
    bool isComplete() const override;

    [[nodiscard]] QComboBox *tenantBox() const { return m_tenants; }
    [[nodiscard]] QListWidget *typeList() const { return m_types; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

private:
    friend class OrderWizard;
    void refresh();

    OrderWizard &m_wizard;
    QComboBox *m_tenants;
    QListWidget *m_types;
    QLabel *m_status;
};

} // namespace scs::ui
