// YAML text -> ordered tree, from yaml-cpp's event parser (not YAML::Node: events keep the
// style of each scalar, the key order, and let us resolve aliases without copying).

#include "yaml/yamlnode.h"
#include "yaml/yamlscalar.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>
#include <vector>

namespace scs::yaml::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Yaml)
};

// Line starts of the text, to turn yaml-cpp's 0-based byte columns into 1-based columns in
// UTF-16 code units (what an editor's QTextBlock positions count).
class LineIndex
{
public:
    explicit LineIndex(QByteArrayView text)
        : m_text(text)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == '\n')
                m_starts.push_back(i + 1);
        }
    }

    // 1-based line and column from 0-based line and byte column.
    [[nodiscard]] std::pair<int, int> position(int line, int byteColumn) const
    {
        if (line < 0)
            return {0, 0};
        if (size_t(line) >= m_starts.size()) {
            // Past the end (the sentinel comment line): the end of the last line.
            const int last = int(m_starts.size()) - 1;
            return position(last, int(m_text.size() - m_starts.back()));
        }
        const qsizetype start = m_starts[size_t(line)];
        const qsizetype end = size_t(line) + 1 < m_starts.size() ? m_starts[size_t(line) + 1]
                                                                 : m_text.size();
        const qsizetype length = std::clamp<qsizetype>(byteColumn, 0, end - start);
        return {line + 1, utf16Length(m_text.sliced(start, length)) + 1};
    }

    [[nodiscard]] int lineOfOffset(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        return int(it - m_starts.begin());
    }

    [[nodiscard]] int lineCount() const { return int(m_starts.size()); }
    [[nodiscard]] QByteArrayView lineText(int line) const // 1-based, without the newline
    {
        const qsizetype start = m_starts[size_t(line - 1)];
        qsizetype end = size_t(line) < m_starts.size() ? m_starts[size_t(line)] - 1
                                                       : m_text.size();
        if (end > start && m_text[end - 1] == '\r')
            --end;
        return m_text.sliced(start, std::max<qsizetype>(0, end - start));
    }

private:
    QByteArrayView m_text;
    std::vector<qsizetype> m_starts;
};

struct BuildError
{
    Error error;
};

Error parseError(const QString &message, const QString &detail, int line, int column)
{
    Error e{Error::Kind::Parse, message, detail, {}, {}, line, column};
    return e;
}

// yaml-cpp's messages, in words a person editing a manifest understands.
QString translateParserMessage(const std::string &msg)
{
    using namespace YAML::ErrorMsg;
    const auto is = [&](const char *known) { return msg.rfind(known, 0) == 0; };
    if (is(MAP_VALUE))
        return Tr::tr("A key/value pair is not allowed here; check the indentation and that "
                      "values containing \": \" are quoted");
    if (is(BLOCK_ENTRY))
        return Tr::tr("A list item (\"- \") is not allowed here; check the indentation");
    if (is(END_OF_MAP) || is(END_OF_SEQ))
        return Tr::tr("The indentation does not match the enclosing block");
    if (is(END_OF_MAP_FLOW))
        return Tr::tr("Missing \"}\" at the end of a {...} map");
    if (is(END_OF_SEQ_FLOW))
        return Tr::tr("Missing \"]\" at the end of a [...] list");
    if (is(FLOW_END))
        return Tr::tr("Unexpected \"]\" or \"}\"");
    if (is(EOF_IN_SCALAR))
        return Tr::tr("A quoted string is not closed");
    if (is(DOC_IN_SCALAR))
        return Tr::tr("A document marker (--- or ...) interrupts a quoted string");
    if (is(TAB_IN_INDENTATION))
        return Tr::tr("Tabs are not allowed in indentation; use spaces");
    if (is(UNKNOWN_ANCHOR))
        return Tr::tr("The alias refers to an anchor that is not defined before it");
    if (is(INVALID_ESCAPE))
        return Tr::tr("Unknown escape sequence in a double-quoted string");
    if (is(INVALID_HEX) || is(INVALID_UNICODE))
        return Tr::tr("Invalid \\x, \\u or \\U escape in a double-quoted string");
    if (is(MULTIPLE_TAGS) || is(MULTIPLE_ANCHORS) || is(MULTIPLE_ALIASES) || is(ALIAS_CONTENT))
        return Tr::tr("A node has more than one tag, anchor or alias");
    if (is(CHAR_IN_BLOCK) || is(ZERO_INDENT_IN_BLOCK))
        return Tr::tr("Invalid block scalar header after \"|\" or \">\"");
    if (is(MAP_KEY))
        return Tr::tr("A key (\"? \") is not allowed here");
    if (msg.find("recursion") != std::string::npos || msg.find("depth") != std::string::npos
        || is(BAD_FILE))
        return Tr::tr("The YAML is nested too deeply");
    return Tr::tr("The YAML is not valid: %1").arg(QString::fromStdString(msg));
}

