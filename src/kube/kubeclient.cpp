#include "kube/kubeclient.h"

#include "common/startuptrace.h"
#include "kube/apipath.h"

#include "profiles/profiletls.h"

#include "kube/kubelogging.h"
#include "kube/tokensource.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>

namespace scs::kube {

namespace {

// Retry-After: delay-seconds or an HTTP date (RFC 9110 10.2.3); capped at ten minutes.
std::chrono::milliseconds parseRetryAfter(const QByteArray &value)
{
    using namespace std::chrono;
    if (value.isEmpty())
        return milliseconds::zero();
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    qint64 ms = 0;
    if (ok) {
        ms = seconds * 1000;
    } else {
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()),
                                                     Qt::RFC2822Date);
        if (when.isValid())
            ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    }
    return milliseconds(std::clamp<qint64>(ms, 0, 600000));
}

Error makeError(Error::Kind kind, const QString &message, const QString &detail)
{
    return Error{kind, message, detail, {}, {}, 0, 0};
}

// Query strings are encoded by hand: QUrlQuery leaves '+' alone, which Go reads as a blank.
QString encodeQuery(const QUrlQuery &query)
{
    QStringList parts;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
                     + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return parts.join(QLatin1Char('&'));
}

QString displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                               | QUrl::StripTrailingSlash);
}

// What a request asks for, in RBAC's words; used when a 403 answer does not say it itself.
struct Target
{
    QString verb;
    QString resource;
    QString group;
    QString namespaceName;
};

Target targetOf(const QByteArray &method, const QString &path, const QUrlQuery &query)
{
    Target t;
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.value(0) == QLatin1String("api")) {
        segments = segments.mid(2);
    } else if (segments.value(0) == QLatin1String("apis")) {
        t.group = segments.value(1);
        segments = segments.mid(3);
    }
    if (segments.value(0) == QLatin1String("namespaces") && segments.size() >= 3) {
        t.namespaceName = segments.value(1);
        segments = segments.mid(2);
    }
    t.resource = segments.value(0);
    const bool item = segments.size() >= 2;
    if (segments.size() >= 3)
        t.resource += QLatin1Char('/') + segments.value(2);
    if (method == "GET") {
        t.verb = item ? QStringLiteral("get")
                      : (query.queryItemValue(QStringLiteral("watch")) == QLatin1String("true")
                             ? QStringLiteral("watch")
                             : QStringLiteral("list"));
    } else if (method == "POST") {
        t.verb = QStringLiteral("create");
    } else if (method == "PUT") {
        t.verb = QStringLiteral("update");
    } else if (method == "PATCH") {
        t.verb = QStringLiteral("patch");
    } else if (method == "DELETE") {
        t.verb = item ? QStringLiteral("delete") : QStringLiteral("deletecollection");
    } else {
        t.verb = QString::fromLatin1(method).toLower();
    }
    return t;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// KubeReply

KubeReply::KubeReply(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    m_elapsed.start();
}

KubeReply::~KubeReply()
{
    QObject::disconnect(m_refreshed);
    QObject::disconnect(m_refreshFailed);
    if (m_reply) {
        QNetworkReply *networkReply = m_reply;
        m_reply = nullptr;
        networkReply->disconnect(this);
        networkReply->abort();
        networkReply->deleteLater();
    }
}

void KubeReply::abort()
{
    complete(std::unexpected(makeError(Error::Kind::Cancelled, tr("The request was cancelled."),
                                       QStringLiteral("aborted by the caller"))));
}

void KubeReply::complete(Result<QByteArray> result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    QObject::disconnect(m_refreshed);
    QObject::disconnect(m_refreshFailed);
    if (m_reply) {
        QNetworkReply *networkReply = m_reply;
        m_reply = nullptr;
        networkReply->disconnect(this);
        networkReply->abort();
        networkReply->deleteLater();
    }
    m_result = std::move(result);
    if (auto *client = qobject_cast<KubeClient *>(parent())) {
        if (m_httpStatus != 0) {
            if (!m_reachReported) // a stream may have said so with its headers
                Q_EMIT client->serverReachability(true, {});
        } else if (!m_result && (m_result.error().kind == Error::Kind::Network
                                 || m_result.error().kind == Error::Kind::Timeout)) {
            Q_EMIT client->serverReachability(false, m_result.error());
        }
    }
    if (m_result) {
        qCDebug(lcKube).noquote() << m_request.method << m_request.path << "->" << m_httpStatus
                                  << "in" << m_elapsed.elapsed() << "ms";
    } else {
        qCDebug(lcKube).noquote() << m_request.method << m_request.path << "failed after"
                                  << m_elapsed.elapsed() << "ms:" << m_result.error().detail;
    }
    Q_EMIT finished();
    deleteLater();
}

