#pragma once

#include "ui/common/editor/yamleditor.h"

#include <QList>
#include <QPlainTextEdit>
#include <QString>
#include <QTextBlock>
#include <QTextCursor>

class QKeyEvent;
class QMimeData;
class QMouseEvent;
class QPaintEvent;
class QResizeEvent;

namespace scs::ui::detail {

// YAML forbids tabs; Kubernetes tooling writes two spaces.
constexpr int IndentWidth = 2;

// The text edit: YAML indentation keys, folding, fold markers, diagnostics' positions.
class YamlTextEdit final : public QPlainTextEdit
{
public:
    struct Marker
    {
        QTextCursor cursor; // selection = the underlined text; follows edits
        QString message;
        YamlEditor::Severity severity;
    };

    explicit YamlTextEdit(YamlEditor *owner);

    // QPlainTextEdit's geometry helpers are protected; the gutter needs them.
    QTextBlock firstVisible() const { return firstVisibleBlock(); }
    QRectF geometryOf(const QTextBlock &block) const;

    QList<Marker> markers;

    // Makes room for the gutter left of the text (for `lines` lines; -1: the document's) and
    // places it there.
    void layoutGutter(int lines = -1);
    void updateGutter();

    // --- folding: a block is folded when it is shown and the block after it is hidden.
    QTextBlock foldEnd(const QTextBlock &start) const;
    bool isFoldable(const QTextBlock &start) const;
    static bool isFolded(const QTextBlock &block);
    bool fold(const QTextBlock &start);
    void unfold(const QTextBlock &start);

    // Shows `block` by unfolding the fold that hides it.
    void reveal(const QTextBlock &block);
    void unfoldAll();

    // Where the "…" of a folded line is drawn (viewport coordinates).
    QRect ellipsisRect(const QTextBlock &block) const;
    QStringList messagesOf(const QTextBlock &block) const;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void setBlocksVisible(QTextBlock from, const QTextBlock &to, bool visible);

    // Enter, Tab, Shift+Tab and Backspace as YAML wants them; false leaves the key to Qt.
    bool handleIndentation(QKeyEvent *event);

    // Indents (delta > 0) or dedents the selected lines (or the cursor's line) as one undo step,
    // keeping whole lines selected so that Tab can be pressed again.
    void shiftLines(int delta);

    YamlEditor *m_owner;
};

} // namespace scs::ui::detail
