#pragma once

#include "common/error.h"
#include "profiles/connectionprofile.h"

#include <chrono>
#include <expected>
#include <functional>
#include <optional>

#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;
class QEventLoop;
class QTextStream;

namespace scs::auth {
class Session;
}
namespace scs::kube {
class Discovery;
}

namespace scs {

class ProfileStore;

// What the windowless verbs (get-token, export-kubeconfig, order-cluster, create-tenant) share:
// finding the profile they were asked for, and waiting for answers that come by signal.

// Parses the `arguments` of `verb` ("order-cluster") with `parser`, whose options, `help` among
// them, are added. When the verb is not to go on, it has said why and gives the exit code:
// ExitUsage after the parser's error (an unknown option, a missing value) or the stray argument,
// and `usage`, on `err`; ExitOk after `usage` on `helpOut` for --help. Else std::nullopt.
[[nodiscard]] std::optional<int> parseVerbArguments(QCommandLineParser &parser, const QString &verb,
                                                    const QStringList &arguments,
                                                    const QCommandLineOption &help,
                                                    const QString &usage, QTextStream &helpOut,
                                                    QTextStream &err);

// The profile called `name` (the verb's --profile, else the default profile). On failure it
// has told `err` why and gives the exit code: ExitUsage after `usage` when `name` is empty,
// `notFoundExit` when there is no such profile.
[[nodiscard]] std::expected<ConnectionProfile, int>
verbProfile(const QString &name, const ProfileStore &profiles, QTextStream &err,
            const QString &usage, int notFoundExit);

// What a verb says when restoreSessionBlocking() failed for another reason than
// isNotSignedIn(): the timeout's own message, or that the session could not be renewed.
[[nodiscard]] QString restoreFailureMessage(const Error &error);
// "You are not signed in to the profile ..., sign in with scs-console --profile ...".
[[nodiscard]] QString notSignedInMessage(const QString &profileName);

// Runs `loop` until `done()` holds or `timeout` has passed; returns done(). Whatever the
// answers do to the loop (quit it or not), done() is checked after each run, so a loop quit
// for another reason does not end the wait early.
bool waitUntil(QEventLoop &loop, const std::function<bool()> &done,
               std::chrono::milliseconds timeout);

// For windowless verbs (get-token, order-cluster): restores `session` from the keychain (a
// refresh at the issuer) and waits for the outcome in a local event loop, at most `timeout`.
// Fails with Error::Kind::Timeout when the issuer does not answer in time, else with the
// session's restoreFailed error. Never opens a window. Needs a QCoreApplication.
[[nodiscard]] Result<void> restoreSessionBlocking(auth::Session &session,
                                                  std::chrono::milliseconds timeout);

// Refreshes `discovery` once and waits for it, at most `timeout`. Fails with
// Error::Kind::Timeout when the server does not answer in time, else with discovery's error;
// the message says that what the Central API serves could not be read.
[[nodiscard]] Result<void> discoverBlocking(kube::Discovery &discovery,
                                            std::chrono::milliseconds timeout);

// Whether a restore error means "nobody is signed in to this profile" (nothing stored, the
// refresh token expired or was revoked) rather than a problem worth reporting as such.
[[nodiscard]] bool isNotSignedIn(const Error &error);

} // namespace scs
