#include "yaml/yaml.h"

#include "yaml/yamlnode.h"
#include "yaml/yamlscalar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace scs::yaml {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Yaml)
};

using detail::Node;
using detail::NodePtr;

NodePtr fromJsonValue(const QJsonValue &value)
{
    auto node = std::make_shared<Node>();
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        node->kind = Node::Kind::Null;
        break;
    case QJsonValue::Bool:
        node->kind = Node::Kind::Bool;
        node->boolean = value.toBool();
        break;
    case QJsonValue::Double: {
        node->kind = Node::Kind::Number;
        const double d = value.toDouble();
        // QJsonValue keeps integers up to 2^53 as integers; write them without a fraction.
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.2e18)
            node->text = QByteArray::number(qint64(d));
        else
            node->text = detail::goJsonFloat(d).value_or(QByteArrayLiteral("null"));
        if (node->text == "null")
            node->kind = Node::Kind::Null;
        break;
    }
    case QJsonValue::String:
        node->kind = Node::Kind::String;
        node->text = value.toString().toUtf8();
        break;
    case QJsonValue::Array:
        node->kind = Node::Kind::Sequence;
        for (const QJsonValue &item : value.toArray())
            node->items.append(fromJsonValue(item));
        break;
    case QJsonValue::Object: {
        node->kind = Node::Kind::Map;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            node->entries.append(detail::Entry{it.key().toUtf8(), fromJsonValue(it.value())});
        break;
    }
    }
    return node;
}

// The sequence item an element names: an index, or a selector "key=value[,key=value]" as in
// server-side apply's paths (`containers[name="nginx"]`).
std::optional<qsizetype> findItem(const Node &sequence, const QString &element)
{
    bool isIndex = false;
    const qsizetype index = element.toLongLong(&isIndex);
    if (isIndex)
        return index >= 0 && index < sequence.items.size() ? std::optional(index) : std::nullopt;
    const QStringList conditions = element.split(QLatin1Char(','));
    for (qsizetype i = 0; i < sequence.items.size(); ++i) {
        const Node &item = *sequence.items[i];
        if (item.kind != Node::Kind::Map)
            continue;
        bool all = true;
        for (const QString &condition : conditions) {
            const qsizetype eq = condition.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                all = false;
                break;
            }
            const QByteArray key = condition.first(eq).trimmed().toUtf8();
            const QByteArray wanted = condition.sliced(eq + 1).trimmed().toUtf8();
            bool found = false;
            for (const detail::Entry &entry : item.entries) {
                if (entry.key != key)
                    continue;
                const Node &v = *entry.value;
                found = (v.kind == Node::Kind::String || v.kind == Node::Kind::Number)
                            ? v.text == wanted
                            : detail::writeJson(v) == wanted;
            }
            if (!found) {
                all = false;
                break;
            }
        }
        if (all)
            return i;
    }
    return std::nullopt;
}

std::optional<Location> walk(QByteArrayView yamlText, const QStringList &path, int document)
{
    const auto documents = detail::parseYaml(yamlText, Limits{});
    if (!documents || document < 0 || document >= documents->size())
        return std::nullopt;
    const NodePtr root = documents->at(document).root;
    Location location{root->line, root->column, 0};
    const Node *node = root.get();
    for (const QString &element : path) {
        if (node->kind == Node::Kind::Map) {
            const QByteArray key = element.toUtf8();
            const detail::Entry *found = nullptr;
            for (const detail::Entry &entry : node->entries) {
                if (entry.key == key) {
                    found = &entry;
                    break;
                }
            }
            if (!found)
                break;
            location = Location{found->line, found->column, location.depth + 1};
            node = found->value.get();
        } else if (node->kind == Node::Kind::Sequence) {
            const auto index = findItem(*node, element);
            if (!index)
                break;
            node = node->items.at(*index).get();
            location = Location{node->line, node->column, location.depth + 1};
        } else {
            break;
        }
    }
    return location;
}

QString unquoteJsonString(QStringView quoted)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(
        QByteArray("[") + quoted.toUtf8() + QByteArray("]"), &error);
    if (error.error == QJsonParseError::NoError && parsed.isArray())
        return parsed.array().at(0).toVariant().toString();
    return quoted.toString();
}

} // namespace

Result<QList<Document>> toJson(QByteArrayView yamlText, const Limits &limits)
{
    auto trees = detail::parseYaml(yamlText, limits);
    if (!trees)
        return std::unexpected(trees.error());
    QList<Document> documents;
    documents.reserve(trees->size());
    for (const detail::DocumentTree &tree : std::as_const(*trees))
        documents.append(Document{detail::writeJson(*tree.root), tree.line, tree.endLine});
    return documents;
}

