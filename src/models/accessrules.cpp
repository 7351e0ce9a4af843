#include "models/accessrules.h"

#include <QJsonArray>

namespace scs::models {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

bool matches(const QStringList &allowed, const QString &wanted)
{
    return allowed.contains(QLatin1String("*")) || allowed.contains(wanted);
}

} // namespace

AccessRules AccessRules::fromReview(const QJsonObject &review)
{
    AccessRules rules;
    const QJsonObject status = review.value(QLatin1String("status")).toObject();
    rules.m_incomplete = status.value(QLatin1String("incomplete")).toBool();
    const QJsonArray resourceRules = status.value(QLatin1String("resourceRules")).toArray();
    for (const QJsonValue &value : resourceRules) {
        const QJsonObject r = value.toObject();
        rules.m_rules.append(Rule{strings(r.value(QLatin1String("verbs"))),
                                  strings(r.value(QLatin1String("apiGroups"))),
                                  strings(r.value(QLatin1String("resources"))),
                                  strings(r.value(QLatin1String("resourceNames")))});
    }
    return rules;
}

bool AccessRules::allows(const QString &verb, const QString &group, const QString &resource,
                         const QString &name) const
{
    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
    const QString subresourceWildcard
        = slash > 0 ? resource.left(slash) + QStringLiteral("/*") : QString();
    const QString anyWithSubresource
        = slash > 0 ? QStringLiteral("*/") + resource.mid(slash + 1) : QString();
    for (const Rule &rule : m_rules) {
        if (!matches(rule.verbs, verb) || !matches(rule.apiGroups, group))
            continue;
        const bool resourceMatches = slash > 0
            ? rule.resources.contains(resource) || rule.resources.contains(subresourceWildcard)
                || rule.resources.contains(anyWithSubresource)
                || rule.resources.contains(QLatin1String("*"))
            : matches(rule.resources, resource);
        if (!resourceMatches)
            continue;
        if (rule.resourceNames.isEmpty() || (!name.isEmpty() && rule.resourceNames.contains(name)))
            return true;
    }
    return false;
}

bool AccessRules::allowsAnyList() const
{
    for (const Rule &rule : m_rules) {
        if (matches(rule.verbs, QStringLiteral("list")) && rule.resourceNames.isEmpty()
            && !rule.resources.isEmpty()) {
            return true;
        }
    }
    return false;
}

} // namespace scs::models
