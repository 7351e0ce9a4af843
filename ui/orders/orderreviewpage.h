#pragma once

#include "orders/field.h"

#include <QJsonObject>
#include <QList>
#include <QWizardPage>

#include <optional>

class QLabel;
class QListWidget;
class QTimer;

namespace scs::ui {

class OrderWizard;
class YamlEditor;

// Page 5: the exact object as YAML, editable (what is in the editor is what gets submitted,
// checked again as it changes), and the server's dry-run verdict.
class OrderReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderReviewPage(OrderWizard &wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    // False while the order would exceed a quota of the tenant: Submit is disabled and the
    // issues name the quota ("Quota 'compute' in tenant-b allows 1 cluster ...").
    bool isComplete() const override;
    [[nodiscard]] bool isStoppedByQuota() const { return m_quotaStop; }

    [[nodiscard]] YamlEditor *editor() const { return m_editor; }
    [[nodiscard]] QString text() const;
    // The verdict line ("The Central API accepts this order (dry run).") and the problems.
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QListWidget *issueList() const { return m_issues; }
    [[nodiscard]] bool isDryRunPending() const { return m_dryRunPending; }
    [[nodiscard]] bool dryRunAccepted() const { return m_dryRunAccepted; }
    // Shows issues (the server's refusal on submit) as the review's problems.
    void showIssues(const QList<orders::FieldIssue> &issues, const QString &headline);

private:
    // The editor's text parsed and checked locally; std::nullopt with the problems shown.
    std::optional<QJsonObject> check();
    void onEdited();
    void startDryRun(const QJsonObject &object);
    void setQuotaStop(bool stop);

    OrderWizard &m_wizard;
    YamlEditor *m_editor;
    QLabel *m_status;
    QListWidget *m_issues;
    QTimer *m_recheck;
    bool m_dryRunPending = false;
    bool m_dryRunAccepted = false;
    int m_dryRunSerial = 0;
    bool m_quotaStop = false;
};

} // namespace scs::ui
