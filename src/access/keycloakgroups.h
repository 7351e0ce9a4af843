#pragma once

#include "access/rbac.h"
#include "kube/discovery.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace scs::access {

// Keycloak groups as the Central API serves them: Group objects of the Crossplane Keycloak
// provider (github.com/crossplane-contrib/provider-keycloak), the namespaced kind of
// Crossplane v2 (group.keycloak.m.crossplane.io), one per realm group, in the tenant's
// namespace. spec.forProvider.name is the realm group's name (what Keycloak puts in the
// token's groups claim), the object's own name is free.
//
// The matching rule: a Group subject of a binding names a realm group when it carries the
// profile's groups prefix ("oidc:tenant-a-admins" with "oidc:"), the prefix taken off
// ("tenant-a-admins"); with no prefix configured the name is taken as it is. Its object is the
// Group whose spec.forProvider.name equals that name (status.atProvider.name for an
// observe-only Group that leaves forProvider.name out); several: the first by object name.
// Users, service accounts and groups without the prefix (system:masters) match nothing.
// Pure functions; safe from any thread.
class KeycloakGroups
{
public:
    [[nodiscard]] static QString apiGroup(); // "group.keycloak.m.crossplane.io"
    [[nodiscard]] static QString plural(); // "groups"
    // `resource` is the provider's namespaced Group kind.
    [[nodiscard]] static bool isGroupResource(const kube::ApiResource &resource);

    // The realm group `subject` names, "" when it names none (see above).
    [[nodiscard]] static QString realmGroupOf(const Subject &subject, const QString &groupsPrefix);
    // The realm group a Group object stands for.
    [[nodiscard]] static QString groupNameOf(const QJsonObject &object);
    // The metadata.name of the object among `objects` that stands for `subject`'s realm group;
    // "" when none does.
    [[nodiscard]] static QString objectFor(const Subject &subject, const QString &groupsPrefix,
                                           const QList<QJsonObject> &objects);
};

} // namespace scs::access
