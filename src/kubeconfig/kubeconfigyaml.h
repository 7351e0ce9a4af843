#pragma once

// Shared by the kubeconfig reader and writer; not part of scs_core's public interface.

#include "common/error.h"

#include <QString>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace scs::kubeconfigyaml {

[[nodiscard]] QString str(const YAML::Node &node);

// Loads `content`; on failure an Error of Kind::Parse with file, line and column.
[[nodiscard]] Result<YAML::Node> load(const QByteArray &content, const QString &file);

// Checks the shape kubectl needs: a map (or an empty document) of kind Config whose clusters,
// users and contexts are sequences of maps with a name and the inner map. Fails with the line
// of the offending node.
[[nodiscard]] std::optional<Error> validate(const YAML::Node &root, const QString &file);

// A comparable form of a node: maps with sorted keys, scalars as text; an exec plugin's
// installHint (free text, translated) does not count.
[[nodiscard]] QString canonical(const YAML::Node &node);

} // namespace scs::kubeconfigyaml
