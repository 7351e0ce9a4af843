#include "auth/session.h"

#include "auth/authlogging.h"
#include "auth/authorizationagent.h"
#include "auth/refreshlock.h"
#include "auth/tokenstore.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>

namespace scs::auth {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Session)
};

constexpr int kRetryAfterNetworkErrorMs = 30000;
// An ID token another process cached is used instead of a refresh only while it stays valid this
// long (as get-token hands out cached tokens).
constexpr int kAdoptMinimumValiditySeconds = 30;

QStringList requestedScopes(const ConnectionProfile &profile)
{
    QStringList scopes{QStringLiteral("openid")};
    for (const QString &scope : profile.extraScopes) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    return scopes;
}

bool isBelow(const QUrl &url, const QUrl &redirect)
{
    return url.scheme() == redirect.scheme() && url.host() == redirect.host()
        && url.port() == redirect.port() && url.path() == redirect.path();
}

Error callbackError(const QString &code, const QString &description)
{
    const QString detail = QStringLiteral("authorization error %1: %2").arg(code, description);
    if (code == QLatin1String("access_denied"))
        return {Error::Kind::Cancelled, Tr::tr("The sign-in was declined."), detail, {}, {}, 0, 0};
    if (code == QLatin1String("unauthorized_client") || code == QLatin1String("invalid_client"))
        return {Error::Kind::Forbidden,
                Tr::tr("This client is not allowed to sign in at the issuer. Check the client ID "
                       "in the profile."),
                detail, {}, {}, 0, 0};
    if (code == QLatin1String("invalid_scope"))
        return {Error::Kind::Invalid,
                Tr::tr("The issuer does not offer a scope the profile asks for: %1")
                    .arg(description),
                detail, {}, {}, 0, 0};
    if (code == QLatin1String("temporarily_unavailable"))
        return {Error::Kind::Unavailable,
                Tr::tr("The sign-in server is busy. Please try again in a moment."), detail, {},
                {}, 0, 0};
    return {Error::Kind::Server,
            Tr::tr("The sign-in server reported an error: %1")
                .arg(description.isEmpty() ? code : description),
            detail, {}, {}, 0, 0};
}
} // namespace

Session::Session(const ConnectionProfile &profile, TokenStore *store,
                 QNetworkAccessManager *network, QObject *parent)
    : kube::TokenSource(parent)
    , m_profile(profile)
    , m_store(store)
    , m_client(new OidcClient(profile, network, this))
{
    if (store)
        m_lock = new RefreshLock(store->service(), profile.name, this);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refreshNow(true); });
}

Session::~Session()
{
    releaseAgent();
}

bool Session::isSignedIn() const
{
    return m_state == State::SignedIn || m_state == State::Refreshing;
}

QString Session::bearerToken() const
{
    return isSignedIn() ? m_tokens.idToken : QString();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcAuth) << "session" << m_profile.name << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::releaseAgent()
{
    if (AuthorizationAgent *agent = m_agent.data()) {
        m_agent = nullptr;
        disconnect(agent, nullptr, this, nullptr);
        agent->finish();
    }
}

void Session::signIn(AuthorizationAgent *agent)
{
    Q_ASSERT(agent);
    cancel();
    const quint64 generation = ++m_generation;
    m_agent = agent;
    connect(agent, &AuthorizationAgent::callbackReceived, this, &Session::handleCallback);
    connect(agent, &AuthorizationAgent::cancelled, this, [this] {
        failSignIn(Error{Error::Kind::Cancelled, Tr::tr("The sign-in was cancelled."),
                         QStringLiteral("agent cancelled"), {}, {}, 0, 0});
    });
    connect(agent, &AuthorizationAgent::failed, this, &Session::failSignIn);
    setState(State::Authorizing);

    m_client->discover([this, generation](Result<ProviderMetadata> metadata) {
        if (generation != m_generation || m_state != State::Authorizing)
            return;
        if (!metadata) {
            failSignIn(metadata.error());
            return;
        }
        AuthorizationAgent *current = m_agent.data();
        if (!current)
            return; // released meanwhile; failSignIn has already reported why
        const auto redirect = current->prepareRedirectUri();
        if (!redirect) {
            failSignIn(redirect.error());
            return;
        }
        m_redirectUri = *redirect;
        m_secrets = AuthorizationSecrets::generate();
        QUrl url = metadata->authorizationEndpoint;
        QList<std::pair<QString, QString>> query{
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), m_profile.clientId},
            {QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded)},
            {QStringLiteral("scope"), requestedScopes(m_profile).join(QLatin1Char(' '))},
            {QStringLiteral("state"), m_secrets.state},
            {QStringLiteral("nonce"), m_secrets.nonce},
            {QStringLiteral("code_challenge"), m_secrets.codeChallenge},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
        // The sign-in page speaks the console's language (--lang or the system's): ui_locales
        // is OIDC Core's hint; kc_locale is Keycloak's and wins over a language cookie left by
        // an earlier sign-in. Issuers ignore parameters they do not know.
        const QStringList locales = uiLocales(QLocale());
        query.append({QStringLiteral("ui_locales"), locales.join(QLatin1Char(' '))});
        query.append({QStringLiteral("kc_locale"), locales.constFirst()});
        if (url.hasQuery()) // keep what the issuer put there (rare, but allowed)
            url.setQuery(url.query(QUrl::FullyEncoded) + QLatin1Char('&')
                             + QString::fromLatin1(formEncode(query)),
                         QUrl::StrictMode);
        else
            url.setQuery(QString::fromLatin1(formEncode(query)), QUrl::StrictMode);
        qCInfo(lcAuth) << "showing the sign-in page of" << m_client->issuer();
        current->authorize(url, m_redirectUri);
    });
}

