#include "access/rbac.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs::access {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

bool matchesToken(const QStringList &list, const QString &value)
{
    return list.contains(u"*"_s) || list.contains(value);
}

bool resourceMatches(const QStringList &resources, const QString &resource)
{
    if (resources.contains(u"*"_s) || resources.contains(resource))
        return true;
    // "*/scale" matches the scale subresource of every resource.
    const qsizetype slash = resource.indexOf(u'/');
    return slash > 0 && resources.contains(u"*"_s + resource.mid(slash));
}

// The context of this file's translatable words.
class Rbac
{
    Q_DECLARE_TR_FUNCTIONS(scs::access::Rbac)
};

const QStringList &readVerbs()
{
    static const QStringList verbs{u"get"_s, u"list"_s, u"watch"_s};
    return verbs;
}

} // namespace

PolicyRule PolicyRule::fromJson(const QJsonObject &rule)
{
    return {strings(rule.value("apiGroups"_L1)), strings(rule.value("resources"_L1)),
            strings(rule.value("verbs"_L1)), strings(rule.value("resourceNames"_L1)),
            strings(rule.value("nonResourceURLs"_L1))};
}

Role Role::fromJson(const QJsonObject &object)
{
    Role role;
    const QJsonObject meta = object.value("metadata"_L1).toObject();
    role.kind = object.value("kind"_L1).toString();
    role.name = meta.value("name"_L1).toString();
    role.namespaceName = meta.value("namespace"_L1).toString();
    role.labels = stringMap(meta.value("labels"_L1));
    for (const QJsonValue &rule : object.value("rules"_L1).toArray())
        role.rules.append(PolicyRule::fromJson(rule.toObject()));
    const QJsonArray selectors = object.value("aggregationRule"_L1)
                                     .toObject()
                                     .value("clusterRoleSelectors"_L1)
                                     .toArray();
    for (const QJsonValue &selector : selectors)
        role.aggregationSelectors.append(stringMap(selector.toObject().value("matchLabels"_L1)));
    if (role.kind.isEmpty())
        role.kind = role.namespaceName.isEmpty() ? u"ClusterRole"_s : u"Role"_s;
    return role;
}

Subject Subject::fromJson(const QJsonObject &subject)
{
    return {subject.value("kind"_L1).toString(), subject.value("name"_L1).toString(),
            subject.value("namespace"_L1).toString()};
}

QJsonObject Subject::toJson() const
{
    QJsonObject out{{u"kind"_s, kind}, {u"name"_s, name}};
    if (kind == "ServiceAccount"_L1)
        out.insert(u"namespace"_s, namespaceName);
    else
        out.insert(u"apiGroup"_s, u"rbac.authorization.k8s.io"_s);
    return out;
}

QString Subject::key() const
{
    if (kind == "ServiceAccount"_L1)
        return kind + u'/' + namespaceName + u'/' + name;
    return kind + u'/' + name;
}

bool Subject::isSystem() const
{
    if (kind == "ServiceAccount"_L1)
        return namespaceName.startsWith("kube-"_L1);
    return name.startsWith("system:"_L1);
}

Binding Binding::fromJson(const QJsonObject &object)
{
    Binding binding;
    const QJsonObject meta = object.value("metadata"_L1).toObject();
    binding.kind = object.value("kind"_L1).toString();
    binding.name = meta.value("name"_L1).toString();
    binding.namespaceName = meta.value("namespace"_L1).toString();
    binding.creationTimestamp = meta.value("creationTimestamp"_L1).toString();
    binding.resourceVersion = meta.value("resourceVersion"_L1).toString();
    const QJsonObject ref = object.value("roleRef"_L1).toObject();
    binding.roleRef = {ref.value("kind"_L1).toString(), ref.value("name"_L1).toString()};
    for (const QJsonValue &subject : object.value("subjects"_L1).toArray())
        binding.subjects.append(Subject::fromJson(subject.toObject()));
    if (binding.kind.isEmpty())
        binding.kind = binding.namespaceName.isEmpty() ? u"ClusterRoleBinding"_s
                                                       : u"RoleBinding"_s;
    return binding;
}

bool Identity::matches(const Subject &subject) const
{
    if (subject.kind == "User"_L1)
        return !username.isEmpty() && subject.name == username;
    if (subject.kind == "Group"_L1)
        return groups.contains(subject.name);
    if (subject.kind == "ServiceAccount"_L1)
        return username == u"system:serviceaccount:"_s + subject.namespaceName + u':'
                               + subject.name;
    return false;
}

