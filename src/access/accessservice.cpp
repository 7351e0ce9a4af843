#include "access/accessservice.h"

#include "access/accesslogging.h"
#include "kube/kubeclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace scs::access {

namespace {

QString bindingsPath(const QString &namespaceName)
{
    return u"/apis/rbac.authorization.k8s.io/v1/namespaces/"_s + namespaceName
        + u"/rolebindings"_s;
}

QUrlQuery dryRunQuery(bool dryRun)
{
    QUrlQuery query;
    if (dryRun)
        query.addQueryItem(u"dryRun"_s, u"All"_s);
    return query;
}

} // namespace

AccessService::AccessService(kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

Error AccessService::explain(const Error &error, const QString &namespaceName)
{
    Error out = error;
    if (error.kind == Error::Kind::Forbidden
        && error.detail.contains("attempting to grant RBAC permissions not currently held"_L1)) {
        out.message = tr("RBAC refuses this: the role allows more than you may do in %1 "
                         "yourself, and nobody may grant rights they do not hold. Pick a "
                         "smaller role, or ask someone who holds all of its rights.")
                          .arg(namespaceName);
    } else if (error.kind == Error::Kind::Conflict && error.detail.contains("AlreadyExists"_L1)) {
        out.message = tr("This member already has this role in %1.").arg(namespaceName);
    }
    return out;
}

void AccessService::addMember(const QJsonObject &binding, bool dryRun, QObject *context,
                              ObjectDone done)
{
    const QString ns = binding.value("metadata"_L1).toObject().value("namespace"_L1).toString();
    qCInfo(lcAccess) << (dryRun ? "reviewing" : "writing") << "member binding"
                     << binding.value("metadata"_L1).toObject().value("name"_L1).toString()
                     << "in" << ns;
    m_client->post(bindingsPath(ns), QJsonDocument(binding), dryRunQuery(dryRun))
        ->onJson(context, [done = std::move(done), ns](const Result<QJsonDocument> &answer) {
            if (!answer)
                done(std::unexpected(explain(answer.error(), ns)));
            else
                done(answer->object());
        });
}

void AccessService::fetchBinding(const Grant &grant, QObject *context, ObjectDone done)
{
    const QString path = grant.bindingKind == "ClusterRoleBinding"_L1
        ? QString(u"/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/"_s + grant.bindingName)
        : QString(bindingsPath(grant.bindingNamespace) + u'/' + grant.bindingName);
    m_client->get(path)->onJson(context,
                                [done = std::move(done)](const Result<QJsonDocument> &answer) {
                                    if (!answer)
                                        done(std::unexpected(answer.error()));
                                    else
                                        done(answer->object());
                                });
}

QJsonObject AccessService::withoutSubject(const QJsonObject &binding, const Subject &subject)
{
    QJsonObject out = binding;
    QJsonArray kept;
    for (const QJsonValue &value : binding.value("subjects"_L1).toArray()) {
        if (Subject::fromJson(value.toObject()).key() != subject.key())
            kept.append(value);
    }
    out.insert(u"subjects"_s, kept);
    return out;
}

void AccessService::removeMember(const QJsonObject &binding, const Subject &subject, bool dryRun,
                                 QObject *context, ObjectDone done)
{
    const QJsonObject meta = binding.value("metadata"_L1).toObject();
    const QString ns = meta.value("namespace"_L1).toString();
    const QString path = ns.isEmpty()
        ? QString(u"/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/"_s
                  + meta.value("name"_L1).toString())
        : QString(bindingsPath(ns) + u'/' + meta.value("name"_L1).toString());
    const QJsonObject updated = withoutSubject(binding, subject);
    qCInfo(lcAccess) << (dryRun ? "reviewing" : "writing") << "removal of a member from"
                     << meta.value("name"_L1).toString() << "in" << ns;
    auto finish = [done = std::move(done), ns](const Result<QJsonDocument> &answer,
                                               bool deleted) {
        if (!answer)
            done(std::unexpected(explain(answer.error(), ns)));
        else
            done(deleted ? QJsonObject{} : answer->object());
    };
    if (updated.value("subjects"_L1).toArray().isEmpty()) {
        // The last subject: the binding goes, if it is still the one that was reviewed.
        const QJsonObject options{
            {u"apiVersion"_s, u"v1"_s},
            {u"kind"_s, u"DeleteOptions"_s},
            {u"preconditions"_s,
             QJsonObject{{u"resourceVersion"_s, meta.value("resourceVersion"_L1)}}}};
        m_client->deleteResource(path, dryRunQuery(dryRun), QJsonDocument(options))
            ->onJson(context, [finish](const Result<QJsonDocument> &answer) {
                finish(answer, true);
            });
        return;
    }
    m_client->put(path, QJsonDocument(updated), dryRunQuery(dryRun))
        ->onJson(context, [finish](const Result<QJsonDocument> &answer) {
            finish(answer, false);
        });
}

void AccessService::whoAmI(QObject *context,
                           std::function<void(const Result<Identity> &)> done)
{
    m_client->selfSubjectReview(context, [done = std::move(done)](const Result<kube::UserInfo> &info) {
        if (!info)
            done(std::unexpected(info.error()));
        else
            done(Identity{info->username, info->groups});
    });
}

void AccessService::subjectAccess(const QString &namespaceName, const Subject &subject,
                                  const QString &group, const QString &resource,
                                  const QStringList &verbs, QObject *context,
                                  std::function<void(const Result<QStringList> &)> done)
{
    struct State
    {
        std::function<void(const Result<QStringList> &)> done;
        QStringList verbs;
        QList<bool> allowed;
        int pending = 0;
        std::optional<Error> error;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->verbs = verbs;
    state->allowed = QList<bool>(verbs.size(), false);
    state->pending = int(verbs.size());
    if (verbs.isEmpty()) {
        QTimer::singleShot(0, context, [state] { state->done(QStringList{}); });
        return;
    }
    for (qsizetype i = 0; i < verbs.size(); ++i) {
        QJsonObject spec{{u"resourceAttributes"_s,
                          QJsonObject{{u"namespace"_s, namespaceName},
                                      {u"verb"_s, verbs[i]},
                                      {u"group"_s, group},
                                      {u"resource"_s, resource}}}};
        if (subject.kind == "Group"_L1)
            spec.insert(u"groups"_s, QJsonArray{subject.name});
        else
            spec.insert(u"user"_s, subject.name);
        const QJsonObject review{{u"apiVersion"_s, u"authorization.k8s.io/v1"_s},
                                 {u"kind"_s, u"SubjectAccessReview"_s},
                                 {u"spec"_s, spec}};
        m_client->post(u"/apis/authorization.k8s.io/v1/subjectaccessreviews"_s,
                       QJsonDocument(review))
            ->onJson(context, [state, i](const Result<QJsonDocument> &answer) {
                if (!answer)
                    state->error = answer.error();
                else
                    state->allowed[i] = answer->object()
                                            .value("status"_L1)
                                            .toObject()
                                            .value("allowed"_L1)
                                            .toBool();
                if (--state->pending > 0)
                    return;
                if (state->error) {
                    state->done(std::unexpected(*state->error));
                    return;
                }
                QStringList out;
                for (qsizetype k = 0; k < state->verbs.size(); ++k) {
                    if (state->allowed[k])
                        out.append(state->verbs[k]);
                }
                state->done(out);
            });
    }
}

} // namespace scs::access
