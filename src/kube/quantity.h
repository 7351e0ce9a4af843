#pragma once

#include <QString>

#include <optional>

namespace scs::kube {

// A Kubernetes resource quantity ("500m", "2", "8Gi", "1e3", "1.5G") as a number in its base
// unit (cores, bytes, objects); nullopt when it is not one.
[[nodiscard]] std::optional<double> parseQuantity(const QString &text);

} // namespace scs::kube
