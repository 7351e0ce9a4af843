// JSON text <-> ordered tree. QJsonDocument would sort object keys and turn integers beyond
// 2^53 into doubles; the editor needs neither.

#include "yaml/yamlnode.h"
#include "yaml/yamlscalar.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <charconv>
#include <cmath>

namespace scs::yaml::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Yaml)
};

class JsonReader
{
public:
    JsonReader(QByteArrayView text, const Limits &limits)
        : m_text(text)
        , m_limits(limits)
    {
    }

    Result<NodePtr> read()
    {
        skipSpace();
        NodePtr value = readValue(0);
        if (!m_error) {
            skipSpace();
            if (m_pos < m_text.size())
                setError(Tr::tr("Unexpected text after the JSON value"));
        }
        if (m_error)
            return std::unexpected(*m_error);
        return value;
    }

private:
    void setError(const QString &message)
    {
        if (m_error)
            return;
        // Line and column (UTF-16 units) of m_pos.
        int line = 1;
        qsizetype lineStart = 0;
        const qsizetype end = std::min(m_pos, m_text.size());
        for (qsizetype i = 0; i < end; ++i) {
            if (m_text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        const int column = utf16Length(m_text.sliced(lineStart, end - lineStart)) + 1;
        m_error = Error{Error::Kind::Parse, message, {}, {}, {}, line, column};
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool count()
    {
        ++m_nodes;
        if (m_nodes > m_limits.maxNodes) {
            setError(Tr::tr("The JSON has more than %1 values").arg(m_limits.maxNodes));
            return false;
        }
        return true;
    }

    std::shared_ptr<Node> make(Node::Kind kind)
    {
        auto node = std::make_shared<Node>();
        node->kind = kind;
        return node;
    }

    NodePtr readValue(int depth)
    {
        if (depth >= m_limits.maxDepth) {
            setError(Tr::tr("The JSON is nested deeper than %1 levels").arg(m_limits.maxDepth));
            return {};
        }
        if (m_pos >= m_text.size()) {
            setError(Tr::tr("The JSON ends too early"));
            return {};
        }
        if (!count())
            return {};
        const char c = m_text[m_pos];
        switch (c) {
        case '{':
            return readObject(depth);
        case '[':
            return readArray(depth);
        case '"': {
            auto node = make(Node::Kind::String);
            if (!readString(node->text))
                return {};
            return node;
        }
        case 't':
        case 'f':
        case 'n': {
            const QByteArrayView rest = m_text.sliced(m_pos);
            for (const auto &[word, kind, value] :
                 {std::tuple{QByteArrayView("true"), Node::Kind::Bool, true},
                  std::tuple{QByteArrayView("false"), Node::Kind::Bool, false},
                  std::tuple{QByteArrayView("null"), Node::Kind::Null, false}}) {
                if (rest.startsWith(word)) {
                    m_pos += word.size();
                    auto node = make(kind);
                    node->boolean = value;
                    return node;
                }
            }
            setError(Tr::tr("Unexpected character in JSON"));
            return {};
        }
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return readNumber();
            setError(Tr::tr("Unexpected character in JSON"));
            return {};
        }
    }

    NodePtr readNumber()
    {
        const qsizetype start = m_pos;
        const auto digit = [&] { return m_pos < m_text.size() && m_text[m_pos] >= '0'
                                        && m_text[m_pos] <= '9'; };
        if (m_text[m_pos] == '-')
            ++m_pos;
        if (!digit()) {
            setError(Tr::tr("Invalid number in JSON"));
            return {};
        }
        if (m_text[m_pos] == '0') {
            ++m_pos;
        } else {
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (!digit()) {
                setError(Tr::tr("Invalid number in JSON"));
                return {};
            }
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (!digit()) {
                setError(Tr::tr("Invalid number in JSON"));
                return {};
            }
            while (digit())
                ++m_pos;
        }
        auto node = make(Node::Kind::Number);
        node->text = m_text.sliced(start, m_pos - start).toByteArray();
        if (!parseDecimal(std::string_view(node->text.constData(), size_t(node->text.size())))) {
            m_pos = start;
            setError(Tr::tr("The number is too large"));
            return {};
        }
        return node;
    }

    bool readHex4(char32_t &out)
    {
        if (m_pos + 4 > m_text.size()) {
            setError(Tr::tr("Invalid \\u escape in a JSON string"));
            return false;
        }
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos + i];
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else {
                setError(Tr::tr("Invalid \\u escape in a JSON string"));
                return false;
            }
            out = out * 16 + char32_t(d);
        }
        m_pos += 4;
        return true;
    }

    static void appendUtf8(QByteArray &out, char32_t cp)
    {
        if (cp < 0x80) {
            out.append(char(cp));
        } else if (cp < 0x800) {
            out.append(char(0xC0 | (cp >> 6)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.append(char(0xE0 | (cp >> 12)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else {
            out.append(char(0xF0 | (cp >> 18)));
            out.append(char(0x80 | ((cp >> 12) & 0x3F)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        }
    }

    bool readString(QByteArray &out)
    {
        ++m_pos; // opening quote
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                if (!QByteArrayView(out).isValidUtf8()) {
                    m_pos = start;
                    setError(Tr::tr("The JSON string is not valid UTF-8"));
                    return false;
                }
                return true;
            }
            if (c < 0x20) {
                setError(Tr::tr("Control character in a JSON string; escape it"));
                return false;
            }
            if (c != '\\') {
                out.append(char(c));
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (m_pos >= m_text.size())
                break;
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out.append('"'); break;
            case '\\': out.append('\\'); break;
            case '/': out.append('/'); break;
            case 'b': out.append('\b'); break;
            case 'f': out.append('\f'); break;
            case 'n': out.append('\n'); break;
            case 'r': out.append('\r'); break;
            case 't': out.append('\t'); break;
            case 'u': {
                char32_t cp = 0;
                if (!readHex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF && m_pos + 6 <= m_text.size()
                    && m_text[m_pos] == '\\' && m_text[m_pos + 1] == 'u') {
                    const qsizetype back = m_pos;
                    m_pos += 2;
                    char32_t low = 0;
                    if (!readHex4(low))
                        return false;
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else {
                        m_pos = back;
                    }
                }
                if (cp >= 0xD800 && cp <= 0xDFFF)
                    cp = 0xFFFD; // a lone surrogate, as Go's decoder does
                appendUtf8(out, cp);
                break;
            }
            default:
                --m_pos;
                setError(Tr::tr("Unknown escape sequence in a JSON string"));
                return false;
            }
        }
        setError(Tr::tr("A JSON string is not closed"));
        return false;
    }

    NodePtr readArray(int depth)
    {
        auto node = make(Node::Kind::Sequence);
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return node;
        }
        for (;;) {
            skipSpace();
            NodePtr item = readValue(depth + 1);
            if (!item)
                return {};
            node->items.append(item);
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                return node;
            }
            setError(Tr::tr("Expected \",\" or \"]\" in a JSON array"));
            return {};
        }
    }

    NodePtr readObject(int depth)
    {
        auto node = make(Node::Kind::Map);
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return node;
        }
        QHash<QByteArray, qsizetype> seen;
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
                setError(Tr::tr("Expected a quoted key in a JSON object"));
                return {};
            }
            const qsizetype keyPos = m_pos;
            Entry entry;
            if (!readString(entry.key))
                return {};
            if (seen.contains(entry.key)) {
                m_pos = keyPos;
                setError(Tr::tr("The key \"%1\" appears twice in this object")
                             .arg(QString::fromUtf8(entry.key)));
                return {};
            }
            seen.insert(entry.key, node->entries.size());
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':') {
                setError(Tr::tr("Expected \":\" after a key in a JSON object"));
                return {};
            }
            ++m_pos;
            skipSpace();
            entry.value = readValue(depth + 1);
            if (!entry.value)
                return {};
            node->entries.append(std::move(entry));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                return node;
            }
            setError(Tr::tr("Expected \",\" or \"}\" in a JSON object"));
            return {};
        }
    }

    QByteArrayView m_text;
    const Limits &m_limits;
    qsizetype m_pos = 0;
    qint64 m_nodes = 0;
    std::optional<Error> m_error;
};

