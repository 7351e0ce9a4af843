#pragma once

#include "common/error.h"
#include "kube/discovery.h"

#include <QJsonObject>
#include <QString>

#include <functional>

class QObject;

namespace scs::kube {
class KubeClient;
class KubeReply;
} // namespace scs::kube

namespace scs::models {

// What `kubectl delete --cascade=...` calls the propagation policy: what happens to the
// objects the deleted one owns.
enum class PropagationPolicy { Background, Foreground, Orphan };

// One object to delete, as the table knows it. `uid` goes along as a precondition, so that an
// object recreated under the same name meanwhile is never deleted by mistake.
struct DeletionTarget
{
    kube::ApiResource resource;
    QString namespaceName; // empty for cluster-scoped kinds
    QString name;
    QString uid;
};

// What the server did with an accepted DELETE.
enum class DeletionOutcome {
    Deleted, // gone at once
    Terminating, // still there with a deletionTimestamp until its finalizers are done
};

// The value of the `propagationPolicy` field ("Background", ...).
[[nodiscard]] QString propagationPolicyName(PropagationPolicy policy);

// The object's state in a list row or a DELETE answer: deletionTimestamp set means Terminating.
[[nodiscard]] bool isTerminating(const QJsonObject &object);

// Sends DELETE for `target` with DeleteOptions{propagationPolicy, preconditions.uid} and calls
// `done` once (later, never from within this call) unless `context` is destroyed first.
// Errors keep the server's message: Forbidden (403), NotFound (404: already gone), Conflict
// (409: the uid precondition failed, another object has the name now).
kube::KubeReply *deleteObject(kube::KubeClient *client, const DeletionTarget &target,
                              PropagationPolicy policy, QObject *context,
                              std::function<void(const Result<DeletionOutcome> &)> done);

} // namespace scs::models
