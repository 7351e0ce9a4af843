// Ordered tree -> YAML text in the style `kubectl get -o yaml` prints: block style, two-space
// indent, sequences under a key at the key's indentation, strings quoted only where a reader
// would see something else. Our own writer rather than YAML::Emitter: the emitter indents
// sequences under keys and decides quoting by YAML 1.2 rules, not by go-yaml's.

#include "yaml/yamlnode.h"
#include "yaml/yamlscalar.h"

namespace scs::yaml::detail {

namespace {

// A key longer than this cannot be an implicit key (YAML limits those to 1024 characters).
constexpr qsizetype maxImplicitKey = 1000;

struct CodePoints
{
    bool printable = true; // YAML's printable set, no line breaks other than \n
    bool lineBreaks = false; // \n
    bool otherBreaks = false; // \r, NEL, LS, PS
    bool tabs = false;
    bool bom = false;
};

CodePoints scan(const QByteArray &s)
{
    CodePoints r;
    for (qsizetype i = 0; i < s.size();) {
        const char32_t c = nextCodePoint(s, i);
        if (c == '\n') {
            r.lineBreaks = true;
        } else if (c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
            r.otherBreaks = true;
        } else if (c == '\t') {
            r.tabs = true;
        } else if (c == 0xFEFF) {
            r.bom = true;
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFFFE
                   || c == 0xFFFF || c == 0xFFFD || (c >= 0xD800 && c <= 0xDFFF)) {
            // U+FFFD: where the text was not valid UTF-8 (JSON strings are checked, but be
            // safe); it is escaped rather than written raw.
            r.printable = false;
        }
    }
    return r;
}

bool isPlainSafe(const QByteArray &s)
{
    if (s.isEmpty() || !plainReadsAsString(s))
        return false;
    const CodePoints cp = scan(s);
    if (!cp.printable || cp.lineBreaks || cp.otherBreaks || cp.tabs || cp.bom)
        return false;
    const char first = s.front();
    const char last = s.back();
    if (first == ' ' || last == ' ' || last == ':')
        return false;
    if (QByteArrayView(",[]{}#&*!|>'\"%@`").contains(first))
        return false;
    if (first == '-' || first == '?' || first == ':') {
        if (s.size() == 1 || s[1] == ' ')
            return false;
    }
    if (s.startsWith("---") || s.startsWith("..."))
        return false;
    if (s.contains(": ") || s.contains(" #"))
        return false;
    return true;
}

void appendDoubleQuoted(QByteArray &out, const QByteArray &s)
{
    out.append('"');
    static const char hex[] = "0123456789ABCDEF";
    const auto appendHex = [&](char prefix, char32_t c, int digits) {
        out.append('\\');
        out.append(prefix);
        for (int i = digits - 1; i >= 0; --i)
            out.append(hex[(c >> (4 * i)) & 15]);
    };
    for (qsizetype i = 0; i < s.size();) {
        const qsizetype start = i;
        const char32_t c = nextCodePoint(s, i);
        switch (c) {
        case '"': out.append("\\\""); continue;
        case '\\': out.append("\\\\"); continue;
        case '\0': out.append("\\0"); continue;
        case '\a': out.append("\\a"); continue;
        case '\b': out.append("\\b"); continue;
        case '\t': out.append("\\t"); continue;
        case '\n': out.append("\\n"); continue;
        case '\v': out.append("\\v"); continue;
        case '\f': out.append("\\f"); continue;
        case '\r': out.append("\\r"); continue;
        case 0x1B: out.append("\\e"); continue;
        default: break;
        }
        // \x85, \u2028, \u2029 rather than \N, \L, \P: yaml-cpp reads those as line breaks.
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
            appendHex('x', c, 2);
        else if (c == 0xFEFF || c == 0xFFFE || c == 0xFFFF || c == 0x2028 || c == 0x2029
                 || (c >= 0xD800 && c <= 0xDFFF))
            appendHex('u', c, 4);
        else
            out.append(s.sliced(start, i - start));
    }
    out.append('"');
}

// A literal block (|) keeps the text readable; go-yaml refuses it for text with trailing
// spaces on a line or characters that need escapes, and so do we.
bool isLiteralSafe(const QByteArray &s, bool topLevel)
{
    if (!s.contains('\n'))
        return false;
    const CodePoints cp = scan(s);
    if (!cp.printable || cp.otherBreaks || cp.bom)
        return false;
    if (s.contains(" \n") || s.contains("\t\n") || s.endsWith(' ') || s.endsWith('\t'))
        return false;
    // Only line breaks: nothing to show as a block.
    bool content = false;
    for (const char c : s) {
        if (c != '\n') {
            content = true;
            break;
        }
    }
    if (!content)
        return false;
    // A first line starting with a space needs an indentation indicator, which has no
    // well-defined base at the top level.
    if (topLevel && (s.startsWith(' ') || s.startsWith('\t')))
        return false;
    return true;
}

void appendLiteral(QByteArray &out, const QByteArray &s, int contentIndent)
{
    qsizetype trailing = 0;
    while (trailing < s.size() && s[s.size() - 1 - trailing] == '\n')
        ++trailing;
    out.append('|');
    // Leading spaces (or leading empty lines followed by an indented one) would be read as
    // indentation: say how deep the indentation is.
    qsizetype firstContent = 0;
    while (firstContent < s.size() && s[firstContent] == '\n')
        ++firstContent;
    if (firstContent < s.size() && (s[firstContent] == ' ' || s[firstContent] == '\t'))
        out.append('2');
    if (trailing == 0)
        out.append('-');
    else if (trailing > 1)
        out.append('+');
    out.append('\n');
    const QByteArray indent(contentIndent, ' ');
    const QByteArray body = s.first(s.size() - trailing);
    const QList<QByteArray> lines = body.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            out.append(indent).append(line);
        out.append('\n');
    }
    for (qsizetype i = 1; i < trailing; ++i)
        out.append('\n');
}

class Writer
{
public:
    QByteArray out;

