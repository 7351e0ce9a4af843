#include "orders/field.h"

#include "yaml/yaml.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QUrl>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace scs::orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderField)
};

Field::Type typeOf(const QJsonObject &schema)
{
    const QString type = schema.value("type"_L1).toString();
    if (type == "string"_L1)
        return Field::Type::String;
    if (type == "integer"_L1)
        return Field::Type::Integer;
    if (type == "number"_L1)
        return Field::Type::Number;
    if (type == "boolean"_L1)
        return Field::Type::Boolean;
    if (type == "object"_L1 || schema.contains("properties"_L1))
        return Field::Type::Object;
    if (type == "array"_L1 || schema.contains("items"_L1))
        return Field::Type::Array;
    return Field::Type::Any;
}

std::optional<double> number(const QJsonObject &schema, QLatin1StringView key)
{
    const QJsonValue v = schema.value(key);
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

std::optional<qint64> integer(const QJsonObject &schema, QLatin1StringView key)
{
    const QJsonValue v = schema.value(key);
    if (v.isDouble())
        return qint64(v.toDouble());
    return std::nullopt;
}

// A value in a validation message: strings quoted, containers elided.
QString shown(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return u'"' + v.toString() + u'"';
    case QJsonValue::Double:
    case QJsonValue::Bool:
        return valueText(v);
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return u"…"_s;
    }
}

QString numberText(double d)
{
    return shown(QJsonValue(d));
}

QString typeName(Field::Type type)
{
    switch (type) {
    case Field::Type::String:
        return Tr::tr("a string");
    case Field::Type::Integer:
        return Tr::tr("a whole number");
    case Field::Type::Number:
        return Tr::tr("a number");
    case Field::Type::Boolean:
        return Tr::tr("true or false");
    case Field::Type::Object:
        return Tr::tr("an object");
    case Field::Type::Array:
        return Tr::tr("a list");
    case Field::Type::Any:
        break;
    }
    return Tr::tr("a value");
}

bool hasType(Field::Type type, const QJsonValue &v)
{
    switch (type) {
    case Field::Type::String:
        return v.isString();
    case Field::Type::Integer:
        return v.isDouble() && v.toDouble() == std::floor(v.toDouble());
    case Field::Type::Number:
        return v.isDouble();
    case Field::Type::Boolean:
        return v.isBool();
    case Field::Type::Object:
        return v.isObject();
    case Field::Type::Array:
        return v.isArray();
    case Field::Type::Any:
        return true;
    }
    return true;
}
} // namespace

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QJsonValue valueFromText(Field::Type type, const QString &text)
{
    if (type == Field::Type::Integer || type == Field::Type::Number) {
        bool ok = false;
        const double d = text.trimmed().toDouble(&ok);
        if (ok)
            return d;
    } else if (type == Field::Type::Boolean) {
        if (text == "true"_L1)
            return true;
        if (text == "false"_L1)
            return false;
    }
    return text;
}

QStringList yamlPathOf(const QString &issuePath, const QJsonObject &object)
{
    QStringList path = yaml::parseFieldPath(issuePath);
    QJsonValue node = object;
    for (QString &segment : path) {
        if (node.isArray()) {
            const QJsonArray array = node.toArray();
            bool isIndex = false;
            const int index = segment.toInt(&isIndex);
            if (isIndex) {
                node = array.at(index);
                continue;
            }
            node = QJsonValue::Undefined;
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (array.at(i).toObject().value("name"_L1).toString() == segment) {
                    segment = QString::number(i);
                    node = array.at(i);
                    break;
                }
            }
            if (node.isUndefined())
                break;
        } else {
            node = node.toObject().value(segment);
        }
    }
    return path;
}

QString FieldIssue::toString() const
{
    return path.isEmpty() ? message : path + u": "_s + message;
}

const Field *Field::property(const QString &key) const
{
    for (const Field &f : properties) {
        if (f.name == key)
            return &f;
    }
    return nullptr;
}

