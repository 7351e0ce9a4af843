#pragma once

#include "common/error.h"
#include "profiles/connectionprofile.h"

#include <QDateTime>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace scs::auth {

// What the issuer's /.well-known/openid-configuration says, as far as the console uses it.
struct ProviderMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl endSessionEndpoint; // may be empty
    QUrl revocationEndpoint; // may be empty
    QStringList codeChallengeMethods;
};

// A token endpoint answer (RFC 6749 5.1). Secrets: never log any member but the times.
struct TokenResponse
{
    QString idToken;
    QString accessToken;
    QString refreshToken;
    QDateTime accessTokenExpiry; // from expires_in
    QDateTime refreshTokenExpiry; // from refresh_expires_in (Keycloak); invalid when not sent
                                  // or 0 (an offline token)
    QString scope;
};

// Talks to one profile's OIDC issuer: discovery (cached per issuer in this process for an
// hour), the code exchange, refresh, revocation and RP-initiated logout. All calls are
// asynchronous; the callback runs in this object's thread, and not at all once this object is
// gone. Lives in the GUI thread.
class OidcClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    // `network` may be shared; when null the client makes its own.
    OidcClient(const ConnectionProfile &profile, QNetworkAccessManager *network,
               QObject *parent = nullptr);
    ~OidcClient() override;

    [[nodiscard]] const ConnectionProfile &profile() const { return m_profile; }
    // The issuer as the profile names it, without a trailing slash.
    [[nodiscard]] QString issuer() const;

    void discover(Callback<ProviderMetadata> done);
    void exchangeCode(const QString &code, const QString &codeVerifier, const QUrl &redirectUri,
                      Callback<TokenResponse> done);
    void refresh(const QString &refreshToken, const QStringList &scopes,
                 Callback<TokenResponse> done);
    // Best effort: revokes the refresh token and ends the SSO session (id_token_hint). The
    // callback reports whether the issuer confirmed it; the local session ends either way.
    void logout(const QString &refreshToken, const QString &idToken, Callback<bool> done);

    // Forgets every cached discovery document (tests; a profile edit).
    static void clearDiscoveryCache();

private:
    QNetworkReply *post(const QUrl &url, const QList<std::pair<QString, QString>> &form);
    void tokenRequest(const QList<std::pair<QString, QString>> &form, bool isRefresh,
                      Callback<TokenResponse> done);
    [[nodiscard]] Error networkError(QNetworkReply *reply, const QString &what) const;

    ConnectionProfile m_profile;
    QNetworkAccessManager *m_network;
    QSslConfiguration m_ssl;
    std::optional<Error> m_sslError; // the profile's CA bundle is unusable
};

// application/x-www-form-urlencoded, with every reserved character encoded (QUrlQuery leaves
// '+' alone, which servers read as a blank).
[[nodiscard]] QByteArray formEncode(const QList<std::pair<QString, QString>> &fields);

} // namespace scs::auth
