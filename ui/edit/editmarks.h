#pragma once

#include "edit/objecteditor.h"
#include "edit/textdiff.h"
#include "ui/common/editor/yamleditor.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace scs::ui {

class ObjectFormView;

// Where an edit went wrong, put where the user looks: marks in the YAML editor's margin (and
// the cursor on the first), field marks in the form. GUI thread only.
class EditMarks
{
    Q_DECLARE_TR_FUNCTIONS(scs::ui::EditMarks)

public:
    // Marks for the regions a three-way merge could not join, each with `why`.
    [[nodiscard]] static QList<YamlEditor::Diagnostic>
    mergeConflicts(const QList<edit::MergeConflict> &conflicts, const QString &why);

    // Marks the lines that start a conflict region ("<<<<<<<") left in `text`; false when none.
    static bool conflictMarkers(YamlEditor *editor, const QString &text);

    // Marks a failed review or apply (parser position, or the server's field causes) in the
    // editor and the form; returns the message for the edit page, with the causes no line was
    // found for.
    [[nodiscard]] static QString problems(YamlEditor *editor, ObjectFormView *form,
                                          const edit::EditResult &result);
};

} // namespace scs::ui
