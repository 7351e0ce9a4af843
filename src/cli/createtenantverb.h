#pragma once

#include <QStringList>

class QTextStream;

namespace scs {

class ProfileStore;
namespace auth {
class TokenStore;
}

// Exit codes of create-tenant beyond the shared ones (ExitOk 0, ExitFailure 1 refused by the
// server, ExitUsage 2), documented in its --help; the same numbers as order-cluster's.
enum CreateTenantExitCode : int {
    ExitTenantInvalid = 3, // the plan is not valid (nothing was sent)
    ExitTenantNotSignedIn = 5, // no usable keychain session for the profile
};

// `scs-console create-tenant --profile P --name N --admin-group G [--display-name D]
// [--role R] [--groups-prefix X] [--quota R=Q,...] [--default-request R=Q,...]
// [--default-limit R=Q,...] [--dry-run]`: builds a tenants::TenantPlan, checks it, and with
// --dry-run prints its objects as YAML to `out` (no session, nothing sent); else restores the
// keychain session (never a window) and creates them with tenants::TenantCreator, printing one
// "<kind>/<name> created" line per object to `out`. Needs a QCoreApplication; runs an event loop.
int runCreateTenantVerb(const QStringList &arguments, const QString &defaultProfile,
                        ProfileStore &profiles, auth::TokenStore &tokens, QTextStream &out,
                        QTextStream &err);

} // namespace scs
