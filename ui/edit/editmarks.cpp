#include "ui/edit/editmarks.h"

#include "ui/common/objectformview.h"

namespace scs::ui {

QList<YamlEditor::Diagnostic> EditMarks::mergeConflicts(const QList<edit::MergeConflict> &conflicts,
                                                        const QString &why)
{
    QList<YamlEditor::Diagnostic> marks;
    for (const edit::MergeConflict &c : conflicts)
        marks.append({c.line, 0, why, YamlEditor::Severity::Error});
    return marks;
}

bool EditMarks::conflictMarkers(YamlEditor *editor, const QString &text)
{
    if (!edit::hasConflictMarkers(text))
        return false;
    QList<YamlEditor::Diagnostic> marks;
    const QStringList lines = edit::splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String("<<<<<<<")))
            marks.append({i + 1, 0, tr("Resolve this conflict: keep the lines that should "
                                       "stay and remove the markers")});
    }
    editor->setDiagnostics(marks);
    if (!marks.isEmpty())
        editor->goToLine(marks.front().line);
    return true;
}

QString EditMarks::problems(YamlEditor *editor, ObjectFormView *form,
                           const edit::EditResult &result)
{
    QList<YamlEditor::Diagnostic> marks;
    QList<ObjectFormView::FieldMark> fields;
    QStringList unplaced;
    for (const edit::FieldError &f : result.fieldErrors) {
        const QString text = f.field.isEmpty() ? f.message
                                               : tr("%1: %2").arg(f.field, f.message);
        if (f.line > 0)
            marks.append({f.line, f.column, text, YamlEditor::Severity::Error});
        else
            unplaced.append(text);
        if (!f.path.isEmpty())
            fields.append({f.path, text});
    }
    if (marks.isEmpty() && result.error.line > 0)
        marks.append(YamlEditor::diagnosticFromError(result.error));
    editor->setDiagnostics(marks);
    if (!marks.isEmpty())
        editor->goToLine(marks.front().line, qMax(1, marks.front().column));
    form->setFieldErrors(fields);

    QString message = result.error.message;
    if (result.error.line > 0 && result.fieldErrors.isEmpty()) {
        message = tr("Line %1, column %2: %3")
                      .arg(result.error.line)
                      .arg(result.error.column)
                      .arg(result.error.message);
    }
    if (!unplaced.isEmpty())
        message += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
    return message;
}

} // namespace scs::ui
