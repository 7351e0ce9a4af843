#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// RBAC as the access views read it: Roles, ClusterRoles and their bindings parsed from the API's
// JSON, rule matching with Kubernetes' semantics (wildcards, resourceNames, aggregation), the
// members of a namespace with their roles in plain words, and the inverse ("who can").
// Pure functions, no event loop; safe from any thread.
namespace scs::access {

struct PolicyRule
{
    QStringList apiGroups;
    QStringList resources; // "clusters", "pods/log", "*"
    QStringList verbs;
    QStringList resourceNames; // empty: every object
    QStringList nonResourceURLs;

    [[nodiscard]] static PolicyRule fromJson(const QJsonObject &rule);
    friend bool operator==(const PolicyRule &, const PolicyRule &) = default;
};

struct Role
{
    QString kind; // "Role" or "ClusterRole"
    QString name;
    QString namespaceName; // Roles only
    QList<PolicyRule> rules;
    // aggregationRule.clusterRoleSelectors[].matchLabels (ClusterRoles only)
    QList<QMap<QString, QString>> aggregationSelectors;
    QMap<QString, QString> labels;

    [[nodiscard]] static Role fromJson(const QJsonObject &object);
    [[nodiscard]] bool isAggregated() const { return !aggregationSelectors.isEmpty(); }
};

struct Subject
{
    QString kind; // "User", "Group", "ServiceAccount"
    QString name; // as the API server knows it: "oidc:alice"
    QString namespaceName; // ServiceAccounts only

    [[nodiscard]] static Subject fromJson(const QJsonObject &subject);
    [[nodiscard]] QJsonObject toJson() const;
    // "User/oidc:alice", "ServiceAccount/ns/name": unique per subject.
    [[nodiscard]] QString key() const;
    // Built-in identities of Kubernetes ("system:masters", "system:kube-scheduler", service
    // accounts of kube-system): shown only on request.
    [[nodiscard]] bool isSystem() const;
    friend bool operator==(const Subject &, const Subject &) = default;
};

struct RoleRef
{
    QString kind; // "Role" or "ClusterRole"
    QString name;
    friend bool operator==(const RoleRef &, const RoleRef &) = default;
};

struct Binding
{
    QString kind; // "RoleBinding" or "ClusterRoleBinding"
    QString name;
    QString namespaceName; // RoleBindings only
    QString creationTimestamp; // RFC 3339, as the API wrote it
    QString resourceVersion;
    RoleRef roleRef;
    QList<Subject> subjects;

    [[nodiscard]] static Binding fromJson(const QJsonObject &object);
};

// Who the API server thinks the viewer is (SelfSubjectReview): prefixed names.
struct Identity
{
    QString username; // "oidc:alice"
    QStringList groups; // "oidc:tenant-a-admins", "system:authenticated"

    [[nodiscard]] bool matches(const Subject &subject) const;
};

// What the viewer could read of a namespace's RBAC and the cluster's.
struct Policy
{
    QList<Binding> bindings; // the namespace's RoleBindings and the ClusterRoleBindings
    QList<Role> roles; // the namespace's Roles and the ClusterRoles
    bool clusterRolesReadable = false; // ClusterRoles could be listed
    bool clusterBindingsReadable = false; // ClusterRoleBindings could be listed

