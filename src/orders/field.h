#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace scs::orders {

// One finding of validation: `path` names the field in the object that will be submitted
// (e.g. "spec.topology.workers.machineDeployments[1].replicas",
// "spec.topology.variables[oidc_config].value.issuer_url", "metadata.name"); `message` is
// translated and reads after the path ("must be at least 1").
struct FieldIssue
{
    QString path;
    QString message;

    // "path: message", what the command line prints and what a tooltip may show.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const FieldIssue &, const FieldIssue &) = default;
};

// An issue's `path` as a path into `object`'s YAML (keys, sequence indices as decimal text), for
// yaml::locateNearest(): a list item named by its "name" ("variables[oidc_config]") becomes its
// index. The first item of that name is the one meant: validation reads a variable's value
// from its first occurrence. A name that `object` does not have stays in the path, so that the
// nearest existing node (the list) is marked.
[[nodiscard]] QStringList yamlPathOf(const QString &issuePath, const QJsonObject &object);

// One input of an order form, generated from an OpenAPI v3 schema (a ClusterClass variable's
// openAPIV3Schema, a CRD's spec schema, or one the orders module makes for the topology:
// version, replicas, names). Plain value; a form builds its widgets from it, validate() checks
// a value against it with the same rules the form shows.
struct Field
{
    enum class Type { String, Integer, Number, Boolean, Object, Array, Any };

    QString name; // the key in its parent object (variable name for a ClusterClass variable)
    QString path; // where the value goes in the submitted object (see FieldIssue::path)
    QString title; // what a form puts on the label: the name, made readable
    QString description; // the schema's description (server text, not translated)
    Type type = Type::Any;
    QString format; // "ipv4", "date-time", ...
    bool required = false; // must be present (in its parent object / as a variable)
    QJsonArray enumValues; // empty: any value of the type
    QJsonValue defaultValue; // Undefined when the schema has none
    QJsonValue example; // Undefined when the schema has none
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    std::optional<qint64> minItems;
    std::optional<qint64> maxItems;
    QString pattern; // ECMA-262 subset, checked with QRegularExpression
    bool dnsLabel = false; // must be a DNS-1123 label (names of clusters and worker pools)
    std::vector<Field> properties; // Type::Object: its properties, in schema order
    std::vector<Field> items; // Type::Array: the one item schema (empty: any)

    // The property called `key`, or nullptr.
    [[nodiscard]] const Field *property(const QString &key) const;
    // The value a new order starts with: the default; for objects, an object of the
    // properties' initial values (Undefined when none has one). Never invents a value.
    [[nodiscard]] QJsonValue initialValue() const;

    // Checks `value` (Undefined: absent) against this field; issues name `path` and below
    // (object properties ".key", array items "[i]").
    [[nodiscard]] QList<FieldIssue> validate(const QJsonValue &value) const;
};

// Builds a Field from an OpenAPI v3 schema (already $ref-resolved: CRD and ClusterClass
// schemas have none). `path` is the field's path; children get "<path>.<key>" and "<path>[i]".
[[nodiscard]] Field fieldFromSchema(const QString &name, const QString &path,
                                    const QJsonObject &schema, bool required = false);

// A value as a person types it into a form: strings bare, whole numbers without a fraction,
// true/false, lists and objects as compact JSON; empty for null and absent values.
[[nodiscard]] QString valueText(const QJsonValue &value);

// Text typed into a field of `type` as its value: numbers and booleans where the text is one,
// else the text itself (so that validation says what is wrong instead of the value vanishing).
[[nodiscard]] QJsonValue valueFromText(Field::Type type, const QString &text);

// A key as words: "disableAPIServerFloatingIP" -> disable, API, Server, Floating, IP;
// "certSANs" -> cert, SANs; "node_cidr" -> node, cidr.
[[nodiscard]] QStringList keyWords(const QString &key);
// A readable label that keeps acronyms whole: "controlPlane" -> "Control plane", "nodeCIDR" and
// "node_cidr" -> "Node CIDR", "dnsNameservers" -> "DNS nameservers", "issuerURL" ->
// "Issuer URL", "disableAPIServerFloatingIP" -> "Disable API server floating IP".
[[nodiscard]] QString titleFromKey(const QString &key);

// Checks a string against an OpenAPI format the form knows (uuid, uuid4, cidr, ip, ipv4, ipv6,
// hostname, uri, url; case-insensitive): empty when fine or the format is not known, else a
// translated message.
[[nodiscard]] QString checkFormat(const QString &format, const QString &value);

// The DNS-1123 label rule (lowercase alphanumerics and '-', starting and ending alphanumeric,
// at most 63): empty string when `name` is fine, else a translated message.
[[nodiscard]] QString checkDnsLabel(const QString &name);

} // namespace scs::orders
