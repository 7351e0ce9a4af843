#include "ui/common/editor/yamltextedit.h"

#include "ui/common/editor/yamlgutter.h"
#include "ui/common/editor/yamlhighlighter.h"
#include "ui/common/editor/yamltext.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

#if SCS_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;

namespace scs::ui::detail {

namespace {

QString spaces(int count)
{
    return QString(std::max(count, 0), u' ');
}

// The indentation of a new line after `before` (the text left of the cursor): the same, deeper
// after a line that opens a block (`key:`, `- key:`, `key: |`, `[`/`{`), at the content column
// after a sequence item's dash.
int newLineIndent(QStringView before)
{
    const QStringView code = yamltext::code(before);
    const int indent = yamltext::indentOf(before);
    if (yamltext::indentOf(code) == code.size())
        return indent; // a blank line keeps what it has
    if (indent == 0 && (code.startsWith(u"---") || code.startsWith(u"...")))
        return 0;
    int content = yamltext::skipDashes(code, indent);
    if (content == code.size() && content > indent) // `-` or `- ` alone
        content = indent + IndentWidth;
    const QChar last = code.back();
    if (last == u':' || last == u'[' || last == u'{')
        return content + IndentWidth;
    if (const int colon = yamltext::keyColon(code, content); colon >= 0) {
        if (yamltext::isBlockScalarHeader(code.mid(colon + 1)))
            return content + IndentWidth;
    } else if (yamltext::isBlockScalarHeader(code.mid(content))) {
        return content + IndentWidth;
    }
    return content;
}

} // namespace

YamlTextEdit::YamlTextEdit(YamlEditor *owner)
    : QPlainTextEdit(owner)
    , m_owner(owner)
{
    setObjectName(u"yamlEditorText"_s);
}

QRectF YamlTextEdit::geometryOf(const QTextBlock &block) const
{
    return blockBoundingGeometry(block).translated(contentOffset());
}

QTextBlock YamlTextEdit::foldEnd(const QTextBlock &start) const
{
    const QString text = start.text();
    if (yamltext::isBlankOrComment(text))
        return {};
    const int indent = yamltext::indentOf(text);
    const QStringView code = yamltext::code(text);
    // `key:` may own a sequence at its own indentation (kubectl writes them so).
    const bool compactSequence = code.endsWith(u':')
                                 && yamltext::skipDashes(code, indent) == indent;
    QTextBlock last;
    for (QTextBlock b = start.next(); b.isValid(); b = b.next()) {
        const QString t = b.text();
        if (yamltext::isBlankOrComment(t))
            continue;
        const int ind = yamltext::indentOf(t);
        const bool dash = ind < t.size() && t[ind] == u'-'
                          && (ind + 1 == t.size() || t[ind + 1] == u' ');
        if (ind > indent || (compactSequence && ind == indent && dash))
            last = b;
        else
            break;
    }
    return last;
}

bool YamlTextEdit::isFoldable(const QTextBlock &start) const
{
    // Cheap (one following line) because the gutter asks for every line it paints.
    const QString text = start.text();
    if (yamltext::isBlankOrComment(text))
        return false;
    QTextBlock b = start.next();
    while (b.isValid() && yamltext::isBlankOrComment(b.text()))
        b = b.next();
    if (!b.isValid())
        return false;
    const int indent = yamltext::indentOf(text);
    const QString t = b.text();
    const int ind = yamltext::indentOf(t);
    if (ind > indent)
        return true;
    const QStringView code = yamltext::code(text);
    return ind == indent && code.endsWith(u':')
           && yamltext::skipDashes(code, indent) == indent && t[ind] == u'-'
           && (ind + 1 == t.size() || t[ind + 1] == u' ');
}

bool YamlTextEdit::isFolded(const QTextBlock &block)
{
    return block.isValid() && block.isVisible() && block.next().isValid()
           && !block.next().isVisible();
}

bool YamlTextEdit::fold(const QTextBlock &start)
{
    const QTextBlock end = foldEnd(start);
    if (!end.isValid() || !start.isVisible())
        return false;
    setBlocksVisible(start.next(), end, false);
    // The cursor must not stay in hidden text: put it at the end of the folded line.
    if (!textCursor().block().isVisible()) {
        QTextCursor c(start);
        c.movePosition(QTextCursor::EndOfBlock);
        setTextCursor(c);
    }
    return true;
}

void YamlTextEdit::unfold(const QTextBlock &start)
{
    if (!isFolded(start))
        return;
    // Everything hidden after the line: robust even when edits changed the block's extent.
    QTextBlock end = start.next();
    while (end.next().isValid() && !end.next().isVisible())
        end = end.next();
    setBlocksVisible(start.next(), end, true);
}

void YamlTextEdit::reveal(const QTextBlock &block)
{
    if (!block.isValid() || block.isVisible())
        return;
    QTextBlock start = block.previous();
    while (start.isValid() && !start.isVisible())
        start = start.previous();
    if (start.isValid())
        unfold(start);
    else
        setBlocksVisible(document()->firstBlock(), block, true);
}

void YamlTextEdit::unfoldAll()
{
    QTextBlock first;
    QTextBlock last;
    for (QTextBlock b = document()->firstBlock(); b.isValid(); b = b.next()) {
        if (!b.isVisible()) {
            if (!first.isValid())
                first = b;
            last = b;
        }
    }
    if (first.isValid())
        setBlocksVisible(first, last, true);
}

QRect YamlTextEdit::ellipsisRect(const QTextBlock &block) const
{
    QTextCursor c(block);
    c.movePosition(QTextCursor::EndOfBlock);
    const QRect r = cursorRect(c);
    const QFontMetrics fm(font());
    return QRect(r.right() + fm.horizontalAdvance(u' '), r.top() + 1,
                 fm.horizontalAdvance(u"…"_s) + 10, r.height() - 2);
}

QStringList YamlTextEdit::messagesOf(const QTextBlock &block) const
{
    QStringList messages;
    for (const Marker &m : markers) {
        if (m.cursor.block() == block)
            messages << m.message;
    }
    return messages;
}

bool YamlTextEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // The editor's own keys win over window shortcuts while it has focus.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find) || key->matches(QKeySequence::FindNext)
            || key->matches(QKeySequence::FindPrevious)
            || (key->key() == Qt::Key_Escape && m_owner->isFindBarVisible())) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void YamlTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        m_owner->showFindBar(textCursor().selectedText());
        return;
    }
    if (event->matches(QKeySequence::FindNext) || event->matches(QKeySequence::FindPrevious)) {
        if (m_owner->findMatchCount() == 0 && !m_owner->isFindBarVisible())
            m_owner->showFindBar(textCursor().selectedText());
        else if (event->matches(QKeySequence::FindNext))
            m_owner->findNext();
        else
            m_owner->findPrevious();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_owner->isFindBarVisible()) {
        m_owner->hideFindBar();
        return;
    }
    // Typing on a folded line changes it (Enter in its middle would leave the second half
    // looking folded), and Right at its end moves into what it hides: show that first.
    if (const QTextCursor c = textCursor(); isFolded(c.block())) {
        const bool types = !isReadOnly()
                           && ((!event->text().isEmpty() && event->text()[0].isPrint())
                               || event->key() == Qt::Key_Return
                               || event->key() == Qt::Key_Enter
                               || (event->key() == Qt::Key_Delete && c.atBlockEnd()));
        if (types || (event->key() == Qt::Key_Right && c.atBlockEnd()))
            unfold(c.block());
    }
    if (isReadOnly() || !handleIndentation(event))
        QPlainTextEdit::keyPressEvent(event);
}

