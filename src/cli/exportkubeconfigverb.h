#pragma once

#include <QStringList>

class QTextStream;

namespace scs {

class ProfileStore;

// `scs-console export-kubeconfig --profile P [--tenant T]... [--output FILE | --merge]
// [--kubelogin] [--kubelogin-arg ARG]... [--set-current] [--force]`: writes the profile's
// cluster, user and one context per tenant (`<tenant>@<profile>`). Without --output or --merge
// the kubeconfig goes to `out`; with them it is merged into the file (--merge: the default
// kubeconfig), keeping every other entry, with a backup and 0600. Entries of the same name are
// replaced only with --force. `consoleProgram` is the absolute path of scs-console, the
// credential plugin of the default user kind. Returns an ExitCode.
int runExportKubeconfigVerb(const QStringList &arguments, const QString &defaultProfile,
                            ProfileStore &profiles, const QString &consoleProgram,
                            QTextStream &out, QTextStream &err);

} // namespace scs
