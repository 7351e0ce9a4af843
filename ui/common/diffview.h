#pragma once

#include "edit/textdiff.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace scs::ui {

// A readable diff of two texts (the review's live object -> dry-run result): only the changed
// hunks with a few unchanged lines around them, unified, every line with its old and new line
// number; removed lines red, added lines green, a grey header per hunk that says how many
// unchanged lines it skipped. Read-only, the text selectable; light and dark palettes.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    void setTexts(const QString &oldText, const QString &newText);
    void setDiff(const QList<edit::DiffLine> &diff);
    void clear();
    // Unchanged lines shown around each change (3 by default); takes effect on the next set.
    void setContext(int lines) { m_context = lines; }

    [[nodiscard]] int addedCount() const { return m_added; }
    [[nodiscard]] int removedCount() const { return m_removed; }
    [[nodiscard]] int hunkCount() const { return int(m_hunks.size()); }
    [[nodiscard]] const QList<edit::DiffHunk> &hunks() const { return m_hunks; }
    // The shown text, one row per line (headers included), and the widgets for tests.
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_text; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_summary;
    QPlainTextEdit *m_text;
    QList<edit::DiffHunk> m_hunks;
    int m_context = 3;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace scs::ui