// A key as sigs.k8s.io/yaml turns it into a JSON object member name.
struct KeyForm
{
    bool ok = true;
    bool merge = false; // the plain, untagged key "<<"
    QByteArray key;
    QString error;
};

struct Anchored
{
    NodePtr node;
    std::optional<KeyForm> key; // set for scalars (an alias may be used as a key)
};

constexpr std::string_view tagPrefix = "tag:yaml.org,2002:";

// What the scalar is as a JSON value (Node) and as a key.
struct ResolvedScalar
{
    std::shared_ptr<Node> node;
    KeyForm key;
    QString error; // as a value
};

ResolvedScalar resolveScalar(const std::string &tag, const std::string &value, bool isNull)
{
    ResolvedScalar r;
    r.node = std::make_shared<Node>();
    Node &n = *r.node;
    const auto setString = [&](QByteArray text) {
        n.kind = Node::Kind::String;
        n.text = std::move(text);
        r.key.key = n.text;
    };
    const auto setFrom = [&](const Scalar &s) {
        switch (s.type) {
        case Scalar::Type::Null:
            n.kind = Node::Kind::Null;
            r.key.ok = false;
            r.key.error = Tr::tr("A key cannot be null (empty, ~ or null); quote it to use "
                                 "it as text");
            break;
        case Scalar::Type::Bool:
            n.kind = Node::Kind::Bool;
            n.boolean = s.boolean;
            r.key.key = s.boolean ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
            break;
        case Scalar::Type::Int:
            n.kind = Node::Kind::Number;
            n.text = QByteArray::number(s.integer);
            r.key.key = n.text;
            break;
        case Scalar::Type::Uint:
            n.kind = Node::Kind::Number;
            n.text = QByteArray::number(s.unsignedInteger);
            r.key.ok = false;
            r.key.error = Tr::tr("A key cannot be a number this large; quote it");
            break;
        case Scalar::Type::Float: {
            const auto json = goJsonFloat(s.real);
            if (json) {
                n.kind = Node::Kind::Number;
                n.text = *json;
            } else {
                r.error = Tr::tr("%1 is not a number JSON can hold; quote it to keep it as "
                                 "text")
                              .arg(QString::fromStdString(value));
            }
            r.key.key = goKeyFloat(s.real);
            break;
        }
        case Scalar::Type::String:
        case Scalar::Type::Timestamp:
            setString(QByteArray::fromStdString(value));
            break;
        }
    };

    if (isNull) {
        // yaml-cpp reports an empty node or a plain ~/null/Null/NULL without its tag.
        setFrom(Scalar{Scalar::Type::Null});
        return r;
    }
    if (tag == "!") { // quoted or block scalar, or the non-specific tag "!"
        setString(QByteArray::fromStdString(value));
        return r;
    }
    if (tag == "?") {
        setFrom(resolvePlain(value));
        r.key.merge = value == "<<";
        return r;
    }
    if (tag.rfind(tagPrefix, 0) != 0) { // local tags (!foo) are ignored; scalars stay text
        setString(QByteArray::fromStdString(value));
        return r;
    }
    const std::string_view kind = std::string_view(tag).substr(tagPrefix.size());
    if (kind == "str") {
        setString(QByteArray::fromStdString(value));
        return r;
    }
    if (kind == "binary") {
        QByteArray encoded = QByteArray::fromStdString(value);
        encoded.replace('\n', QByteArray()).replace('\r', QByteArray());
        const auto decoded = QByteArray::fromBase64Encoding(
            encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            r.error = Tr::tr("The !!binary value is not valid base64");
            return r;
        }
        // Go's encoding/json writes invalid UTF-8 as U+FFFD.
        setString(QByteArrayView(*decoded).isValidUtf8() ? *decoded
                                                         : QString::fromUtf8(*decoded).toUtf8());
        return r;
    }
    const Scalar s = resolvePlain(value);
    const auto mismatch = [&] {
        r.error = Tr::tr("The value \"%1\" is not a !!%2")
                      .arg(QString::fromStdString(value),
                           QString::fromUtf8(kind.data(), qsizetype(kind.size())));
    };
    if (kind == "null") {
        s.type == Scalar::Type::Null ? setFrom(s) : mismatch();
    } else if (kind == "bool") {
        s.type == Scalar::Type::Bool ? setFrom(s) : mismatch();
    } else if (kind == "int") {
        (s.type == Scalar::Type::Int || s.type == Scalar::Type::Uint) ? setFrom(s) : mismatch();
    } else if (kind == "float") {
        if (s.type == Scalar::Type::Float) {
            setFrom(s);
        } else if (s.type == Scalar::Type::Int || s.type == Scalar::Type::Uint) {
            Scalar f{Scalar::Type::Float};
            f.real = s.type == Scalar::Type::Int ? double(s.integer) : double(s.unsignedInteger);
            setFrom(f);
        } else {
            mismatch();
        }
    } else if (kind == "timestamp") {
        isTimestamp(value) ? setString(QByteArray::fromStdString(value)) : mismatch();
    } else {
        // !!map, !!seq, !!set, !!omap on a scalar and unknown yaml.org tags: text.
        setString(QByteArray::fromStdString(value));
    }
    return r;
}