Result<QByteArray> toJsonSingle(QByteArrayView yamlText, const Limits &limits)
{
    auto documents = toJson(yamlText, limits);
    if (!documents)
        return std::unexpected(documents.error());
    if (documents->isEmpty())
        return fail(Error::Kind::Parse, Tr::tr("The YAML holds no document"));
    if (documents->size() > 1) {
        Error e{Error::Kind::Parse,
                Tr::tr("The YAML holds %1 documents; only one is expected here")
                    .arg(documents->size()),
                {}, {}, {}, documents->at(1).line, 1};
        return std::unexpected(e);
    }
    return documents->first().json;
}

Result<QJsonDocument> toJsonDocument(QByteArrayView yamlText, const Limits &limits)
{
    auto json = toJsonSingle(yamlText, limits);
    if (!json)
        return std::unexpected(json.error());
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || document.isNull()) {
        return fail(Error::Kind::Parse, Tr::tr("The YAML document is not a map or a list"),
                    error.errorString());
    }
    return document;
}

Result<QByteArray> toYaml(QByteArrayView jsonText, const Limits &limits)
{
    auto tree = detail::parseJson(jsonText, limits);
    if (!tree)
        return std::unexpected(tree.error());
    return detail::writeYaml(**tree);
}

Result<QByteArray> toYamlDocuments(const QList<QByteArray> &jsonTexts, const Limits &limits)
{
    QByteArray out;
    for (qsizetype i = 0; i < jsonTexts.size(); ++i) {
        auto yaml = toYaml(jsonTexts[i], limits);
        if (!yaml) {
            Error e = yaml.error();
            e.message = Tr::tr("Document %1: %2").arg(i + 1).arg(e.message);
            return std::unexpected(e);
        }
        if (i > 0)
            out.append("---\n");
        out.append(*yaml);
    }
    return out;
}

QByteArray toYaml(const QJsonValue &value)
{
    return detail::writeYaml(*fromJsonValue(value));
}

QByteArray toYaml(const QJsonDocument &document)
{
    if (document.isArray())
        return toYaml(QJsonValue(document.array()));
    if (document.isObject())
        return toYaml(QJsonValue(document.object()));
    return toYaml(QJsonValue());
}

QStringList parseFieldPath(QStringView path)
{
    QStringList elements;
    qsizetype i = 0;
    if (path.startsWith(QLatin1Char('$')))
        i = 1;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            elements.append(current);
        current.clear();
    };
    while (i < path.size()) {
        const QChar c = path[i];
        if (c == QLatin1Char('.')) {
            flush();
            ++i;
            continue;
        }
        if (c != QLatin1Char('[')) {
            current.append(c);
            ++i;
            continue;
        }
        flush();
        // Up to the matching ']', skipping over quoted parts ("a]b").
        qsizetype j = i + 1;
        bool quoted = false;
        for (; j < path.size(); ++j) {
            const QChar d = path[j];
            if (quoted && d == QLatin1Char('\\')) {
                ++j;
                continue;
            }
            if (d == QLatin1Char('"'))
                quoted = !quoted;
            else if (d == QLatin1Char(']') && !quoted)
                break;
        }
        const QStringView inside = path.sliced(i + 1, std::min(j, path.size()) - i - 1);
        if (inside.size() >= 2 && inside.startsWith(QLatin1Char('"'))
            && inside.endsWith(QLatin1Char('"'))
            && inside.indexOf(QLatin1Char('"'), 1) == inside.size() - 1) {
            elements.append(unquoteJsonString(inside));
        } else if (inside.contains(QLatin1Char('=')) && inside.contains(QLatin1Char('"'))) {
            // key="value",other="x" -> key=value,other=x
            QStringList parts;
            for (const QStringView part : inside.split(QLatin1Char(','))) {
                const qsizetype eq = part.indexOf(QLatin1Char('='));
                const QStringView value = part.sliced(eq + 1).trimmed();
                parts.append(part.first(eq).trimmed().toString() + QLatin1Char('=')
                             + (value.startsWith(QLatin1Char('"')) ? unquoteJsonString(value)
                                                                   : value.toString()));
            }
            elements.append(parts.join(QLatin1Char(',')));
        } else {
            elements.append(inside.toString());
        }
        i = j + 1;
    }
    flush();
    return elements;
}

std::optional<Location> locate(QByteArrayView yamlText, const QStringList &path, int document)
{
    const auto location = walk(yamlText, path, document);
    if (!location || location->depth != path.size())
        return std::nullopt;
    return location;
}

std::optional<Location> locateNearest(QByteArrayView yamlText, const QStringList &path,
                                      int document)
{
    return walk(yamlText, path, document);
}

} // namespace scs::yaml
