#pragma once

// Internal to the yaml module (shared by its .cpp files and the fuzzer): the ordered tree both
// directions go through. Not part of scs_core's interface.

#include "common/error.h"
#include "yaml/yaml.h"

#include <QByteArray>
#include <QList>

#include <memory>
#include <optional>

namespace scs::yaml::detail {

struct Node;
// Aliases share the anchored node instead of copying it, so a tree is a DAG; size/height say
// what it would be expanded, which is how the limits catch alias bombs in O(1) per alias.
using NodePtr = std::shared_ptr<const Node>;

struct Entry
{
    QByteArray key; // UTF-8
    NodePtr value;
    int line = 0; // the key's position, 1-based
    int column = 0;
};

struct Node
{
    enum class Kind : quint8 { Null, Bool, Number, String, Sequence, Map };
    Kind kind = Kind::Null;
    bool boolean = false;
    QByteArray text; // Number: JSON number text; String: UTF-8
    QList<NodePtr> items;
    QList<Entry> entries;
    int line = 0; // 1-based
    int column = 0;
    qint64 size = 1; // nodes when expanded
    qint64 bytes = 0; // rough size of its JSON text when expanded
    int height = 1; // nesting levels below and including this node
};

struct DocumentTree
{
    NodePtr root;
    int line = 1;
    int endLine = 1;
};

// Reads all documents (empty ones skipped).
[[nodiscard]] Result<QList<DocumentTree>> parseYaml(QByteArrayView text, const Limits &limits);
// Reads one JSON value (objects keep their key order).
[[nodiscard]] Result<NodePtr> parseJson(QByteArrayView text, const Limits &limits);

[[nodiscard]] QByteArray writeJson(const Node &node);
[[nodiscard]] QByteArray writeYaml(const Node &node);

// JSON value equality where numbers compare by value (integers exactly, else as doubles), the
// way a reader of both texts would see them.
[[nodiscard]] bool sameValue(const Node &a, const Node &b);

// The code point at `i` of UTF-8 text, advancing `i` (U+FFFD for a malformed byte). Decoding by
// hand because QString::fromUtf8 drops a leading byte order mark, which is content here.
inline char32_t nextCodePoint(QByteArrayView s, qsizetype &i)
{
    const auto byte = [&](qsizetype k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    int length = 1;
    char32_t cp = c;
    if (c >= 0xF0 && c < 0xF8) {
        length = 4;
        cp = c & 0x07;
    } else if (c >= 0xE0) {
        length = c < 0xF0 ? 3 : 1;
        cp = c & 0x0F;
    } else if (c >= 0xC0) {
        length = 2;
        cp = c & 0x1F;
    } else if (c >= 0x80) {
        ++i;
        return 0xFFFD;
    }
    if (length == 1 && c >= 0x80) {
        ++i;
        return 0xFFFD;
    }
    if (i + length > s.size()) {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    i += length;
    return cp;
}

// How many UTF-16 code units (QString positions) the UTF-8 text takes.
inline int utf16Length(QByteArrayView s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size();)
        n += nextCodePoint(s, i) >= 0x10000 ? 2 : 1;
    return n;
}

// Go's encoding/json text for a float64 (what kubectl writes); std::nullopt for Inf/NaN.
[[nodiscard]] std::optional<QByteArray> goJsonFloat(double value);

} // namespace scs::yaml::detail