// The text was checked to be UTF-8, so an invalid byte in a scalar comes from yaml-cpp 0.7's
// escapes "\N" and "\_", which it turns into the single bytes 0x85 and 0xA0 (Latin-1) instead
// of U+0085 and U+00A0 in UTF-8.
std::string repairEscapes(const std::string &value)
{
    if (QByteArrayView(value).isValidUtf8())
        return value;
    std::string out;
    out.reserve(value.size() + 8);
    const QByteArrayView view(value);
    for (qsizetype i = 0; i < view.size();) {
        const qsizetype start = i;
        if (nextCodePoint(view, i) == 0xFFFD && i == start + 1
            && static_cast<unsigned char>(view[start]) >= 0x80) {
            const auto b = static_cast<unsigned char>(view[start]);
            out.push_back(char(0xC0 | (b >> 6)));
            out.push_back(char(0x80 | (b & 0x3F)));
        } else {
            out.append(value, size_t(start), size_t(i - start));
        }
    }
    return out;
}

class Builder final : public YAML::EventHandler
{
public:
    struct Budget
    {
        qint64 nodes = 0;
        qint64 bytes = 0;
    };

    Builder(const Limits &limits, const LineIndex &lines, Budget &budget)
        : m_limits(limits)
        , m_lines(lines)
        , m_budget(budget)
    {
    }

    NodePtr root;
    int firstPos = -1; // stream position of the document's first event
    YAML::Mark firstMark;

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        seen(mark);
        scalar(mark, std::string(), anchor, std::string(), true);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        seen(mark);
        scalar(mark, tag, anchor, repairEscapes(value), false);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        seen(mark);
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end()) {
            // yaml-cpp knows the anchor, we do not have it yet: it is still being built.
            fail(mark, Tr::tr("The alias refers to a node that contains it"));
        }
        const Anchored &a = it->second;
        if (int(m_stack.size()) + a.node->height > m_limits.maxDepth)
            failDepth(mark);
        account(mark, a.node->size, a.node->bytes);
        if (expectingKey()) {
            if (!a.key)
                fail(mark, Tr::tr("A list or map cannot be a key"));
            KeyForm key = *a.key;
            key.merge = false; // go-yaml only merges on a literal "<<"
            setKey(mark, key);
            return;
        }
        add(mark, a.node);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, Node::Kind::Sequence);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor, Node::Kind::Map);
    }
    void OnMapEnd() override
    {
        if (!m_stack.empty() && !m_stack.back().expectKey) {
            // A key without value cannot happen with yaml-cpp (it reports a null), but be
            // safe rather than drop the key.
            YAML::Mark mark;
            mark.line = m_stack.back().keyLine - 1;
            fail(mark, Tr::tr("The key has no value"));
        }
        close();
    }

