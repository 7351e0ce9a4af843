#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace scs::yaml {

// A Kubernetes object as compact JSON text in kubectl's key order (QJsonObject sorts keys):
// apiVersion, kind, metadata, spec, the other fields sorted, status last; in metadata: name,
// generateName, namespace, labels, annotations, the rest sorted, managedFields last (so that an
// editor can fold it as one block at the end). Everything below is in sorted order.
[[nodiscard]] QByteArray orderedObjectJson(const QJsonObject &object);

// orderedObjectJson() as YAML (this module's writer, kubectl style), ending with a newline:
// what the editor, the order review and the skeletons show.
[[nodiscard]] QString objectYaml(const QJsonObject &object);

// objectYaml() of an object as a review diff compares it: without the bookkeeping of writes
// (managedFields, resourceVersion, generation) and kubectl's last-applied annotation, so that
// the diff shows only what a person changes.
[[nodiscard]] QString reviewYaml(const QJsonObject &object);

} // namespace scs::yaml