QJsonValue Field::initialValue() const
{
    if (!defaultValue.isUndefined())
        return defaultValue;
    if (type != Type::Object)
        return QJsonValue(QJsonValue::Undefined);
    QJsonObject object;
    for (const Field &f : properties) {
        const QJsonValue v = f.initialValue();
        if (!v.isUndefined())
            object.insert(f.name, v);
    }
    if (object.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return object;
}

QList<FieldIssue> Field::validate(const QJsonValue &value) const
{
    QList<FieldIssue> issues;
    auto issue = [&](const QString &message) { issues.append({path, message}); };
    if (value.isUndefined() || value.isNull()) {
        if (required)
            issue(Tr::tr("is required"));
        return issues;
    }
    if (!hasType(type, value)) {
        issue(Tr::tr("must be %1").arg(typeName(type)));
        return issues;
    }
    if (!enumValues.isEmpty() && !enumValues.contains(value)) {
        QStringList allowed;
        for (const QJsonValue &e : enumValues)
            allowed.append(shown(e));
        issue(Tr::tr("must be one of %1").arg(allowed.join(u", "_s)));
        return issues;
    }
    switch (type) {
    case Type::Integer:
    case Type::Number: {
        const double d = value.toDouble();
        if (minimum && (exclusiveMinimum ? d <= *minimum : d < *minimum)) {
            issue(exclusiveMinimum ? Tr::tr("must be more than %1").arg(numberText(*minimum))
                                   : Tr::tr("must be at least %1").arg(numberText(*minimum)));
        }
        if (maximum && (exclusiveMaximum ? d >= *maximum : d > *maximum)) {
            issue(exclusiveMaximum ? Tr::tr("must be less than %1").arg(numberText(*maximum))
                                   : Tr::tr("must be at most %1").arg(numberText(*maximum)));
        }
        break;
    }
    case Type::String: {
        const QString s = value.toString();
        if (minLength && s.size() < *minLength) {
            issue(*minLength == 1 ? Tr::tr("must not be empty")
                                  : Tr::tr("must have at least %n character(s)", nullptr,
                                           int(*minLength)));
        }
        if (maxLength && s.size() > *maxLength)
            issue(Tr::tr("must have at most %n character(s)", nullptr, int(*maxLength)));
        if (!pattern.isEmpty()) {
            const QRegularExpression re(pattern);
            if (re.isValid() && !re.match(s).hasMatch())
                issue(Tr::tr("must match the pattern %1").arg(pattern));
        }
        if (dnsLabel) {
            const QString problem = checkDnsLabel(s);
            if (!problem.isEmpty())
                issue(problem);
        }
        if (!format.isEmpty() && !s.isEmpty()) {
            const QString problem = checkFormat(format, s);
            if (!problem.isEmpty())
                issue(problem);
        }
        break;
    }
    case Type::Array: {
        const QJsonArray array = value.toArray();
        if (minItems && array.size() < *minItems)
            issue(Tr::tr("must have at least %n item(s)", nullptr, int(*minItems)));
        if (maxItems && array.size() > *maxItems)
            issue(Tr::tr("must have at most %n item(s)", nullptr, int(*maxItems)));
        if (!items.empty()) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                Field item = items.front();
                item.path = path + u'[' + QString::number(i) + u']';
                issues += item.validate(array.at(i));
            }
        }
        break;
    }
    case Type::Object: {
        const QJsonObject object = value.toObject();
        for (const Field &f : properties)
            issues += f.validate(object.value(f.name));
        break;
    }
    case Type::Boolean:
    case Type::Any:
        break;
    }
    return issues;
}

Field fieldFromSchema(const QString &name, const QString &path, const QJsonObject &schema,
                      bool required)
{
    Field f;
    f.name = name;
    f.path = path;
    f.title = titleFromKey(name);
    f.description = schema.value("description"_L1).toString();
    f.type = typeOf(schema);
    f.format = schema.value("format"_L1).toString();
    f.required = required;
    f.enumValues = schema.value("enum"_L1).toArray();
    f.defaultValue = schema.value("default"_L1);
    f.example = schema.value("example"_L1);
    f.minimum = number(schema, "minimum"_L1);
    f.maximum = number(schema, "maximum"_L1);
    f.exclusiveMinimum = schema.value("exclusiveMinimum"_L1).toBool();
    f.exclusiveMaximum = schema.value("exclusiveMaximum"_L1).toBool();
    f.minLength = integer(schema, "minLength"_L1);
    f.maxLength = integer(schema, "maxLength"_L1);
    f.minItems = integer(schema, "minItems"_L1);
    f.maxItems = integer(schema, "maxItems"_L1);
    f.pattern = schema.value("pattern"_L1).toString();
    if (f.type == Field::Type::Object) {
        const QJsonArray requiredKeys = schema.value("required"_L1).toArray();
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        // QJsonObject sorts keys; schemas list them in the order their authors meant, but that
        // order is lost in JSON parsing already, so sorted is the stable choice.
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            f.properties.push_back(fieldFromSchema(it.key(), path + u'.' + it.key(),
                                                   it.value().toObject(),
                                                   requiredKeys.contains(it.key())));
        }
    } else if (f.type == Field::Type::Array && schema.value("items"_L1).isObject()) {
        f.items.push_back(fieldFromSchema(name, path + u"[]"_s,
                                          schema.value("items"_L1).toObject(), false));
    }
    return f;
}

QStringList keyWords(const QString &key)
{
    QStringList words;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            words.append(word);
        word.clear();
    };
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == u'_' || c == u'-' || c == u' ' || c == u'.') {
            flush();
            continue;
        }
        // A binary unit written in its own case ("sizeGiB", "rootDiskGiBMax") is one word.
        if (u"KMGTPE"_s.contains(c) && i + 2 < key.size() && key.at(i + 1) == u'i'
            && key.at(i + 2) == u'B' && (i + 3 == key.size() || !key.at(i + 3).isLower())) {
            flush();
            words.append(key.mid(i, 3));
            i += 2;
            continue;
        }
        if (c.isUpper() && !word.isEmpty()) {
            const QChar prev = key.at(i - 1);
            const QChar next = i + 1 < key.size() ? key.at(i + 1) : QChar();
            // "SANs", "CIDRs", "IDs": an acronym's plural 's' stays with it.
            const QChar afterNext = i + 2 < key.size() ? key.at(i + 2) : QChar();
            const bool pluralS = next == u's' && (afterNext.isNull() || !afterNext.isLower());
            if (prev.isLower() || prev.isDigit())
                flush(); // "node|CIDR", "issuer|URL"
            else if (prev.isUpper() && next.isLower() && !pluralS)
                flush(); // "API|Server": the last capital starts the next word
        }
        word += c;
    }
    flush();
    return words;
}

