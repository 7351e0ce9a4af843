#pragma once

#include "edit/draftstore.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace scs::ui {

// The unsaved drafts of one profile, offered back after sign-in: each with its object and when
// it was saved; "Open" goes to the object and continues editing there, "Discard" throws the
// draft away (after asking). The dialog only asks; the owner acts.
class DraftsDialog : public QDialog
{
    Q_OBJECT

public:
    DraftsDialog(const QList<edit::Draft> &drafts, QWidget *parent = nullptr);

    void removeDraft(const QString &objectKey);
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QPushButton *openButton() const { return m_open; }
    [[nodiscard]] QPushButton *discardButton() const { return m_discard; }
    [[nodiscard]] int count() const { return int(m_drafts.size()); }

Q_SIGNALS:
    void openRequested(const scs::edit::Draft &draft);
    void discardRequested(const scs::edit::Draft &draft);

private:
    [[nodiscard]] int currentIndex() const;
    void updateButtons();

    QList<edit::Draft> m_drafts;
    QTreeWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_discard;
};

} // namespace scs::ui
