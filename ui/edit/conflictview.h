#pragma once

#include "edit/objecteditor.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace scs::ui {

class YamlEditor;

// A 409 on an edit: the three versions side by side (yours as you sent it, live as the server
// has it now, base as it was when you began; the lines each side changed marked), below them
// the merge of your change onto live with its conflicting regions marked. Three ways on:
// "Rebase onto live" (the owner loads the merge into the editor), "Force apply" (server-side
// apply conflicts only: take the fields over from their managers, after a clear warning),
// "Cancel" (nothing changes; your text stays in the editor). A conflict about field ownership
// alone (Conflict::isOwnershipOnly: nothing changed on the server) says so, names the owners
// and offers "Take over these fields" (force) and "Update instead" in place of the rebase,
// which would only meet the same conflict again. The dialog only asks; the owner acts and
// closes it.
class ConflictView : public QDialog
{
    Q_OBJECT

public:
    ConflictView(const edit::Conflict &conflict, const QString &objectName,
                 QWidget *parent = nullptr);

    [[nodiscard]] const edit::Conflict &conflict() const { return m_conflict; }
    [[nodiscard]] YamlEditor *yoursEditor() const { return m_yours; }
    [[nodiscard]] YamlEditor *liveEditor() const { return m_live; }
    [[nodiscard]] YamlEditor *baseEditor() const { return m_base; }
    [[nodiscard]] YamlEditor *mergedEditor() const { return m_merged; }
    [[nodiscard]] QPushButton *rebaseButton() const { return m_rebase; } // nullptr: not offered
    [[nodiscard]] QPushButton *updateButton() const { return m_update; } // nullptr: not offered
    [[nodiscard]] QPushButton *forceButton() const { return m_force; } // nullptr: not offered
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QLabel *explanationLabel() const { return m_explanation; }

Q_SIGNALS:
    void rebaseRequested();
    void forceApplyRequested();
    void updateInsteadRequested();

private:
    edit::Conflict m_conflict;
    QLabel *m_explanation;
    YamlEditor *m_yours;
    YamlEditor *m_live;
    YamlEditor *m_base;
    YamlEditor *m_merged;
    QPushButton *m_rebase = nullptr;
    QPushButton *m_update = nullptr;
    QPushButton *m_force = nullptr;
    QPushButton *m_cancel;
};

} // namespace scs::ui
