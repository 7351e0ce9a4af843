#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace scs::edit {

// A Kubernetes object as compact JSON text in kubectl's key order (QJsonObject sorts keys):
// apiVersion, kind, metadata, spec, the other fields sorted, status last; in metadata: name,
// generateName, namespace, labels, annotations, the rest sorted, managedFields last (so that an
// editor can fold it as one block at the end). Everything below is in sorted order.
[[nodiscard]] QByteArray orderedObjectJson(const QJsonObject &object);

// orderedObjectJson() as YAML (scs::yaml's writer, kubectl style), ending with a newline.
[[nodiscard]] QString objectYaml(const QJsonObject &object);

} // namespace scs::edit