    void document(const Node &node)
    {
        if (node.kind == Node::Kind::Map && !node.entries.isEmpty())
            map(node, 0, false);
        else if (node.kind == Node::Kind::Sequence && !node.items.isEmpty())
            sequence(node, 0, false);
        else
            scalar(node, -1);
    }

private:
    void spaces(int n) { out.append(QByteArray(n, ' ')); }

    // The scalar (or empty collection) and its line end. `parentIndent` is the indentation of
    // the map or sequence it belongs to (-1 at the top level).
    void scalar(const Node &node, int parentIndent)
    {
        switch (node.kind) {
        case Node::Kind::Null:
            out.append("null\n");
            return;
        case Node::Kind::Bool:
            out.append(node.boolean ? "true\n" : "false\n");
            return;
        case Node::Kind::Number:
            out.append(node.text).append('\n');
            return;
        case Node::Kind::Map:
            out.append("{}\n");
            return;
        case Node::Kind::Sequence:
            out.append("[]\n");
            return;
        case Node::Kind::String:
            break;
        }
        const QByteArray &s = node.text;
        if (isPlainSafe(s)) {
            out.append(s).append('\n');
        } else if (isLiteralSafe(s, parentIndent < 0)) {
            appendLiteral(out, s, std::max(parentIndent, 0) + 2);
        } else {
            appendDoubleQuoted(out, s);
            out.append('\n');
        }
    }

    void map(const Node &node, int indent, bool inlineFirst)
    {
        for (qsizetype i = 0; i < node.entries.size(); ++i) {
            const Entry &entry = node.entries[i];
            if (i > 0 || !inlineFirst)
                spaces(indent);
            const bool explicitKey = entry.key.size() > maxImplicitKey;
            if (explicitKey) {
                out.append("? ");
                appendDoubleQuoted(out, entry.key);
                out.append('\n');
                spaces(indent);
                out.append(':');
            } else {
                if (isPlainSafe(entry.key))
                    out.append(entry.key);
                else
                    appendDoubleQuoted(out, entry.key);
                out.append(':');
            }
            const Node &value = *entry.value;
            if (value.kind == Node::Kind::Map && !value.entries.isEmpty()) {
                out.append('\n');
                map(value, indent + 2, false);
            } else if (value.kind == Node::Kind::Sequence && !value.items.isEmpty()) {
                out.append('\n');
                sequence(value, explicitKey ? indent + 2 : indent, false);
            } else {
                out.append(' ');
                scalar(value, indent);
            }
        }
    }

    void sequence(const Node &node, int indent, bool inlineFirst)
    {
        for (qsizetype i = 0; i < node.items.size(); ++i) {
            const Node &item = *node.items[i];
            if (i > 0 || !inlineFirst)
                spaces(indent);
            out.append("- ");
            if (item.kind == Node::Kind::Map && !item.entries.isEmpty())
                map(item, indent + 2, true);
            else if (item.kind == Node::Kind::Sequence && !item.items.isEmpty())
                sequence(item, indent + 2, true);
            else
                scalar(item, indent);
        }
    }
};

} // namespace

QByteArray writeYaml(const Node &node)
{
    Writer writer;
    writer.document(node);
    return writer.out;
}

} // namespace scs::yaml::detail
