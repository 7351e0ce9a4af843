#include "ui/common/terminal/terminalwidget.h"

#include <vterm.h>

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace scs::ui {

namespace {

VTermModifier modifiersOf(Qt::KeyboardModifiers modifiers)
{
    int mod = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    if (modifiers & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    return VTermModifier(mod);
}

// The keys that are not text, as libvterm names them.
VTermKey vtermKeyOf(int key)
{
    switch (key) {
    case Qt::Key_Return:
        return VTERM_KEY_ENTER;
    case Qt::Key_Enter:
        return VTERM_KEY_KP_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
            return VTermKey(VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1));
        return VTERM_KEY_NONE;
    }
}

bool isCopy(const QKeyEvent *event)
{
    return event->key() == Qt::Key_C
        && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier);
}

bool isPaste(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_V
            && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier))
        || (event->key() == Qt::Key_Insert && event->modifiers() == Qt::ShiftModifier);
}

} // namespace

// libvterm's C callbacks, with the widget as `user`.
struct TerminalCallbacks
{
    static TerminalWidget *self(void *user) { return static_cast<TerminalWidget *>(user); }

    static int damage(VTermRect, void *user)
    {
        self(user)->viewport()->update();
        return 1;
    }
    static int moveCursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        TerminalWidget *w = self(user);
        w->m_cursor = QPoint(pos.col, pos.row);
        w->m_cursorVisible = visible != 0;
        w->viewport()->update();
        return 1;
    }
    static int termProp(VTermProp prop, VTermValue *value, void *user)
    {
        TerminalWidget *w = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            w->m_cursorVisible = value->boolean != 0;
            w->viewport()->update();
            break;
        case VTERM_PROP_TITLE:
            w->m_title = QString::fromUtf8(value->string);
            Q_EMIT w->titleChanged(w->m_title);
            break;
        default:
            break;
        }
        return 1;
    }
    static int bell(void *user)
    {
        Q_EMIT self(user)->bell();
        return 1;
    }
    static int pushLine(int cols, const VTermScreenCell *cells, void *user)
    {
        TerminalWidget *w = self(user);
        TerminalWidget::Line line;
        line.reserve(cols);
        for (int c = 0; c < cols; ++c)
            line.append(convert(w, cells[c]));
        w->m_scrollback.push_back(std::move(line));
        bool dropped = false;
        while (int(w->m_scrollback.size()) > w->m_scrollbackLimit) {
            w->m_scrollback.pop_front();
            dropped = true;
        }
        // A selection in lines that moved stays on the same text.
        if (dropped && w->m_selectionAnchor.y() >= 0) {
            w->m_selectionAnchor.ry() -= 1;
            w->m_selectionEnd.ry() -= 1;
        }
        w->updateScrollBar(false);
        return 1;
    }
    static int popLine(int cols, VTermScreenCell *cells, void *user)
    {
        TerminalWidget *w = self(user);
        if (w->m_scrollback.empty())
            return 0;
        const TerminalWidget::Line line = w->m_scrollback.back();
        w->m_scrollback.pop_back();
        for (int c = 0; c < cols; ++c) {
            VTermScreenCell &cell = cells[c];
            cell = VTermScreenCell{};
            cell.width = 1;
            vterm_state_get_default_colors(vterm_obtain_state(w->m_vt), &cell.fg, &cell.bg);
            if (c < line.size() && !line.at(c).text.isEmpty()) {
                const QList<uint> ucs4 = line.at(c).text.toUcs4();
                for (qsizetype i = 0; i < ucs4.size() && i < VTERM_MAX_CHARS_PER_CELL; ++i)
                    cell.chars[i] = ucs4.at(i);
                cell.width = char(line.at(c).width);
            }
        }
        w->updateScrollBar(false);
        return 1;
    }
    static TerminalWidget::Cell convert(const TerminalWidget *w, const VTermScreenCell &vcell)
    {
        TerminalWidget::Cell cell;
        if (vcell.chars[0] != 0 && vcell.chars[0] != uint32_t(-1)) {
            for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && vcell.chars[i] != 0; ++i)
                cell.text += QString::fromUcs4(
                    reinterpret_cast<const char32_t *>(&vcell.chars[i]), 1);
        }
        cell.width = qMax(1, int(vcell.width));
        VTermColor fg = vcell.fg;
        VTermColor bg = vcell.bg;
        cell.defaultBg = VTERM_COLOR_IS_DEFAULT_BG(&bg);
        vterm_screen_convert_color_to_rgb(w->m_screen, &fg);
        vterm_screen_convert_color_to_rgb(w->m_screen, &bg);
        cell.fg = qRgb(fg.rgb.red, fg.rgb.green, fg.rgb.blue);
        cell.bg = qRgb(bg.rgb.red, bg.rgb.green, bg.rgb.blue);
        if (vcell.attrs.reverse) {
            std::swap(cell.fg, cell.bg);
            cell.defaultBg = false;
        }
        cell.bold = vcell.attrs.bold;
        cell.italic = vcell.attrs.italic;
        cell.underline = vcell.attrs.underline != 0;
        cell.strike = vcell.attrs.strike;
        return cell;
    }
    static void output(const char *bytes, size_t length, void *user)
    {
        Q_EMIT self(user)->input(QByteArray(bytes, qsizetype(length)));
    }
};