private:
    struct Frame
    {
        std::shared_ptr<Node> node;
        YAML::anchor_t anchor = 0;
        bool expectKey = true;
        KeyForm key;
        int keyLine = 0;
        int keyColumn = 0;
        // key -> (entry index, written explicitly rather than merged in)
        QHash<QByteArray, std::pair<qsizetype, bool>> index;
    };

    [[noreturn]] void fail(const YAML::Mark &mark, const QString &message)
    {
        const auto [line, column] = m_lines.position(mark.line, mark.column);
        throw BuildError{parseError(message, {}, line, column)};
    }
    [[noreturn]] void failDepth(const YAML::Mark &mark)
    {
        fail(mark, Tr::tr("The YAML is nested deeper than %1 levels").arg(m_limits.maxDepth));
    }

    void account(const YAML::Mark &mark, qint64 nodes, qint64 bytes)
    {
        m_budget.nodes += nodes;
        m_budget.bytes += bytes;
        if (m_budget.nodes > m_limits.maxNodes || m_budget.bytes > m_limits.maxBytes) {
            fail(mark, Tr::tr("The YAML expands to more than %1 values or %2 MiB (aliases "
                              "repeating aliases?)")
                           .arg(m_limits.maxNodes)
                           .arg(m_limits.maxBytes / (1024 * 1024)));
        }
    }

    [[nodiscard]] bool expectingKey() const
    {
        return !m_stack.empty() && m_stack.back().node->kind == Node::Kind::Map
               && m_stack.back().expectKey;
    }

    void scalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                const std::string &value, bool isNull)
    {
        ResolvedScalar r = resolveScalar(tag, value, isNull);
        const auto [line, column] = m_lines.position(mark.line, mark.column);
        r.node->line = line;
        r.node->column = column;
        r.node->bytes = r.node->text.size() + 4;
        account(mark, 1, r.node->bytes);
        if (anchor)
            m_anchors[anchor] = Anchored{r.node, r.key};
        if (expectingKey()) {
            if (!r.key.ok)
                fail(mark, r.key.error);
            setKey(mark, r.key);
            return;
        }
        if (!r.error.isEmpty())
            fail(mark, r.error);
        add(mark, r.node);
    }

    void setKey(const YAML::Mark &mark, const KeyForm &key)
    {
        Frame &frame = m_stack.back();
        frame.key = key;
        const auto [line, column] = m_lines.position(mark.line, mark.column);
        frame.keyLine = line;
        frame.keyColumn = column;
        frame.expectKey = false;
    }

    void seen(const YAML::Mark &mark)
    {
        if (firstPos < 0) {
            firstPos = mark.pos;
            firstMark = mark;
        }
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, Node::Kind kind)
    {
        seen(mark);
        if (int(m_stack.size()) + 1 > m_limits.maxDepth)
            failDepth(mark);
        if (expectingKey())
            fail(mark, Tr::tr("A list or map cannot be a key"));
        account(mark, 1, 2);
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->bytes = 2;
        const auto [line, column] = m_lines.position(mark.line, mark.column);
        node->line = line;
        node->column = column;
        m_stack.push_back(Frame{node, anchor, true, {}, 0, 0, {}});
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (frame.anchor)
            m_anchors[frame.anchor] = Anchored{frame.node, std::nullopt};
        YAML::Mark mark;
        mark.line = frame.node->line - 1;
        mark.column = 0;
        add(mark, frame.node);
    }

    static void grow(Node &parent, const Node &child, qsizetype keySize)
    {
        parent.size += child.size;
        parent.bytes += child.bytes + keySize + 4;
        parent.height = std::max(parent.height, child.height + 1);
    }

    void add(const YAML::Mark &mark, const NodePtr &node)
    {
        if (m_stack.empty()) {
            root = node;
            return;
        }
        Frame &frame = m_stack.back();
        Node &parent = *frame.node;
        if (parent.kind == Node::Kind::Sequence) {
            parent.items.append(node);
            grow(parent, *node, 0);
            return;
        }
        frame.expectKey = true;
        if (frame.key.merge) {
            merge(mark, frame, node);
            return;
        }
        const auto it = frame.index.constFind(frame.key.key);
        if (it != frame.index.constEnd()) {
            const auto [at, explicitly] = *it;
            Entry &existing = parent.entries[at];
            if (explicitly) {
                const auto [line, column] = std::pair{frame.keyLine, frame.keyColumn};
                Error e = parseError(
                    Tr::tr("The key \"%1\" appears twice in this map (first on line %2); "
                           "remove one")
                        .arg(QString::fromUtf8(frame.key.key))
                        .arg(existing.line),
                    {}, line, column);
                throw BuildError{e};
            }
            // An explicit key overrides a merged one, in the merged key's place.
            existing = Entry{frame.key.key, node, frame.keyLine, frame.keyColumn};
            frame.index[frame.key.key] = {at, true};
            grow(parent, *node, frame.key.key.size());
            return;
        }
        frame.index.insert(frame.key.key, {parent.entries.size(), true});
        parent.entries.append(Entry{frame.key.key, node, frame.keyLine, frame.keyColumn});
        grow(parent, *node, frame.key.key.size());
    }

    // go-yaml v2: "<<: map" or "<<: [map, ...]" sets the maps' keys (earlier maps in the list
    // win), overriding keys set before the merge key; later explicit keys override again.
    void merge(const YAML::Mark &mark, Frame &frame, const NodePtr &value)
    {
        QList<NodePtr> sources;
        if (value->kind == Node::Kind::Map)
            sources.append(value);
        else if (value->kind == Node::Kind::Sequence)
            sources = value->items;
        else
            fail(mark, Tr::tr("A merge key (<<) needs a map or a list of maps"));
        for (const NodePtr &source : std::as_const(sources)) {
            if (source->kind != Node::Kind::Map)
                fail(mark, Tr::tr("A merge key (<<) needs a map or a list of maps"));
        }
        Node &parent = *frame.node;
        QSet<QByteArray> setHere;
        for (const NodePtr &source : std::as_const(sources)) {
            account(mark, source->entries.size(), 0);
            for (const Entry &entry : source->entries) {
                if (setHere.contains(entry.key))
                    continue; // an earlier map of this merge has it
                setHere.insert(entry.key);
                const auto it = frame.index.constFind(entry.key);
                if (it != frame.index.constEnd()) {
                    parent.entries[it->first].value = entry.value;
                    frame.index[entry.key] = {it->first, false};
                } else {
                    frame.index.insert(entry.key, {parent.entries.size(), false});
                    parent.entries.append(entry);
                }
                grow(parent, *entry.value, entry.key.size());
            }
        }
    }

    const Limits &m_limits;
    const LineIndex &m_lines;
    Budget &m_budget;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
};