void appendJsonString(QByteArray &out, const QByteArray &s)
{
    out.append('"');
    for (qsizetype i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        // U+FEFF as an escape: Qt's JSON reader (QString::fromUtf8 underneath) drops it raw at
        // the start of a string, so QJsonDocument would see "\ufeffa" as "a" and a key that is
        // only U+FEFF as "" (and locate() could not find it by that key).
        if (c == 0xEF && s.sliced(i).startsWith("\xEF\xBB\xBF")) {
            out.append("\\ufeff");
            i += 2;
            continue;
        }
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 15]);
            } else {
                out.append(char(c));
            }
        }
    }
    out.append('"');
}

void write(QByteArray &out, const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Null:
        out.append("null");
        break;
    case Node::Kind::Bool:
        out.append(node.boolean ? "true" : "false");
        break;
    case Node::Kind::Number:
        out.append(node.text);
        break;
    case Node::Kind::String:
        appendJsonString(out, node.text);
        break;
    case Node::Kind::Sequence:
        out.append('[');
        for (qsizetype i = 0; i < node.items.size(); ++i) {
            if (i)
                out.append(',');
            write(out, *node.items[i]);
        }
        out.append(']');
        break;
    case Node::Kind::Map:
        out.append('{');
        for (qsizetype i = 0; i < node.entries.size(); ++i) {
            if (i)
                out.append(',');
            appendJsonString(out, node.entries[i].key);
            out.append(':');
            write(out, *node.entries[i].value);
        }
        out.append('}');
        break;
    }
}