namespace {

const VTermScreenCallbacks screenCallbacks = {
    &TerminalCallbacks::damage,     nullptr, // moverect: the damage that follows repaints
    &TerminalCallbacks::moveCursor, &TerminalCallbacks::termProp,
    &TerminalCallbacks::bell,       nullptr, // resize: the widget sets the size itself
    &TerminalCallbacks::pushLine,   &TerminalCallbacks::popLine,
};

} // namespace

TerminalWidget::TerminalWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("terminal"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Terminal"));

    m_vt = vterm_new(m_rows, m_columns);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, &TerminalCallbacks::output, this);
    m_screen = vterm_obtain_screen(m_vt);
    vterm_screen_set_callbacks(m_screen, &screenCallbacks, this);
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    applyFont();
    vterm_screen_reset(m_screen, 1);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
}

TerminalWidget::~TerminalWidget()
{
    // No callback may reach a half-destroyed widget.
    vterm_output_set_callback(m_vt, nullptr, nullptr);
    vterm_screen_set_callbacks(m_screen, nullptr, nullptr);
    vterm_free(m_vt);
}

void TerminalWidget::applyFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::TypeWriter);
    setFont(font);
    const QFontMetrics metrics(font);
    m_cellWidth = qMax(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_cellHeight = qMax(1, metrics.height());
    m_ascent = metrics.ascent();
    // The program's default colours are the theme's, so the terminal fits the window.
    const QColor fg = palette().color(QPalette::Text);
    const QColor bg = palette().color(QPalette::Base);
    VTermColor vfg;
    VTermColor vbg;
    vterm_color_rgb(&vfg, quint8(fg.red()), quint8(fg.green()), quint8(fg.blue()));
    vterm_color_rgb(&vbg, quint8(bg.red()), quint8(bg.green()), quint8(bg.blue()));
    vterm_state_set_default_colors(vterm_obtain_state(m_vt), &vfg, &vbg);
}

QSize TerminalWidget::sizeHint() const
{
    return {80 * m_cellWidth + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
            24 * m_cellHeight + 2 * frameWidth()};
}

void TerminalWidget::write(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    const bool atBottom = verticalScrollBar()->value() == verticalScrollBar()->maximum();
    // libvterm 0.1 turns a UTF-8 sequence cut at the end of a write into U+FFFD: the cut
    // sequence waits for the next write.
    QByteArray chunk = m_pendingUtf8 + bytes;
    m_pendingUtf8.clear();
    for (qsizetype back = 1; back <= 3 && back <= chunk.size(); ++back) {
        const auto byte = quint8(chunk.at(chunk.size() - back));
        if ((byte & 0xC0) != 0x80) { // a lead byte (or ASCII): how long is its sequence?
            const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
            if (length > back) {
                m_pendingUtf8 = chunk.right(back);
                chunk.chop(back);
            }
            break;
        }
    }
    if (chunk.isEmpty())
        return;
    vterm_input_write(m_vt, chunk.constData(), size_t(chunk.size()));
    vterm_screen_flush_damage(m_screen);
    updateScrollBar(atBottom);
    viewport()->update();
}

