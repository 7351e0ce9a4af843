#include "tenants/tenantplan.h"

#include "kube/apipath.h"
#include "kube/quantity.h"
#include "yaml/yaml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace scs::tenants {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TenantPlan)
};

QJsonObject mapObject(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject metadata(const QString &name, const QString &ns)
{
    QJsonObject m{{u"name"_s, name}};
    if (!ns.isEmpty())
        m.insert(u"namespace"_s, ns);
    return m;
}

void checkQuantities(const QMap<QString, QString> &map, const QString &what, QStringList *issues)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!kube::parseQuantity(it.value()))
            issues->append(Tr::tr("%1: \"%2\" is not a quantity for %3 (like 2, 500m or 8Gi).")
                               .arg(what, it.value(), it.key()));
    }
}
} // namespace

QString adminBindingName(const TenantPlan &plan)
{
    return plan.name + u"-admins"_s;
}

QString quotaName()
{
    return u"tenant-quota"_s;
}

QString limitRangeName()
{
    return u"tenant-limits"_s;
}

QStringList validate(const TenantPlan &plan)
{
    QStringList issues;
    if (plan.name.isEmpty())
        issues.append(Tr::tr("The tenant needs a name."));
    else if (const auto ok = kube::checkNamespaceName(plan.name); !ok)
        issues.append(ok.error().message);
    else if (plan.name == "default"_L1 || plan.name.startsWith("kube-"_L1))
        issues.append(Tr::tr("\"%1\" is reserved by Kubernetes.").arg(plan.name));
    if (plan.adminGroup.trimmed().isEmpty())
        issues.append(Tr::tr("Pick the Keycloak group whose members administer the tenant."));
    else if (plan.adminGroup.contains(QRegularExpression(u"\\s"_s)))
        issues.append(Tr::tr("A group name has no blanks."));
    if (plan.adminRole.trimmed().isEmpty())
        issues.append(Tr::tr("Pick the role the administrators get."));
    checkQuantities(plan.quota, Tr::tr("Quota"), &issues);
    checkQuantities(plan.defaultRequests, Tr::tr("Default requests"), &issues);
    checkQuantities(plan.defaultLimits, Tr::tr("Default limits"), &issues);
    return issues;
}

QList<QJsonObject> objectsOf(const TenantPlan &plan)
{
    QList<QJsonObject> objects;
    QJsonObject nsMeta = metadata(plan.name, {});
    nsMeta.insert(u"labels"_s, QJsonObject{{QString::fromLatin1(kTenantLabel), plan.name}});
    if (!plan.displayName.trimmed().isEmpty())
        nsMeta.insert(u"annotations"_s, QJsonObject{{QString::fromLatin1(kDisplayNameAnnotation),
                                                     plan.displayName.trimmed()}});
    objects.append(QJsonObject{{u"apiVersion"_s, u"v1"_s},
                               {u"kind"_s, u"Namespace"_s},
                               {u"metadata"_s, nsMeta}});

    const QString group = plan.groupsPrefix + plan.adminGroup.trimmed();
    objects.append(QJsonObject{
        {u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s},
        {u"kind"_s, u"RoleBinding"_s},
        {u"metadata"_s, metadata(adminBindingName(plan), plan.name)},
        {u"roleRef"_s, QJsonObject{{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s},
                                   {u"kind"_s, u"ClusterRole"_s},
                                   {u"name"_s, plan.adminRole.trimmed()}}},
        {u"subjects"_s, QJsonArray{QJsonObject{{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s},
                                               {u"kind"_s, u"Group"_s},
                                               {u"name"_s, group}}}}});

    if (!plan.quota.isEmpty()) {
        objects.append(QJsonObject{{u"apiVersion"_s, u"v1"_s},
                                   {u"kind"_s, u"ResourceQuota"_s},
                                   {u"metadata"_s, metadata(quotaName(), plan.name)},
                                   {u"spec"_s, QJsonObject{{u"hard"_s, mapObject(plan.quota)}}}});
    }
    if (!plan.defaultRequests.isEmpty() || !plan.defaultLimits.isEmpty()) {
        QJsonObject limit{{u"type"_s, u"Container"_s}};
        if (!plan.defaultRequests.isEmpty())
            limit.insert(u"defaultRequest"_s, mapObject(plan.defaultRequests));
        if (!plan.defaultLimits.isEmpty())
            limit.insert(u"default"_s, mapObject(plan.defaultLimits));
        objects.append(QJsonObject{
            {u"apiVersion"_s, u"v1"_s},
            {u"kind"_s, u"LimitRange"_s},
            {u"metadata"_s, metadata(limitRangeName(), plan.name)},
            {u"spec"_s, QJsonObject{{u"limits"_s, QJsonArray{limit}}}}});
    }
    return objects;
}

QByteArray yamlOf(const TenantPlan &plan)
{
    QByteArray text;
    for (const QJsonObject &object : objectsOf(plan)) {
        if (!text.isEmpty())
            text += "---\n";
        text += yaml::toYaml(QJsonValue(object));
    }
    return text;
}

QString groupsPrefixOf(const QStringList &groups)
{
    for (const QString &group : groups) {
        if (group.startsWith("system:"_L1))
            continue;
        const qsizetype colon = group.indexOf(u':');
        if (colon > 0)
            return group.left(colon + 1);
    }
    return {};
}

QuantityMap parseQuantityMap(const QString &text)
{
    QuantityMap result;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (eq <= 0 || key.isEmpty() || value.isEmpty()) {
            result.error = Tr::tr("\"%1\" is not <resource>=<quantity>.").arg(part.trimmed());
            return result;
        }
        if (!kube::parseQuantity(value)) {
            result.error = Tr::tr("\"%1\" is not a quantity for %2 (like 2, 500m or 8Gi).")
                               .arg(value, key);
            return result;
        }
        result.values.insert(key, value);
    }
    return result;
}

} // namespace scs::tenants
