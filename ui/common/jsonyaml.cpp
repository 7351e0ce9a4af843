#include "ui/common/jsonyaml.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace scs::ui {

namespace {

// Plain scalars that YAML 1.1 or 1.2 readers resolve to something other than a string.
bool needsQuotes(const QString &s)
{
    static const QRegularExpression special(QStringLiteral(
        "^(|~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|"
        "on|On|ON|off|Off|OFF|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|"
        "0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|"
        "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|<<|=)$"));
    return special.match(s).hasMatch();
}

void emitValue(YAML::Emitter &out, const QJsonValue &value, bool inList = false);

void emitObject(YAML::Emitter &out, const QJsonObject &object, const QStringList &first = {})
{
    if (object.isEmpty()) {
        out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
        return;
    }
    out << YAML::BeginMap;
    QStringList keys;
    for (const QString &k : first) {
        if (object.contains(k))
            keys.append(k);
    }
    const QStringList all = object.keys();
    for (const QString &k : all) {
        if (!keys.contains(k))
            keys.append(k);
    }
    for (const QString &k : std::as_const(keys)) {
        out << YAML::Key << k.toStdString() << YAML::Value;
        emitValue(out, object.value(k));
    }
    out << YAML::EndMap;
}

void emitValue(YAML::Emitter &out, const QJsonValue &value, bool inList)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    case QJsonValue::Bool:
        out << value.toBool();
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            out << qint64(d);
        else
            out << d;
        break;
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        // A literal block keeps one final newline ("|" chomping); other multi-line strings
        // stay quoted so that they come back exactly.
        if (s.endsWith(QLatin1Char('\n')) && !s.endsWith(QLatin1String("\n\n"))
            && !s.startsWith(QLatin1Char(' ')))
            out << YAML::Literal << s.toStdString();
        else if (needsQuotes(s))
            out << YAML::DoubleQuoted << s.toStdString();
        else
            out << s.toStdString();
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            break;
        }
        out << YAML::BeginSeq;
        for (const QJsonValue &v : array)
            emitValue(out, v, true);
        out << YAML::EndSeq;
        break;
    }
    case QJsonValue::Object:
        // List items read best with what identifies them first (conditions, containers).
        emitObject(out, value.toObject(),
                   inList ? QStringList{QStringLiteral("name"), QStringLiteral("type"),
                                        QStringLiteral("status")}
                          : QStringList{});
        break;
    }
}

} // namespace

QString objectToYaml(const QJsonObject &object, bool withManagedFields)
{
    QJsonObject copy = object;
    if (!withManagedFields) {
        QJsonObject metadata = copy.value(QLatin1String("metadata")).toObject();
        metadata.remove(QLatin1String("managedFields"));
        if (copy.contains(QLatin1String("metadata")))
            copy.insert(QLatin1String("metadata"), metadata);
    }
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetSeqFormat(YAML::Block);
    out.SetMapFormat(YAML::Block);
    QJsonObject metadata = copy.value(QLatin1String("metadata")).toObject();
    out << YAML::BeginMap;
    const QStringList order{QStringLiteral("apiVersion"), QStringLiteral("kind"),
                            QStringLiteral("metadata"), QStringLiteral("spec"),
                            QStringLiteral("data"), QStringLiteral("status")};
    QStringList keys;
    for (const QString &k : order) {
        if (copy.contains(k))
            keys.append(k);
    }
    for (const QString &k : copy.keys()) {
        if (!keys.contains(k))
            keys.append(k);
    }
    for (const QString &k : std::as_const(keys)) {
        out << YAML::Key << k.toStdString() << YAML::Value;
        if (k == QLatin1String("metadata")) {
            emitObject(out, metadata,
                       {QStringLiteral("name"), QStringLiteral("namespace"),
                        QStringLiteral("uid"), QStringLiteral("resourceVersion"),
                        QStringLiteral("generation"), QStringLiteral("creationTimestamp"),
                        QStringLiteral("labels"), QStringLiteral("annotations")});
        } else {
            emitValue(out, copy.value(k));
        }
    }
    out << YAML::EndMap;
    return QString::fromUtf8(out.c_str()) + QLatin1Char('\n');
}

} // namespace scs::ui