const Role *Policy::findRole(const RoleRef &ref, const QString &namespaceName) const
{
    for (const Role &role : roles) {
        if (role.kind != ref.kind || role.name != ref.name)
            continue;
        if (ref.kind == "Role"_L1 && role.namespaceName != namespaceName)
            continue;
        return &role;
    }
    return nullptr;
}

namespace {

// The rules an aggregated ClusterRole collects; a picked role that is itself aggregated (admin
// picks edit, edit picks view, all with empty rules without the aggregation controller)
// contributes what it collects in turn. `visiting` breaks cycles.
QList<PolicyRule> collect(const Policy &policy, const Role &role, QSet<QString> &visiting)
{
    if (!role.isAggregated() || !role.rules.isEmpty())
        return role.rules;
    if (visiting.contains(role.name))
        return {};
    visiting.insert(role.name);
    QList<PolicyRule> out;
    for (const Role &other : policy.roles) {
        if (other.kind != "ClusterRole"_L1 || other.name == role.name)
            continue;
        const bool picked = std::ranges::any_of(role.aggregationSelectors, [&](const auto &sel) {
            if (sel.isEmpty())
                return false;
            for (auto it = sel.begin(); it != sel.end(); ++it) {
                if (other.labels.value(it.key()) != it.value())
                    return false;
            }
            return true;
        });
        if (picked)
            out.append(collect(policy, other, visiting));
    }
    visiting.remove(role.name);
    return out;
}

} // namespace

QList<PolicyRule> Policy::effectiveRules(const Role &role) const
{
    QSet<QString> visiting;
    return collect(*this, role, visiting);
}

bool ruleAllows(const PolicyRule &rule, const QString &verb, const QString &group,
                const QString &resource, const QString &name)
{
    if (!matchesToken(rule.verbs, verb) || !matchesToken(rule.apiGroups, group)
        || !resourceMatches(rule.resources, resource))
        return false;
    return rule.resourceNames.isEmpty() || (!name.isEmpty() && rule.resourceNames.contains(name));
}

bool rulesAllow(const QList<PolicyRule> &rules, const QString &verb, const QString &group,
                const QString &resource, const QString &name)
{
    return std::ranges::any_of(rules, [&](const PolicyRule &rule) {
        return ruleAllows(rule, verb, group, resource, name);
    });
}

bool covers(const QList<PolicyRule> &owner, const QList<PolicyRule> &requested)
{
    // Every (group, resource, verb, name) the request names must be allowed by one owner rule;
    // a literal "*" asked for is then only matched by an owner's "*" (matchesToken).
    for (const PolicyRule &rule : requested) {
        if (!rule.nonResourceURLs.isEmpty() && rule.resources.isEmpty()) {
            for (const QString &url : rule.nonResourceURLs) {
                for (const QString &verb : rule.verbs) {
                    const bool held = std::ranges::any_of(owner, [&](const PolicyRule &o) {
                        return matchesToken(o.verbs, verb)
                            && (o.nonResourceURLs.contains(url)
                                || o.nonResourceURLs.contains(u"*"_s));
                    });
                    if (!held)
                        return false;
                }
            }
            continue;
        }
        const QStringList names = rule.resourceNames.isEmpty() ? QStringList{QString()}
                                                               : rule.resourceNames;
        for (const QString &group : rule.apiGroups) {
            for (const QString &resource : rule.resources) {
                for (const QString &verb : rule.verbs) {
                    for (const QString &name : names) {
                        const bool held = std::ranges::any_of(owner, [&](const PolicyRule &o) {
                            return matchesToken(o.verbs, verb) && matchesToken(o.apiGroups, group)
                                && resourceMatches(o.resources, resource)
                                && (o.resourceNames.isEmpty()
                                    || (!name.isEmpty() && o.resourceNames.contains(name)));
                        });
                        if (!held)
                            return false;
                    }
                }
            }
        }
    }
    return true;
}