TerminalWidget::Cell TerminalWidget::cellAt(int row, int col) const
{
    VTermScreenCell vcell;
    if (!vterm_screen_get_cell(m_screen, VTermPos{row, col}, &vcell))
        return {};
    return TerminalCallbacks::convert(this, vcell);
}

TerminalWidget::Line TerminalWidget::lineAt(int absoluteRow) const
{
    const int scrollback = int(m_scrollback.size());
    if (absoluteRow < scrollback)
        return m_scrollback.at(size_t(absoluteRow));
    Line line;
    const int row = absoluteRow - scrollback;
    if (row >= m_rows)
        return line;
    line.reserve(m_columns);
    for (int c = 0; c < m_columns; ++c)
        line.append(cellAt(row, c));
    return line;
}

QString TerminalWidget::lineText(const Line &line, int from, int to) const
{
    QString text;
    const int end = to < 0 ? int(line.size()) : qMin(to, int(line.size()));
    for (int c = qMax(0, from); c < end; ++c) {
        const Cell &cell = line.at(c);
        if (cell.text.isEmpty()) {
            // The right half of a wide character adds nothing; a blank is a space.
            if (c > 0 && line.at(c - 1).width == 2)
                continue;
            text += QLatin1Char(' ');
        } else {
            text += cell.text;
        }
    }
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

QString TerminalWidget::screenText() const
{
    QStringList lines;
    const int scrollback = int(m_scrollback.size());
    for (int r = 0; r < m_rows; ++r)
        lines.append(lineText(lineAt(scrollback + r)));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString TerminalWidget::allText() const
{
    QStringList lines;
    for (int r = 0; r < totalLines(); ++r)
        lines.append(lineText(lineAt(r)));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

void TerminalWidget::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = qMax(0, lines);
    while (int(m_scrollback.size()) > m_scrollbackLimit)
        m_scrollback.pop_front();
    updateScrollBar(true);
}

void TerminalWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    viewport()->update();
}

int TerminalWidget::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

void TerminalWidget::updateScrollBar(bool followBottom)
{
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = followBottom || bar->value() == bar->maximum();
    bar->setRange(0, int(m_scrollback.size()));
    bar->setPageStep(m_rows);
    bar->setSingleStep(1);
    if (atBottom)
        bar->setValue(bar->maximum());
}

void TerminalWidget::scrollToBottom()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void TerminalWidget::updateGridSize()
{
    const QSize area = viewport()->size();
    const int columns = qMax(2, area.width() / m_cellWidth);
    const int rows = qMax(1, area.height() / m_cellHeight);
    if (columns == m_columns && rows == m_rows)
        return;
    m_columns = columns;
    m_rows = rows;
    vterm_set_size(m_vt, rows, columns);
    vterm_screen_flush_damage(m_screen);
    updateScrollBar(true);
    Q_EMIT sizeChanged(columns, rows);
}

void TerminalWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGridSize();
}

void TerminalWidget::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyFont();
        updateGridSize();
        viewport()->update();
    }
}

bool TerminalWidget::isSelected(int absoluteRow, int col) const
{
    if (m_selectionAnchor.y() < 0 || m_selectionAnchor == m_selectionEnd)
        return false;
    QPoint from = m_selectionAnchor;
    QPoint to = m_selectionEnd;
    if (std::pair(to.y(), to.x()) < std::pair(from.y(), from.x()))
        std::swap(from, to);
    const std::pair at(absoluteRow, col);
    return at >= std::pair(from.y(), from.x()) && at < std::pair(to.y(), to.x());
}

void TerminalWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QColor base = palette().color(QPalette::Base);
    painter.fillRect(viewport()->rect(), base);
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor highlightText = palette().color(QPalette::HighlightedText);
    const int first = firstVisibleLine();
    const int scrollback = int(m_scrollback.size());
    QFont regular = font();
    for (int r = 0; r < m_rows; ++r) {
        const int absolute = first + r;
        if (absolute >= totalLines())
            break;
        const Line line = lineAt(absolute);
        const int y = r * m_cellHeight;
        for (int c = 0; c < line.size(); ++c) {
            const Cell &cell = line.at(c);
            const QRect rect(c * m_cellWidth, y, m_cellWidth * cell.width, m_cellHeight);
            const bool selected = isSelected(absolute, c);
            QColor fg = QColor(cell.fg);
            if (selected) {
                painter.fillRect(rect, highlight);
                fg = highlightText;
            } else if (!cell.defaultBg) {
                painter.fillRect(rect, QColor(cell.bg));
            }
            if (cell.text.isEmpty() || cell.text == QLatin1String(" "))
                continue;
            QFont f = regular;
            f.setBold(cell.bold);
            f.setItalic(cell.italic);
            f.setUnderline(cell.underline);
            f.setStrikeOut(cell.strike);
            painter.setFont(f);
            painter.setPen(fg);
            painter.drawText(rect.x(), y + m_ascent, cell.text);
            if (cell.width == 2)
                ++c;
        }
    }
    // The cursor: a block while focused, an outline otherwise; none while scrolled back.
    const int cursorLine = scrollback + m_cursor.y();
    if (m_cursorVisible && !m_readOnly && cursorLine >= first && cursorLine < first + m_rows) {
        const QRect rect(m_cursor.x() * m_cellWidth, (cursorLine - first) * m_cellHeight,
                         m_cellWidth, m_cellHeight);
        const QColor colour = palette().color(QPalette::Text);
        if (hasFocus()) {
            painter.fillRect(rect, colour);
            const Cell cell = cellAt(m_cursor.y(), m_cursor.x());
            if (!cell.text.isEmpty()) {
                painter.setFont(regular);
                painter.setPen(base);
                painter.drawText(rect.x(), rect.y() + m_ascent, cell.text);
            }
        } else {
            painter.setPen(colour);
            painter.drawRect(rect.adjusted(0, 0, -1, -1));
        }
    }
}

QPoint TerminalWidget::cellAtPixel(const QPoint &pos) const
{
    const int col = std::clamp((pos.x() + m_cellWidth / 2) / m_cellWidth, 0, m_columns);
    const int row = std::clamp(pos.y() / m_cellHeight, 0, m_rows - 1);
    return {col, firstVisibleLine() + row};
}

void TerminalWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_selectionAnchor = m_selectionEnd = cellAtPixel(event->position().toPoint());
        m_selecting = true;
        viewport()->update();
        return;
    }
    if (event->button() == Qt::MiddleButton) {
        paste();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_selectionEnd = cellAtPixel(event->position().toPoint());
    viewport()->update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    m_selectionEnd = cellAtPixel(event->position().toPoint());
    if (QClipboard *clipboard = QApplication::clipboard();
        clipboard->supportsSelection() && !selectedText().isEmpty())
        clipboard->setText(selectedText(), QClipboard::Selection);
    viewport()->update();
}

void TerminalWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A word: the run of non-blank cells under the pointer.
    const QPoint at = cellAtPixel(event->position().toPoint() - QPoint(m_cellWidth / 2, 0));
    const Line line = lineAt(at.y());
    const auto blank = [&line](int c) {
        return c < 0 || c >= line.size() || line.at(c).text.trimmed().isEmpty();
    };
    if (blank(at.x()))
        return;
    int from = at.x();
    int to = at.x();
    while (!blank(from - 1))
        --from;
    while (!blank(to + 1))
        ++to;
    m_selectionAnchor = QPoint(from, at.y());
    m_selectionEnd = QPoint(to + 1, at.y());
    m_selecting = false;
    viewport()->update();
}

