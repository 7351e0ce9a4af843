#pragma once

#include <QLoggingCategory>

// scs.auth: sign-in, refresh, keychain. Logs states, endpoints and HTTP statuses; never a
// token, a code, a verifier or a password (tst_session checks the debug output for them).
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