struct NumberValue
{
    bool exact = false; // fits a 64-bit integer (signed or not)
    bool negative = false;
    quint64 magnitude = 0;
    double real = 0;
};

NumberValue numberValue(const QByteArray &text)
{
    NumberValue v;
    v.real = parseDecimal(std::string_view(text.constData(), size_t(text.size()))).value_or(0);
    if (!text.contains('.') && !text.contains('e') && !text.contains('E')) {
        QByteArrayView digits = text;
        v.negative = digits.startsWith('-');
        if (v.negative)
            digits = digits.sliced(1);
        bool ok = false;
        v.magnitude = digits.toULongLong(&ok);
        v.exact = ok;
        if (v.magnitude == 0)
            v.negative = false;
    }
    return v;
}

} // namespace

Result<NodePtr> parseJson(QByteArrayView text, const Limits &limits)
{
    return JsonReader(text, limits).read();
}

QByteArray writeJson(const Node &node)
{
    QByteArray out;
    out.reserve(qsizetype(std::min<qint64>(node.bytes, 64 * 1024 * 1024)));
    write(out, node);
    return out;
}

bool sameValue(const Node &a, const Node &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case Node::Kind::Null:
        return true;
    case Node::Kind::Bool:
        return a.boolean == b.boolean;
    case Node::Kind::String:
        return a.text == b.text;
    case Node::Kind::Number: {
        const NumberValue x = numberValue(a.text);
        const NumberValue y = numberValue(b.text);
        if (x.exact && y.exact)
            return x.negative == y.negative && x.magnitude == y.magnitude;
        return x.real == y.real;
    }
    case Node::Kind::Sequence:
        if (a.items.size() != b.items.size())
            return false;
        for (qsizetype i = 0; i < a.items.size(); ++i) {
            if (!sameValue(*a.items[i], *b.items[i]))
                return false;
        }
        return true;
    case Node::Kind::Map:
        if (a.entries.size() != b.entries.size())
            return false;
        for (qsizetype i = 0; i < a.entries.size(); ++i) {
            if (a.entries[i].key != b.entries[i].key
                || !sameValue(*a.entries[i].value, *b.entries[i].value))
                return false;
        }
        return true;
    }
    return false;
}

} // namespace scs::yaml::detail
