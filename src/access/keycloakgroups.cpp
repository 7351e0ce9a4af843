#include "access/keycloakgroups.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace scs::access {

QString KeycloakGroups::apiGroup()
{
    return u"group.keycloak.m.crossplane.io"_s;
}

QString KeycloakGroups::plural()
{
    return u"groups"_s;
}

bool KeycloakGroups::isGroupResource(const kube::ApiResource &resource)
{
    return resource.group == apiGroup() && resource.plural == plural() && resource.namespaced;
}

QString KeycloakGroups::realmGroupOf(const Subject &subject, const QString &groupsPrefix)
{
    if (subject.kind != "Group"_L1 || subject.name.isEmpty())
        return {};
    if (groupsPrefix.isEmpty())
        return subject.name;
    if (!subject.name.startsWith(groupsPrefix) || subject.name.size() == groupsPrefix.size())
        return {};
    return subject.name.mid(groupsPrefix.size());
}

QString KeycloakGroups::groupNameOf(const QJsonObject &object)
{
    const QString wanted = object["spec"_L1]["forProvider"_L1]["name"_L1].toString();
    if (!wanted.isEmpty())
        return wanted;
    return object["status"_L1]["atProvider"_L1]["name"_L1].toString();
}

QString KeycloakGroups::objectFor(const Subject &subject, const QString &groupsPrefix,
                                  const QList<QJsonObject> &objects)
{
    const QString group = realmGroupOf(subject, groupsPrefix);
    if (group.isEmpty())
        return {};
    QString found;
    for (const QJsonObject &object : objects) {
        const QString name = object["metadata"_L1]["name"_L1].toString();
        if (!name.isEmpty() && groupNameOf(object) == group && (found.isEmpty() || name < found))
            found = name;
    }
    return found;
}

} // namespace scs::access
