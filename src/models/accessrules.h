#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace scs::models {

// What a SelfSubjectRulesReview says the user may do in one namespace: the resource rules,
// evaluated the way RBAC does ("*" matches any verb, group or resource; "resource/subresource"
// names only that subresource). Kept per tenant so that views offer only the actions the
// server would allow (no "Delete" where a delete would be refused). A value type.
class AccessRules
{
public:
    struct Rule
    {
        QStringList verbs;
        QStringList apiGroups;
        QStringList resources;
        QStringList resourceNames; // empty: any name
    };

    AccessRules() = default;
    // From a SelfSubjectRulesReview answer (status.resourceRules; incomplete is noted).
    [[nodiscard]] static AccessRules fromReview(const QJsonObject &review);

    // May the user `verb` the `resource` ("configmaps", "clusters/status") of `group` ("" core)?
    // `name` empty: on the whole collection (rules limited to names do not count then).
    [[nodiscard]] bool allows(const QString &verb, const QString &group, const QString &resource,
                              const QString &name = {}) const;
    // Is there any resource at all the user may list here?
    [[nodiscard]] bool allowsAnyList() const;

    [[nodiscard]] const QList<Rule> &rules() const { return m_rules; }
    // The server said its answer may be incomplete (another authorizer was asked, too).
    [[nodiscard]] bool isIncomplete() const { return m_incomplete; }

private:
    QList<Rule> m_rules;
    bool m_incomplete = false;
};

} // namespace scs::models