// YAML allows: tab, LF, CR, printable ASCII, NEL, U+00A0..U+D7FF, U+E000..U+FFFD, and
// U+10000 and up. go-yaml refuses the rest ("control characters are not allowed"), and so do
// we, before yaml-cpp sees it.
std::optional<Error> checkCharacters(QByteArrayView text, const LineIndex &lines)
{
    const auto at = [&](qsizetype offset, const QString &message) {
        const int line = lines.lineOfOffset(offset);
        qsizetype start = offset;
        while (start > 0 && text[start - 1] != '\n')
            --start;
        const int column = lines.position(line - 1, int(offset - start)).second;
        return parseError(message, {}, line, column);
    };
    const auto *data = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return at(i, Tr::tr("Control character U+%1 is not allowed in YAML")
                                 .arg(c, 4, 16, QLatin1Char('0')));
            if (c == 0x7f)
                return at(i, Tr::tr("Control character U+007F is not allowed in YAML"));
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            cp = c & 0x07;
        } else {
            return at(i, Tr::tr("The text is not valid UTF-8"));
        }
        if (i + length > n)
            return at(i, Tr::tr("The text is not valid UTF-8"));
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return at(i, Tr::tr("The text is not valid UTF-8"));
            cp = (cp << 6) | (data[i + k] & 0x3F);
        }
        const bool overlong = (length == 2 && cp < 0x80) || (length == 3 && cp < 0x800)
                              || (length == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return at(i, Tr::tr("The text is not valid UTF-8"));
        const bool printable = cp == 0x85 || (cp >= 0xA0 && cp <= 0xD7FF)
                               || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
        if (!printable)
            return at(i, Tr::tr("Control character U+%1 is not allowed in YAML")
                             .arg(uint(cp), 4, 16, QLatin1Char('0')));
        // A byte order mark is only allowed at the very start (yaml-cpp misreads it elsewhere).
        if (cp == 0xFEFF && i != 0)
            return at(i, Tr::tr("A byte order mark (U+FEFF) is only allowed at the start"));
        i += length;
    }
    return std::nullopt;
}

bool isMarkerLine(QByteArrayView line, char c)
{
    return line.size() >= 3 && line[0] == c && line[1] == c && line[2] == c
           && (line.size() == 3 || line[3] == ' ' || line[3] == '\t');
}

bool isContentLine(QByteArrayView line)
{
    for (const char c : line) {
        if (c == ' ' || c == '\t')
            continue;
        return c != '#';
    }
    return false;
}

} // namespace

