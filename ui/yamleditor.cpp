#include "ui/yamleditor.h"

#include "ui/yamlhighlighter.h"
#include "ui/yamltext.h"

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

namespace scs::ui {

namespace {

constexpr int IndentWidth = 2; // YAML forbids tabs; Kubernetes tooling writes two spaces

#if SCS_HAVE_KSYNTAXHIGHLIGHTING
// Loading the definitions reads many files: one repository for the process.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
#endif

QColor severityColour(YamlEditor::Severity severity, bool dark)
{
    switch (severity) {
    case YamlEditor::Severity::Error:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd3, 0x2f, 0x2f);
    case YamlEditor::Severity::Warning:
        return dark ? QColor(0xff, 0xcc, 0x66) : QColor(0xe0, 0x8e, 0x00);
    case YamlEditor::Severity::Info:
        break;
    }
    return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x19, 0x76, 0xd2);
}

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

namespace detail {

// ---------------------------------------------------------------------------------------------
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

    explicit YamlTextEdit(YamlEditor *owner)
        : QPlainTextEdit(owner)
        , m_owner(owner)
    {
        setObjectName(u"yamlEditorText"_s);
    }

    // QPlainTextEdit's geometry helpers are protected; the gutter needs them.
    QTextBlock firstVisible() const { return firstVisibleBlock(); }
    QRectF geometryOf(const QTextBlock &block) const
    {
        return blockBoundingGeometry(block).translated(contentOffset());
    }

    QList<Marker> markers;

    // Makes room for the gutter left of the text and places it there.
    void layoutGutter();
    void updateGutter();

    // --- folding: a block is folded when it is shown and the block after it is hidden.
    QTextBlock foldEnd(const QTextBlock &start) const
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

    bool isFoldable(const QTextBlock &start) const
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

    static bool isFolded(const QTextBlock &block)
    {
        return block.isValid() && block.isVisible() && block.next().isValid()
               && !block.next().isVisible();
    }

    bool fold(const QTextBlock &start)
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

    void unfold(const QTextBlock &start)
    {
        if (!isFolded(start))
            return;
        // Everything hidden after the line: robust even when edits changed the block's extent.
        QTextBlock end = start.next();
        while (end.next().isValid() && !end.next().isVisible())
            end = end.next();
        setBlocksVisible(start.next(), end, true);
    }

    // Shows `block` by unfolding the fold that hides it.
    void reveal(const QTextBlock &block)
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

    void unfoldAll()
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

    // Where the "…" of a folded line is drawn (viewport coordinates).
    QRect ellipsisRect(const QTextBlock &block) const
    {
        QTextCursor c(block);
        c.movePosition(QTextCursor::EndOfBlock);
        const QRect r = cursorRect(c);
        const QFontMetrics fm(font());
        return QRect(r.right() + fm.horizontalAdvance(u' '), r.top() + 1,
                     fm.horizontalAdvance(u"…"_s) + 10, r.height() - 2);
    }

    QStringList messagesOf(const QTextBlock &block) const
    {
        QStringList messages;
        for (const Marker &m : markers) {
            if (m.cursor.block() == block)
                messages << m.message;
        }
        return messages;
    }

protected:
    bool event(QEvent *event) override
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

    void keyPressEvent(QKeyEvent *event) override
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

    void insertFromMimeData(const QMimeData *source) override
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

    void resizeEvent(QResizeEvent *event) override;

    void paintEvent(QPaintEvent *event) override
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

    void mousePressEvent(QMouseEvent *event) override
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

    bool viewportEvent(QEvent *event) override
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

private:
    void setBlocksVisible(QTextBlock from, const QTextBlock &to, bool visible)
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

    // Enter, Tab, Shift+Tab and Backspace as YAML wants them; false leaves the key to Qt.
    bool handleIndentation(QKeyEvent *event)
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

    // Indents (delta > 0) or dedents the selected lines (or the cursor's line) as one undo step,
    // keeping whole lines selected so that Tab can be pressed again.
    void shiftLines(int delta)
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

    YamlEditor *m_owner;
};

// ---------------------------------------------------------------------------------------------
// The left margin: diagnostic markers, line numbers, fold triangles.
class YamlGutter final : public QWidget
{
public:
    static constexpr int MarkerWidth = 16;
    static constexpr int FoldWidth = 14;

