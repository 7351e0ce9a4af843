#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace scs::ui {

class NewTenantWizard;

// Page 2 (optional fields): a ResourceQuota and LimitRange defaults; empty fields are left out.
class NewTenantLimitsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewTenantLimitsPage(NewTenantWizard &wizard);
    bool validatePage() override;

    QLineEdit *capiClusters;
    QLineEdit *claimClusters;
    QLineEdit *cpu;
    QLineEdit *memory;
    QLineEdit *requestCpu;
    QLineEdit *requestMemory;
    QLineEdit *limitCpu;
    QLineEdit *limitMemory;
    QLabel *status;

private:
    NewTenantWizard &m_wizard;
};

} // namespace scs::ui
