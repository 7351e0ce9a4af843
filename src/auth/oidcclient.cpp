#include "auth/oidcclient.h"

#include "auth/authlogging.h"
#include "profiles/profiletls.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

namespace scs::auth {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OidcClient)
};

constexpr int kTimeoutMs = 20000;

struct CachedMetadata
{
    ProviderMetadata metadata;
    QDateTime fetched;
};

QHash<QString, CachedMetadata> &discoveryCache()
{
    static QHash<QString, CachedMetadata> cache;
    return cache;
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QDateTime expiryIn(const QJsonObject &o, const char *key)
{
    const int seconds = o.value(QLatin1String(key)).toInt(0);
    if (seconds <= 0)
        return {};
    return QDateTime::currentDateTimeUtc().addSecs(seconds);
}
} // namespace

QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

OidcClient::OidcClient(const ConnectionProfile &profile, QNetworkAccessManager *network,
                       QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    auto ssl = sslConfigurationFor(profile);
    if (ssl)
        m_ssl = *ssl;
    else
        m_sslError = ssl.error();
}

OidcClient::~OidcClient() = default;

QString OidcClient::issuer() const
{
    QString issuer = m_profile.issuerUrl.toString(QUrl::FullyEncoded);
    while (issuer.endsWith(QLatin1Char('/')))
        issuer.chop(1);
    return issuer;
}

void OidcClient::clearDiscoveryCache()
{
    discoveryCache().clear();
}

Error OidcClient::networkError(QNetworkReply *reply, const QString &what) const
{
    const QUrl url = reply->url();
    const auto code = reply->error();
    Error error{Error::Kind::Network, {}, {}, {}, {}, 0, 0};
    error.detail = QStringLiteral("%1 %2: %3 (%4)")
                       .arg(what, url.toString(QUrl::RemoveQuery), reply->errorString())
                       .arg(int(code));
    switch (code) {
    case QNetworkReply::RemoteHostClosedError:
        // Also a connection cut in the middle of an answer: with refresh-token rotation the
        // issuer may have replaced the refresh token by then (see Session::finishRefresh).
        error.message = Tr::tr("The sign-in server at %1 closed the connection before it "
                               "finished answering.")
                            .arg(hostOf(url));
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        error.message = Tr::tr("The sign-in server at %1 does not answer. Is it running, and "
                               "is the issuer URL right?")
                            .arg(hostOf(url));
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        error.kind = Error::Kind::Timeout;
        error.message = Tr::tr("The sign-in server at %1 did not answer in time.").arg(hostOf(url));
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.message = Tr::tr("The sign-in server's certificate at %1 is not trusted. Check the "
                               "profile's CA bundle.")
                            .arg(hostOf(url));
        break;
    default:
        error.message = Tr::tr("The sign-in server at %1 cannot be reached: %2")
                            .arg(hostOf(url), reply->errorString());
        break;
    }
    return error;
}

QNetworkReply *OidcClient::post(const QUrl &url, const QList<std::pair<QString, QString>> &form)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(kTimeoutMs);
    // Never follow a redirect: Qt would resend the form (a code, a refresh token) to wherever
    // the answer points. A 3xx is an error (see redirectError).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    return m_network->post(request, formEncode(form));
}