QString TerminalWidget::selectedText() const
{
    if (m_selectionAnchor.y() < 0 || m_selectionAnchor == m_selectionEnd)
        return {};
    QPoint from = m_selectionAnchor;
    QPoint to = m_selectionEnd;
    if (std::pair(to.y(), to.x()) < std::pair(from.y(), from.x()))
        std::swap(from, to);
    QStringList lines;
    for (int r = from.y(); r <= to.y() && r < totalLines(); ++r) {
        const Line line = lineAt(r);
        lines.append(lineText(line, r == from.y() ? from.x() : 0, r == to.y() ? to.x() : -1));
    }
    return lines.join(QLatin1Char('\n'));
}

void TerminalWidget::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TerminalWidget::paste()
{
    if (m_readOnly)
        return;
    QString text = QApplication::clipboard()->text();
    if (text.isEmpty())
        return;
    // A terminal sends Return as CR; the program's line discipline makes it a newline.
    text.replace(QLatin1String("\r\n"), QLatin1String("\r"));
    text.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    scrollToBottom();
    // Inside ESC[200~ .. ESC[201~ when the program turned bracketed paste on (libvterm knows).
    vterm_keyboard_start_paste(m_vt);
    for (const char32_t c : text.toUcs4())
        vterm_keyboard_unichar(m_vt, c, VTERM_MOD_NONE);
    vterm_keyboard_end_paste(m_vt);
}

bool TerminalWidget::event(QEvent *event)
{
    // Keys the window would take as shortcuts (Ctrl+K, Escape, Ctrl+letters) belong to the
    // program while the terminal has the focus; copy and paste stay ours.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!isCopy(key) && !isPaste(key)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalWidget::focusNextPrevChild(bool)
{
    return false; // Tab is a key for the program
}

void TerminalWidget::keyPressEvent(QKeyEvent *event)
{
    if (isCopy(event)) {
        copy();
        return;
    }
    if (isPaste(event)) {
        paste();
        return;
    }
    // Tab belongs to the program; Ctrl+Tab and Ctrl+Shift+Tab leave the terminal, as they
    // leave Qt's text editors.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)
        && event->modifiers() & Qt::ControlModifier) {
        QAbstractScrollArea::focusNextPrevChild(event->key() == Qt::Key_Tab
                                                && !(event->modifiers() & Qt::ShiftModifier));
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier
        && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->value()
                      + (event->key() == Qt::Key_PageUp ? -1 : 1) * qMax(1, m_rows - 1));
        return;
    }
    if (m_readOnly)
        return;
    sendKey(event);
}

void TerminalWidget::sendKey(QKeyEvent *event)
{
    const VTermModifier mod = modifiersOf(event->modifiers());
    const VTermKey key = vtermKeyOf(event->key());
    if (key != VTERM_KEY_NONE) {
        // Shift+Tab is Backtab to Qt, and a tab with Shift to a terminal.
        const VTermModifier m = event->key() == Qt::Key_Backtab
            ? VTermModifier(mod | VTERM_MOD_SHIFT)
            : mod;
        vterm_keyboard_key(m_vt, key, m);
    } else if ((event->modifiers() & Qt::ControlModifier) && event->key() >= Qt::Key_At
               && event->key() <= Qt::Key_Underscore) {
        // Ctrl+letter: libvterm makes the control character from the plain key.
        vterm_keyboard_unichar(m_vt, char32_t(QChar::toLower(char32_t(event->key()))),
                               VTermModifier(mod & ~VTERM_MOD_SHIFT));
    } else if (!event->text().isEmpty()) {
        // The text has Shift applied already; Alt still adds an ESC in front.
        const auto textMod = VTermModifier(mod & ~(VTERM_MOD_SHIFT | VTERM_MOD_CTRL));
        for (const char32_t c : event->text().toUcs4()) {
            if (c < 0x20 || c == 0x7f) {
                const QByteArray raw(1, char(c));
                Q_EMIT input(raw);
            } else {
                vterm_keyboard_unichar(m_vt, c, textMod);
            }
        }
    } else {
        return;
    }
    scrollToBottom();
    m_selectionAnchor = m_selectionEnd = QPoint(-1, -1);
}

void TerminalWidget::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TerminalWidget::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

} // namespace scs::ui
