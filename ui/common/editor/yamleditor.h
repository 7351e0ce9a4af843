#pragma once

#include "common/error.h"

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;

namespace scs::ui {

namespace detail {
class YamlTextEdit;
class YamlGutter;
class YamlFindBar;
} // namespace detail

// A code editor for Kubernetes YAML: line numbers, YAML highlighting, indentation that follows
// YAML (never a tab character), a find bar, folding of mapping/sequence blocks, diagnostics in
// the left margin, light and dark palettes.
//
// Contract for embedders:
// - Lines and columns are 1-based everywhere (as in scs::Error); 0 means "unknown".
// - setText() replaces the document: it clears undo history, diagnostics and folds and leaves
//   the editor unmodified. text() always returns the whole text, folded blocks included
//   (folding only hides blocks).
// - Diagnostics follow the text they were set on while the user edits (they are anchored to
//   positions), until the next setDiagnostics()/clearDiagnostics()/setText().
// - Highlighting: KSyntaxHighlighting's "YAML" definition when built with KF6SyntaxHighlighting,
//   else the built-in YamlHighlighter (highlights per block; cheap on a 1 MB document). A new
//   text (setText) is highlighted where the view shows it at once, the rest in idle slices of
//   a few milliseconds: a 1 MB object opens without waiting for its last line.
// - Large texts (BackgroundLoadChars and more, built-in highlighter) load off the GUI thread:
//   setText() shows the first screenful at once, read-only, with a "Loading…" note, while a
//   worker thread builds the whole QTextDocument; the editor then swaps it in (isLoading()
//   turns false, loaded() is emitted). Meanwhile text() already returns the whole new text,
//   nothing can be typed, and what is asked of the editor (folds, diagnostics, goToLine,
//   setModified, setReadOnly) is applied to the complete text when it is there. The swap
//   emits no textChanged: the text did not change.
// - Colours derive from the widget's palette (dark when the window colour is dark) and are
//   re-applied on a palette change.
// GUI thread only; the editor owns its text edit, gutter, find bar and highlighter.
class YamlEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Severity { Error, Warning, Info };

    struct Diagnostic
    {
        int line = 0; // 1-based
        int column = 0; // 1-based; 0 underlines the whole line
        QString message; // translated, shown as the tool tip of the marker and the underline
        Severity severity = Severity::Error;

        friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
    };

    // A parse or validation error as a diagnostic (its line 0 becomes line 1).
    [[nodiscard]] static Diagnostic diagnosticFromError(const scs::Error &error,
                                                        Severity severity = Severity::Error);
    // True when built with KSyntaxHighlighting (KF6); false means the built-in highlighter.
    [[nodiscard]] static bool usesKSyntaxHighlighting();

    explicit YamlEditor(QWidget *parent = nullptr);
    ~YamlEditor() override;

    // Texts of at least this many characters are built off the GUI thread (see above).
    static constexpr qsizetype BackgroundLoadChars = 256 * 1024;

    // --- text
    void setText(const QString &text);
    // True while a large text given to setText() is being built off the GUI thread.
    [[nodiscard]] bool isLoading() const { return m_load != nullptr; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool isModified() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const;
    // 1-based line and column of the text cursor.
    [[nodiscard]] int cursorLine() const;
    [[nodiscard]] int cursorColumn() const;
    // Moves the cursor to line/column (clamped to the text), unfolding what hides it, and
    // scrolls it into view.
    void goToLine(int line, int column = 1);

    // --- diagnostics (margin markers with the message as tool tip, a wavy underline)
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    void clearDiagnostics();
    [[nodiscard]] QList<Diagnostic> diagnostics() const; // at their current (edited) positions
    // The tool tip the gutter shows at `gutterPos` (gutter coordinates); empty when none.
    [[nodiscard]] QString toolTipAt(const QPoint &gutterPos) const;

    // --- folding (1-based line of the block's first line, e.g. the line of `status:`)
    [[nodiscard]] bool isFoldable(int line) const;
    [[nodiscard]] bool isFolded(int line) const;
    bool fold(int line); // false when the line starts no block
    void unfold(int line);
    void toggleFold(int line);
    void unfoldAll();
    // Folds the blocks of dotted key paths such as "metadata.managedFields" or "status" (keys
    // of mappings only; sequence items do not count as a path step), in every document of the
    // text. Returns how many blocks were folded.
    int foldPaths(const QStringList &paths);
    int foldTopLevelKeys(const QStringList &keys) { return foldPaths(keys); }

    // --- find bar (Ctrl+F opens it, F3/Shift+F3 find next/previous, Esc closes)
    void showFindBar(const QString &text = {});
    void hideFindBar();
    [[nodiscard]] bool isFindBarVisible() const;
    bool findNext(); // false when there is no match
    bool findPrevious();
    [[nodiscard]] int findMatchCount() const; // matches of the find bar's text

    // --- parts, for embedding, tests and screenshots
    [[nodiscard]] QPlainTextEdit *textEdit() const;
    [[nodiscard]] QWidget *gutter() const;
    [[nodiscard]] QWidget *findBar() const;
    // The YamlHighlighter, or KSyntaxHighlighting's QSyntaxHighlighter. A large text's own
    // document comes with a new one (after loaded()).
    [[nodiscard]] QObject *highlighter() const { return m_highlighter; }
    // Where the gutter draws the diagnostic marker / fold triangle of `line` (gutter
    // coordinates); empty when the line is not shown.
    [[nodiscard]] QRect diagnosticMarkerRect(int line) const;
    [[nodiscard]] QRect foldMarkerRect(int line) const;
    // Whether the palette's Base (behind the text) is dark: the highlighter and the gutter
    // then take their dark colours.
    [[nodiscard]] bool isDark() const { return m_dark; }

Q_SIGNALS:
    void textChanged();
    void modificationChanged(bool modified);
    void cursorPositionChanged(int line, int column);
    // A large text given to setText() is complete and editable (after isLoading()).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class detail::YamlTextEdit;
    friend class detail::YamlGutter;
    friend class detail::YamlFindBar;

    void applyPalette();
    void updateExtraSelections();
    // Highlights the blocks the view shows, if the idle slices have not got there yet.
    void highlightVisible();
    // The document built off the GUI thread replaces the preview.
    struct Load;
    void startLoad(const QString &text);
    void finishLoad();
    // Runs `apply` now, or when the text being loaded is complete.
    void whenLoaded(std::function<void()> apply);

    detail::YamlTextEdit *m_edit;
    detail::YamlGutter *m_gutter;
    detail::YamlFindBar *m_findBar;
    QObject *m_highlighter = nullptr;
    QLabel *m_loadingNote;
    std::shared_ptr<Load> m_load; // while loading
    bool m_readOnly = false; // as asked; the text edit is read-only while loading too
    bool m_dark = false;
};

} // namespace scs::ui