void YamlTextEdit::insertFromMimeData(const QMimeData *source)
{
    // Tabs in pasted indentation would make the YAML invalid: two spaces each.
    if (!source->hasText() || !source->text().contains(u'\t'))
        return QPlainTextEdit::insertFromMimeData(source);
    QStringList lines = source->text().split(u'\n');
    for (QString &line : lines) {
        int i = 0;
        QString indent;
        for (; i < line.size() && (line[i] == u' ' || line[i] == u'\t'); ++i)
            indent += line[i] == u'\t' ? spaces(IndentWidth) : u" "_s;
        line = indent + line.mid(i);
    }
    textCursor().insertText(lines.join(u'\n'));
    ensureCursorVisible();
}

void YamlTextEdit::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    // The "…" after each folded line.
    QPainter painter(viewport());
    const QColor text = palette().color(QPalette::Text);
    QColor frame = text;
    frame.setAlphaF(0.45f);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.15f);
    painter.setRenderHint(QPainter::Antialiasing);
    const int bottom = viewport()->height();
    for (QTextBlock b = firstVisibleBlock(); b.isValid(); b = b.next()) {
        if (!b.isVisible())
            continue;
        const QRectF r = geometryOf(b);
        if (r.top() > bottom)
            break;
        if (!isFolded(b))
            continue;
        const QRect box = ellipsisRect(b);
        painter.setPen(frame);
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter.setPen(text);
        painter.drawText(box, Qt::AlignCenter, u"…"_s);
    }
}

void YamlTextEdit::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QTextBlock block = cursorForPosition(event->position().toPoint()).block();
        if (isFolded(block) && ellipsisRect(block).contains(event->position().toPoint())) {
            unfold(block);
            return;
        }
    }
    QPlainTextEdit::mousePressEvent(event);
}

