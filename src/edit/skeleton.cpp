#include "edit/skeleton.h"

#include "yaml/objectyaml.h"

#include <QJsonArray>

namespace scs::edit {

namespace {

constexpr int MaxDepth = 24; // recursive schemas (JSONSchemaProps) stop here

QJsonValue placeholder(const kube::OpenApiSchema &root, const QJsonObject &raw, int depth)
{
    const QJsonObject schema = root.resolve(raw);
    if (schema.contains(QLatin1String("default")))
        return schema.value(QLatin1String("default"));
    const QJsonArray enumValues = schema.value(QLatin1String("enum")).toArray();
    if (!enumValues.isEmpty())
        return enumValues.first();
    QString type = schema.value(QLatin1String("type")).toString();
    if (schema.value(QLatin1String("x-kubernetes-int-or-string")).toBool())
        type = QStringLiteral("string"); // "" reads as neither, and the user sees what to fill in
    if (type.isEmpty() && schema.contains(QLatin1String("properties")))
        type = QStringLiteral("object");
    if (type == QLatin1String("string"))
        return QJsonValue(QString());
    if (type == QLatin1String("integer")) {
        return schema.contains(QLatin1String("minimum"))
            ? QJsonValue(qint64(schema.value(QLatin1String("minimum")).toDouble()))
            : QJsonValue(0);
    }
    if (type == QLatin1String("number"))
        return schema.value(QLatin1String("minimum")).toDouble(0);
    if (type == QLatin1String("boolean"))
        return false;
    if (type == QLatin1String("array")) {
        QJsonArray array;
        if (schema.value(QLatin1String("minItems")).toInt() > 0 && depth < MaxDepth)
            array.append(placeholder(root, schema.value(QLatin1String("items")).toObject(),
                                     depth + 1));
        return array;
    }
    // object (or unknown): its required fields.
    QJsonObject object;
    if (depth >= MaxDepth)
        return object;
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonArray required = schema.value(QLatin1String("required")).toArray();
    for (const QJsonValue &name : required) {
        const QString key = name.toString();
        object.insert(key, placeholder(root, properties.value(key).toObject(), depth + 1));
    }
    return object;
}

} // namespace

QJsonObject skeletonObject(const kube::OpenApiSchema &schema, const QString &apiVersion,
                           const QString &kind, const QString &name, const QString &namespaceName)
{
    const QJsonObject top = schema.resolve(schema.schema);
    const QJsonObject properties = top.value(QLatin1String("properties")).toObject();
    QJsonObject object;
    const QJsonArray required = top.value(QLatin1String("required")).toArray();
    for (const QJsonValue &field : required) {
        const QString key = field.toString();
        object.insert(key, placeholder(schema, properties.value(key).toObject(), 1));
    }
    if (properties.contains(QLatin1String("spec")) && !object.contains(QLatin1String("spec")))
        object.insert(QStringLiteral("spec"),
                      placeholder(schema, properties.value(QLatin1String("spec")).toObject(), 1));
    object.remove(QStringLiteral("status"));

    QJsonObject metadata;
    metadata.insert(QStringLiteral("name"), name);
    if (!namespaceName.isEmpty())
        metadata.insert(QStringLiteral("namespace"), namespaceName);
    object.insert(QStringLiteral("apiVersion"), apiVersion);
    object.insert(QStringLiteral("kind"), kind);
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

QString skeleton(const kube::OpenApiSchema &schema, const QString &apiVersion,
                 const QString &kind, const QString &name, const QString &namespaceName)
{
    return yaml::objectYaml(skeletonObject(schema, apiVersion, kind, name, namespaceName));
}

} // namespace scs::edit
