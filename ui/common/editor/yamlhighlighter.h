#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace scs::ui {

// The built-in YAML highlighter, used when KSyntaxHighlighting is not available. It looks at one
// block (line) at a time and carries only "inside a block scalar, and whose" from line to line
// in the block state, so a keystroke re-highlights the changed line (and the following lines
// only while their state changes): cheap on a 1 MB document.
//
// Block state: -1/0 = plain YAML; n > 0 = inside a block scalar whose parent node is indented
// n - 2 columns (-1 after `--- |`); content lines are indented deeper, blank lines continue it.
class YamlHighlighter : public QSyntaxHighlighter
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

    explicit YamlHighlighter(QTextDocument *document, bool dark = false);

    // Switches the colour set and re-highlights the document.
    void setDark(bool dark);
    [[nodiscard]] bool isDark() const { return m_dark; }
    [[nodiscard]] QTextCharFormat format(Kind kind) const
    {
        return m_formats[static_cast<size_t>(kind)];
    }

protected:
    void highlightBlock(const QString &text) override;

private:
    void applyColours();
    void set(int start, int length, Kind kind);
    // Highlights a value (or flow content) from `pos`; returns a block-scalar state or -1.
    int highlightValue(const QString &text, int pos, int parentIndent);

    std::array<QTextCharFormat, static_cast<size_t>(Kind::Count)> m_formats;
    bool m_dark = false;
};

} // namespace scs::ui
