#pragma once

#include "models/deletion.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;

namespace scs::ui {

// Asks before deleting: names exactly what goes (kind, namespace, name; for several objects the
// list and how many), offers the propagation policy (Background by default, as kubectl) with a
// line on what each does to owned objects, and makes Cancel the default button. It only
// confirms: the caller sends the DELETEs after accepted(). Open it with open() (window-modal,
// no nested event loop).
class DeleteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeleteDialog(const QList<models::DeletionTarget> &targets, QWidget *parent = nullptr);

    [[nodiscard]] const QList<models::DeletionTarget> &targets() const { return m_targets; }
    [[nodiscard]] models::PropagationPolicy policy() const;
    void setPolicy(models::PropagationPolicy policy);
    [[nodiscard]] QPushButton *deleteButton() const { return m_delete; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    // The sentence above the list ("Delete ConfigMap "x" in tenant-a?").
    [[nodiscard]] QString question() const;

private:
    QList<models::DeletionTarget> m_targets;
    QLabel *m_question;
    QListWidget *m_list;
    QButtonGroup *m_policies;
    QPushButton *m_delete;
    QPushButton *m_cancel;
};

} // namespace scs::ui
