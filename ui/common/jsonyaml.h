#pragma once

#include <QJsonObject>
#include <QString>

namespace scs::ui {

// The object as block-style YAML (keys in the object's order as QJsonObject keeps them: sorted;
// apiVersion, kind, metadata, spec, status are put first like kubectl does). `withManagedFields`
// false leaves metadata.managedFields out, which is what people want to read.
[[nodiscard]] QString objectToYaml(const QJsonObject &object, bool withManagedFields = false);

} // namespace scs::ui
