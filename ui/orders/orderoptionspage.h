#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace scs::ui {

class OrderWizard;
class SchemaForm;

// Page 4: the rest of the schema (ClusterClass variables / claim options) as a form; the OIDC
// settings come pre-filled with the console's own issuer and client.
class OrderOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderOptionsPage(OrderWizard &wizard);
    void initializePage() override;
    bool validatePage() override;

    [[nodiscard]] SchemaForm *form() const { return m_form; }
    [[nodiscard]] QPushButton *oidcButton() const { return m_oidc; }

private:
    OrderWizard &m_wizard;
    SchemaForm *m_form;
    QLabel *m_empty;
    QPushButton *m_oidc;
};

} // namespace scs::ui