    explicit YamlGutter(YamlEditor *owner, YamlTextEdit *edit)
        : QWidget(edit)
        , m_owner(owner)
        , m_edit(edit)
    {
        setObjectName(u"yamlEditorGutter"_s);
        setMouseTracking(true);
    }

    int preferredWidth() const
    {
        const int digits = int(QString::number(std::max(1, m_edit->blockCount())).size());
        const QFontMetrics fm(m_edit->font());
        return MarkerWidth + fm.horizontalAdvance(u'9') * std::max(digits, 2) + 6 + FoldWidth;
    }

    QTextBlock blockAt(int y) const
    {
        const int bottom = height();
        for (QTextBlock b = m_edit->firstVisible(); b.isValid(); b = b.next()) {
            if (!b.isVisible())
                continue;
            const QRectF r = m_edit->geometryOf(b);
            if (r.top() > bottom)
                break;
            if (y >= r.top() && y < r.bottom())
                return b;
        }
        return {};
    }

    QRect lineRect(const QTextBlock &block) const
    {
        if (!block.isValid() || !block.isVisible())
            return {};
        const QRectF r = m_edit->geometryOf(block);
        if (r.bottom() < 0 || r.top() > height())
            return {};
        // The first line of the block (no wrapping in this editor, but be exact anyway).
        const int lineHeight = block.layout()->lineCount() > 0
                                   ? int(block.layout()->lineAt(0).height())
                                   : m_edit->fontMetrics().height();
        return QRect(0, int(r.top()), width(), lineHeight);
    }

    QRect markerRect(const QTextBlock &block) const
    {
        const QRect line = lineRect(block);
        if (line.isEmpty())
            return {};
        const int size = std::min(12, line.height() - 2);
        return QRect(2, line.top() + (line.height() - size) / 2, size, size);
    }

    QRect foldRect(const QTextBlock &block) const
    {
        const QRect line = lineRect(block);
        if (line.isEmpty())
            return {};
        return QRect(width() - FoldWidth, line.top(), FoldWidth, line.height());
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        const bool dark = m_owner->isDark();
        QPainter painter(this);
        const QColor base = palette().color(QPalette::Base);
        painter.fillRect(event->rect(), dark ? base.lighter(115) : base.darker(104));
        const QColor number = dark ? QColor(0x85, 0x8a, 0x93) : QColor(0x90, 0x90, 0x90);
        const QColor current = palette().color(QPalette::Text);

        // The most severe diagnostic per line, for the lines on screen only.
        QHash<int, YamlEditor::Severity> severities;
        for (const auto &m : m_edit->markers) {
            const int line = m.cursor.block().blockNumber();
            const auto it = severities.constFind(line);
            if (it == severities.cend() || int(m.severity) < int(*it))
                severities.insert(line, m.severity);
        }

        painter.setFont(m_edit->font());
        painter.setRenderHint(QPainter::Antialiasing);
        const int currentBlock = m_edit->textCursor().blockNumber();
        const int numberRight = width() - FoldWidth - 2;
        for (QTextBlock b = m_edit->firstVisible(); b.isValid(); b = b.next()) {
            if (!b.isVisible())
                continue;
            const QRect line = lineRect(b);
            if (line.isEmpty()) {
                if (m_edit->geometryOf(b).top() > height())
                    break;
                continue;
            }
            if (line.top() > event->rect().bottom())
                break;
            painter.setPen(b.blockNumber() == currentBlock ? current : number);
            painter.drawText(QRect(MarkerWidth, line.top(), numberRight - MarkerWidth,
                                   line.height()),
                             Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(b.blockNumber() + 1));
            if (const auto it = severities.constFind(b.blockNumber()); it != severities.cend())
                paintMarker(painter, markerRect(b), *it, dark);
            if (m_edit->isFoldable(b))
                paintFoldTriangle(painter, foldRect(b), YamlTextEdit::isFolded(b), number);
        }
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString tip = m_owner->toolTipAt(help->pos());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(event);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        const QPoint pos = event->position().toPoint();
        const QTextBlock block = blockAt(pos.y());
        if (event->button() != Qt::LeftButton || !block.isValid())
            return;
        if (pos.x() >= width() - FoldWidth - 4 && m_edit->isFoldable(block)) {
            m_owner->toggleFold(block.blockNumber() + 1);
            return;
        }
        // A click on a line number puts the cursor on that line, like other editors.
        m_edit->setTextCursor(QTextCursor(block));
        m_edit->setFocus(Qt::MouseFocusReason);
    }