QString titleFromKey(const QString &key)
{
    // Acronyms people write in capitals, also when a snake_case or camelCase key writes them
    // small ("dns_nameservers", "dnsNameservers", "sshKeyName").
    static const QStringList acronyms = {u"api"_s,  u"ca"_s,   u"cidr"_s, u"cidrs"_s, u"cpu"_s,
                                         u"dns"_s,  u"gpu"_s,  u"id"_s,   u"ids"_s,   u"ip"_s,
                                         u"ips"_s,  u"mtu"_s,  u"oidc"_s, u"san"_s,   u"sans"_s,
                                         u"ssh"_s,  u"tls"_s,  u"uri"_s,  u"url"_s,   u"uuid"_s};
    QStringList words = keyWords(key);
    for (QString &w : words) {
        qsizetype capitals = 0;
        for (const QChar c : std::as_const(w))
            capitals += c.isUpper() ? 1 : 0;
        const QString lower = w.toLower();
        // Units as people write them, also from snake_case ("size_gib").
        static const QHash<QString, QString> units = {
            {u"kib"_s, u"KiB"_s}, {u"mib"_s, u"MiB"_s}, {u"gib"_s, u"GiB"_s},
            {u"tib"_s, u"TiB"_s}, {u"kb"_s, u"KB"_s},   {u"mb"_s, u"MB"_s},
            {u"gb"_s, u"GB"_s},   {u"tb"_s, u"TB"_s}};
        if (const auto unit = units.constFind(lower); unit != units.cend()) {
            w = *unit;
            continue;
        }
        if (capitals >= 2) {
            continue; // written as an acronym: "CIDR", "SANs", "IDs"
        } else if (acronyms.contains(lower)) {
            w = lower.endsWith(u's') && lower.size() > 3 && lower != "ids"_L1
                ? lower.chopped(1).toUpper() + u's'
                : lower.toUpper();
            if (lower == "ids"_L1)
                w = u"IDs"_s;
        } else {
            w = lower;
        }
    }
    QString title = words.join(u' ');
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

QString checkFormat(const QString &format, const QString &value)
{
    const QString f = format.toLower();
    if (f == "uuid"_L1 || f == "uuid4"_L1) {
        static const QRegularExpression uuid(
            u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
        if (!uuid.match(value).hasMatch())
            return Tr::tr("must be a UUID (like ebfe5546-f09f-4f42-ab54-094e457d42ec)");
        return {};
    }
    if (f == "cidr"_L1) {
        const auto subnet = QHostAddress::parseSubnet(value);
        if (!value.contains(u'/') || subnet.first.isNull())
            return Tr::tr("must be a network in CIDR notation (like 10.8.0.0/20)");
        return {};
    }
    if (f == "ip"_L1 || f == "ipv4"_L1 || f == "ipv6"_L1) {
        QHostAddress address;
        const bool ok = address.setAddress(value)
            && (f == "ip"_L1
                || (f == "ipv4"_L1 && address.protocol() == QAbstractSocket::IPv4Protocol)
                || (f == "ipv6"_L1 && address.protocol() == QAbstractSocket::IPv6Protocol));
        if (!ok) {
            return f == "ipv6"_L1 ? Tr::tr("must be an IPv6 address")
                : f == "ipv4"_L1  ? Tr::tr("must be an IPv4 address (like 10.0.0.1)")
                                  : Tr::tr("must be an IP address");
        }
        return {};
    }
    if (f == "hostname"_L1) {
        static const QRegularExpression host(
            u"^(?=.{1,253}$)[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?"
            u"(\\.[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?)*$"_s);
        if (!host.match(value).hasMatch())
            return Tr::tr("must be a host name (like api.example.com)");
        return {};
    }
    if (f == "uri"_L1 || f == "url"_L1) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || value.contains(u' '))
            return Tr::tr("must be a URL with a scheme (like https://example.com/path)");
        return {};
    }
    return {}; // formats not checked here are the server's to judge
}

QString checkDnsLabel(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("must not be empty");
    if (name.size() > 63)
        return Tr::tr("must have at most 63 characters");
    static const QRegularExpression label(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"_s);
    if (!label.match(name).hasMatch()) {
        return Tr::tr("must consist of lowercase letters, digits and '-', and start and end "
                      "with a letter or digit");
    }
    return {};
}

} // namespace scs::orders
