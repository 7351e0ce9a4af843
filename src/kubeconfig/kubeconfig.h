#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace scs {

// A kubeconfig as kubectl reads it, as far as the console needs it: names, servers, CAs and
// contexts. Users are kept by name only (their credentials are none of the console's business
// and are never logged). Paths are absolute: a relative `certificate-authority` is resolved
// against the file that names it, as kubectl does.
struct KubeconfigCluster
{
    QString name;
    QString server;
    QString certificateAuthority; // absolute path, or empty
    QByteArray certificateAuthorityData; // decoded PEM, or empty
    QString file; // where the entry came from
};

struct KubeconfigContext
{
    QString name;
    QString cluster;
    QString user;
    QString ns;
    QString file;
};

struct Kubeconfig
{
    QList<KubeconfigCluster> clusters;
    QStringList users;
    QList<KubeconfigContext> contexts;
    QString currentContext;
    QStringList files; // the files that were read, in order

    [[nodiscard]] const KubeconfigCluster *cluster(const QString &name) const;
    [[nodiscard]] const KubeconfigContext *context(const QString &name) const;
};

// The files kubectl reads: the KUBECONFIG list (`kubeconfigEnv`, separated by ':' or ';' on
// Windows; empty entries and repeats dropped), else ~/.kube/config.
[[nodiscard]] QStringList kubeconfigSearchPaths(const QString &kubeconfigEnv);
[[nodiscard]] QStringList kubeconfigSearchPaths(); // from the environment
// Where new entries go, as kubectl decides (client-go's GetDefaultFilename): of the KUBECONFIG
// list the first file that exists, else the last one; without KUBECONFIG ~/.kube/config.
[[nodiscard]] QString defaultKubeconfigPath();
[[nodiscard]] QString defaultKubeconfigPath(const QStringList &searchPaths);

// Parses one file. Fails with Kind::Parse, `file`, `line` and `column` set, when the text is
// not YAML, not a map, not of kind Config, or a clusters/users/contexts entry is malformed.
[[nodiscard]] Result<Kubeconfig> parseKubeconfig(const QByteArray &content, const QString &file);

// Reads `paths` and merges them the way kubectl does: the first file that names a cluster, user
// or context wins, and the first non-empty current-context wins. Missing files are skipped
// (kubectl does the same for KUBECONFIG); a malformed one fails the whole read.
[[nodiscard]] Result<Kubeconfig> loadKubeconfigs(const QStringList &paths);

} // namespace scs