    void wheelEvent(QWheelEvent *event) override
    {
        QApplication::sendEvent(m_edit->viewport(), event);
    }

private:
    static void paintMarker(QPainter &painter, const QRect &rect, YamlEditor::Severity severity,
                            bool dark)
    {
        painter.setPen(Qt::NoPen);
        painter.setBrush(severityColour(severity, dark));
        if (severity == YamlEditor::Severity::Warning) {
            QPainterPath triangle;
            triangle.moveTo(rect.center().x() + 0.5, rect.top());
            triangle.lineTo(rect.right() + 1, rect.bottom() + 1);
            triangle.lineTo(rect.left(), rect.bottom() + 1);
            triangle.closeSubpath();
            painter.drawPath(triangle);
        } else {
            painter.drawEllipse(rect);
        }
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(8, rect.height() - 3));
        const QFont old = painter.font();
        painter.setFont(font);
        painter.setPen(dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
        painter.drawText(rect.adjusted(0, 1, 0, 0), Qt::AlignCenter,
                         severity == YamlEditor::Severity::Info ? u"i"_s : u"!"_s);
        painter.setFont(old);
    }

    static void paintFoldTriangle(QPainter &painter, const QRect &rect, bool folded,
                                  const QColor &colour)
    {
        const QPointF c = QRectF(rect).center();
        const qreal s = 3.5;
        QPolygonF triangle;
        if (folded) // pointing right: there is hidden content
            triangle << QPointF(c.x() - s / 2, c.y() - s) << QPointF(c.x() + s, c.y())
                     << QPointF(c.x() - s / 2, c.y() + s);
        else // pointing down: open
            triangle << QPointF(c.x() - s, c.y() - s / 2) << QPointF(c.x() + s, c.y() - s / 2)
                     << QPointF(c.x(), c.y() + s);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPolygon(triangle);
    }

    YamlEditor *m_owner;
    YamlTextEdit *m_edit;
};

void YamlTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    layoutGutter();
}

void YamlTextEdit::layoutGutter()
{
    const int width = m_owner->m_gutter->preferredWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect r = contentsRect();
    m_owner->m_gutter->setGeometry(r.left(), r.top(), width, r.height());
}

void YamlTextEdit::updateGutter()
{
    m_owner->m_gutter->update();
}

// ---------------------------------------------------------------------------------------------
// The find bar below the text: text, match case, previous/next, "i of n", close.
class YamlFindBar final : public QWidget
{
public:
    explicit YamlFindBar(YamlEditor *owner, YamlTextEdit *edit)
        : QWidget(owner)
        , m_owner(owner)
        , m_edit(edit)
        , m_text(new QLineEdit(this))
        , m_case(new QToolButton(this))
        , m_previous(new QToolButton(this))
        , m_next(new QToolButton(this))
        , m_count(new QLabel(this))
        , m_close(new QToolButton(this))
    {
        setObjectName(u"yamlFindBar"_s);
        m_text->setObjectName(u"findText"_s);
        m_text->setPlaceholderText(YamlEditor::tr("Find"));
        m_text->setClearButtonEnabled(true);
        m_text->installEventFilter(this);
        m_case->setObjectName(u"findMatchCase"_s);
        m_case->setText(u"Aa"_s);
        m_case->setCheckable(true);
        m_case->setToolTip(YamlEditor::tr("Match case"));
        m_previous->setObjectName(u"findPrevious"_s);
        m_previous->setArrowType(Qt::UpArrow);
        m_previous->setToolTip(YamlEditor::tr("Previous match (Shift+F3)"));
        m_next->setObjectName(u"findNext"_s);
        m_next->setArrowType(Qt::DownArrow);
        m_next->setToolTip(YamlEditor::tr("Next match (F3)"));
        m_count->setObjectName(u"findCount"_s);
        m_count->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(u"0000 of 0000"_s));
        m_close->setObjectName(u"findClose"_s);
        m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        m_close->setAutoRaise(true);
        m_close->setToolTip(YamlEditor::tr("Close (Esc)"));

        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(4, 3, 4, 3);
        layout->setSpacing(4);
        layout->addWidget(m_text, 1);
        layout->addWidget(m_case);
        layout->addWidget(m_previous);
        layout->addWidget(m_next);
        layout->addWidget(m_count);
        layout->addStretch();
        layout->addWidget(m_close);