void OidcClient::discover(Callback<ProviderMetadata> done)
{
    if (m_sslError) {
        done(std::unexpected(*m_sslError));
        return;
    }
    const QString issuerUrl = issuer();
    if (const auto it = discoveryCache().constFind(issuerUrl);
        it != discoveryCache().cend() && it->fetched.secsTo(QDateTime::currentDateTimeUtc()) < 3600) {
        // Asynchronous even when cached, so that callers see one behaviour.
        QMetaObject::invokeMethod(
            this, [done, metadata = it->metadata] { done(metadata); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(QUrl(issuerUrl + QStringLiteral("/.well-known/openid-configuration")));
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, issuerUrl, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            done(std::unexpected(networkError(reply, QStringLiteral("discovery"))));
            return;
        }
        const QJsonObject o = jsonObject(body);
        if (status == 404 && o.value(QLatin1String("error")).toString().contains(
                                 QLatin1String("Realm does not exist"), Qt::CaseInsensitive)) {
            const QString realm = issuerUrl.section(QLatin1Char('/'), -1);
            done(fail(Error::Kind::NotFound,
                      Tr::tr("The realm \"%1\" does not exist on the sign-in server %2. Check "
                             "the issuer URL.")
                          .arg(realm, hostOf(QUrl(issuerUrl))),
                      QStringLiteral("discovery 404: realm missing")));
            return;
        }
        if (status != 200 || o.isEmpty()) {
            done(fail(Error::Kind::NotFound,
                      Tr::tr("There is no OpenID Connect provider at %1 (HTTP %2). Check the "
                             "issuer URL.")
                          .arg(issuerUrl)
                          .arg(status),
                      QStringLiteral("discovery HTTP %1").arg(status)));
            return;
        }
        ProviderMetadata m;
        m.issuer = o.value(QLatin1String("issuer")).toString();
        m.authorizationEndpoint = QUrl(o.value(QLatin1String("authorization_endpoint")).toString());
        m.tokenEndpoint = QUrl(o.value(QLatin1String("token_endpoint")).toString());
        m.endSessionEndpoint = QUrl(o.value(QLatin1String("end_session_endpoint")).toString());
        m.revocationEndpoint = QUrl(o.value(QLatin1String("revocation_endpoint")).toString());
        for (const auto &v : o.value(QLatin1String("code_challenge_methods_supported")).toArray())
            m.codeChallengeMethods.append(v.toString());
        // OIDC Discovery 4.3: the issuer in the document must be exactly the one asked for,
        // or tokens could be accepted from a server that only pretends to be it.
        if (m.issuer != issuerUrl) {
            done(fail(Error::Kind::Invalid,
                      Tr::tr("The sign-in server calls itself %1, but the profile names %2. "
                             "Correct the issuer URL in the profile.")
                          .arg(m.issuer, issuerUrl),
                      QStringLiteral("issuer mismatch")));
            return;
        }
        if (!m.authorizationEndpoint.isValid() || !m.tokenEndpoint.isValid()
            || m.authorizationEndpoint.scheme() != QLatin1String("https")
            || m.tokenEndpoint.scheme() != QLatin1String("https")) {
            done(fail(Error::Kind::Server,
                      Tr::tr("The sign-in server's configuration lacks https endpoints for "
                             "sign-in."),
                      QStringLiteral("bad endpoints in discovery")));
            return;
        }
        if (!m.codeChallengeMethods.isEmpty()
            && !m.codeChallengeMethods.contains(QLatin1String("S256"))) {
            done(fail(Error::Kind::Server,
                      Tr::tr("The sign-in server does not support PKCE with S256, which the "
                             "console requires."),
                      QStringLiteral("no S256")));
            return;
        }
        discoveryCache().insert(issuerUrl, {m, QDateTime::currentDateTimeUtc()});
        qCDebug(lcAuth) << "discovered" << issuerUrl;
        done(m);
    });
}

