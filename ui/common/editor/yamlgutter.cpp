#include "ui/common/editor/yamlgutter.h"

#include "ui/common/editor/yamlhighlighter.h"
#include "ui/common/editor/yamltextedit.h"
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

YamlGutter::YamlGutter(YamlEditor *owner, YamlTextEdit *edit)
    : QWidget(edit)
    , m_owner(owner)
    , m_edit(edit)
{
    setObjectName(u"yamlEditorGutter"_s);
    setMouseTracking(true);
}

int YamlGutter::preferredWidth(int lines) const
{
    const int digits =
        int(QString::number(std::max(1, lines >= 0 ? lines : m_edit->blockCount())).size());
    const QFontMetrics fm(m_edit->font());
    return MarkerWidth + fm.horizontalAdvance(u'9') * std::max(digits, 2) + 6 + FoldWidth;
}

QTextBlock YamlGutter::blockAt(int y) const
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

QRect YamlGutter::lineRect(const QTextBlock &block) const
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

QRect YamlGutter::markerRect(const QTextBlock &block) const
{
    const QRect line = lineRect(block);
    if (line.isEmpty())
        return {};
    const int size = std::min(12, line.height() - 2);
    return QRect(2, line.top() + (line.height() - size) / 2, size, size);
}

QRect YamlGutter::foldRect(const QTextBlock &block) const
{
    const QRect line = lineRect(block);
    if (line.isEmpty())
        return {};
    return QRect(width() - FoldWidth, line.top(), FoldWidth, line.height());
}

void YamlGutter::paintEvent(QPaintEvent *event)
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

bool YamlGutter::event(QEvent *event)
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

void YamlGutter::mousePressEvent(QMouseEvent *event)
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

void YamlGutter::wheelEvent(QWheelEvent *event)
{
    QApplication::sendEvent(m_edit->viewport(), event);
}

void YamlGutter::paintMarker(QPainter &painter, const QRect &rect, YamlEditor::Severity severity,
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

void YamlGutter::paintFoldTriangle(QPainter &painter, const QRect &rect, bool folded,
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

} // namespace scs::ui::detail
