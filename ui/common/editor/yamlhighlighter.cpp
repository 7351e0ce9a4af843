#include "ui/common/editor/yamlhighlighter.h"

#include "ui/common/editor/yamltext.h"

#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QElapsedTimer>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include <limits>
#include <utility>

namespace scs::ui {

using yamltext::keyColon;
using yamltext::quotedEnd;

namespace {

bool isFlowIndicator(QChar c)
{
    return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// YAML 1.2 core-schema numbers (with the underscores YAML 1.1 allowed, which Kubernetes
// tooling still reads); hand-written because it runs for every plain scalar of every line.
bool isNumber(QStringView s)
{
    if (s.isEmpty())
        return false;
    if (s == u".nan" || s == u".NaN" || s == u".NAN")
        return true;
    if (s.front() == u'-' || s.front() == u'+')
        s = s.mid(1);
    if (s == u".inf" || s == u".Inf" || s == u".INF")
        return true;
    if (s.size() > 2 && s[0] == u'0' && (s[1] == u'x' || s[1] == u'o')) {
        const bool hex = s[1] == u'x';
        for (QChar c : s.mid(2)) {
            const bool ok = hex ? (isDigit(c) || (c >= u'a' && c <= u'f')
                                   || (c >= u'A' && c <= u'F') || c == u'_')
                                : ((c >= u'0' && c <= u'7') || c == u'_');
            if (!ok)
                return false;
        }
        return true;
    }
    qsizetype i = 0;
    int digits = 0;
    while (i < s.size() && (isDigit(s[i]) || (digits > 0 && s[i] == u'_'))) {
        digits += isDigit(s[i]) ? 1 : 0;
        ++i;
    }
    if (i < s.size() && s[i] == u'.') {
        ++i;
        while (i < s.size() && isDigit(s[i])) {
            ++digits;
            ++i;
        }
    }
    if (digits == 0)
        return false;
    if (i < s.size() && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
            ++i;
        const qsizetype start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
    }
    return i == s.size();
}

bool isLiteral(QStringView s)
{
    static constexpr std::array<std::u16string_view, 10> literals{
        u"true", u"True", u"TRUE", u"false", u"False", u"FALSE", u"null", u"Null", u"NULL", u"~"};
    for (auto literal : literals) {
        if (s == QStringView(literal.data(), qsizetype(literal.size())))
            return true;
    }
    return false;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document, bool dark)
    : QObject(document)
    , m_document(document)
    , m_slices(new QTimer(this))
    , m_dark(dark)
{
    applyColours();
    m_slices->setSingleShot(true);
    m_slices->setInterval(0); // between other events: input and painting go first
    connect(m_slices, &QTimer::timeout, this, &YamlHighlighter::highlightSlice);
    connect(document, &QTextDocument::contentsChange, this, &YamlHighlighter::onContentsChange);
    if (!document->isEmpty()) {
        m_pending = true;
        m_slices->start();
    }
}

void YamlHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    applyColours();
    rehighlight();
}

void YamlHighlighter::rehighlight()
{
    m_nextPosition = 0;
    m_pending = true;
    advance(std::numeric_limits<int>::max(), -1);
}

void YamlHighlighter::setSuspended(bool suspended)
{
    m_suspended = suspended;
    if (suspended) {
        m_slices->stop();
        m_pending = false;
    }
}

void YamlHighlighter::highlightGradually()
{
    m_nextPosition = 0;
    m_pending = true;
    advance(FirstBlocks, -1);
}

void YamlHighlighter::highlightNow(const QTextBlock &first, const QTextBlock &last)
{
    if (!m_pending || !first.isValid() || !last.isValid())
        return;
    const QTextBlock next = m_document->findBlock(m_nextPosition);
    if (last.blockNumber() < next.blockNumber())
        return; // reached already
    if (first.blockNumber() <= next.blockNumber()) {
        // The slices' next block is shown: take them on to the last shown block.
        advance(last.blockNumber() - next.blockNumber() + 1, -1);
        return;
    }
    // Further down: with the state its previous block has now (plain, unless reached or
    // shown before); the slices redo these blocks when they get there.
    int state = first.previous().isValid() ? first.previous().userState() : -1;
    const QScopedValueRollback<bool> applying(m_applying, true);
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        bool changed = false;
        state = highlightBlock(block, state, &changed);
        if (changed)
            m_document->markContentsDirty(block.position(), block.length());
        if (block == last)
            break;
    }
}

void YamlHighlighter::highlightSlice()
{
    advance(std::numeric_limits<int>::max(), SliceMs);
}

void YamlHighlighter::advance(int maxBlocks, int budgetMs)
{
    QTextBlock block = m_document->findBlock(m_nextPosition);
    int state = block.previous().isValid() ? block.previous().userState() : -1;
    // Blocks that were never laid out (not shown yet) need no repaint: their changes are
    // told the layout as one range with its signals blocked, which spares a repaint of the
    // view per slice; blocks laid out (shown) are marked one by one, which repaints them.
    int quietFrom = -1;
    int quietEnd = -1;
    const auto flushQuiet = [&] {
        if (quietFrom < 0)
            return;
        const QSignalBlocker blocker(m_document->documentLayout());
        m_document->markContentsDirty(quietFrom, quietEnd - quietFrom);
        quietFrom = -1;
    };
    const QScopedValueRollback<bool> applying(m_applying, true);
    QElapsedTimer timer;
    timer.start();
    int done = 0;
    while (block.isValid()) {
        bool changed = false;
        state = highlightBlock(block, state, &changed);
        if (changed && block.layout()->lineCount() > 0) {
            flushQuiet();
            m_document->markContentsDirty(block.position(), block.length());
        } else if (changed) {
            if (quietFrom < 0)
                quietFrom = block.position();
            quietEnd = block.position() + block.length();
        }
        block = block.next();
        ++done;
        if (done >= maxBlocks || (budgetMs >= 0 && done % 64 == 0 && timer.elapsed() >= budgetMs))
            break;
    }
    flushQuiet();
    if (block.isValid()) {
        m_nextPosition = block.position();
        m_pending = true;
        if (!m_suspended)
            m_slices->start();
        return;
    }
    m_slices->stop();
    const bool wasPending = std::exchange(m_pending, false);
    if (wasPending)
        Q_EMIT finished();
}

void YamlHighlighter::onContentsChange(int from, int charsRemoved, int charsAdded)
{
    // The slices' next position moves with the text, like a cursor.
    if (from < m_nextPosition) {
        if (from + charsRemoved <= m_nextPosition)
            m_nextPosition += charsAdded - charsRemoved;
        else
            m_nextPosition = from;
    }
    if (m_suspended || m_applying)
        return;
    QTextBlock block = m_document->findBlock(from);
    if (!block.isValid())
        return;
    const QTextBlock last = m_document->findBlock(from + charsAdded + (charsRemoved > 0 ? 1 : 0));
    const int end = last.isValid() ? last.position() + last.length()
                                   : m_document->characterCount();
    int state = block.previous().isValid() ? block.previous().userState() : -1;
    const QScopedValueRollback<bool> applying(m_applying, true);
    // The changed blocks, and the following ones while their state changes (a block scalar
    // header added or removed).
    bool runOn = false;
    while (block.isValid() && (block.position() < end || runOn)) {
        const int before = block.userState();
        bool changed = false;
        state = highlightBlock(block, state, &changed);
        if (changed) // within the change: the document lays these out afterwards
            m_document->markContentsDirty(block.position(), block.length());
        runOn = state != before;
        block = block.next();
    }
}

int YamlHighlighter::highlightBlock(QTextBlock block, int previousState, bool *changed)
{
    const int state = highlightLine(block.text(), previousState);
    QTextLayout *layout = block.layout();
    const int preeditLength = int(layout->preeditAreaText().size());
    if (preeditLength > 0) {
        // An input method is composing in this block: its own ranges lie in the preedit
        // area, which the block's text does not contain; ours go around it.
        const int preedit = layout->preeditAreaPosition();
        Ranges ranges;
        for (const QTextLayout::FormatRange &range : layout->formats()) {
            if (range.start >= preedit && range.start + range.length <= preedit + preeditLength)
                ranges.append(range);
        }
        for (QTextLayout::FormatRange range : std::as_const(m_ranges)) {
            if (range.start >= preedit)
                range.start += preeditLength;
            else if (range.start + range.length > preedit)
                range.length += preeditLength;
            ranges.append(range);
        }
        m_ranges = ranges;
    }
    *changed = layout->formats() != m_ranges;
    if (*changed)
        layout->setFormats(m_ranges);
    block.setUserState(state);
    return state;
}

void YamlHighlighter::applyColours()
{
    // Light: close to Qt Creator's default scheme; dark: readable on a #1e1e1e-ish base. Each
    // keeps the WCAG AA ratio (4.5:1) against white (light) and #1e1e1e (dark), and better on
    // high-contrast black or white.
    struct Style
    {
        Kind kind;
        QColor light;
        QColor dark;
        bool bold = false;
        bool italic = false;
    };
    const Style styles[] = {
        {Kind::Key, QColor(0x1f, 0x5f, 0x9e), QColor(0x82, 0xaa, 0xff), true},
        {Kind::String, QColor(0x2e, 0x7d, 0x32), QColor(0xc3, 0xe8, 0x8d)},
        {Kind::Number, QColor(0x8e, 0x44, 0xad), QColor(0xf7, 0x8c, 0x6c)},
        {Kind::Literal, QColor(0xb3, 0x59, 0x00), QColor(0xff, 0xcb, 0x6b)},
        {Kind::Comment, QColor(0x6e, 0x6e, 0x6e), QColor(0x8a, 0x8f, 0x98), false, true},
        {Kind::Anchor, QColor(0xa0, 0x3c, 0x1e), QColor(0xf0, 0x71, 0x78)},
        {Kind::Tag, QColor(0x00, 0x7b, 0x83), QColor(0x89, 0xdd, 0xff)},
        {Kind::DocumentMarker, QColor(0xb0, 0x00, 0x20), QColor(0xff, 0x53, 0x70), true},
        {Kind::BlockScalar, QColor(0x3e, 0x6b, 0x20), QColor(0xa5, 0xd6, 0xa7)},
        {Kind::Indicator, QColor(0x6a, 0x6a, 0x6a), QColor(0xb0, 0xb0, 0xb0), true},
    };
    for (const Style &style : styles) {
        QTextCharFormat format;
        format.setForeground(m_dark ? style.dark : style.light);
        if (style.bold)
            format.setFontWeight(QFont::DemiBold);
        format.setFontItalic(style.italic);
        m_formats[static_cast<size_t>(style.kind)] = format;
    }
    m_quotedKey = format(Kind::String);
    m_quotedKey.setFontWeight(format(Kind::Key).fontWeight());
}

void YamlHighlighter::set(int start, int length, Kind kind)
{
    if (length > 0)
        m_ranges.append({start, length, m_formats[static_cast<size_t>(kind)]});
}

int YamlHighlighter::highlightLine(const QString &text, int previous)
{
    m_ranges.clear();
    const int n = int(text.size());
    int indent = 0;
    while (indent < n && text[indent] == u' ')
        ++indent;

    if (previous > 0) {
        // Inside a block scalar: blank lines and deeper lines are its content.
        if (indent == n || indent > previous - 2) {
            set(0, n, Kind::BlockScalar);
            return previous;
        }
    }
    if (indent == n)
        return -1;

    int pos = indent;
    int parentIndent = indent;
    if (indent == 0 && n >= 3
        && (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("...")))
        && (n == 3 || text[3] == u' ')) {
        set(0, 3, Kind::DocumentMarker);
        if (text[0] == u'.')
            return -1;
        pos = 3; // `--- |` or `--- !tag` may follow
        parentIndent = -1;
    } else if (indent == 0 && text[0] == u'%') {
        set(0, n, Kind::DocumentMarker);
        return -1;
    }
    while (pos < n && text[pos] == u' ')
        ++pos;
    if (pos < n && text[pos] == u'#') {
        set(pos, n - pos, Kind::Comment);
        return -1;
    }
    // Sequence dashes, possibly nested on one line (`- - a`).
    while (pos < n && text[pos] == u'-' && (pos + 1 == n || text[pos + 1] == u' ')) {
        set(pos, 1, Kind::Indicator);
        parentIndent = pos;
        ++pos;
        while (pos < n && text[pos] == u' ')
            ++pos;
    }
    if (const int colon = keyColon(text, pos); colon >= 0) {
        int keyEnd = colon;
        while (keyEnd > pos && text[keyEnd - 1] == u' ')
            --keyEnd;
        const bool quoted = text[pos] == u'"' || text[pos] == u'\'';
        if (quoted && keyEnd > pos) // a quoted key is still a key: keep the weight of keys
            m_ranges.append({pos, keyEnd - pos, m_quotedKey});
        else
            set(pos, keyEnd - pos, Kind::Key);
        parentIndent = pos;
        pos = colon + 1;
    }
    const int state = highlightValue(text, pos, parentIndent);
    return state > 0 ? state : -1;
}

