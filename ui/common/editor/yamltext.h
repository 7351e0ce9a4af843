#pragma once

#include <QString>
#include <QStringView>

// Line-level YAML helpers shared by the editor's highlighter, indentation and folding. They look
// at one line at a time (no parser), which is what keeps keystrokes cheap on large documents.
namespace scs::ui::yamltext {

inline int indentOf(QStringView line)
{
    int i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    return i;
}

// End (exclusive) of a quoted scalar whose opening quote is at `pos`; the line's end when it is
// not closed on this line.
inline int quotedEnd(QStringView line, int pos)
{
    const QChar quote = line[pos];
    const int n = int(line.size());
    int i = pos + 1;
    while (i < n) {
        if (quote == u'"' && line[i] == u'\\') {
            i += 2;
            continue;
        }
        if (line[i] == quote) {
            if (quote == u'\'' && i + 1 < n && line[i + 1] == u'\'') {
                i += 2; // '' is an escaped single quote
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return n;
}

// Where the comment of `line` starts (a `#` at the start or after a space, outside quotes), or
// the line's length.
inline int commentStart(QStringView line)
{
    const int n = int(line.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = line[i];
        if (c == u'#' && (i == 0 || line[i - 1] == u' ' || line[i - 1] == u'\t'))
            return i;
        if ((c == u'"' || c == u'\'') && (i == 0 || line[i - 1] == u' ' || line[i - 1] == u'['
                                          || line[i - 1] == u'{' || line[i - 1] == u','))
            i = quotedEnd(line, i) - 1;
    }
    return n;
}

// The line without its comment and trailing spaces.
inline QStringView code(QStringView line)
{
    QStringView s = line.left(commentStart(line));
    while (!s.isEmpty() && (s.back() == u' ' || s.back() == u'\t'))
        s.chop(1);
    return s;
}

inline bool isBlankOrComment(QStringView line)
{
    const int i = indentOf(line);
    return i == line.size() || line[i] == u'#';
}

// Skips sequence dashes (`- `, also nested `- - `) from `pos`; returns the content column.
inline int skipDashes(QStringView line, int pos)
{
    const int n = int(line.size());
    while (pos < n && line[pos] == u'-' && (pos + 1 == n || line[pos + 1] == u' ')) {
        ++pos;
        while (pos < n && line[pos] == u' ')
            ++pos;
    }
    return pos;
}

// A `key:` (plain or quoted) starting at `pos`: the position of its colon, or -1.
inline int keyColon(QStringView line, int pos)
{
    const int n = int(line.size());
    if (pos >= n)
        return -1;
    const QChar first = line[pos];
    auto colonAt = [&](int i) {
        return i < n && line[i] == u':' && (i + 1 == n || line[i + 1] == u' ');
    };
    if (first == u'"' || first == u'\'') {
        int i = quotedEnd(line, pos);
        while (i < n && line[i] == u' ')
            ++i;
        return colonAt(i) ? i : -1;
    }
    if (first == u'#' || first == u'&' || first == u'*' || first == u'!' || first == u'|'
        || first == u'>' || first == u'%' || first == u'@' || first == u'`' || first == u'['
        || first == u'{' || (first == u'-' && (pos + 1 == n || line[pos + 1] == u' ')))
        return -1;
    for (int i = pos; i < n; ++i) {
        if (line[i] == u'#' && i > pos && line[i - 1] == u' ')
            return -1;
        if (colonAt(i))
            return i;
    }
    return -1;
}

// The key's name (unquoted) for a key at `pos` whose colon is at `colon`.
inline QString keyName(QStringView line, int pos, int colon)
{
    QStringView key = line.mid(pos, colon - pos).trimmed();
    if (key.size() >= 2 && (key.front() == u'"' || key.front() == u'\'')
        && key.back() == key.front())
        key = key.mid(1, key.size() - 2);
    return key.toString();
}

// True when `value` (a line's code after its key or dash) is a block scalar header: | or >
// with optional chomping/indentation indicators, maybe after a tag or anchor.
inline bool isBlockScalarHeader(QStringView value)
{
    value = value.trimmed();
    while (!value.isEmpty() && (value.front() == u'!' || value.front() == u'&')) {
        const qsizetype space = value.indexOf(u' ');
        if (space < 0)
            return false;
        value = value.mid(space).trimmed();
    }
    if (value.isEmpty() || (value.front() != u'|' && value.front() != u'>'))
        return false;
    for (QChar c : value.mid(1)) {
        if (c != u'-' && c != u'+' && !(c >= u'1' && c <= u'9'))
            return false;
    }
    return true;
}

} // namespace scs::ui::yamltext
