#pragma once

#include <QWizardPage>

class QCommandLinkButton;
class QLabel;
class QProgressBar;

namespace scs::ui {

class OrderWizard;

// Page 6: the submission (dry run again, then create), its progress and outcome, and the way
// to follow the new cluster.
class OrderSubmitPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderSubmitPage(OrderWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;

    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QCommandLinkButton *followButton() const { return m_follow; }
    [[nodiscard]] bool isDone() const { return m_done; }
    [[nodiscard]] bool succeeded() const { return m_succeeded; }

private:
    OrderWizard &m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    QCommandLinkButton *m_follow;
    bool m_done = false;
    bool m_succeeded = false;
};

} // namespace scs::ui
