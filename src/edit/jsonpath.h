#pragma once

#include <QJsonValue>
#include <QStringList>

namespace scs::edit {

// Paths into a JSON value: keys, array indices as decimal text (the form's field paths and
// the YAML locations use the same shape).

// The value at `path` in `root`; Undefined where the path does not exist.
[[nodiscard]] QJsonValue valueAt(const QJsonValue &root, const QStringList &path);

// `root` with the value at `path` replaced by `value` (missing object keys are added);
// `root` unchanged where an index does not exist. The form view changes its object with it,
// and the form/YAML synchronisation falls back to it when a line cannot be edited in place.
[[nodiscard]] QJsonValue withValueAt(const QJsonValue &root, const QStringList &path,
                                     const QJsonValue &value);

} // namespace scs::edit
