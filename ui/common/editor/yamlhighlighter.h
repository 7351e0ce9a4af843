#pragma once

#include <QList>
#include <QObject>
#include <QTextCharFormat>
#include <QTextLayout>

class QTextBlock;
class QTextDocument;
class QTimer;

#include <array>

namespace scs::ui {

// The built-in YAML highlighter, used when KSyntaxHighlighting is not available. It looks at one
// block (line) at a time and carries only "inside a block scalar, and whose" from line to line
// in the block state, so a keystroke re-highlights the changed line (and the following lines
// only while their state changes): cheap on a 1 MB document.
//
// A whole new text (YamlEditor::setText) is not highlighted at once: the editor calls
// setSuspended() around replacing the text, then highlightGradually(), which highlights the
// first blocks (what a view at the top shows) at once and the rest in slices of a few
// milliseconds while the event loop is idle; highlightNow() does a range at once (what a view
// scrolled elsewhere shows). Edits meanwhile are highlighted as always; the slices redo every
// block after the last one they reached, so the result is the same as highlighting at once.
// (It is not a QSyntaxHighlighter: that one highlights a whole new text in one go and its
// per-block re-highlight tells the document its contents changed.)
//
// Block state: -1 = plain YAML (the default state, so blocks not reached yet look plain and an
// edit does not run on into them); n > 0 = inside a block scalar whose parent node is indented
// n - 2 columns (-1 after `--- |`); content lines are indented deeper, blank lines continue it.
class YamlHighlighter : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Key,
        String, // quoted scalars
        Number,
        Literal, // true, false, null, ~
        Comment,
        Anchor, // &anchor and *alias
        Tag, // !tag, !!str
        DocumentMarker, // ---, ..., %directives
        BlockScalar, // | and > with their indicators, and the block's content
        Indicator, // the dash of sequence items, flow punctuation
        Count
    };

    // Becomes a child of `document`, which it highlights from now on (the text it has now on
    // the next event loop turn, or at rehighlight()).
    explicit YamlHighlighter(QTextDocument *document, bool dark = false);

    [[nodiscard]] QTextDocument *document() const { return m_document; }

    // Switches the colour set and re-highlights the document.
    void setDark(bool dark);
    [[nodiscard]] bool isDark() const { return m_dark; }
    [[nodiscard]] QTextCharFormat format(Kind kind) const
    {
        return m_formats[static_cast<size_t>(kind)];
    }

    // The whole document, now.
    void rehighlight();
    // While suspended, changes of the text are not highlighted (the text is being replaced;
    // highlightGradually() follows).
    void setSuspended(bool suspended);
    // The first blocks now, the rest of the document in idle slices.
    void highlightGradually();
    // Blocks first..last now (a view shows them), if the slices have not reached them yet.
    void highlightNow(const QTextBlock &first, const QTextBlock &last);
    // The slices have not reached the end of the document yet.
    [[nodiscard]] bool isPending() const { return m_pending; }

    // Blocks highlighted at once by highlightGradually(), and the time one slice may take.
    static constexpr int FirstBlocks = 1000;
    static constexpr int SliceMs = 4;

Q_SIGNALS:
    void finished(); // the slices reached the end of the document

private:
    using Ranges = QList<QTextLayout::FormatRange>;

    void onContentsChange(int from, int charsRemoved, int charsAdded);
    void highlightSlice();
    // Highlights from the slices' next block on, at most maxBlocks blocks or budgetMs (-1: no
    // limit), and moves the next block on.
    void advance(int maxBlocks, int budgetMs);
    // Highlights `block` after a block in `previousState`; returns the block's new state and
    // whether its formats or state changed (*changed).
    int highlightBlock(QTextBlock block, int previousState, bool *changed);
    void applyColours();
    void set(int start, int length, Kind kind);
    // Highlights one line; returns its state. Fills m_ranges.
    int highlightLine(const QString &text, int previousState);
    // Highlights a value (or flow content) from `pos`; returns a block-scalar state or -1.
    int highlightValue(const QString &text, int pos, int parentIndent);

    QTextDocument *m_document;
    std::array<QTextCharFormat, static_cast<size_t>(Kind::Count)> m_formats;
    QTextCharFormat m_quotedKey; // a quoted key keeps the weight of keys
    Ranges m_ranges; // of the line being highlighted
    QTimer *m_slices;
    int m_nextPosition = 0; // the first block the slices have not reached (a position in it)
    bool m_pending = false;
    bool m_suspended = false;
    bool m_applying = false; // our own changes of formats are not edits
    bool m_dark = false;
};

} // namespace scs::ui
