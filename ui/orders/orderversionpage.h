#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace scs::ui {

class OrderWizard;

// Page 2: the cluster's name (a free one is suggested) and its Kubernetes version (only what
// the class or the claim schema offers).
class OrderVersionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderVersionPage(OrderWizard &wizard);
    void initializePage() override;
    bool validatePage() override;

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox *versionBox() const { return m_version; }
    [[nodiscard]] QString nameError() const;
    [[nodiscard]] QString versionError() const;

private:
    void store();

    OrderWizard &m_wizard;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QComboBox *m_version;
    QLabel *m_versionHint;
    QLabel *m_versionError;
};

} // namespace scs::ui