QString ruleText(const PolicyRule &rule)
{
    const QString verbs = rule.verbs.contains(u"*"_s) ? Rbac::tr("all verbs") : rule.verbs.join(", "_L1);
    if (rule.resources.isEmpty() && !rule.nonResourceURLs.isEmpty())
        return verbs + u" × "_s + rule.nonResourceURLs.join(", "_L1);
    QStringList kinds;
    for (const QString &resource : rule.resources)
        kinds.append(resource == "*"_L1 ? Rbac::tr("everything") : resource);
    QString text = verbs + u" × "_s + kinds.join(", "_L1);
    QStringList groups;
    for (const QString &group : rule.apiGroups) {
        if (group == "*"_L1)
            groups.append(Rbac::tr("all API groups"));
        else if (!group.isEmpty())
            groups.append(group);
    }
    if (!groups.isEmpty())
        text += u" ("_s + groups.join(", "_L1) + u')';
    if (!rule.resourceNames.isEmpty())
        text += u' ' + Rbac::tr("named %1").arg(rule.resourceNames.join(", "_L1));
    return text;
}

QString RoleSummary::shortText() const
{
    if (builtin == "view"_L1)
        return Rbac::tr("read");
    if (builtin == "edit"_L1)
        return Rbac::tr("edit");
    if (builtin == "admin"_L1)
        return Rbac::tr("admin");
    if (builtin == "cluster-admin"_L1)
        return Rbac::tr("everything (cluster admin)");
    if (!rulesKnown)
        return Rbac::tr("rules not readable");
    if (lines.isEmpty())
        return Rbac::tr("nothing");
    if (readOnly)
        return Rbac::tr("read only");
    return lines.size() == 1 ? lines.first() : Rbac::tr("%1 rules").arg(lines.size());
}

RoleSummary summarize(const Policy &policy, const RoleRef &ref, const QString &namespaceName)
{
    RoleSummary summary;
    static const QStringList builtins{u"admin"_s, u"edit"_s, u"view"_s};
    const Role *role = policy.findRole(ref, namespaceName);
    if (!role) {
        // Not readable: the built-in roles are known by name.
        if (ref.kind == "ClusterRole"_L1
            && (builtins.contains(ref.name) || ref.name == "cluster-admin"_L1))
            summary.builtin = ref.name;
        return summary;
    }
    const QList<PolicyRule> rules = policy.effectiveRules(*role);
    summary.rulesKnown = true;
    summary.aggregated = role->isAggregated() && role->rules.isEmpty();
    summary.readOnly = !rules.isEmpty() && std::ranges::all_of(rules, [](const PolicyRule &r) {
        return std::ranges::all_of(r.verbs, [](const QString &v) { return readVerbs().contains(v); });
    });
    for (const PolicyRule &rule : rules)
        summary.lines.append(ruleText(rule));
    if (ref.kind == "ClusterRole"_L1 && ref.name == "cluster-admin"_L1) {
        summary.builtin = ref.name;
        return summary;
    }
    // Folded where the rules are those of a built-in role (compared both ways).
    for (const QString &name : builtins) {
        const Role *builtin = policy.findRole({u"ClusterRole"_s, name}, {});
        if (!builtin) {
            if (ref.kind == "ClusterRole"_L1 && ref.name == name)
                summary.builtin = name;
            continue;
        }
        const QList<PolicyRule> builtinRules = policy.effectiveRules(*builtin);
        if (builtinRules.isEmpty()) {
            if (ref.kind == "ClusterRole"_L1 && ref.name == name)
                summary.builtin = name;
            continue;
        }
        if (!rules.isEmpty() && covers(rules, builtinRules) && covers(builtinRules, rules)) {
            summary.builtin = name;
            break;
        }
    }
    return summary;
}

QString Grant::key() const
{
    return bindingKind + u'/' + bindingName + u'/' + subject.key();
}

QList<Grant> members(const Policy &policy, const QString &namespaceName)
{
    QList<Grant> out;
    for (const Binding &binding : policy.bindings) {
        if (binding.kind == "RoleBinding"_L1 && binding.namespaceName != namespaceName)
            continue;
        const RoleSummary summary = summarize(policy, binding.roleRef, namespaceName);
        for (const Subject &subject : binding.subjects) {
            Grant grant;
            grant.subject = subject;
            grant.bindingKind = binding.kind;
            grant.bindingName = binding.name;
            grant.bindingNamespace = binding.namespaceName;
            grant.since = binding.creationTimestamp;
            grant.subjectCount = int(binding.subjects.size());
            grant.role = binding.roleRef;
            grant.summary = summary;
            out.append(grant);
        }
    }
    static const QStringList kindOrder{u"User"_s, u"Group"_s, u"ServiceAccount"_s};
    std::ranges::stable_sort(out, [](const Grant &a, const Grant &b) {
        const auto ka = kindOrder.indexOf(a.subject.kind);
        const auto kb = kindOrder.indexOf(b.subject.kind);
        if (ka != kb)
            return ka < kb;
        if (a.subject.name != b.subject.name)
            return a.subject.name < b.subject.name;
        if (a.bindingKind != b.bindingKind)
            return a.bindingKind > b.bindingKind; // RoleBindings first
        return a.bindingName < b.bindingName;
    });
    return out;
}

