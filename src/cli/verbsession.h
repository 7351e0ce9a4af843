#pragma once

#include "common/error.h"

#include <chrono>

namespace scs::auth {
class Session;
}

namespace scs {

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