    // The role `ref` of a binding in `namespaceName` names; nullptr when not readable.
    [[nodiscard]] const Role *findRole(const RoleRef &ref, const QString &namespaceName) const;
    // The role's rules, an aggregated ClusterRole's from the ClusterRoles its selectors pick
    // when its own list is empty (the aggregation controller fills it on a real cluster),
    // transitively (admin picks edit, which picks view).
    [[nodiscard]] QList<PolicyRule> effectiveRules(const Role &role) const;
};

// Kubernetes' rule matching: `verb` on `resource` ("pods" or "pods/log") of `group`; `name`
// empty asks about the whole collection (a rule limited to resourceNames does not match).
[[nodiscard]] bool ruleAllows(const PolicyRule &rule, const QString &verb, const QString &group,
                              const QString &resource, const QString &name = {});
[[nodiscard]] bool rulesAllow(const QList<PolicyRule> &rules, const QString &verb,
                              const QString &group, const QString &resource,
                              const QString &name = {});
// Whether `owner` allows everything `requested` does (Kubernetes' escalation check: a "*" in
// the request is covered only by a "*").
[[nodiscard]] bool covers(const QList<PolicyRule> &owner, const QList<PolicyRule> &requested);

// A role in plain words: "read", "edit" or "admin" where its rules are those of Kubernetes'
// view, edit or admin ClusterRole (compared by rules where readable, by name otherwise), else
// one line per rule ("get, list, watch × clusters, machines").
struct RoleSummary
{
    QString builtin; // "view", "edit", "admin" or empty
    QStringList lines; // the rules, when known
    bool rulesKnown = false;
    bool readOnly = false; // only get, list, watch
    bool aggregated = false; // rules taken from the aggregated ClusterRoles

    // "read", "edit", "admin", "read only: clusters, …" or "get, create × …" (translated).
    [[nodiscard]] QString shortText() const;
};
[[nodiscard]] RoleSummary summarize(const Policy &policy, const RoleRef &ref,
                                    const QString &namespaceName);
[[nodiscard]] QString ruleText(const PolicyRule &rule);

// One subject in one binding that reaches `namespaceName`.
struct Grant
{
    Subject subject;
    QString bindingKind;
    QString bindingName;
    QString bindingNamespace;
    QString since; // the binding's creationTimestamp
    int subjectCount = 1; // subjects of the binding (removing the last deletes the binding)
    RoleRef role;
    RoleSummary summary;

    // "RoleBinding/name/User/oidc:alice": unique per row.
    [[nodiscard]] QString key() const;
};
// Every subject of the namespace's RoleBindings and of every ClusterRoleBinding, ordered by
// subject kind (users, groups, service accounts), name, then binding.
[[nodiscard]] QList<Grant> members(const Policy &policy, const QString &namespaceName);

// One subject that may do something, and through which binding and rule.
struct WhoCanEntry
{
    Subject subject;
    QString bindingKind;
    QString bindingName;
    RoleRef role;
    QStringList onlyNames; // only the objects of these names (resourceNames); empty: all
    bool rulesKnown = true; // false: the role could not be read; the entry is a guess by name
};
// Who may `verb` `resource` of `group` in `namespaceName`, from the bindings in `policy`.
// Bindings whose role cannot be read are skipped (unreadableRoles counts them) unless the role
// is a built-in one known by name (view: read verbs only, edit/admin/cluster-admin: all).
[[nodiscard]] QList<WhoCanEntry> whoCan(const Policy &policy, const QString &namespaceName,
                                        const QString &verb, const QString &group,
                                        const QString &resource, int *unreadableRoles = nullptr);

// The verbs of `verbs` a person (user name and groups, prefixed) may use on `resource` of
// `group` in `namespaceName`, computed from the bindings (the fallback where the viewer may not
// ask a SubjectAccessReview).
[[nodiscard]] QStringList allowedVerbs(const Policy &policy, const QString &namespaceName,
                                       const Identity &who, const QString &group,
                                       const QString &resource, const QStringList &verbs);

// A name for the RoleBinding the console writes for a member: "member-<kind>-<name>-<role>",
// lower case, ':' and other characters outside [a-z0-9.-] as '-', at most 253 characters.
[[nodiscard]] QString memberBindingName(const Subject &subject, const RoleRef &role);
// The RoleBinding the console writes to make `subject` a member with `role`.
[[nodiscard]] QJsonObject memberBinding(const QString &namespaceName, const Subject &subject,
                                        const RoleRef &role);

} // namespace scs::access
