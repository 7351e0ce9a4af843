#pragma once

#include "common/error.h"
#include "profiles/connectionprofile.h"

#include <QByteArray>
#include <QStringList>

namespace scs {

// A profile name as it appears in context names, which people type (`kubectl --context ...`):
// every run of characters other than letters, digits, '.', '_' and '-' (blanks, quotes, '$', '/',
// ...) becomes one '-', and '-' at either end is dropped ("local stack" -> "local-stack"). The
// rule is reversible through the kubeconfig itself: the cluster and user entries keep the
// profile's exact name, and a context names its cluster.
[[nodiscard]] QString kubeconfigNamePart(const QString &profileName);

// What to export for one profile: a cluster (the profile's API server and CA), a user, and one
// context per tenant namespace, named `<tenant>@<profile>` (the profile part made safe by
// kubeconfigNamePart). A kubeconfig written to a file of its own always has a current context:
// the first tenant's, unless setCurrentContext names it anyway.
struct KubeconfigExport
{
    enum class UserKind {
        ConsolePlugin, // exec: <consoleProgram> get-token --profile <p>
        Kubelogin, // exec: kubectl oidc-login get-token --oidc-issuer-url=... (int128/kubelogin)
    };

    ConnectionProfile profile;
    QStringList tenants; // empty: the profile's tenants
    UserKind userKind = UserKind::ConsolePlugin;
    QString consoleProgram; // absolute path of scs-console, for ConsolePlugin
    QStringList kubeloginExtraArgs; // appended to kubelogin's arguments (--browser-command=...)
    bool setCurrentContext = false; // current-context: the first tenant's context

    [[nodiscard]] QStringList effectiveTenants() const;
    [[nodiscard]] QString clusterName() const;
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString contextName(const QString &tenant) const;
};

// The console's entries merged into a kubeconfig's text. Entries the console did not write keep
// their text byte for byte (comments, order, extensions, quoting): the new entries are spliced
// into the block lists, replacing an entry of the same name in place or going to the end of
// the list. Only when a list is written in flow style ([...]) is the whole file re-emitted, and
// `formattingKept` says so.
struct KubeconfigMerge
{
    QByteArray content; // the merged file, with clashing entries replaced
    // "cluster <name>", "user <name>", "context <name>": entries of the same name whose content
    // differs from what the console writes. Replacing them needs the person's consent.
    QStringList clashes;
    QStringList added; // the same form, for the entries that are new
    bool formattingKept = true;
};

// A standalone kubeconfig with only the console's entries.
[[nodiscard]] Result<QByteArray> generateKubeconfig(const KubeconfigExport &request);

// Merges into `existing` (empty: a new file). `file` names it in errors. A malformed existing
// file fails with Kind::Parse (file, line, reason).
[[nodiscard]] Result<KubeconfigMerge> mergeKubeconfig(const QByteArray &existing,
                                                      const QString &file,
                                                      const KubeconfigExport &request);

struct KubeconfigWrite
{
    QString path;
    QString backupPath; // empty when there was no file before
    KubeconfigMerge merge;
};

// Reads `path` (when it exists), merges, and writes atomically (QSaveFile) with owner-only
// permissions from creation (umask 077 while writing; folders made on the way, ~/.kube, are
// 0700), after copying the old file to `<path>.<UTC timestamp>.bak` (also 0600); only the five
// newest backups are kept. Holds kubectl's lock file `<path>.lock` (created exclusively, as
// client-go does) while it reads and writes; refused with Kind::Conflict when it exists. Refused
// with Kind::Conflict and the clash list in the detail when entries clash and `replace` is
// false; refused with Kind::Parse when the file is malformed. In both cases nothing is written.
[[nodiscard]] Result<KubeconfigWrite> writeKubeconfig(const QString &path,
                                                      const KubeconfigExport &request,
                                                      bool replace);

// kubectl's rules for a KUBECONFIG list of several files (client-go's ModifyConfig): an entry
// (cluster, user, context) is changed in the first file that defines it; new entries go to
// the first file that exists, else the last one; current-context goes to the first file that
// sets one, else to that default file. Clashes are checked in every file before any is
// written; each file is then written as writeKubeconfig does (lock, backup, 0600). One result
// per file that changed or was asked for, the default file first.
[[nodiscard]] Result<QList<KubeconfigWrite>> writeKubeconfigChain(
    const QStringList &chain, const KubeconfigExport &request, bool replace);

} // namespace scs
