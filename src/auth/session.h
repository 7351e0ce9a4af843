#pragma once

#include "auth/idtoken.h"
#include "auth/oidcclient.h"
#include "auth/pkce.h"
#include "kube/tokensource.h"
#include "profiles/connectionprofile.h"

#include <QPointer>
#include <QTimer>

namespace scs::auth {

class AuthorizationAgent;
class RefreshLock;
class TokenStore;
struct CachedIdToken;

// One person's session with one profile's issuer, and the TokenSource that API clients use.
//
//   SignedOut --signIn(agent)--> Authorizing --callback--> Exchanging --> SignedIn
//   SignedOut --restore()-----> Restoring (refresh with the keychain's token) --> SignedIn
//   SignedIn  --timer | 401---> Refreshing --> SignedIn
//   SignedIn  --checkStillSignedIn, keychain entry gone--> Refreshing (the issuer decides)
//                                          \-> SignedOut + signInRequired (revoked, expired)
//   any       --signOut()-----> SignedOut (keychain entry removed; revocation best effort)
//   Authorizing/Exchanging --cancel() | agent cancelled | error--> SignedOut + signInFailed
//
// The decision which token goes to the API server is bearerToken(): the OIDC ID token, because
// kube-apiserver's --oidc-* authenticator validates ID tokens (audience = client ID). The access
// token is kept only in memory and not used. Tokens are never logged.
//
// Refresh happens before the ID token expires (at the latest a minute before) and on request
// (requestRefresh, from a 401). Lives in the GUI thread. `store` may be null (memory only).
//
// With a store, a refresh runs under the profile's RefreshLock (shared with get-token and other
// windows), so that with refresh-token rotation no two processes refresh with the same token:
//
//   lock -> read keychain: a newer refresh token saved by another process is adopted, and a
//           cached ID token valid for at least 30 s more (newer than ours) is used without a
//           refresh -> else refresh -> save refresh token and ID token -> unlock
//   invalid_grant -> the keychain holds another refresh token now? retry once with it
//                 -> else end the session; the keychain entries are removed only if they still
//                    hold the refused token
//
// The ID token is cached in the keychain after each refresh (what get-token answers from).
class Session : public kube::TokenSource
{
    Q_OBJECT

public:
    enum class State { SignedOut, Authorizing, Exchanging, Restoring, SignedIn, Refreshing };
    Q_ENUM(State)

    Session(const ConnectionProfile &profile, TokenStore *store,
            QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] const ConnectionProfile &profile() const { return m_profile; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isSignedIn() const;
    [[nodiscard]] QString username() const { return m_claims.preferredUsername; }
    [[nodiscard]] QStringList groups() const { return m_claims.groups; }
    [[nodiscard]] const IdTokenClaims &claims() const { return m_claims; }
    // By this computer's clock: receipt time plus the token's lifetime (see localExpiry()).
    [[nodiscard]] QDateTime idTokenExpiry() const { return m_localExpiry; }
    // When the session ends unless it is used (Keycloak's refresh_expires_in); invalid when the
    // issuer did not say (offline tokens).
    [[nodiscard]] QDateTime sessionExpiry() const { return m_tokens.refreshTokenExpiry; }

    // TokenSource
    [[nodiscard]] QString bearerToken() const override;
    void requestRefresh() override;
    [[nodiscard]] QDateTime nextRefreshAttempt() const override;

    void signIn(AuthorizationAgent *agent);
    void restore();
    // Learns of a session ended elsewhere: another process of the console (get-token, a second
    // window) removes the keychain entry when the issuer refuses the session, or signs out.
    // When the entry is gone, the session asks the issuer at once (a refresh) instead of
    // believing its ID token until it expires: an ended session ends here too, with
    // signInRequired. Cheap (one keychain read); does nothing unless SignedIn.
    void checkStillSignedIn();
    void signOut();
    void cancel();

    // What the agent hands back; public for tests of the callback checks.
    void handleCallback(const QUrl &url);

    // While true, a refresh (or its saves) holds the profile's refresh lock; a process that is
    // about to quit waits for it to turn false so that a rotated token is not lost.
    [[nodiscard]] bool holdsRefreshLock() const;

    // Test hook: how long before expiry the scheduled refresh runs is min(60 s, lifetime / 4).
    [[nodiscard]] QDateTime nextScheduledRefresh() const { return m_nextRefresh; }

Q_SIGNALS:
    void stateChanged(scs::auth::Session::State state);
    void signedIn();
    void signedOut();
    void signInFailed(const scs::Error &error);
    // restore() found nothing usable; `error` says why (NotFound: nothing stored).
    void restoreFailed(const scs::Error &error);
    // A running session ended on the issuer's side (revoked, idle timeout): sign in again.
    void signInRequired(const scs::Error &reason);
    // Something worth telling the person that does not end the session (keychain write failed).
    void warning(const scs::Error &error);

private:
    void setState(State state);
    void failSignIn(const Error &error);
    void acceptTokens(const TokenResponse &tokens, const QString &expectedNonce, bool store);
    void enterSignedIn(State before, bool wasSignedIn);
    void refreshNow(bool scheduled);
    void refreshLocked(quint64 generation);
    void refreshUnderLock();
    void refreshWith(const QString &refreshToken, bool retried, quint64 generation);
    bool adoptCachedIdToken(const CachedIdToken &cached);
    void afterAccepted();
    void unlock();
    void scheduleRefresh();
    void finishRefresh(const std::optional<Error> &error);
    void endLocally();
    void releaseAgent();

    ConnectionProfile m_profile;
    QPointer<TokenStore> m_store;
    OidcClient *m_client;
    RefreshLock *m_lock = nullptr; // with a store only
    // A refresh asked for while this session's previous one still saves under the lock: it
    // starts when the lock is released (beside it, it would use the refresh token being
    // replaced; with rotation, Keycloak then ends the client session for everyone).
    bool m_refreshQueued = false;
    QTimer m_refreshTimer;
    bool m_retryingRefresh = false; // m_refreshTimer retries a refresh the issuer did not answer
    QDateTime m_nextRefresh;

    State m_state = State::SignedOut;
    TokenResponse m_tokens;
    IdTokenClaims m_claims;
    QDateTime m_localExpiry; // when the ID token expires by the local clock

    QPointer<AuthorizationAgent> m_agent;
    AuthorizationSecrets m_secrets;
    QUrl m_redirectUri;
    quint64 m_generation = 0; // bumps on sign-out/cancel so late answers are dropped
    bool m_checking = false; // a checkStillSignedIn() keychain read is under way
};

} // namespace scs::auth
