#pragma once

#include <QWizardPage>

class QLabel;

namespace scs::ui {

class NewTenantWizard;
class YamlEditor;

// Page 3: the objects as YAML, exactly what "Create" sends, read-only.
class NewTenantReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewTenantReviewPage(NewTenantWizard &wizard);
    void initializePage() override;

    YamlEditor *editor;
    QLabel *note;

private:
    NewTenantWizard &m_wizard;
};

} // namespace scs::ui
