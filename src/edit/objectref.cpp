#include "edit/objectref.h"

#include "kube/apipath.h"
#include "kube/kubeclient.h"
#include "yaml/yaml.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scs::edit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ObjectRef)
};

Error invalid(const QString &message, const QString &field = {})
{
    Error e{Error::Kind::Invalid, message, message, field, {}, 0, 0};
    return e;
}
} // namespace

QString ObjectRef::path() const
{
    return resource.collectionPath(namespaceName) + QLatin1Char('/') + kube::pathSegment(name);
}

QString ObjectRef::displayName() const
{
    const QString where = namespaceName.isEmpty() ? name : namespaceName + QLatin1Char('/') + name;
    return resource.qualifiedName() + QLatin1Char(' ') + where;
}

QString ObjectRef::key() const
{
    return QStringList{resource.groupVersion(), resource.kind, namespaceName, name}.join(
        QLatin1Char('/'));
}

Result<ObjectRef> ObjectRef::fromObject(const QJsonObject &object,
                                        const kube::Discovery &discovery)
{
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    const QString kind = object.value(QLatin1String("kind")).toString();
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    if (apiVersion.isEmpty())
        return std::unexpected(invalid(Tr::tr("The object has no apiVersion."),
                                       QStringLiteral("apiVersion")));
    if (kind.isEmpty())
        return std::unexpected(invalid(Tr::tr("The object has no kind."), QStringLiteral("kind")));
    const QString name = metadata.value(QLatin1String("name")).toString();
    if (name.isEmpty()) {
        return std::unexpected(invalid(
            metadata.contains(QLatin1String("generateName"))
                ? Tr::tr("metadata.generateName is not supported here; give the object a name.")
                : Tr::tr("The object has no metadata.name."),
            QStringLiteral("metadata.name")));
    }
    const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
    const QString group = slash < 0 ? QString() : apiVersion.left(slash);
    const QString version = slash < 0 ? apiVersion : apiVersion.mid(slash + 1);
    auto resource = discovery.forKind(group, kind);
    if (!resource) {
        Error e = invalid(Tr::tr("The Central API does not serve kind %1 of %2.")
                              .arg(kind, apiVersion),
                          QStringLiteral("kind"));
        e.kind = Error::Kind::NotFound;
        e.detail = QStringLiteral("no discovered resource for group '%1' kind '%2'")
                       .arg(group, kind);
        return std::unexpected(e);
    }
    ObjectRef ref;
    ref.resource = *resource;
    ref.resource.version = version;
    ref.name = name;
    if (resource->namespaced)
        ref.namespaceName = metadata.value(QLatin1String("namespace")).toString();
    return ref;
}

QList<FieldError> fieldErrorsFromStatus(const kube::Status &status, const QString &yamlText,
                                        int documentIndex)
{
    QList<FieldError> errors;
    if (status.code == 409)
        return errors; // conflicts name fields too, but they are not errors of the text
    const QByteArray yamlBytes = yamlText.toUtf8();
    auto locateInto = [&](FieldError &e) {
        e.path = yaml::parseFieldPath(e.field);
        if (e.path.isEmpty() || yamlBytes.isEmpty())
            return;
        const auto at = yaml::locateNearest(yamlBytes, e.path, documentIndex);
        if (at && at->depth > 0) {
            e.line = at->line;
            e.column = at->column;
            e.atParent = at->depth < e.path.size();
        }
    };
    for (const kube::StatusCause &cause : status.causes) {
        if (cause.field.isEmpty())
            continue;
        FieldError e;
        e.field = cause.field;
        e.reason = cause.reason;
        e.message = cause.message;
        locateInto(e);
        errors.append(e);
    }
    if (!errors.isEmpty())
        return errors;
    // Server-side apply's type errors come as a 400/422/500 message without causes:
    //   failed to create typed patch object (ns/x; g/v, Kind=K): .spec.replicas: expected
    //   numeric (int or float), got string
    // possibly several, one per line after "errors:".
    static const QRegularExpression fieldMessage(
        QStringLiteral("(?:^|: |\\n\\s*)(\\.[A-Za-z0-9_$.\\[\\]\\-/\"=:]*[A-Za-z0-9_\\]\"]): "
                       "([^\\n]+)"));
    auto it = fieldMessage.globalMatch(status.message);
    while (it.hasNext()) {
        const auto m = it.next();
        FieldError e;
        e.field = m.captured(1);
        e.message = m.captured(2).trimmed();
        locateInto(e);
        if (!e.path.isEmpty())
            errors.append(e);
    }
    return errors;
}

} // namespace scs::edit
