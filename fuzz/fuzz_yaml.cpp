// libFuzzer target for src/yaml. Every input is tried as YAML and as JSON; besides "no crash,
// no sanitizer report, no hang", it checks the properties the editor relies on:
//   - YAML -> JSON gives JSON our reader and QJsonDocument accept, with the same value;
//   - JSON -> YAML -> JSON gives the same value (numbers by value), one document;
//   - locate() finds every map key and sequence item of a document by its path.
// A broken property aborts, which libFuzzer reports as a crash with the input saved.

#include "yaml/yaml.h"
#include "yaml/yamlnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringDecoder>

#include <cstdio>
#include <cstdlib>

using namespace scs::yaml;
using namespace scs::yaml::detail;

namespace {

[[noreturn]] void broken(const char *what, const QByteArray &a = {}, const QByteArray &b = {})
{
    std::fprintf(stderr, "fuzz_yaml: property broken: %s\n--- a:\n%s\n--- b:\n%s\n", what,
                 a.left(4000).constData(), b.left(4000).constData());
    std::abort();
}

Limits fuzzLimits()
{
    Limits limits;
    limits.maxNodes = 100'000;
    limits.maxBytes = 4 * 1024 * 1024;
    limits.maxDepth = 128;
    return limits;
}

// A key or string as a QString, the way it reaches a caller: QString::fromUtf8 would drop a
// leading U+FEFF, which is content here (a key may be only that).
QString text(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

// Qt's JSON reader (how the UI reads our JSON) sees the same keys and strings as ours.
bool sameTextsInQt(const Node &node, const QJsonValue &value)
{
    switch (node.kind) {
    case Node::Kind::String:
        return value.isString() && value.toString() == text(node.text);
    case Node::Kind::Sequence: {
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.size() != node.items.size())
            return false;
        for (qsizetype i = 0; i < node.items.size(); ++i) {
            if (!sameTextsInQt(*node.items[i], array.at(i)))
                return false;
        }
        return true;
    }
    case Node::Kind::Map: {
        const QJsonObject object = value.toObject();
        if (!value.isObject() || object.size() != node.entries.size())
            return false;
        // The keys as Qt lists them (what a caller walks), not a lookup: Qt 6.4 finds a key
        // stored as raw UTF-8 "\xEF\xBB\xBF" by U+FEFF but lists it as "".
        const QStringList keys = object.keys();
        for (const Entry &entry : node.entries) {
            const QString key = text(entry.key);
            if (!keys.contains(key) || !sameTextsInQt(*entry.value, object.value(key)))
                return false;
        }
        return true;
    }
    default:
        return true;
    }
}

void collectPaths(const Node &node, QStringList &path, QList<QStringList> &out, int budget)
{
    if (out.size() >= budget)
        return;
    if (node.kind == Node::Kind::Map) {
        for (const Entry &entry : node.entries) {
            path.append(text(entry.key));
            out.append(path);
            collectPaths(*entry.value, path, out, budget);
            path.removeLast();
            if (out.size() >= budget)
                return;
        }
    } else if (node.kind == Node::Kind::Sequence) {
        for (qsizetype i = 0; i < node.items.size(); ++i) {
            path.append(QString::number(i));
            out.append(path);
            collectPaths(*node.items[i], path, out, budget);
            path.removeLast();
            if (out.size() >= budget)
                return;
        }
    }
}

// JSON value -> YAML -> JSON must give the same value, as exactly one document.
// The value after JSON -> YAML -> JSON. YAML reads a negative integer below int64's range as a
// float, as go-yaml v2 (and so kubectl) does, while JSON keeps its digits: such a number may
// come back rounded to a double, and only such a number.
bool sameAfterYaml(const Node &a, const Node &b)
{
    if (a.kind == Node::Kind::Number && b.kind == Node::Kind::Number) {
        if (sameValue(a, b))
            return true;
        const bool negativeInteger = a.text.startsWith('-') && !a.text.contains('.')
            && !a.text.contains('e') && !a.text.contains('E');
        bool fitsInt64 = false;
        a.text.toLongLong(&fitsInt64);
        return negativeInteger && !fitsInt64 && a.text.toDouble() == b.text.toDouble();
    }
    if (a.kind != b.kind)
        return false;
    if (a.kind == Node::Kind::Sequence) {
        if (a.items.size() != b.items.size())
            return false;
        for (qsizetype i = 0; i < a.items.size(); ++i) {
            if (!sameAfterYaml(*a.items[i], *b.items[i]))
                return false;
        }
        return true;
    }
    if (a.kind == Node::Kind::Map) {
        if (a.entries.size() != b.entries.size())
            return false;
        for (qsizetype i = 0; i < a.entries.size(); ++i) {
            if (a.entries[i].key != b.entries[i].key
                || !sameAfterYaml(*a.entries[i].value, *b.entries[i].value))
                return false;
        }
        return true;
    }
    return sameValue(a, b);
}

void checkRoundTrip(const Node &value, const Limits &limits)
{
    const QByteArray yamlText = writeYaml(value);
    const auto back = parseYaml(yamlText, limits);
    if (!back)
        broken("our YAML does not read back", yamlText, back.error().message.toUtf8());
    if (value.kind == Node::Kind::Null) {
        if (!back->isEmpty())
            broken("null written as YAML reads back as a document", yamlText);
        return;
    }
    if (back->size() != 1)
        broken("our YAML reads back as another number of documents", yamlText);
    if (!sameAfterYaml(value, *back->first().root))
        broken("JSON -> YAML -> JSON changed the value", writeJson(value), yamlText);
}

void fuzzYaml(QByteArrayView input, const Limits &limits)
{
    const auto documents = parseYaml(input, limits);
    if (!documents) {
        const scs::Error &e = documents.error();
        if (e.message.isEmpty() || e.line < 0 || e.column < 0)
            broken("an error without message or with a bad position");
        return;
    }
    int index = 0;
    for (const DocumentTree &document : *documents) {
        const QByteArray json = writeJson(*document.root);
        // Our JSON must be JSON: for both readers, with the same value for ours.
        const auto reparsed = parseJson(json, Limits{});
        if (!reparsed)
            broken("our JSON does not parse", json, reparsed.error().message.toUtf8());
        if (!sameValue(*document.root, **reparsed))
            broken("our JSON reads back differently", json);
        if (document.root->kind == Node::Kind::Map || document.root->kind == Node::Kind::Sequence) {
            QJsonParseError error;
            const QJsonDocument qt = QJsonDocument::fromJson(json, &error);
            if (error.error != QJsonParseError::NoError)
                broken("QJsonDocument refuses our JSON", json, error.errorString().toUtf8());
            const QJsonValue qtRoot = qt.isArray() ? QJsonValue(qt.array())
                                                   : QJsonValue(qt.object());
            if (!sameTextsInQt(*document.root, qtRoot))
                broken("QJsonDocument reads other keys or strings from our JSON", json);
        }
        if (document.line < 1 || document.endLine < document.line)
            broken("bad document lines", json);
        checkRoundTrip(**reparsed, limits);

        // locate() finds what is there (a few paths per document: each call parses again).
        if (index < 2 && input.size() < 4096) {
            QStringList path;
            QList<QStringList> paths;
            collectPaths(*document.root, path, paths, 6);
            for (const QStringList &p : std::as_const(paths)) {
                const auto location = locate(input, p, index);
                if (!location || location->line < 1 || location->column < 1)
                    broken("locate() does not find an existing path",
                           p.join(QLatin1Char('/')).toUtf8(), json);
            }
        }
        ++index;
    }
}

void fuzzJson(QByteArrayView input, const Limits &limits)
{
    const auto value = parseJson(input, limits);
    if (!value)
        return;
    checkRoundTrip(**value, limits);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Limits limits = fuzzLimits();
    fuzzYaml(input, limits);
    fuzzJson(input, limits);
    // Field paths and locate on arbitrary text and paths must not crash.
    if (size < 2048) {
        const qsizetype split = input.indexOf('\n');
        const QString pathText = QString::fromUtf8(split < 0 ? input : input.first(split));
        const QStringList path = parseFieldPath(pathText);
        if (split >= 0) {
            const auto nearest = locateNearest(input.sliced(split + 1), path, 0);
            if (nearest && nearest->depth > path.size())
                broken("locateNearest() deeper than the path");
        }
    }
    return 0;
}
