#pragma once

#include "common/error.h"
#include "profiles/connectionprofile.h"

#include <chrono>
#include <functional>
#include <optional>

class QEventLoop;
class QTextStream;

namespace scs::auth {
class Session;
}

namespace scs {

class ProfileStore;

// What the windowless verbs (get-token, export-kubeconfig, order-cluster) share: finding the
// profile they were asked for, and waiting for answers that come by signal.

// The profile called `name`; std::nullopt after telling `err` that there is none. The caller
// picks the exit code.
[[nodiscard]] std::optional<ConnectionProfile> verbProfile(const ProfileStore &profiles,
                                                           const QString &name,
                                                           QTextStream &err);

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

// Whether a restore error means "nobody is signed in to this profile" (nothing stored, the
// refresh token expired or was revoked) rather than a problem worth reporting as such.
[[nodiscard]] bool isNotSignedIn(const Error &error);

} // namespace scs
