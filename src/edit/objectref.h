#pragma once

#include "common/error.h"
#include "kube/discovery.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace scs::kube {
struct Status;
}

namespace scs::edit {

// Which object an edit, a draft or a delete is about. `resource` carries group, version, kind,
// plural and scope (from Discovery, or built by hand for a known kind); the version is the one
// the object is read and written in.
struct ObjectRef
{
    kube::ApiResource resource;
    QString namespaceName; // empty for cluster-scoped kinds
    QString name;

    [[nodiscard]] bool isValid() const { return !resource.plural.isEmpty() && !name.isEmpty(); }
    [[nodiscard]] QString apiVersion() const { return resource.groupVersion(); }
    [[nodiscard]] QString kind() const { return resource.kind; }
    // The object's API path, e.g.
    // "/apis/api.scs.community/v1alpha1/namespaces/tenant-a/clusters/demo".
    [[nodiscard]] QString path() const;
    // "clusters.api.scs.community tenant-a/demo" (what to show in a title or confirmation).
    [[nodiscard]] QString displayName() const;
    // "api.scs.community/v1alpha1/Cluster/tenant-a/demo": stable, for draft keys.
    [[nodiscard]] QString key() const;

    // The ref of `object` (apiVersion, kind, metadata.namespace/name) with its resource looked up
    // in `discovery` (the version is the object's own). Errors: no apiVersion/kind/name, or a
    // kind the server does not serve (message names the kind).
    [[nodiscard]] static Result<ObjectRef> fromObject(const QJsonObject &object,
                                                      const kube::Discovery &discovery);

    friend bool operator==(const ObjectRef &, const ObjectRef &) = default;
};

// A problem the server (422 Invalid, 400 BadRequest) or the local parser found at a field of the
// user's YAML, with where it is in that text.
struct FieldError
{
    QString field; // as the server wrote it: "spec.topology.workers.machineDeployments[0].replicas"
    QStringList path; // {"spec", "topology", "workers", "machineDeployments", "0", "replicas"}
    QString reason; // the cause's type: "FieldValueInvalid", "FieldValueRequired", ... or ""
    QString message; // the server's text for this field (or the parser's)
    int line = 0; // 1-based in the user's YAML; 0 when the field is not in the text
    int column = 0; // 1-based; 0 when unknown
    // The nearest enclosing key found in the text when the field itself is not there (a
    // required field missing): line/column then point at that parent.
    bool atParent = false;
};

// The field errors of a refused write: Status details.causes (422), or what a 400 BadRequest's
// message names (".spec.replicas: expected int, got string"), located in `yamlText` (the
// document the user sent; `documentIndex` for multi-document texts). Empty when the answer
// names no field.
[[nodiscard]] QList<FieldError> fieldErrorsFromStatus(const kube::Status &status,
                                                      const QString &yamlText,
                                                      int documentIndex = 0);

// True for a 409 whose every cause is a FieldManagerConflict with scs-console itself (its own
// earlier create/update entry in managedFields): such an apply may be repeated with force.
[[nodiscard]] bool onlyOwnManagerConflicts(const kube::Status &status);

} // namespace scs::edit