void OidcClient::tokenRequest(const QList<std::pair<QString, QString>> &form, bool isRefresh,
                              Callback<TokenResponse> done)
{
    discover([this, form, isRefresh, done](Result<ProviderMetadata> metadata) {
        if (!metadata) {
            done(std::unexpected(metadata.error()));
            return;
        }
        QNetworkReply *reply = post(metadata->tokenEndpoint, form);
        connect(reply, &QNetworkReply::finished, this, [this, reply, isRefresh, done] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject o = jsonObject(reply->readAll());
            // A transport error (codes below 200: connection, TLS, proxy) also after the status
            // line came: a body cut in the middle is not an answer to read fields from.
            if (status == 0 || (reply->error() != QNetworkReply::NoError
                                && reply->error() < QNetworkReply::ContentAccessDenied)) {
                done(std::unexpected(networkError(reply, QStringLiteral("token"))));
                return;
            }
            if (status >= 300 && status < 400) {
                done(fail(Error::Kind::Server,
                          Tr::tr("The sign-in server at %1 answered with a redirect (HTTP %2). "
                                 "The console does not follow redirects from the sign-in "
                                 "server; check the issuer URL.")
                              .arg(hostOf(reply->url()))
                              .arg(status),
                          QStringLiteral("token endpoint HTTP %1: redirect not followed")
                              .arg(status)));
                return;
            }
            if (status != 200) {
                const QString code = o.value(QLatin1String("error")).toString();
                const QString description = o.value(QLatin1String("error_description")).toString();
                const QString detail = QStringLiteral("token endpoint HTTP %1: %2 (%3)")
                                           .arg(status)
                                           .arg(code, description);
                if (code == QLatin1String("invalid_grant")) {
                    done(fail(Error::Kind::Unauthorized,
                              isRefresh ? Tr::tr("Your session has ended (it expired, or you "
                                                 "were signed out elsewhere). Please sign in "
                                                 "again.")
                                        : Tr::tr("The sign-in was not accepted (the code expired "
                                                 "or was used). Please sign in again."),
                              detail));
                } else if (code == QLatin1String("invalid_client")
                           || code == QLatin1String("unauthorized_client")) {
                    done(fail(Error::Kind::Forbidden,
                              Tr::tr("The client \"%1\" is not allowed to sign in at this issuer. "
                                     "Check the client ID in the profile.")
                                  .arg(m_profile.clientId),
                              detail));
                } else if (code.isEmpty()) {
                    // Not an OAuth error: an overloaded or failing server, or a proxy in front
                    // of it (429, 500, 502, 503). Worth another try later, and people should
                    // see who answered what.
                    done(fail(Error::Kind::Server,
                              Tr::tr("The sign-in server at %1 could not handle the request "
                                     "(HTTP %2). Try again in a moment.")
                                  .arg(hostOf(reply->url()))
                                  .arg(status),
                              detail));
                } else {
                    done(fail(Error::Kind::Server,
                              Tr::tr("The sign-in server refused the request: %1")
                                  .arg(description.isEmpty() ? code : description),
                              detail));
                }
                return;
            }
            TokenResponse t;
            t.idToken = o.value(QLatin1String("id_token")).toString();
            t.accessToken = o.value(QLatin1String("access_token")).toString();
            t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
            t.accessTokenExpiry = expiryIn(o, "expires_in");
            t.refreshTokenExpiry = expiryIn(o, "refresh_expires_in");
            t.scope = o.value(QLatin1String("scope")).toString();
            if (t.idToken.isEmpty()) {
                done(fail(Error::Kind::Server,
                          Tr::tr("The sign-in server sent no ID token. Does the client request "
                                 "the openid scope?"),
                          QStringLiteral("token response without id_token")));
                return;
            }
            done(t);
        });
    });
}

void OidcClient::exchangeCode(const QString &code, const QString &codeVerifier,
                              const QUrl &redirectUri, Callback<TokenResponse> done)
{
    tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("code_verifier"), codeVerifier},
                  {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
                  {QStringLiteral("client_id"), m_profile.clientId}},
                 false, std::move(done));
}

void OidcClient::refresh(const QString &refreshToken, const QStringList &scopes,
                         Callback<TokenResponse> done)
{
    QList<std::pair<QString, QString>> form{
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("client_id"), m_profile.clientId}};
    if (!scopes.isEmpty())
        form.append({QStringLiteral("scope"), scopes.join(QLatin1Char(' '))});
    tokenRequest(form, true, std::move(done));
}

void OidcClient::logout(const QString &refreshToken, const QString &idToken, Callback<bool> done)
{
    discover([this, refreshToken, idToken, done](Result<ProviderMetadata> metadata) {
        if (!metadata) {
            done(std::unexpected(metadata.error()));
            return;
        }
        // Revoking the refresh token ends an offline session too; end_session ends the SSO
        // session in the browser. Either one failing still leaves the local session ended.
        auto pending = std::make_shared<int>(0);
        auto confirmed = std::make_shared<bool>(false);
        auto finishOne = [pending, confirmed, done](bool ok) {
            *confirmed = *confirmed || ok;
            if (--*pending == 0)
                done(*confirmed);
        };
        if (metadata->revocationEndpoint.isValid() && !refreshToken.isEmpty()) {
            ++*pending;
            QNetworkReply *reply = post(metadata->revocationEndpoint,
                                        {{QStringLiteral("token"), refreshToken},
                                         {QStringLiteral("token_type_hint"),
                                          QStringLiteral("refresh_token")},
                                         {QStringLiteral("client_id"), m_profile.clientId}});
            connect(reply, &QNetworkReply::finished, this, [reply, finishOne] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                qCDebug(lcAuth) << "revocation answered" << status;
                finishOne(status == 200);
            });
        }
        if (metadata->endSessionEndpoint.isValid() && !idToken.isEmpty()) {
            ++*pending;
            QNetworkReply *reply = post(metadata->endSessionEndpoint,
                                        {{QStringLiteral("id_token_hint"), idToken},
                                         {QStringLiteral("client_id"), m_profile.clientId}});
            connect(reply, &QNetworkReply::finished, this, [reply, finishOne] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                qCDebug(lcAuth) << "end_session answered" << status;
                finishOne(status >= 200 && status < 400);
            });
        }
        if (*pending == 0)
            done(false);
    });
}

} // namespace scs::auth