void Session::handleCallback(const QUrl &url)
{
    if (m_state != State::Authorizing) {
        qCWarning(lcAuth) << "ignoring a sign-in callback outside a sign-in";
        return;
    }
    if (!isBelow(url, m_redirectUri)) {
        failSignIn(Error{Error::Kind::Invalid, Tr::tr("The sign-in ended at an unexpected address."),
                         QStringLiteral("callback not below the redirect URI"), {}, {}, 0, 0});
        return;
    }
    const QUrlQuery query(url);
    // RFC 6749 10.12: a callback whose state we did not send is not ours (CSRF, a stale tab).
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_secrets.state) {
        failSignIn(Error{Error::Kind::Invalid,
                         Tr::tr("The sign-in answer does not belong to this sign-in and was "
                                "refused. Please sign in again."),
                         QStringLiteral("state mismatch in callback"), {}, {}, 0, 0});
        return;
    }
    // RFC 9207: when the issuer names itself, it must be ours (mix-up attacks).
    if (query.hasQueryItem(QStringLiteral("iss"))
        && query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded) != m_client->issuer()) {
        failSignIn(Error{Error::Kind::Invalid,
                         Tr::tr("The sign-in answer comes from another issuer and was refused."),
                         QStringLiteral("iss mismatch in callback"), {}, {}, 0, 0});
        return;
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        failSignIn(callbackError(
            query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded),
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        failSignIn(Error{Error::Kind::Server, Tr::tr("The sign-in answer carries no code."),
                         QStringLiteral("callback without code"), {}, {}, 0, 0});
        return;
    }
    releaseAgent(); // the page is done; close it while the code is exchanged
    setState(State::Exchanging);
    const quint64 generation = m_generation;
    const QString nonce = m_secrets.nonce;
    m_client->exchangeCode(code, m_secrets.codeVerifier, m_redirectUri,
                           [this, generation, nonce](Result<TokenResponse> tokens) {
                               if (generation != m_generation)
                                   return;
                               m_secrets = {};
                               if (!tokens) {
                                   failSignIn(tokens.error());
                                   return;
                               }
                               acceptTokens(*tokens, nonce, true);
                           });
}

void Session::acceptTokens(const TokenResponse &tokens, const QString &expectedNonce, bool store)
{
    m_retryingRefresh = false;
    const bool wasSignedIn = isSignedIn();
    const State before = m_state;
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    auto claims = validateIdToken(tokens.idToken,
                                  {m_client->issuer(), m_profile.clientId, expectedNonce,
                                   receivedAt, 120});
    if (!claims) {
        unlock();
        if (before == State::Refreshing) {
            endLocally();
            Q_EMIT refreshFailed(claims.error());
            Q_EMIT signInRequired(claims.error());
        } else if (before == State::Restoring) {
            endLocally();
            Q_EMIT restoreFailed(claims.error());
        } else {
            failSignIn(claims.error());
        }
        return;
    }
    TokenResponse kept = tokens;
    if (kept.refreshToken.isEmpty())
        kept.refreshToken = m_tokens.refreshToken; // an issuer may keep the old one valid
    m_tokens = kept;
    m_claims = *claims;
    m_localExpiry = localExpiry(m_claims, receivedAt);
    setState(State::SignedIn);
    scheduleRefresh();
    qCInfo(lcAuth) << "signed in to" << m_profile.name << "as" << m_claims.preferredUsername
                   << "until" << m_localExpiry.toString(Qt::ISODate) << "(local clock)";

    if (store && m_store && !m_tokens.refreshToken.isEmpty()) {
        // The refresh token first, then the ID token (for get-token and other windows); the
        // lock goes once both are saved, so the next holder reads them.
        QPointer<Session> self(this);
        const CachedIdToken cached{m_client->issuer(), m_profile.clientId, m_tokens.idToken,
                                   m_localExpiry};
        m_store->save(m_profile.name, {m_client->issuer(), m_profile.clientId, m_tokens.refreshToken},
                      [self, cached, generation = m_generation](Result<void> saved) {
                          if (!self)
                              return;
                          if (!saved)
                              Q_EMIT self->warning(saved.error());
                          // Signed out meanwhile: its removal ran after this save; no new
                          // entry after it.
                          if (!self->m_store || generation != self->m_generation) {
                              self->unlock();
                              return;
                          }
                          self->m_store->saveIdToken(self->m_profile.name, cached,
                                                     [self](Result<void>) {
                                                         if (self)
                                                             self->unlock();
                                                     });
                      });
    } else {
        unlock();
    }
    enterSignedIn(before, wasSignedIn);
}

