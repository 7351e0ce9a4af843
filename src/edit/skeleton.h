#pragma once

#include "kube/openapi.h"

#include <QJsonObject>
#include <QString>

namespace scs::edit {

// A starting object for "New <kind>", from the kind's OpenAPI v3 schema:
// apiVersion, kind, metadata.name (and metadata.namespace for namespaced kinds), and every
// field the schema requires, recursively: its `default` when it has one, else the first `enum`
// value, else a typed placeholder (string "", integer/number its minimum or 0, boolean false,
// object with its own required fields, array with one such item when minItems > 0, else []).
// Optional fields are left out except `spec` itself (an object with its required fields) when
// the kind has one, and `status`, always. Key order in skeleton(): apiVersion, kind, metadata,
// spec, then sorted (objectYaml()).
[[nodiscard]] QJsonObject skeletonObject(const kube::OpenApiSchema &schema,
                                         const QString &apiVersion, const QString &kind,
                                         const QString &name = QStringLiteral("new"),
                                         const QString &namespaceName = {});

// skeletonObject() as YAML text for the editor.
[[nodiscard]] QString skeleton(const kube::OpenApiSchema &schema, const QString &apiVersion,
                               const QString &kind, const QString &name = QStringLiteral("new"),
                               const QString &namespaceName = {});

} // namespace scs::edit
