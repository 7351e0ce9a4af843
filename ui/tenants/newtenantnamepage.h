#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace scs::ui {

class NewTenantWizard;

// Page 1: the tenant's name, display name, admin group and role.
class NewTenantNamePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewTenantNamePage(NewTenantWizard &wizard);
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit *name;
    QLineEdit *displayName;
    QLineEdit *group;
    QComboBox *role;
    QLabel *status;

private:
    NewTenantWizard &m_wizard;
    bool m_groupEdited = false;
};

} // namespace scs::ui
