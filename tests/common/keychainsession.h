#pragma once

// For tests that run the scs-console binary (CLI verbs) against the local stack: the binary finds
// its profile in the console's own ProfileStore and its session in the console's own keychain
// service, so the test prepares both under the console's identity, as a person signing in once
// in the app would.

#include "auth/session.h"
#include "auth/tokenstore.h"
#include "common/formloginagent.h"
#include "common/stackenv.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

namespace scs::test {

// Names the test process "SCS/scs-console" (so ProfileStore opens the same file as the binary)
// and saves `profile` there, replacing a stored profile of the same name.
inline bool saveProfileAsConsole(const ConnectionProfile &profile)
{
    QCoreApplication::setOrganizationName(QStringLiteral("SCS"));
    QCoreApplication::setApplicationName(QStringLiteral("scs-console"));
    ProfileStore profiles;
    return profiles.save(profile, profiles.profile(profile.name) ? profile.name : QString())
        .has_value();
}

// Signs the demo user `user` in on `profile` and waits until the session is in the keychain
// (the session saves itself); leaves it there for the binary. Needs an unlocked keychain
// (scripts/with-test-session).
inline bool signInIntoKeychain(const StackEnv &env, const ConnectionProfile &profile,
                               const QString &user)
{
    auth::TokenStore store; // the console's own service, "scs-console"
    auth::Session session(profile, &store);
    QSignalSpy signedIn(&session, &auth::Session::signedIn);
    session.signIn(new FormLoginAgent(profile, user, env.demoPassword(user), &session));
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty(); }, 30000))
        return false;
    bool stored = false;
    bool asking = false;
    const bool found = QTest::qWaitFor(
        [&] {
            if (!stored && !asking) {
                asking = true;
                store.load(profile.name, [&](Result<std::optional<auth::StoredSession>> r) {
                    stored = r && r->has_value();
                    asking = false;
                });
            }
            return stored;
        },
        10000);
    return found && store.available();
}

} // namespace scs::test