        m_recount.setSingleShot(true);
        m_recount.setInterval(150);
        connect(&m_recount, &QTimer::timeout, this, [this] {
            recount();
            updateLabel();
        });
        connect(m_text, &QLineEdit::textChanged, this, [this] {
            recount();
            // Incremental search: the first match from where the current one starts.
            const QTextCursor c = m_edit->textCursor();
            select(c.hasSelection() ? int(c.selectionStart()) : int(c.position()), true);
        });
        connect(m_case, &QToolButton::toggled, this, [this] {
            recount();
            updateLabel();
        });
        connect(m_previous, &QToolButton::clicked, this, [this] { findPrevious(); });
        connect(m_next, &QToolButton::clicked, this, [this] { findNext(); });
        connect(m_close, &QToolButton::clicked, this, [this] { m_owner->hideFindBar(); });
        connect(m_edit->document(), &QTextDocument::contentsChanged, this, [this] {
            m_dirty = true;
            if (isVisible())
                m_recount.start();
        });
    }

    QLineEdit *lineEdit() const { return m_text; }

    int matchCount()
    {
        if (m_dirty)
            recount();
        return int(m_matches.size());
    }

    bool findNext()
    {
        const QTextCursor c = m_edit->textCursor();
        return select(c.hasSelection() ? int(c.selectionStart()) + 1 : int(c.position()), true);
    }

    bool findPrevious()
    {
        const QTextCursor c = m_edit->textCursor();
        return select(c.hasSelection() ? int(c.selectionStart()) : int(c.position()), false);
    }

    void recount()
    {
        m_dirty = false;
        m_matches.clear();
        const QString needle = m_text->text();
        if (needle.isEmpty())
            return;
        // One scan of the plain text (positions equal document positions): fast enough on a
        // 1 MB document, and it yields both the count and "i of n".
        const QString haystack = m_edit->document()->toPlainText();
        const auto cs = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (qsizetype i = haystack.indexOf(needle, 0, cs); i >= 0;
             i = haystack.indexOf(needle, i + 1, cs))
            m_matches.append(int(i));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_text && (event->type() == QEvent::KeyPress
                                  || event->type() == QEvent::ShortcutOverride)) {
            auto *key = static_cast<QKeyEvent *>(event);
            const bool ours = key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return
                              || key->key() == Qt::Key_Enter
                              || key->matches(QKeySequence::FindNext)
                              || key->matches(QKeySequence::FindPrevious);
            if (!ours)
                return false;
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (key->key() == Qt::Key_Escape)
                m_owner->hideFindBar();
            else if ((key->modifiers() & Qt::ShiftModifier)
                     || key->matches(QKeySequence::FindPrevious))
                findPrevious();
            else
                findNext();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }

private:
    // Selects the first match at or after `from` (forward) or the last before it (backward),
    // wrapping around; false when there is none.
    bool select(int from, bool forward)
    {
        if (m_dirty)
            recount();
        if (m_matches.isEmpty()) {
            if (!m_text->text().isEmpty()) {
                QTextCursor c = m_edit->textCursor();
                c.clearSelection();
                m_edit->setTextCursor(c);
            }
            m_current = -1;
            updateLabel();
            return false;
        }
        qsizetype index;
        if (forward) {
            index = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from)
                    - m_matches.cbegin();
            if (index == m_matches.size())
                index = 0;
        } else {
            index = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from)
                    - m_matches.cbegin() - 1;
            if (index < 0)
                index = m_matches.size() - 1;
        }
        m_current = int(index);
        QTextCursor c(m_edit->document());
        c.setPosition(m_matches[index]);
        c.setPosition(m_matches[index] + int(m_text->text().size()), QTextCursor::KeepAnchor);
        m_edit->setTextCursor(c); // unfolds what hides the match (cursorPositionChanged)
        m_edit->centerCursor();
        updateLabel();
        return true;
    }

    void updateLabel()
    {
        if (m_text->text().isEmpty()) {
            m_count->clear();
        } else if (m_matches.isEmpty()) {
            m_count->setText(YamlEditor::tr("No matches"));
        } else {
            // Which match is selected, if the selection still is one.
            const QTextCursor c = m_edit->textCursor();
            const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(),
                                             int(c.selectionStart()));
            const bool onMatch = c.hasSelection() && it != m_matches.cend()
                                 && *it == c.selectionStart();
            m_count->setText(onMatch ? YamlEditor::tr("%1 of %2")
                                           .arg(it - m_matches.cbegin() + 1)
                                           .arg(m_matches.size())
                                     : YamlEditor::tr("%n match(es)", nullptr,
                                                      int(m_matches.size())));
        }
        QPalette p = m_count->palette();
        p.setColor(QPalette::WindowText,
                   m_matches.isEmpty() && !m_text->text().isEmpty()
                       ? severityColour(YamlEditor::Severity::Error, m_owner->isDark())
                       : palette().color(QPalette::WindowText));
        m_count->setPalette(p);
    }

    YamlEditor *m_owner;
    YamlTextEdit *m_edit;
    QLineEdit *m_text;
    QToolButton *m_case;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    QToolButton *m_close;
    QTimer m_recount;
    QList<int> m_matches;
    int m_current = -1;
    bool m_dirty = true;
};

} // namespace detail

// ---------------------------------------------------------------------------------------------

YamlEditor::Diagnostic YamlEditor::diagnosticFromError(const scs::Error &error, Severity severity)
{
    return Diagnostic{std::max(error.line, 1), std::max(error.column, 0), error.message, severity};
}

bool YamlEditor::usesKSyntaxHighlighting()
{
#if SCS_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

YamlEditor::YamlEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new detail::YamlTextEdit(this))
    , m_gutter(new detail::YamlGutter(this, m_edit))
    , m_findBar(new detail::YamlFindBar(this, m_edit))
{
    setObjectName(u"yamlEditor"_s);
    m_findBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_edit);

    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_edit->setFont(font);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabStopDistance(QFontMetricsF(font).horizontalAdvance(u' ') * IndentWidth);
    m_edit->setTabChangesFocus(false);
    m_edit->layoutGutter();

    m_dark = palette().color(QPalette::Window).lightness() < 128;
#if SCS_HAVE_KSYNTAXHIGHLIGHTING
    {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_edit->document());
        highlighter->setDefinition(repository().definitionForName(u"YAML"_s));
        m_highlighter = highlighter;
    }
#else
    m_highlighter = new YamlHighlighter(m_edit->document(), m_dark);
#endif

    connect(m_edit, &QPlainTextEdit::blockCountChanged, this,
            [this] { m_edit->layoutGutter(); });
    connect(m_edit, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        // Moving into folded text (arrow keys, search, goToLine) shows it.
        m_edit->reveal(m_edit->textCursor().block());
        updateExtraSelections();
        m_gutter->update();
        Q_EMIT cursorPositionChanged(cursorLine(), cursorColumn());
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &YamlEditor::textChanged);
    connect(m_edit, &QPlainTextEdit::modificationChanged, this, &YamlEditor::modificationChanged);
    applyPalette();
}

YamlEditor::~YamlEditor()
{
    // QWidget's destructor deletes m_edit (our first child) after this one has run, and
    // QPlainTextEdit emits updateRequest, blockCountChanged, cursorPositionChanged... while it
    // tears its document down; the connections above would then run on a YamlEditor that is
    // gone and on a YamlTextEdit that is half gone (UBSan: member access on a wrong type).
    disconnect(m_edit, nullptr, this, nullptr);
    disconnect(m_edit->document(), nullptr, m_findBar, nullptr);
}

void YamlEditor::setText(const QString &text)
{
    m_edit->markers.clear();
    m_edit->setPlainText(text); // also clears undo history and folds (new blocks)
    m_edit->document()->setModified(false);
    updateExtraSelections();
}

