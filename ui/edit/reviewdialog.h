#pragma once

#include "edit/objecteditor.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QRadioButton;

namespace scs::ui {

class DiffView;

// What an edit would change, before it does: the diff of the live object against the server's
// dry-run result (server defaults and webhooks' changes included), the way to write it
// (server-side apply, the default, or update), and Apply. Apply only asks (applyRequested);
// the owner writes and closes the dialog on success, or shows the error here (setError).
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(const QString &objectName, QWidget *parent = nullptr);

    void setReview(const edit::EditResult &review);
    void setMode(edit::ApplyMode mode);
    [[nodiscard]] edit::ApplyMode mode() const;
    // While the apply runs: Apply disabled, a note instead.
    void setBusy(bool busy);
    void setError(const QString &message);

    [[nodiscard]] DiffView *diffView() const { return m_diff; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void applyRequested(scs::edit::ApplyMode mode);

private:
    QLabel *m_heading;
    DiffView *m_diff;
    QRadioButton *m_ssa;
    QRadioButton *m_update;
    QLabel *m_message;
    QPushButton *m_apply;
    bool m_hasChanges = false;
};

} // namespace scs::ui