void Session::enterSignedIn(State before, bool wasSignedIn)
{
    if (before == State::Refreshing) {
        Q_EMIT refreshed();
        Q_EMIT tokenChanged();
    } else {
        Q_EMIT tokenChanged();
        if (!wasSignedIn)
            Q_EMIT signedIn();
    }
}

void Session::scheduleRefresh()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // From the local receipt time plus the lifetime, not the server's exp (its clock).
    m_nextRefresh = refreshTime(m_localExpiry, m_claims.issuedAt.secsTo(m_claims.expiresAt));
    const qint64 ms = std::max<qint64>(now.msecsTo(m_nextRefresh), 1000);
    m_refreshTimer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void Session::requestRefresh()
{
    if (m_state == State::Refreshing || m_state == State::Restoring)
        return; // joins the refresh under way; its signal answers this request too
    if (!isSignedIn() || m_tokens.refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT refreshFailed(Error{Error::Kind::Unauthorized,
                                           Tr::tr("You are not signed in."),
                                           QStringLiteral("refresh without session"), {}, {}, 0,
                                           0});
            },
            Qt::QueuedConnection);
        return;
    }
    refreshNow(false);
}

QDateTime Session::nextRefreshAttempt() const
{
    if (!m_retryingRefresh || !m_refreshTimer.isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(m_refreshTimer.remainingTime());
}

void Session::refreshNow(bool scheduled)
{
    if (m_tokens.refreshToken.isEmpty() || (m_state != State::SignedIn && m_state != State::Restoring))
        return;
    if (m_state == State::SignedIn)
        setState(State::Refreshing);
    m_refreshTimer.stop();
    qCDebug(lcAuth) << "refreshing the session of" << m_profile.name
                    << (scheduled ? "(scheduled)" : "(requested)");
    const quint64 generation = m_generation;
    if (!m_lock || !m_store) {
        refreshWith(m_tokens.refreshToken, true, generation);
        return;
    }
    if (m_lock->isHeld()) {
        m_refreshQueued = true; // our last refresh still saves: this one follows it
        return;
    }
    refreshUnderLock();
}

void Session::refreshUnderLock()
{
    const quint64 generation = m_generation;
    m_lock->acquire([this, generation](bool) {
        if (generation != m_generation || !m_store) {
            unlock();
            return;
        }
        refreshLocked(generation);
    });
}

bool Session::holdsRefreshLock() const
{
    return m_lock && m_lock->isHeld();
}

void Session::unlock()
{
    if (m_lock)
        m_lock->release();
    if (!m_refreshQueued)
        return;
    m_refreshQueued = false;
    QMetaObject::invokeMethod(
        this,
        [this] {
            // Still wanted: the state is Refreshing unless a sign-out or a new sign-in came.
            if (m_state == State::Refreshing && m_lock && m_store && !m_lock->isHeld())
                refreshUnderLock();
        },
        Qt::QueuedConnection);
}

void Session::refreshLocked(quint64 generation)
{
    QPointer<Session> self(this);
    m_store->load(m_profile.name, [self, generation](Result<std::optional<StoredSession>> stored) {
        if (!self)
            return; // the lock went with it
        if (generation != self->m_generation || !self->m_store) {
            self->unlock();
            return;
        }
        if (stored && stored->has_value()) {
            const StoredSession &s = **stored;
            if (s.issuer == self->m_client->issuer() && s.clientId == self->m_profile.clientId
                && s.refreshToken != self->m_tokens.refreshToken) {
                qCInfo(lcAuth) << "another process renewed the session of"
                               << self->m_profile.name << "; using its refresh token";
                self->m_tokens.refreshToken = s.refreshToken;
            }
        }
        self->m_store->loadIdToken(
            self->m_profile.name,
            [self, generation](Result<std::optional<CachedIdToken>> cached) {
                if (!self)
                    return;
                if (generation != self->m_generation) {
                    self->unlock();
                    return;
                }
                if (cached && cached->has_value() && self->adoptCachedIdToken(**cached))
                    return;
                self->refreshWith(self->m_tokens.refreshToken, false, generation);
            });
    });
}

bool Session::adoptCachedIdToken(const CachedIdToken &cached)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Without a refresh of our own in this process the session's end is not known (the
    // keychain keeps no expiry): refresh, which tells it, rather than show a session without one.
    if (!m_tokens.refreshTokenExpiry.isValid())
        return false;
    if (cached.issuer != m_client->issuer() || cached.clientId != m_profile.clientId
        || cached.idToken == m_tokens.idToken
        || now.secsTo(cached.expiresAt) < kAdoptMinimumValiditySeconds
        || (m_localExpiry.isValid() && cached.expiresAt <= m_localExpiry)) {
        return false;
    }
    auto claims = validateIdToken(cached.idToken,
                                  {m_client->issuer(), m_profile.clientId, {}, now, 120});
    if (!claims)
        return false;
    const bool wasSignedIn = isSignedIn();
    const State before = m_state;
    m_tokens.idToken = cached.idToken;
    m_tokens.accessToken.clear(); // belongs to the ID token we replace
    m_claims = *claims;
    m_localExpiry = cached.expiresAt;
    unlock();
    setState(State::SignedIn);
    scheduleRefresh();
    qCInfo(lcAuth) << "using the ID token another process renewed for" << m_profile.name
                   << "until" << m_localExpiry.toString(Qt::ISODate) << "(local clock)";
    enterSignedIn(before, wasSignedIn);
    return true;
}