QString YamlEditor::text() const
{
    return m_edit->toPlainText();
}

bool YamlEditor::isModified() const
{
    return m_edit->document()->isModified();
}

void YamlEditor::setModified(bool modified)
{
    m_edit->document()->setModified(modified);
}

void YamlEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    // Keyboard navigation and selection stay possible in a read-only editor.
    if (readOnly)
        m_edit->setTextInteractionFlags(Qt::TextSelectableByKeyboard
                                        | Qt::TextSelectableByMouse);
}

bool YamlEditor::isReadOnly() const
{
    return m_edit->isReadOnly();
}

int YamlEditor::cursorLine() const
{
    return m_edit->textCursor().blockNumber() + 1;
}

int YamlEditor::cursorColumn() const
{
    return m_edit->textCursor().positionInBlock() + 1;
}

void YamlEditor::goToLine(int line, int column)
{
    QTextDocument *doc = m_edit->document();
    const QTextBlock block = doc->findBlockByNumber(std::clamp(line, 1, doc->blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    m_edit->reveal(block);
    m_edit->setTextCursor(cursor);
    m_edit->centerCursor();
    m_edit->setFocus(Qt::OtherFocusReason);
}

void YamlEditor::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_edit->markers.clear();
    QTextDocument *doc = m_edit->document();
    for (const Diagnostic &d : diagnostics) {
        const QTextBlock block = doc->findBlockByNumber(
            std::clamp(d.line, 1, doc->blockCount()) - 1);
        const QString text = block.text();
        // Underline the token at the column (to the next space), or the line's content.
        int start = yamltext::indentOf(text);
        int end = int(text.size());
        if (d.column > 0) {
            start = std::min(d.column - 1, int(text.size()));
            end = start;
            while (end < text.size() && text[end] != u' ')
                ++end;
            if (end == start && start > 0 && start == text.size())
                --start; // at the end of the line: the last character
        }
        QTextCursor cursor(doc);
        cursor.setPosition(block.position() + start);
        cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
        m_edit->markers.append({cursor, d.message, d.severity});
    }
    updateExtraSelections();
    m_gutter->update();
}

void YamlEditor::clearDiagnostics()
{
    setDiagnostics({});
}

QList<YamlEditor::Diagnostic> YamlEditor::diagnostics() const
{
    QList<Diagnostic> result;
    for (const auto &m : m_edit->markers) {
        const QTextBlock block = m.cursor.block();
        result.append({block.blockNumber() + 1,
                       int(m.cursor.selectionStart() - block.position()) + 1, m.message,
                       m.severity});
    }
    return result;
}

QString YamlEditor::toolTipAt(const QPoint &gutterPos) const
{
    const QTextBlock block = m_gutter->blockAt(gutterPos.y());
    if (!block.isValid())
        return {};
    QString tip = m_edit->messagesOf(block).join(u'\n');
    if (tip.isEmpty() && gutterPos.x() >= m_gutter->width() - detail::YamlGutter::FoldWidth
        && m_edit->isFoldable(block))
        tip = detail::YamlTextEdit::isFolded(block) ? tr("Unfold") : tr("Fold");
    return tip;
}

bool YamlEditor::isFoldable(int line) const
{
    return m_edit->isFoldable(m_edit->document()->findBlockByNumber(line - 1));
}

bool YamlEditor::isFolded(int line) const
{
    return detail::YamlTextEdit::isFolded(m_edit->document()->findBlockByNumber(line - 1));
}

bool YamlEditor::fold(int line)
{
    const QTextBlock block = m_edit->document()->findBlockByNumber(line - 1);
    return block.isValid() && m_edit->fold(block);
}

void YamlEditor::unfold(int line)
{
    m_edit->unfold(m_edit->document()->findBlockByNumber(line - 1));
}

void YamlEditor::toggleFold(int line)
{
    if (isFolded(line))
        unfold(line);
    else
        fold(line);
}

void YamlEditor::unfoldAll()
{
    m_edit->unfoldAll();
}

int YamlEditor::foldPaths(const QStringList &paths)
{
    struct Level
    {
        int column;
        QString key;
    };
    QList<Level> stack;
    int blockScalarParent = -2; // > -2: skipping a block scalar's content deeper than this
    int folded = 0;
    for (QTextBlock b = m_edit->document()->firstBlock(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        const int indent = yamltext::indentOf(text);
        if (blockScalarParent > -2) {
            if (indent == text.size() || indent > blockScalarParent)
                continue;
            blockScalarParent = -2;
        }
        if (yamltext::isBlankOrComment(text))
            continue;
        if (indent == 0 && (text.startsWith(u"---"_s) || text.startsWith(u"..."_s))) {
            stack.clear(); // the next document
            continue;
        }
        const QStringView code = yamltext::code(text);
        const int pos = yamltext::skipDashes(code, indent);
        const int colon = yamltext::keyColon(code, pos);
        if (colon < 0) {
            if (yamltext::isBlockScalarHeader(code.mid(pos)))
                blockScalarParent = pos > indent ? pos - 2 : indent;
            continue;
        }
        while (!stack.isEmpty() && stack.back().column >= pos)
            stack.removeLast();
        stack.append({pos, yamltext::keyName(code, pos, colon)});
        if (yamltext::isBlockScalarHeader(code.mid(colon + 1)))
            blockScalarParent = pos;
        QString path;
        for (const Level &level : std::as_const(stack))
            path += (path.isEmpty() ? QString() : u"."_s) + level.key;
        if (paths.contains(path) && !detail::YamlTextEdit::isFolded(b) && m_edit->fold(b))
            ++folded;
    }
    return folded;
}

void YamlEditor::showFindBar(const QString &text)
{
    m_findBar->show();
    QLineEdit *line = m_findBar->lineEdit();
    if (!text.isEmpty() && !text.contains(QChar::ParagraphSeparator))
        line->setText(text);
    else
        m_findBar->recount();
    line->selectAll();
    line->setFocus(Qt::ShortcutFocusReason);
}

void YamlEditor::hideFindBar()
{
    m_findBar->hide();
    m_edit->setFocus(Qt::OtherFocusReason);
}

bool YamlEditor::isFindBarVisible() const
{
    return m_findBar->isVisibleTo(this);
}

bool YamlEditor::findNext()
{
    return m_findBar->findNext();
}

bool YamlEditor::findPrevious()
{
    return m_findBar->findPrevious();
}

int YamlEditor::findMatchCount() const
{
    return m_findBar->matchCount();
}

QPlainTextEdit *YamlEditor::textEdit() const
{
    return m_edit;
}

QWidget *YamlEditor::gutter() const
{
    return m_gutter;
}

QWidget *YamlEditor::findBar() const
{
    return m_findBar;
}

QRect YamlEditor::diagnosticMarkerRect(int line) const
{
    return m_gutter->markerRect(m_edit->document()->findBlockByNumber(line - 1));
}

QRect YamlEditor::foldMarkerRect(int line) const
{
    return m_gutter->foldRect(m_edit->document()->findBlockByNumber(line - 1));
}

void YamlEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        m_edit->layoutGutter();
}

void YamlEditor::applyPalette()
{
    m_dark = palette().color(QPalette::Window).lightness() < 128;
#if SCS_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *highlighter = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter)) {
        highlighter->setTheme(repository().defaultTheme(
            m_dark ? KSyntaxHighlighting::Repository::DarkTheme
                   : KSyntaxHighlighting::Repository::LightTheme));
        highlighter->rehighlight();
    }
#else
    if (auto *highlighter = static_cast<YamlHighlighter *>(m_highlighter))
        highlighter->setDark(m_dark);
#endif
    updateExtraSelections();
    m_gutter->update();
}

void YamlEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection current;
    QColor line = palette().color(QPalette::Highlight);
    line.setAlphaF(m_dark ? 0.18f : 0.08f);
    current.format.setBackground(line);
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = m_edit->textCursor();
    current.cursor.clearSelection();
    selections.append(current);
    for (const auto &m : m_edit->markers) {
        QTextEdit::ExtraSelection underline;
        underline.cursor = m.cursor;
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(severityColour(m.severity, m_dark));
        underline.format.setToolTip(m.message);
        selections.append(underline);
    }
    m_edit->setExtraSelections(selections);
}

} // namespace scs::ui
