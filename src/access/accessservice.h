#pragma once

#include "access/rbac.h"
#include "common/error.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace scs::kube {
class KubeClient;
}

namespace scs::access {

// The writes and questions of the access views, on one workspace's client:
// - addMember: the RoleBinding memberBinding() makes, first as a server-side dry run (the
//   object the server would store, for the review), then for real;
// - removeMember: a binding with one subject is deleted; from one with several, the subject is
//   taken out (PUT with the binding's resourceVersion, so a concurrent change is a conflict);
// - whoAmI: the viewer's name and groups as the API server knows them (SelfSubjectReview);
// - subjectAccess: what a user or group may do (SubjectAccessReview per verb, where the viewer
//   may create them; Error::Kind::Forbidden otherwise, and the caller computes from bindings).
// RBAC's refusal to escalate becomes a message that says so (explain()).
// Every `done` is called once, later, unless `context` is destroyed first. GUI thread only.
class AccessService : public QObject
{
    Q_OBJECT

public:
    using ObjectDone = std::function<void(const Result<QJsonObject> &)>;

    explicit AccessService(kube::KubeClient *client, QObject *parent = nullptr);

    // dryRun: nothing is stored; the answer is the object as it would be.
    void addMember(const QJsonObject &binding, bool dryRun, QObject *context, ObjectDone done);
    // The binding `grant` comes from, as it is now.
    void fetchBinding(const Grant &grant, QObject *context, ObjectDone done);
    // `binding` as fetchBinding() gave it. Answers the binding as it is afterwards (an empty
    // object when it was deleted).
    void removeMember(const QJsonObject &binding, const Subject &subject, bool dryRun,
                      QObject *context, ObjectDone done);
    void whoAmI(QObject *context, std::function<void(const Result<Identity> &)> done);
    // The verbs of `verbs` `subject` (User or Group, prefixed name) may use on `resource` of
    // `group` in `namespaceName`.
    void subjectAccess(const QString &namespaceName, const Subject &subject,
                       const QString &group, const QString &resource, const QStringList &verbs,
                       QObject *context, std::function<void(const Result<QStringList> &)> done);

    // `binding` without `subject`; empty subjects when it was the only one.
    [[nodiscard]] static QJsonObject withoutSubject(const QJsonObject &binding,
                                                    const Subject &subject);
    // RBAC's escalation refusal and an existing binding in words; other errors unchanged.
    [[nodiscard]] static Error explain(const Error &error, const QString &namespaceName);

private:
    QPointer<kube::KubeClient> m_client;
};

} // namespace scs::access