Result<QList<DocumentTree>> parseYaml(QByteArrayView text, const Limits &limits)
{
    const LineIndex lines(text);
    if (auto error = checkCharacters(text, lines))
        return std::unexpected(*error);

    // Lines with --- or ... end documents; a document's last line is the last content line
    // before the next marker. They also tell whether to name the document in messages.
    std::vector<int> markers;
    bool contentBeforeMarker = false;
    for (int line = 1; line <= lines.lineCount(); ++line) {
        const QByteArrayView t = lines.lineText(line);
        if (isMarkerLine(t, '-') || isMarkerLine(t, '.')) {
            markers.push_back(line);
        } else if (markers.empty() && isContentLine(t) && !t.startsWith('%')) {
            contentBeforeMarker = true;
        }
    }
    const bool multiDocument = markers.size() > 1 || (markers.size() == 1 && contentBeforeMarker);
    const auto endLineFrom = [&](int line) {
        auto next = std::upper_bound(markers.begin(), markers.end(), line);
        int end = next == markers.end() ? lines.lineCount() : *next - 1;
        while (end > line && !isContentLine(lines.lineText(end)))
            --end;
        return std::max(end, line);
    };

    // yaml-cpp 0.7 accepts a quoted scalar left open when the text ends with a line break
    // ('a: "x' + newline). A final comment line makes it hit the end inside the scalar, as it
    // should, and changes nothing else (a comment at column 0 ends any block).
    std::string input(text.data(), size_t(text.size()));
    input += (input.empty() || input.back() == '\n') ? "#" : "\n#";
    std::istringstream stream(input);
    YAML::Parser parser(stream);
    QList<DocumentTree> documents;
    Builder::Budget budget;
    int ordinal = 0;
    int previousPos = -1;
    int emptyInARow = 0;
    const auto named = [&](Error e) {
        if (multiDocument)
            e.message = Tr::tr("Document %1: %2").arg(ordinal).arg(e.message);
        return e;
    };
    try {
        for (;;) {
            ++ordinal;
            Builder builder(limits, lines, budget);
            if (!parser.HandleNextDocument(builder))
                break;
            // yaml-cpp 0.7 reports a stray "," or similar at the top level as empty documents
            // without consuming it, forever: a document that does not move on is an error.
            if ((builder.firstPos >= 0 && builder.firstPos == previousPos)
                || (builder.firstPos < 0 && ++emptyInARow > 2)) {
                const YAML::Mark mark = builder.firstMark;
                const auto [line, column] = lines.position(mark.line, mark.column);
                const qsizetype offset = std::clamp<qsizetype>(mark.pos, 0, text.size());
                const QString what = QString::fromUtf8(text.sliced(offset).first(
                    std::min<qsizetype>(1, text.size() - offset)));
                return std::unexpected(named(parseError(
                    Tr::tr("Unexpected \"%1\"").arg(what),
                    QStringLiteral("yaml-cpp does not advance"), line, column)));
            }
            if (builder.firstPos >= 0)
                emptyInARow = 0;
            previousPos = builder.firstPos;
            if (!builder.root || builder.root->kind == Node::Kind::Null)
                continue; // empty documents are skipped, as kubectl skips them
            const int line = builder.root->line;
            documents.append(DocumentTree{builder.root, line, endLineFrom(line)});
        }
    } catch (const BuildError &e) {
        return std::unexpected(named(e.error));
    } catch (const YAML::ParserException &e) {
        const auto [line, column] = lines.position(e.mark.line, e.mark.column);
        QString message = translateParserMessage(e.msg);
        // yaml-cpp reports a tab in the indentation as a misplaced key or value.
        if (line >= 1 && line <= lines.lineCount()) {
            const QByteArrayView t = lines.lineText(line);
            qsizetype i = 0;
            while (i < t.size() && (t[i] == ' ' || t[i] == '\t'))
                ++i;
            if (t.first(i).contains('\t'))
                message = Tr::tr("Tabs are not allowed in indentation; use spaces");
        }
        return std::unexpected(named(parseError(message,
                                                QString::fromStdString(e.what()), line,
                                                column)));
    } catch (const YAML::Exception &e) {
        const auto [line, column] = lines.position(e.mark.line, e.mark.column);
        return std::unexpected(named(parseError(translateParserMessage(e.msg),
                                                QString::fromStdString(e.what()), line,
                                                column)));
    }
    return documents;
}

} // namespace scs::yaml::detail