Result<QJsonDocument> KubeReply::json() const
{
    if (!m_result)
        return std::unexpected(m_result.error());
    if (m_result->isEmpty())
        return QJsonDocument();
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(*m_result, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::unexpected(makeError(
            Error::Kind::Parse, tr("The Central API sent an answer that is not valid JSON."),
            QStringLiteral("%1 %2: %3 at offset %4")
                .arg(QString::fromLatin1(m_request.method), m_request.path,
                     parseError.errorString())
                .arg(parseError.offset)));
    }
    return doc;
}

KubeReply *KubeReply::onJson(QObject *context,
                             std::function<void(const Result<QJsonDocument> &)> done)
{
    connect(this, &KubeReply::finished, context,
            [this, done = std::move(done)] { done(json()); });
    return this;
}

// ---------------------------------------------------------------------------------------------
// KubeClient

KubeClient::KubeClient(const ConnectionProfile &profile, TokenSource *tokens, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_tokens(tokens)
    , m_nam(makeNetworkAccessManager())
{
    // The system's trust store plus the profile's CA bundle; peer verification always on.
    if (auto ssl = sslConfigurationFor(m_profile)) {
        m_ssl = *ssl;
    } else {
        m_configError = ssl.error();
        m_ssl = QSslConfiguration::defaultConfiguration();
    }
    m_ssl.setAllowedNextProtocols(
        {QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
    if (m_tokens) {
        // Qt's connection cache does not tell TLS configurations apart: a new certificate
        // needs new connections.
        connect(m_tokens, &TokenSource::clientCertificateChanged, this,
                [this] { recycleConnections("client certificate changed"); });
    }
}

QSslConfiguration KubeClient::sslConfiguration() const
{
    QSslConfiguration ssl = m_ssl;
    if (m_tokens) {
        const ClientCertificate client = m_tokens->clientCertificate();
        if (!client.isNull()) {
            ssl.setLocalCertificateChain(QList<QSslCertificate>{client.certificate}
                                         + client.chain);
            ssl.setPrivateKey(client.key);
        }
    }
    return ssl;
}

KubeClient::~KubeClient() = default;

QNetworkAccessManager *KubeClient::makeNetworkAccessManager()
{
    auto *nam = new QNetworkAccessManager(this);
    // Our own connections: nothing of the session's must end up in a shared cache.
    nam->setCookieJar(nullptr);
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return nam;
}

// Qt 6.4's HTTP/2 connection stalls every later request after a 401 answer (it waits for an
// authentication that never comes; checked against kube-apiserver 1.34). So after a 401 over
// HTTP/2 new requests go through a fresh manager; the old one keeps carrying the streams it
// has (watches) and goes away when they are done.
void KubeClient::recycleConnections(const char *why)
{
    qCDebug(lcKube) << why << ": new connections for the next requests";
    m_retiredNams.append(m_nam);
    m_nam = makeNetworkAccessManager();
    reapRetiredManagers();
}

void KubeClient::reapRetiredManagers()
{
    for (auto it = m_retiredNams.begin(); it != m_retiredNams.end();) {
        const auto replies = (*it)->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
        const bool busy = std::any_of(replies.cbegin(), replies.cend(),
                                      [](const QNetworkReply *r) { return !r->isFinished(); });
        if (busy) {
            ++it;
        } else {
            (*it)->deleteLater();
            it = m_retiredNams.erase(it);
        }
    }
}

KubeReply *KubeClient::send(Request request)
{
    if (request.timeout == std::chrono::milliseconds::zero())
        request.timeout = m_defaultTimeout;
    // A name from YAML, an event or --tenant must not change which object this is about
    // (Qt normalises "..", so "x/../../secrets/y" would read another object): checked before
    // anything is sent.
    const auto pathOk = checkApiPath(request.path);
    auto *reply = new KubeReply(std::move(request), this);
    const std::optional<Error> refused = m_configError ? m_configError
                                         : pathOk      ? std::nullopt
                                                       : std::optional<Error>(pathOk.error());
    if (refused) {
        if (!pathOk)
            qCWarning(lcKube) << "request refused:" << pathOk.error().detail;
        // Asynchronously, like every other answer, so that callers can connect first.
        QTimer::singleShot(0, reply, [reply, error = *refused] {
            reply->complete(std::unexpected(error));
        });
        return reply;
    }
    start(reply);
    return reply;
}

QUrl KubeClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_profile.apiUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // The path's segments are percent-encoded where they were built (kube::pathSegment).
    url.setPath(base + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(encodeQuery(query), QUrl::StrictMode);
    return url;
}

Result<QNetworkRequest> KubeClient::webSocketRequest(const QString &path,
                                                     const QUrlQuery &query) const
{
    if (m_configError)
        return std::unexpected(*m_configError);
    if (auto pathOk = checkApiPath(path); !pathOk) {
        qCWarning(lcKube) << "WebSocket refused:" << pathOk.error().detail;
        return std::unexpected(pathOk.error());
    }
    QUrl url = urlFor(path, query);
    if (url.scheme() == QLatin1String("https"))
        url.setScheme(QStringLiteral("wss"));
    else if (url.scheme() == QLatin1String("http"))
        url.setScheme(QStringLiteral("ws"));
    QNetworkRequest request(url);
    if (url.scheme() == QLatin1String("wss")) {
        QSslConfiguration ssl = sslConfiguration();
        ssl.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        request.setSslConfiguration(ssl);
        if (!m_profile.tlsServerName.isEmpty())
            request.setPeerVerifyName(m_profile.tlsServerName);
    }
    request.setRawHeader("User-Agent", "scs-console");
    const QString token = m_tokens ? m_tokens->bearerToken() : QString();
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    StartupTrace::countRequest();
    return request;
}

void KubeClient::start(KubeReply *reply)
{
    const Request &r = reply->m_request;
    const QUrl url = urlFor(r.path, r.query);

    QNetworkRequest request(url);
    if (url.scheme() == QLatin1String("https")) {
        request.setSslConfiguration(sslConfiguration());
        if (!m_profile.tlsServerName.isEmpty())
            request.setPeerVerifyName(m_profile.tlsServerName);
    }
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept", r.accept);
    request.setRawHeader("User-Agent", "scs-console");
    if (!r.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", r.ifNoneMatch);
    if (!r.body.isEmpty() || !r.contentType.isEmpty()) {
        request.setRawHeader("Content-Type", r.contentType.isEmpty()
                                                 ? QByteArrayLiteral("application/json")
                                                 : r.contentType);
    }
    const QString token = m_tokens ? m_tokens->bearerToken() : QString();
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());

    reply->m_httpStatus = 0;
    reply->m_sslErrors.clear();
    StartupTrace::countRequest();
    QNetworkReply *networkReply = m_nam->sendCustomRequest(request, r.method, r.body);
    reply->m_reply = networkReply;
    connect(networkReply, &QNetworkReply::finished, reply,
            [this, reply, networkReply] { onNetworkFinished(reply, networkReply); });
    connect(networkReply, &QNetworkReply::sslErrors, reply,
            [reply](const QList<QSslError> &errors) {
                for (const QSslError &error : errors)
                    reply->m_sslErrors.append(error.errorString());
            });
    if (r.stream) {
        connect(networkReply, &QNetworkReply::readyRead, reply,
                [this, reply, networkReply] { onReadyRead(reply, networkReply); });
        // A watch may stay silent for long after its headers: they are the server's answer.
        connect(networkReply, &QNetworkReply::metaDataChanged, reply, [this, reply, networkReply] {
            const int status
                = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300 && !reply->m_reachReported) {
                reply->m_reachReported = true;
                Q_EMIT reply->answered();
                Q_EMIT serverReachability(true, {});
            }
        });
    } else {
        // A body is read into memory whole: a server (or a proxy) must not fill it without end.
        connect(networkReply, &QNetworkReply::downloadProgress, reply,
                [this, reply, networkReply](qint64 received, qint64 total) {
                    if (received > m_maxBodySize || total > m_maxBodySize) {
                        reply->m_tooLarge = true;
                        networkReply->abort();
                    }
                });
    }
    // One deadline for the whole request: it keeps running through a wait for a token refresh
    // and a throttled retry (a Keycloak that does not answer must not hold a request forever).
    if (r.timeout > std::chrono::milliseconds::zero() && !reply->m_timer) {
        reply->m_timer = new QTimer(reply);
        reply->m_timer->setSingleShot(true);
        connect(reply->m_timer, &QTimer::timeout, reply, [this, reply] {
            reply->m_timedOut = true;
            const char *why = "waiting for a token refresh or a retry";
            if (QNetworkReply *pending = reply->m_reply) {
                pending->abort(); // finished() normally follows at once, with the timeout
                if (reply->m_finished)
                    return;
                // Qt 6.4 does not always finish a request queued on an HTTP/2 connection that
                // died with an API server restart: abort() leaves it pending, and the reply
                // would never end. End it here, and trust no connection of that manager again.
                why = "aborted, but the network reply did not finish";
                qCDebug(lcKube).noquote() << reply->m_request.method << reply->m_request.path
                                          << "did not finish when aborted";
                if (pending->manager() == m_nam)
                    recycleConnections("request stuck");
            }
            // Waiting between two sends (refresh, Retry-After), or stuck: nothing will finish.
            const auto seconds
                = std::chrono::duration_cast<std::chrono::seconds>(reply->m_request.timeout);
            reply->complete(std::unexpected(makeError(
                Error::Kind::Timeout,
                tr("The Central API at %1 did not answer within %2 seconds.")
                    .arg(displayUrl(m_profile.apiUrl))
                    .arg(std::max<qint64>(1, seconds.count())),
                QStringLiteral("%1 %2: no answer in time (%3)")
                    .arg(QString::fromLatin1(reply->m_request.method), reply->m_request.path,
                         QLatin1String(why)))));
        });
        reply->m_timer->start(r.timeout);
    }
}

void KubeClient::onReadyRead(KubeReply *reply, QNetworkReply *networkReply)
{
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return; // an error body: read when finished
    reply->m_httpStatus = status;
    reply->m_streamed = true;
    if (!reply->m_reachReported) {
        reply->m_reachReported = true;
        Q_EMIT reply->answered();
        Q_EMIT serverReachability(true, {});
    }
    if (reply->m_timer && reply->m_timer->isActive())
        reply->m_timer->start(); // the timeout of a stream is the longest silence
    const QByteArray chunk = networkReply->readAll();
    if (!chunk.isEmpty())
        Q_EMIT reply->dataReceived(chunk);
}

void KubeClient::onNetworkFinished(KubeReply *reply, QNetworkReply *networkReply)
{
    if (reply->m_finished || reply->m_reply != networkReply)
        return;
    reply->m_reply = nullptr;
    networkReply->deleteLater();
    networkReply->disconnect(reply);

    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->m_httpStatus = status;
    reply->m_contentType = networkReply->rawHeader("Content-Type");
    reply->m_etag = networkReply->rawHeader("ETag");
    reply->m_http2 = networkReply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    const QByteArray body = networkReply->isOpen() && !reply->m_tooLarge ? networkReply->readAll()
                                                                         : QByteArray();
    const Request &r = reply->m_request;
    reply->m_retryAfter = parseRetryAfter(networkReply->rawHeader("Retry-After"));
    if (reply->m_tooLarge) {
        const QString limit = QString::number(double(m_maxBodySize) / (1024 * 1024), 'f', 1);
        reply->complete(std::unexpected(
            Error{Error::Kind::Server,
                  tr("The Central API's answer is larger than %1 MiB, more than the console "
                     "reads at once. Narrow the request (a label selector, fewer objects).")
                      .arg(limit),
                  QStringLiteral("%1 %2: body over %3 bytes")
                      .arg(QString::fromLatin1(r.method), r.path)
                      .arg(m_maxBodySize),
                  {}, {}, 0, 0}));
        return;
    }

    if (reply->m_timedOut || status == 0
        || (status >= 200 && status < 300 && networkReply->error() != QNetworkReply::NoError)) {
        // A connection that failed (closed, GOAWAY after an API server restart) is not trusted
        // again: Qt 6.4 can leave a request sent on an HTTP/2 connection the server is closing
        // without any answer (seen under ASan: a watch retry hung for 45 s). The next requests
        // go through a fresh manager; the old one keeps what it carries and goes when done.
        if (!reply->m_timedOut && networkReply->error() != QNetworkReply::OperationCanceledError
            && networkReply->manager() == m_nam) {
            recycleConnections("connection failed");
        }
        reply->complete(std::unexpected(networkError(reply, networkReply)));
        return;
    }
    // Not Modified: only ever the answer to a conditional request (If-None-Match), and what
    // its caller asked for, not a failure. No body comes with it.
    if (status == 304 && !r.ifNoneMatch.isEmpty()) {
        reply->complete(QByteArray());
        return;
    }
    if (status >= 200 && status < 300) {
        if (r.stream) {
            if (!body.isEmpty())
                Q_EMIT reply->dataReceived(body);
            reply->complete(QByteArray());
        } else {
            reply->complete(body);
        }
        return;
    }
    if (status == 401 && reply->m_http2 && networkReply->manager() == m_nam)
        recycleConnections("401 over HTTP/2");
    else if (!m_retiredNams.isEmpty())
        reapRetiredManagers();
    if (status == 401 && !reply->m_retried && m_tokens && !reply->m_streamed) {
        retryAfterRefresh(reply);
        return;
    }
    if (retryWhenThrottled(reply, status))
        return;
    reply->m_status = parseStatus(body, status);
    reply->complete(std::unexpected(errorFromStatus(reply->m_status, r.method, r.path, r.query)));
}

bool KubeClient::retryWhenThrottled(KubeReply *reply, int status)
{
    // Longer waits go back to the caller, who can tell the person (and has its own backoff).
    constexpr std::chrono::seconds maxThrottleWait{10};
    if ((status != 429 && status != 503) || reply->m_streamed
        || reply->m_retryAfter <= std::chrono::milliseconds::zero()
        || reply->m_retryAfter > maxThrottleWait
        || reply->m_throttled >= reply->m_request.throttleRetries) {
        return false;
    }
    ++reply->m_throttled;
    qCDebug(lcKube).noquote() << reply->m_request.method << reply->m_request.path << "->"
                              << status << "; sending it again in"
                              << reply->m_retryAfter.count() << "ms (" << reply->m_throttled
                              << "of" << reply->m_request.throttleRetries << ")";
    QTimer::singleShot(reply->m_retryAfter, reply, [this, reply] {
        if (!reply->m_finished)
            start(reply);
    });
    return true;
}

void KubeClient::retryAfterRefresh(KubeReply *reply)
{
    qCDebug(lcKube).noquote() << reply->m_request.method << reply->m_request.path
                              << "-> 401; asking for a fresh token, then once more";
    reply->m_retried = true;
    reply->m_refreshed = connect(m_tokens, &TokenSource::refreshed, reply, [this, reply] {
        QObject::disconnect(reply->m_refreshed);
        QObject::disconnect(reply->m_refreshFailed);
        start(reply);
    });
    reply->m_refreshFailed
        = connect(m_tokens, &TokenSource::refreshFailed, reply, [reply](const Error &error) {
              QObject::disconnect(reply->m_refreshed);
              QObject::disconnect(reply->m_refreshFailed);
              reply->m_status.code = 401;
              Error e = error;
              e.kind = Error::Kind::Unauthorized;
              if (e.message.isEmpty())
                  e.message = tr("The Central API did not accept your session. Please sign in "
                                 "again.");
              e.detail = QStringLiteral("%1 %2: 401, token refresh failed: %3")
                             .arg(QString::fromLatin1(reply->m_request.method),
                                  reply->m_request.path, error.detail);
              reply->complete(std::unexpected(e));
          });
    m_tokens->requestRefresh();
}

Error KubeClient::networkError(const KubeReply *reply, QNetworkReply *networkReply) const
{
    const QString where = displayUrl(m_profile.apiUrl);
    const QString detail = QStringLiteral("%1 %2: %3 (QNetworkReply::NetworkError %4)%5")
                               .arg(QString::fromLatin1(reply->m_request.method),
                                    reply->m_request.path, networkReply->errorString())
                               .arg(int(networkReply->error()))
                               .arg(reply->m_sslErrors.isEmpty()
                                        ? QString()
                                        : QStringLiteral("; TLS: ")
                                              + reply->m_sslErrors.join(QStringLiteral("; ")));
    if (reply->m_timedOut) {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
                                 reply->m_request.timeout)
                                 .count();
        return makeError(Error::Kind::Timeout,
                         tr("The Central API at %1 did not answer within %2 seconds.")
                             .arg(where)
                             .arg(std::max<qint64>(1, seconds)),
                         detail);
    }
    switch (networkReply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return makeError(Error::Kind::Network,
                         tr("The Central API at %1 refused the connection. Is it running?")
                             .arg(where),
                         detail);
    case QNetworkReply::HostNotFoundError:
        return makeError(Error::Kind::Network,
                         tr("The host of the Central API at %1 was not found.").arg(where), detail);
    case QNetworkReply::SslHandshakeFailedError:
        return makeError(Error::Kind::Network,
                         tr("The identity of the Central API at %1 could not be verified (%2). "
                            "Check the CA file of the connection profile.")
                             .arg(where, reply->m_sslErrors.isEmpty()
                                             ? networkReply->errorString()
                                             : reply->m_sslErrors.constFirst()),
                         detail);
    case QNetworkReply::TimeoutError:
        return makeError(Error::Kind::Timeout,
                         tr("The Central API at %1 did not answer in time.").arg(where), detail);
    case QNetworkReply::RemoteHostClosedError:
        return makeError(Error::Kind::Network,
                         tr("The Central API at %1 closed the connection.").arg(where), detail);
    default:
        return makeError(Error::Kind::Network,
                         tr("Cannot reach the Central API at %1: %2")
                             .arg(where, networkReply->errorString()),
                         detail);
    }
}

Status KubeClient::parseStatus(const QByteArray &body, int httpStatus)
{
    Status status;
    status.code = httpStatus;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject object = doc.object();
    if (object.value(QLatin1String("kind")).toString() == QLatin1String("Status")) {
        if (const int code = object.value(QLatin1String("code")).toInt(); code > 0)
            status.code = code;
        status.reason = object.value(QLatin1String("reason")).toString();
        status.message = object.value(QLatin1String("message")).toString();
        const QJsonObject details = object.value(QLatin1String("details")).toObject();
        status.kind = details.value(QLatin1String("kind")).toString();
        status.name = details.value(QLatin1String("name")).toString();
        status.group = details.value(QLatin1String("group")).toString();
        const QJsonArray causes = details.value(QLatin1String("causes")).toArray();
        for (const QJsonValue &value : causes) {
            const QJsonObject cause = value.toObject();
            status.causes.append(StatusCause{cause.value(QLatin1String("reason")).toString(),
                                             cause.value(QLatin1String("message")).toString(),
                                             cause.value(QLatin1String("field")).toString()});
        }
    } else if (!body.isEmpty() && doc.isNull()) {
        // Some answers are plain text ("404 page not found"); keep them short.
        status.message = QString::fromUtf8(body.left(300)).trimmed();
    }
    return status;
}

Error KubeClient::errorFromStatus(const Status &status, const QByteArray &method,
                                  const QString &path, const QUrlQuery &query)
{
    using Kind = Error::Kind;
    Kind kind = Kind::Server;
    switch (status.code) {
    case 400:
    case 422:
        kind = Kind::Invalid;
        break;
    case 401:
        kind = Kind::Unauthorized;
        break;
    case 403:
        kind = Kind::Forbidden;
        break;
    case 404:
    case 410: // Gone/Expired: the resourceVersion is no longer there; status.reason tells apart
        kind = Kind::NotFound;
        break;
    case 409:
        kind = Kind::Conflict;
        break;
    case 408:
    case 504:
        kind = Kind::Timeout;
        break;
    case 429:
    case 503:
        kind = Kind::Unavailable;
        break;
    default:
        kind = status.code >= 400 && status.code < 500 ? Kind::Invalid : Kind::Server;
        break;
    }

    const QString detail = QStringLiteral("HTTP %1 %2 %3 (%4): %5")
                               .arg(status.code)
                               .arg(QString::fromLatin1(method), path,
                                    status.reason.isEmpty() ? QStringLiteral("-") : status.reason,
                                    status.message);
    QString message;
    if (kind == Kind::Forbidden) {
        // RBAC's own words name verb, resource and namespace; the request is the fallback.
        static const QRegularExpression rbac(QStringLiteral(
            "cannot (\\S+) resource \"([^\"]*)\" in API group \"([^\"]*)\""
            "(?: in the namespace \"([^\"]*)\")?"));
        Target t = targetOf(method, path, query);
        if (const auto m = rbac.match(status.message); m.hasMatch()) {
            t.verb = m.captured(1);
            t.resource = m.captured(2);
            t.group = m.captured(3);
            t.namespaceName = m.captured(4);
        }
        const QString resource = t.group.isEmpty() ? t.resource
                                                   : t.resource + QLatin1Char('.') + t.group;
        message = t.namespaceName.isEmpty()
            ? tr("You are not allowed to %1 %2.").arg(t.verb, resource)
            : tr("You are not allowed to %1 %2 in namespace %3.")
                  .arg(t.verb, resource, t.namespaceName);
    } else if (kind == Kind::Unauthorized) {
        message = tr("The Central API did not accept your session. Please sign in again.");
    } else if (!status.message.isEmpty()) {
        message = status.message; // the server's words are the most precise we have
    } else {
        message = tr("The Central API answered with HTTP status %1.").arg(status.code);
    }
    return makeError(kind, message, detail);
}

KubeReply *KubeClient::get(const QString &path, const QUrlQuery &query, const QByteArray &accept)
{
    Request r;
    r.path = path;
    r.query = query;
    r.accept = accept;
    return send(std::move(r));
}

namespace {
Request jsonRequest(const QByteArray &method, const QString &path,
                                const QJsonDocument &body, const QUrlQuery &query)
{
    Request r;
    r.method = method;
    r.path = path;
    r.query = query;
    r.contentType = QByteArrayLiteral("application/json");
    r.body = body.toJson(QJsonDocument::Compact);
    return r;
}
} // namespace

KubeReply *KubeClient::post(const QString &path, const QJsonDocument &body,
                            const QUrlQuery &query)
{
    return send(jsonRequest(QByteArrayLiteral("POST"), path, body, query));
}

KubeReply *KubeClient::put(const QString &path, const QJsonDocument &body, const QUrlQuery &query)
{
    return send(jsonRequest(QByteArrayLiteral("PUT"), path, body, query));
}

KubeReply *KubeClient::patch(const QString &path, const QByteArray &body, PatchType type,
                             const QUrlQuery &query)
{
    Request r;
    r.method = QByteArrayLiteral("PATCH");
    r.path = path;
    r.query = query;
    r.body = body;
    switch (type) {
    case PatchType::Merge:
        r.contentType = QByteArrayLiteral("application/merge-patch+json");
        break;
    case PatchType::StrategicMerge:
        r.contentType = QByteArrayLiteral("application/strategic-merge-patch+json");
        break;
    case PatchType::Json:
        r.contentType = QByteArrayLiteral("application/json-patch+json");
        break;
    case PatchType::Apply:
        r.contentType = QByteArrayLiteral("application/apply-patch+yaml");
        break;
    }
    return send(std::move(r));
}

KubeReply *KubeClient::apply(const QString &path, const QByteArray &body,
                             const ApplyOptions &options)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldManager"), options.fieldManager);
    if (options.force)
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    if (options.dryRun)
        query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
    return patch(path, body, PatchType::Apply, query);
}

