#pragma once

#include "profiles/connectionprofile.h"

#include <QObject>

class QNetworkAccessManager;

namespace scs {
class ProfileStore;
}

namespace scs::auth {

class TokenStore;

// Signs out the session of a profile that is removed or renamed (ProfileStore::profileRetired),
// so that no live session stays in the keychain under a name nobody uses: it revokes the stored
// session at the profile's issuer where it can (best effort, as Session::signOut does) and
// removes the profile's keychain entries (always attempted, also when the revocation fails).
// A window's open Session of that profile notices the missing entry (checkStillSignedIn) and
// asks the issuer, which has ended the session.
//
// Lives in the GUI thread; both stores must outlive it. Used by the window and by
// `scs-console profile remove` (which waits until pending() is 0 before it exits).
class ProfileSessionJanitor : public QObject
{
    Q_OBJECT

public:
    ProfileSessionJanitor(ProfileStore &profiles, TokenStore &tokens,
                          QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    // Sign-outs under way.
    [[nodiscard]] int pending() const { return m_pending; }

    void signOut(const scs::ConnectionProfile &profile);

Q_SIGNALS:
    // The keychain entries of `profile` are gone (or could not be removed: logged).
    void signedOut(const QString &profile);

private:
    void finishOne(const QString &profile);

    TokenStore &m_tokens;
    QNetworkAccessManager *m_network;
    int m_pending = 0;
};

} // namespace scs::auth