int YamlHighlighter::highlightValue(const QString &text, int pos, int parentIndent)
{
    const int n = int(text.size());
    int flowDepth = 0;
    bool first = true;
    int state = -1;
    int i = pos;
    while (i < n) {
        const QChar c = text[i];
        if (c == u' ') {
            ++i;
            continue;
        }
        if (c == u'#' && (i == 0 || text[i - 1] == u' ')) {
            set(i, n - i, Kind::Comment);
            break;
        }
        if (c == u'"' || c == u'\'') {
            const int end = quotedEnd(text, i);
            set(i, end - i, Kind::String);
            i = end;
        } else if (c == u'&' || c == u'*' || c == u'!') {
            int end = i + 1;
            while (end < n && text[end] != u' ' && !(flowDepth > 0 && isFlowIndicator(text[end])))
                ++end;
            set(i, end - i, c == u'!' ? Kind::Tag : Kind::Anchor);
            i = end;
            continue; // a tag or anchor does not end the "first token" position
        } else if ((c == u'|' || c == u'>') && first && flowDepth == 0) {
            int end = i + 1;
            while (end < n && (text[end] == u'-' || text[end] == u'+' || isDigit(text[end])))
                ++end;
            if (end == n || text[end] == u' ') {
                set(i, end - i, Kind::BlockScalar);
                state = parentIndent + 2; // content deeper than parentIndent; see the header
                i = end;
            } else {
                set(i, n - i, Kind::BlockScalar);
                break;
            }
        } else if (isFlowIndicator(c)) {
            set(i, 1, Kind::Indicator);
            if (c == u'[' || c == u'{')
                ++flowDepth;
            else if (c != u',' && flowDepth > 0)
                --flowDepth;
            ++i;
            continue;
        } else {
            // A plain scalar: up to " #", or a flow indicator inside a flow collection, or
            // ": " which makes it a key (inline `- a: b` was handled by the caller).
            int end = i;
            bool key = false;
            while (end < n) {
                const QChar d = text[end];
                if (d == u'#' && text[end - 1] == u' ')
                    break;
                if (flowDepth > 0 && isFlowIndicator(d))
                    break;
                if (d == u':' && (end + 1 == n || text[end + 1] == u' '
                                  || (flowDepth > 0 && isFlowIndicator(text[end + 1])))) {
                    key = true;
                    break;
                }
                ++end;
            }
            int trimmed = end;
            while (trimmed > i && text[trimmed - 1] == u' ')
                --trimmed;
            const QStringView token = QStringView(text).mid(i, trimmed - i);
            if (key)
                set(i, trimmed - i, Kind::Key);
            else if (isLiteral(token))
                set(i, trimmed - i, Kind::Literal);
            else if (isNumber(token))
                set(i, trimmed - i, Kind::Number);
            i = key ? end + 1 : end;
            first = key;
            continue;
        }
        first = false;
    }
    return state;
}

} // namespace scs::ui