KubeReply *KubeClient::deleteResource(const QString &path, const QUrlQuery &query,
                                      const QJsonDocument &body)
{
    Request r;
    r.method = QByteArrayLiteral("DELETE");
    r.path = path;
    r.query = query;
    if (!body.isNull()) {
        r.contentType = QByteArrayLiteral("application/json");
        r.body = body.toJson(QJsonDocument::Compact);
    }
    return send(std::move(r));
}

KubeReply *KubeClient::selfSubjectReview(QObject *context,
                                         std::function<void(const Result<UserInfo> &)> done)
{
    const QJsonObject review{
        {QStringLiteral("apiVersion"), QStringLiteral("authentication.k8s.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("SelfSubjectReview")},
    };
    KubeReply *reply = post(QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews"),
                            QJsonDocument(review));
    return reply->onJson(context, [done = std::move(done)](const Result<QJsonDocument> &json) {
        if (!json) {
            done(std::unexpected(json.error()));
            return;
        }
        const QJsonObject userInfo = json->object()
                                         .value(QLatin1String("status"))
                                         .toObject()
                                         .value(QLatin1String("userInfo"))
                                         .toObject();
        UserInfo info;
        info.username = userInfo.value(QLatin1String("username")).toString();
        info.uid = userInfo.value(QLatin1String("uid")).toString();
        const QJsonArray groups = userInfo.value(QLatin1String("groups")).toArray();
        for (const QJsonValue &group : groups)
            info.groups.append(group.toString());
        if (info.username.isEmpty()) {
            done(std::unexpected(makeError(
                Error::Kind::Server,
                tr("The Central API did not say who you are (SelfSubjectReview)."),
                QStringLiteral("SelfSubjectReview without status.userInfo.username"))));
            return;
        }
        done(info);
    });
}

} // namespace scs::kube