void Session::refreshWith(const QString &refreshToken, bool retried, quint64 generation)
{
    m_client->refresh(
        refreshToken, requestedScopes(m_profile),
        [this, refreshToken, retried, generation](Result<TokenResponse> tokens) {
            if (generation != m_generation) {
                unlock();
                return;
            }
            if (tokens) {
                acceptTokens(*tokens, {}, true);
                return;
            }
            const Error error = tokens.error();
            const bool refused = error.kind == Error::Kind::Unauthorized
                || error.kind == Error::Kind::Forbidden;
            if (!refused || !m_store) {
                unlock();
                finishRefresh(error);
                return;
            }
            QPointer<Session> self(this);
            m_store->load(m_profile.name, [self, refreshToken, retried, generation,
                                           error](Result<std::optional<StoredSession>> stored) {
                if (!self)
                    return;
                if (generation != self->m_generation || !self->m_store) {
                    self->unlock();
                    return;
                }
                if (!retried && stored && stored->has_value()
                    && (*stored)->refreshToken != refreshToken
                    && (*stored)->issuer == self->m_client->issuer()
                    && (*stored)->clientId == self->m_profile.clientId) {
                    // Renewed elsewhere meanwhile (a process that does not take the lock): the
                    // refused token was rotated away, the stored one is the session.
                    qCInfo(lcAuth) << "refresh token refused, but the keychain holds a newer "
                                      "one; retrying with it";
                    self->m_tokens.refreshToken = (*stored)->refreshToken;
                    self->refreshWith(self->m_tokens.refreshToken, true, generation);
                    return;
                }
                // The issuer ended the session: forget it everywhere, so that nobody keeps
                // replaying a dead refresh token; but never a newer session saved meanwhile.
                self->m_store->removeIfHolds(
                    self->m_profile.name, refreshToken, [self, generation, error](bool) {
                        if (!self)
                            return;
                        self->unlock();
                        if (generation == self->m_generation)
                            self->finishRefresh(error);
                    });
            });
        });
}

