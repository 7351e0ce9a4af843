#pragma once

#include <QStringList>

class QTextStream;

namespace scs {

class ProfileStore;
namespace auth {
class TokenStore;
}

// Exit codes of order-cluster beyond the shared ones (ExitOk 0 ready/created, ExitFailure 1
// refused by the server or failed, ExitUsage 2), documented in its --help.
enum OrderClusterExitCode : int {
    ExitValidation = 3, // the file is not a valid order (nothing was sent)
    ExitTimeout = 4, // --wait: not Ready within --timeout
    ExitNotSignedIn = 5, // no usable keychain session for the profile
};

// `scs-console order-cluster --profile P --tenant T --from FILE [--wait] [--timeout SECONDS]`:
// reads a YAML or JSON file with one Cluster of either kind (clusters.api.scs.community or
// clusters.cluster.x-k8s.io with a ClusterClass topology), validates it with the orders
// module's rules (no request before that passes, except discovery and the class/schema it
// needs), restores the keychain session (never opens a window), dry-runs and creates it. With
// --wait it follows the cluster until Ready (0), Failed (1) or the timeout (4), printing phase
// changes to `err`. `out` gets the created object's "<resource>/<name> created" line.
// Needs a QCoreApplication; runs an event loop.
int runOrderClusterVerb(const QStringList &arguments, const QString &defaultProfile,
                        ProfileStore &profiles, auth::TokenStore &tokens, QTextStream &out,
                        QTextStream &err);

} // namespace scs