bool YamlTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // Hovering underlined text shows its diagnostic, as the margin does.
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextBlock block = cursorForPosition(help->pos()).block();
        QString tip = messagesOf(block).join(u'\n');
        if (tip.isEmpty() && isFolded(block) && ellipsisRect(block).contains(help->pos()))
            tip = YamlEditor::tr("Folded; click to unfold");
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void YamlTextEdit::setBlocksVisible(QTextBlock from, const QTextBlock &to, bool visible)
{
    const int start = from.position();
    for (QTextBlock b = from; b.isValid(); b = b.next()) {
        b.setVisible(visible);
        b.setLineCount(visible ? std::max(1, b.layout()->lineCount()) : 0);
        if (b == to)
            break;
    }
    // Tells the layout (and so scroll bar and painting) that these blocks changed height.
    document()->markContentsDirty(start, to.position() + to.length() - start);
    viewport()->update();
    updateGutter();
}

bool YamlTextEdit::handleIndentation(QKeyEvent *event)
{
    const auto mods = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (mods != Qt::NoModifier)
        return false;
    QTextCursor cursor = textCursor();

    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if (event->modifiers() & Qt::ShiftModifier)
            return false;
        cursor.beginEditBlock();
        cursor.removeSelectedText();
        const QString line = cursor.block().text();
        const int column = cursor.positionInBlock();
        const int indent = newLineIndent(QStringView(line).left(column));
        // Spaces right of the cursor would add to the new line's indentation.
        int after = column;
        while (after < line.size() && line[after] == u' ')
            ++after;
        cursor.setPosition(cursor.block().position() + after, QTextCursor::KeepAnchor);
        cursor.insertText(u"\n"_s + spaces(indent));
        cursor.endEditBlock();
        setTextCursor(cursor);
        ensureCursorVisible();
        return true;
    }
    case Qt::Key_Tab:
        // With a selection Tab indents its lines (never replaces the selected text).
        if (cursor.hasSelection()) {
            shiftLines(IndentWidth);
        } else {
            const int column = cursor.positionInBlock();
            cursor.insertText(spaces(IndentWidth - column % IndentWidth));
            setTextCursor(cursor);
        }
        return true;
    case Qt::Key_Backtab:
        shiftLines(-IndentWidth);
        return true;
    case Qt::Key_Backspace: {
        if (cursor.hasSelection() || (event->modifiers() & Qt::ShiftModifier))
            return false;
        const int column = cursor.positionInBlock();
        if (column == 0 || yamltext::indentOf(cursor.block().text()) < column)
            return false;
        const int remove = column % IndentWidth == 0 ? IndentWidth : column % IndentWidth;
        cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, remove);
        cursor.removeSelectedText();
        setTextCursor(cursor);
        return true;
    }
    default:
        return false;
    }
}

void YamlTextEdit::shiftLines(int delta)
{
    QTextCursor cursor = textCursor();
    const bool hadSelection = cursor.hasSelection();
    const int cursorColumn = cursor.positionInBlock();
    QTextBlock first = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    if (last != first && cursor.selectionEnd() == last.position())
        last = last.previous(); // a selection ending at a line start does not take that line
    cursor.beginEditBlock();
    int shift = 0;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString t = b.text();
        QTextCursor c(b);
        if (delta > 0) {
            if (yamltext::indentOf(t) < t.size()) // blank lines stay empty
                c.insertText(spaces(delta));
        } else {
            const int indent = yamltext::indentOf(t);
            const int remove = std::min(indent, indent % IndentWidth ? indent % IndentWidth
                                                                     : IndentWidth);
            c.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, remove);
            c.removeSelectedText();
            if (b == first)
                shift = -remove;
        }
        if (b == last)
            break;
    }
    cursor.endEditBlock();
    if (hadSelection) {
        QTextCursor selection(document());
        selection.setPosition(first.position());
        selection.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        setTextCursor(selection);
    } else if (delta < 0) {
        QTextCursor c(first);
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                       std::max(0, cursorColumn + shift));
        setTextCursor(c);
    }
}

void YamlTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    layoutGutter();
}

void YamlTextEdit::layoutGutter(int lines)
{
    const int width = m_owner->m_gutter->preferredWidth(lines);
    setViewportMargins(width, 0, 0, 0);
    const QRect r = contentsRect();
    m_owner->m_gutter->setGeometry(r.left(), r.top(), width, r.height());
}

void YamlTextEdit::updateGutter()
{
    m_owner->m_gutter->update();
}

} // namespace scs::ui::detail
