#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace scs::ui {

class NewTenantWizard;

// Page 4: the objects are created one after the other (tenants::TenantCreator); Finish once done.
class NewTenantCreatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewTenantCreatePage(NewTenantWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;

    QListWidget *created;
    QLabel *status;

private:
    NewTenantWizard &m_wizard;
    bool m_done = false;
};

} // namespace scs::ui