QList<WhoCanEntry> whoCan(const Policy &policy, const QString &namespaceName, const QString &verb,
                          const QString &group, const QString &resource, int *unreadableRoles)
{
    QList<WhoCanEntry> out;
    int unreadable = 0;
    for (const Binding &binding : policy.bindings) {
        if (binding.kind == "RoleBinding"_L1 && binding.namespaceName != namespaceName)
            continue;
        WhoCanEntry entry;
        entry.bindingKind = binding.kind;
        entry.bindingName = binding.name;
        entry.role = binding.roleRef;
        const Role *role = policy.findRole(binding.roleRef, namespaceName);
        bool allowed = false;
        if (role) {
            const QList<PolicyRule> rules = policy.effectiveRules(*role);
            for (const PolicyRule &rule : rules) {
                PolicyRule any = rule;
                any.resourceNames.clear();
                if (!ruleAllows(any, verb, group, resource))
                    continue;
                if (rule.resourceNames.isEmpty()) {
                    allowed = true;
                    entry.onlyNames.clear();
                    break;
                }
                allowed = true;
                entry.onlyNames.append(rule.resourceNames);
            }
        } else if (binding.roleRef.kind == "ClusterRole"_L1) {
            const QString &name = binding.roleRef.name;
            if (name == "cluster-admin"_L1 || name == "admin"_L1 || name == "edit"_L1) {
                allowed = true;
                entry.rulesKnown = false;
            } else if (name == "view"_L1) {
                allowed = readVerbs().contains(verb);
                entry.rulesKnown = false;
            } else {
                ++unreadable;
            }
        } else {
            ++unreadable;
        }
        if (!allowed)
            continue;
        entry.onlyNames.removeDuplicates();
        for (const Subject &subject : binding.subjects) {
            entry.subject = subject;
            out.append(entry);
        }
    }
    if (unreadableRoles)
        *unreadableRoles = unreadable;
    return out;
}

QStringList allowedVerbs(const Policy &policy, const QString &namespaceName, const Identity &who,
                         const QString &group, const QString &resource, const QStringList &verbs)
{
    QStringList out;
    for (const QString &verb : verbs) {
        const auto entries = whoCan(policy, namespaceName, verb, group, resource);
        const bool allowed = std::ranges::any_of(entries, [&](const WhoCanEntry &e) {
            return e.onlyNames.isEmpty() && who.matches(e.subject);
        });
        if (allowed)
            out.append(verb);
    }
    return out;
}

QString memberBindingName(const Subject &subject, const RoleRef &role)
{
    static const QRegularExpression invalid(u"[^a-z0-9.-]+"_s);
    QString name = (u"member-"_s + subject.kind + u'-' + subject.name + u'-' + role.name).toLower();
    name.replace(invalid, u"-"_s);
    while (name.endsWith(u'-') || name.endsWith(u'.'))
        name.chop(1);
    return name.left(253);
}

QJsonObject memberBinding(const QString &namespaceName, const Subject &subject,
                          const RoleRef &role)
{
    return QJsonObject{
        {u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s},
        {u"kind"_s, u"RoleBinding"_s},
        {u"metadata"_s,
         QJsonObject{{u"name"_s, memberBindingName(subject, role)},
                     {u"namespace"_s, namespaceName},
                     {u"labels"_s,
                      QJsonObject{{u"app.kubernetes.io/managed-by"_s, u"scs-console"_s}}}}},
        {u"roleRef"_s,
         QJsonObject{{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s},
                     {u"kind"_s, role.kind},
                     {u"name"_s, role.name}}},
        {u"subjects"_s, QJsonArray{subject.toJson()}},
    };
}

} // namespace scs::access