void Session::finishRefresh(const std::optional<Error> &error)
{
    if (!error)
        return;
    const bool restoring = m_state == State::Restoring;
    if (error->kind == Error::Kind::Unauthorized || error->kind == Error::Kind::Forbidden) {
        // The issuer ended the session (revoked, idle, user disabled): forget it everywhere, so
        // that nobody keeps replaying a dead refresh token.
        qCInfo(lcAuth) << "the issuer ended the session of" << m_profile.name << ":"
                       << error->detail;
        endLocally();
        if (restoring) {
            Q_EMIT restoreFailed(*error);
        } else {
            Q_EMIT refreshFailed(*error);
            Q_EMIT signInRequired(*error);
        }
        return;
    }
    // The issuer did not answer: the tokens we have stay until they expire; try again soon.
    qCWarning(lcAuth) << "refresh failed, will retry:" << error->detail;
    if (restoring) {
        endLocally();
        Q_EMIT restoreFailed(*error);
        return;
    }
    setState(State::SignedIn);
    m_refreshTimer.start(kRetryAfterNetworkErrorMs);
    m_retryingRefresh = true;
    Q_EMIT refreshFailed(*error);
}

void Session::restore()
{
    if (isSignedIn() || m_state == State::Restoring)
        return;
    cancel();
    if (!m_store) {
        Q_EMIT restoreFailed(Error{Error::Kind::NotFound, Tr::tr("No saved session."),
                                   QStringLiteral("no token store"), {}, {}, 0, 0});
        return;
    }
    setState(State::Restoring);
    const quint64 generation = m_generation;
    m_store->load(m_profile.name, [this, generation](Result<std::optional<StoredSession>> stored) {
        if (generation != m_generation || m_state != State::Restoring)
            return;
        if (!stored || !stored->has_value()) {
            setState(State::SignedOut);
            Q_EMIT restoreFailed(stored ? Error{Error::Kind::NotFound,
                                                Tr::tr("No saved session for this profile."),
                                                QStringLiteral("nothing in the keychain"), {}, {},
                                                0, 0}
                                        : stored.error());
            return;
        }
        const StoredSession &s = **stored;
        if (s.issuer != m_client->issuer() || s.clientId != m_profile.clientId) {
            // The profile now points at another issuer or client: the old session is not for it.
            m_store->remove(m_profile.name);
            setState(State::SignedOut);
            Q_EMIT restoreFailed(Error{Error::Kind::NotFound,
                                       Tr::tr("The saved session belongs to another issuer or "
                                              "client; please sign in."),
                                       QStringLiteral("stored issuer/client differ"), {}, {}, 0,
                                       0});
            return;
        }
        m_tokens = {};
        m_tokens.refreshToken = s.refreshToken;
        qCInfo(lcAuth) << "restoring the saved session of" << m_profile.name;
        refreshNow(false);
    });
}

void Session::checkStillSignedIn()
{
    if (m_state != State::SignedIn || !m_store || m_checking)
        return;
    m_checking = true;
    const quint64 generation = m_generation;
    m_store->load(m_profile.name,
                  [this, generation](Result<std::optional<StoredSession>> stored) {
                      m_checking = false;
                      if (generation != m_generation || m_state != State::SignedIn)
                          return;
                      if (!stored || stored->has_value())
                          return; // there, or no keychain: nothing learnt about the session
                      qCInfo(lcAuth) << "the saved session of" << m_profile.name
                                     << "is gone from the keychain; asking the issuer";
                      refreshNow(false);
                  });
}

void Session::endLocally()
{
    ++m_generation;
    m_refreshTimer.stop();
    m_nextRefresh = {};
    const bool was = isSignedIn();
    m_tokens = {};
    m_claims = {};
    m_localExpiry = {};
    setState(State::SignedOut);
    if (was) {
        Q_EMIT tokenChanged();
        Q_EMIT signedOut();
    }
}

void Session::signOut()
{
    releaseAgent();
    const TokenResponse tokens = m_tokens;
    endLocally();
    if (m_store)
        m_store->remove(m_profile.name);
    if (!tokens.refreshToken.isEmpty() || !tokens.idToken.isEmpty()) {
        m_client->logout(tokens.refreshToken, tokens.idToken, [name = m_profile.name](Result<bool> r) {
            qCInfo(lcAuth) << "signed out of" << name
                           << (r && *r ? "(the issuer confirmed)" : "(locally; the issuer did not confirm)");
        });
    }
}

void Session::cancel()
{
    if (m_state == State::Authorizing || m_state == State::Exchanging) {
        failSignIn(Error{Error::Kind::Cancelled, Tr::tr("The sign-in was cancelled."),
                         QStringLiteral("cancelled"), {}, {}, 0, 0});
    }
    releaseAgent();
}

void Session::failSignIn(const Error &error)
{
    if (m_state != State::Authorizing && m_state != State::Exchanging)
        return;
    ++m_generation;
    m_secrets = {};
    releaseAgent();
    setState(State::SignedOut);
    qCInfo(lcAuth) << "sign-in failed:" << error.detail;
    Q_EMIT signInFailed(error);
}

} // namespace scs::auth
