#include "yaml/objectyaml.h"

#include "yaml/yaml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace scs::yaml {

namespace {

void writeValue(QByteArray &out, const QJsonValue &value, const QStringList &order,
                const QStringList &last, bool isTop, bool isMetadata);

void writeScalar(QByteArray &out, const QJsonValue &value)
{
    // QJsonDocument writes numbers and strings exactly as JSON wants; a one-element array is
    // the cheapest way to get at that writer for a single value.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out += json.mid(1, json.size() - 2);
}

void writeObject(QByteArray &out, const QJsonObject &object, const QStringList &first,
                 const QStringList &last, bool isTop)
{
    QStringList keys;
    for (const QString &key : first) {
        if (object.contains(key))
            keys.append(key);
    }
    const QStringList all = object.keys(); // sorted
    for (const QString &key : all) {
        if (!first.contains(key) && !last.contains(key))
            keys.append(key);
    }
    for (const QString &key : last) {
        if (object.contains(key))
            keys.append(key);
    }
    out += '{';
    bool comma = false;
    for (const QString &key : std::as_const(keys)) {
        if (comma)
            out += ',';
        comma = true;
        writeScalar(out, QJsonValue(key));
        out += ':';
        const bool metadata = isTop && key == QLatin1String("metadata");
        writeValue(out, object.value(key), {}, {}, false, metadata);
    }
    out += '}';
}

void writeValue(QByteArray &out, const QJsonValue &value, const QStringList &order,
                const QStringList &last, bool isTop, bool isMetadata)
{
    if (value.isObject()) {
        if (isMetadata) {
            static const QStringList metaFirst{QStringLiteral("name"),
                                               QStringLiteral("generateName"),
                                               QStringLiteral("namespace"),
                                               QStringLiteral("labels"),
                                               QStringLiteral("annotations")};
            static const QStringList metaLast{QStringLiteral("managedFields")};
            writeObject(out, value.toObject(), metaFirst, metaLast, false);
        } else {
            writeObject(out, value.toObject(), order, last, isTop);
        }
    } else if (value.isArray()) {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            writeValue(out, array.at(i), {}, {}, false, false);
        }
        out += ']';
    } else {
        writeScalar(out, value);
    }
}

} // namespace

QByteArray orderedObjectJson(const QJsonObject &object)
{
    static const QStringList first{QStringLiteral("apiVersion"), QStringLiteral("kind"),
                                   QStringLiteral("metadata"), QStringLiteral("spec")};
    static const QStringList last{QStringLiteral("status")};
    QByteArray out;
    writeValue(out, object, first, last, true, false);
    return out;
}

QString objectYaml(const QJsonObject &object)
{
    const QByteArray json = orderedObjectJson(object);
    if (auto text = toYaml(json))
        return QString::fromUtf8(*text);
    // Not reached for JSON we wrote ourselves; the sorted writer is the fallback.
    return QString::fromUtf8(toYaml(QJsonValue(object)));
}

QString reviewYaml(const QJsonObject &object)
{
    QJsonObject o = object;
    QJsonObject metadata = o.value(QLatin1String("metadata")).toObject();
    for (const char *key : {"managedFields", "resourceVersion", "generation"})
        metadata.remove(QLatin1String(key));
    QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    if (annotations.contains(QLatin1String("kubectl.kubernetes.io/last-applied-configuration"))) {
        annotations.remove(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"));
        if (annotations.isEmpty())
            metadata.remove(QStringLiteral("annotations"));
        else
            metadata.insert(QStringLiteral("annotations"), annotations);
    }
    o.insert(QStringLiteral("metadata"), metadata);
    return objectYaml(o);
}

} // namespace scs::yaml
