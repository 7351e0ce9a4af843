#include "models/deletion.h"

#include "kube/apipath.h"
#include "kube/kubeclient.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace scs::models {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Deletion)
};

} // namespace

// lupdate loses the Tr context on a definition spelled with `kube::` qualifiers.
using kube::KubeClient;
using kube::KubeReply;

QString propagationPolicyName(PropagationPolicy policy)
{
    switch (policy) {
    case PropagationPolicy::Foreground:
        return QStringLiteral("Foreground");
    case PropagationPolicy::Orphan:
        return QStringLiteral("Orphan");
    case PropagationPolicy::Background:
        break;
    }
    return QStringLiteral("Background");
}

bool isTerminating(const QJsonObject &object)
{
    return !object.value(QLatin1String("metadata"))
                .toObject()
                .value(QLatin1String("deletionTimestamp"))
                .toString()
                .isEmpty();
}

KubeReply *deleteObject(KubeClient *client, const DeletionTarget &target,
                        PropagationPolicy policy, QObject *context,
                        std::function<void(const Result<DeletionOutcome> &)> done)
{
    QJsonObject options{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("DeleteOptions")},
        {QStringLiteral("propagationPolicy"), propagationPolicyName(policy)},
    };
    if (!target.uid.isEmpty()) {
        options.insert(QStringLiteral("preconditions"),
                       QJsonObject{{QStringLiteral("uid"), target.uid}});
    }
    const QString path = target.resource.collectionPath(target.namespaceName)
        + QLatin1Char('/') + kube::pathSegment(target.name);
    const QString what = target.namespaceName.isEmpty()
        ? Tr::tr("%1 %2").arg(target.resource.kind, target.name)
        : Tr::tr("%1 %2 in %3").arg(target.resource.kind, target.name, target.namespaceName);
    return client->deleteResource(path, {}, QJsonDocument(options))
        ->onJson(context, [done = std::move(done), what](const Result<QJsonDocument> &answer) {
            if (!answer) {
                Error error = answer.error();
                // The server's message names the object already; say what it means for the
                // person who asked for the delete.
                if (error.kind == Error::Kind::NotFound)
                    error.message = Tr::tr("%1 is already gone.").arg(what);
                else if (error.kind == Error::Kind::Conflict)
                    error.message = Tr::tr("%1 was not deleted: it was replaced by another "
                                           "object of the same name meanwhile (%2)")
                                        .arg(what, error.message);
                done(std::unexpected(error));
                return;
            }
            // The answer is the object (still there, with deletionTimestamp, while finalizers
            // run) or a Status "Success" once it is gone.
            const QJsonObject body = answer->object();
            const bool status = body.value(QLatin1String("kind")).toString()
                == QLatin1String("Status");
            done(!status && isTerminating(body) ? DeletionOutcome::Terminating
                                                : DeletionOutcome::Deleted);
        });
}

} // namespace scs::models
