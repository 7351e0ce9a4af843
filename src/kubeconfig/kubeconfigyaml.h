#pragma once

// Shared by the kubeconfig reader and writer; not part of scs_core's public interface.

#include "common/error.h"
#include "kubeconfig/kubeconfigwriter.h"

#include <QList>
#include <QString>

#include <functional>

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

// Entries the console writes, per top-level list.
struct Entry
{
    QString name;
    YAML::Node node; // the list item: {name, <inner>}
};

struct ListSpec
{
    const char *key; // clusters, users, contexts
    const char *inner; // cluster, user, context
    const char *label; // for clash lists
    QList<Entry> entries;
};

// The user entry (exec plugin) of an export: the console's get-token or kubelogin.
[[nodiscard]] YAML::Node userNode(const KubeconfigExport &request);

// mergeKubeconfig for any entries; `currentContext` empty: leave it.
[[nodiscard]] Result<KubeconfigMerge> mergeEntries(const QByteArray &existing,
                                                   const QString &file,
                                                   const QList<ListSpec> &lists,
                                                   const QString &currentContext);

// writeKubeconfig with any merge: read, merge, refuse on clashes unless `replace`, back up,
// write 0600.
[[nodiscard]] Result<KubeconfigWrite> writeMerged(
    const QString &path,
    const std::function<Result<KubeconfigMerge>(const QByteArray &, const QString &)> &mergeInto,
    bool replace);

} // namespace scs::kubeconfigyaml
