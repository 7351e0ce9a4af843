#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace scs::ui {

class DiffView;

// What adding or removing a member writes, before it does: the RoleBinding as the server's dry
// run returned it (added) or its change (a subject taken out, or the whole binding deleted), and
// Apply. Apply only asks (applyRequested); the owner writes, then closes the dialog on success
// or shows RBAC's answer here (setError).
class MemberReviewDialog : public QDialog
{
    Q_OBJECT

public:
    MemberReviewDialog(const QString &heading, const QString &applyText,
                       QWidget *parent = nullptr);

    void setTexts(const QString &before, const QString &after);
    void setBusy(bool busy);
    void setError(const QString &message);

    [[nodiscard]] DiffView *diffView() const { return m_diff; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void applyRequested();

private:
    DiffView *m_diff;
    QLabel *m_message;
    QPushButton *m_apply;
};

} // namespace scs::ui
