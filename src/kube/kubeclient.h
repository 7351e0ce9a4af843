#pragma once

#include "common/error.h"
#include "kube/tokensource.h"
#include "profiles/connectionprofile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace scs::kube {

class KubeClient;
class TokenSource;

// One call to the Central API. `path` is the absolute API path ("/api/v1/namespaces").
struct Request
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path;
    QUrlQuery query;
    QByteArray accept = QByteArrayLiteral("application/json");
    QByteArray contentType; // set when `body` is not empty
    QByteArray body;
    // An entity tag from an earlier answer's ETag: sent as If-None-Match, so that a server with
    // nothing new answers 304 Not Modified, which ends the reply successfully with an empty body
    // (KubeReply::notModified()) instead of as an error.
    QByteArray ifNoneMatch;
    // The longest a request may take, waits for a token refresh and throttled retries included
    // (so that every request ends, with Error::Kind::Timeout at the latest); for a stream, the
    // longest silence between two chunks. Zero: the client's default
    // (KubeClient::setDefaultTimeout); negative: no limit.
    std::chrono::milliseconds timeout{0};
    bool stream = false; // deliver the body chunk by chunk (watch) through dataReceived()
    // A 429 or 503 that says when to come back (Retry-After, at most maxThrottleWait) means
    // the server did not act on the request ("storage is (re)initializing" after a restart,
    // API Priority and Fairness): it is sent again after that wait, this many times, as
    // client-go does. Not for streams that delivered data; 0 for callers with their own
    // backoff (Watcher).
    int throttleRetries = 3;
};

// One entry of a Status' details.causes: which field a 422 Invalid names, or which field
// manager owns a field an apply conflicts on (409).
struct StatusCause
{
    QString reason; // "FieldValueInvalid", "FieldValueRequired", "FieldManagerConflict", ...
    QString message;
    QString field; // "spec.version", "metadata.labels", ".spec.replicas" (as the server wrote it)
};

// The parts of a Kubernetes `Status` object an error handler may need.
struct Status
{
    int code = 0; // HTTP status
    QString reason; // "Forbidden", "NotFound", "Expired", "Gone", "AlreadyExists", "Invalid", ...
    QString message; // the server's text
    QString kind; // details.kind (the resource, e.g. "configmaps")
    QString name; // details.name
    QString group; // details.group
    QList<StatusCause> causes; // details.causes
};

// Query parameters of a server-side apply (PATCH application/apply-patch+yaml).
struct ApplyOptions
{
    QString fieldManager = QStringLiteral("scs-console");
    bool force = false; // take fields other managers own; only on the user's explicit choice
    bool dryRun = false; // dryRun=All: admission and validation run, nothing is stored
};

// Who the Central API thinks the token belongs to (SelfSubjectReview).
struct UserInfo
{
    QString username; // e.g. "oidc:alice"
    QString uid;
    QStringList groups; // e.g. {"oidc:tenant-a-admins", "system:authenticated"}
};

// One request in flight. Created by KubeClient, a child of it, and deleted by itself (deleteLater)
// right after finished() was emitted: keep a QPointer to abort it, never a raw pointer.
//
//   sent ──401──> waiting for TokenSource::refreshed ──> sent again (once) ──> finished
//     │                     └── refreshFailed ─────────────────────────────> finished (401)
//     ├── 429/503 with Retry-After ──> waiting that long ──> sent again (Request::throttleRetries)
//     └── 2xx / error / timeout / abort() ─────────────────────────────────> finished
class KubeReply : public QObject
{
    Q_OBJECT

public:
    ~KubeReply() override;

    // Stops the request; finished() follows synchronously with Error::Kind::Cancelled.
    // Does nothing once finished.
    void abort();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const Request &request() const { return m_request; }
    // The HTTP status of the last answer; 0 when none came (network error, timeout, abort).
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    // The server's Status object for error answers (code 0 when there was none).
    [[nodiscard]] const Status &status() const { return m_status; }
    [[nodiscard]] QByteArray contentType() const { return m_contentType; }
    // The answer's ETag header, as sent (quotes included); empty when there was none.
    [[nodiscard]] QByteArray etag() const { return m_etag; }
    // The server answered 304 to Request::ifNoneMatch: what the caller has is still current.
    [[nodiscard]] bool notModified() const { return m_httpStatus == 304; }
    [[nodiscard]] bool http2WasUsed() const { return m_http2; }
    // The server's Retry-After (429, 503), in seconds or as an HTTP date; zero when none.
    [[nodiscard]] std::chrono::milliseconds retryAfter() const { return m_retryAfter; }

    // After finished(): the body (empty for streams: chunks went out through dataReceived) or
    // the error.
    [[nodiscard]] const Result<QByteArray> &result() const { return m_result; }
    // result() parsed as JSON; Error::Kind::Parse when it is not JSON.
    [[nodiscard]] Result<QJsonDocument> json() const;

    // Calls `done` once with json() when the reply finishes, and not at all when `context` is
    // destroyed first. `context` must live in the client's thread. Returns this reply.
    KubeReply *onJson(QObject *context, std::function<void(const Result<QJsonDocument> &)> done);

Q_SIGNALS:
    // Stream requests only: a piece of a 2xx body, as it arrives.
    void dataReceived(const QByteArray &chunk);
    // Stream requests only: the server's 2xx answer (its headers) arrived; once, before any
    // dataReceived(). A watch may stay silent for long after it.
    void answered();
    void finished();

private:
    friend class KubeClient;
    KubeReply(Request request, QObject *parent);
    void complete(Result<QByteArray> result);

    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QStringList m_sslErrors;
    QElapsedTimer m_elapsed;
    QByteArray m_contentType;
    QByteArray m_etag;
    Result<QByteArray> m_result;
    Status m_status;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_http2 = false;
    bool m_retried = false;
    int m_throttled = 0; // 429/503 answers waited out and sent again
    bool m_timedOut = false;
    bool m_streamed = false; // a 2xx stream delivered data: no retry after that
    bool m_reachReported = false; // KubeClient::serverReachability(true) sent for this reply
    bool m_tooLarge = false; // a non-streamed body passed KubeClient::maxBodySize()
    std::chrono::milliseconds m_retryAfter{0};
    QMetaObject::Connection m_refreshed;
    QMetaObject::Connection m_refreshFailed;
};

// REST access to one Central API (one connection profile): base URL, the profile's CA added to
// the system's, HTTP/2 where offered, the bearer token from a TokenSource with exactly one retry
// after a refresh on 401, Kubernetes Status answers turned into Error values, timeouts.
// Lives in the GUI thread; never blocks. The TokenSource must outlive the client.
class KubeClient : public QObject
{
    Q_OBJECT

public:
    enum class PatchType { Merge, StrategicMerge, Json, Apply };

    KubeClient(const ConnectionProfile &profile, TokenSource *tokens, QObject *parent = nullptr);
    ~KubeClient() override;

    [[nodiscard]] const ConnectionProfile &profile() const { return m_profile; }
    [[nodiscard]] TokenSource *tokenSource() const { return m_tokens; }

    // The largest answer read into memory at once (not streams, which come in pieces); a larger
    // one ends with Error::Kind::Server saying so. 256 MiB by default.
    [[nodiscard]] qint64 maxBodySize() const { return m_maxBodySize; }
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // Problems with the profile itself (unreadable CA file); every request fails with it.
    [[nodiscard]] const std::optional<Error> &configurationError() const { return m_configError; }

    [[nodiscard]] std::chrono::milliseconds defaultTimeout() const { return m_defaultTimeout; }
    void setDefaultTimeout(std::chrono::milliseconds timeout) { m_defaultTimeout = timeout; }

    // The next requests go through new connections; requests under way keep theirs. For a
    // caller that finds its request hanging (Watcher: a watch never answered).
    void recycleConnections(const char *why);

    KubeReply *send(Request request);
    KubeReply *get(const QString &path, const QUrlQuery &query = {},
                   const QByteArray &accept = QByteArrayLiteral("application/json"));
    KubeReply *post(const QString &path, const QJsonDocument &body, const QUrlQuery &query = {});
    KubeReply *put(const QString &path, const QJsonDocument &body, const QUrlQuery &query = {});
    KubeReply *patch(const QString &path, const QByteArray &body, PatchType type,
                     const QUrlQuery &query = {});
    // Server-side apply of `body` (YAML or JSON: JSON is YAML) to the object at `path`.
    KubeReply *apply(const QString &path, const QByteArray &body,
                     const ApplyOptions &options = {});
    KubeReply *deleteResource(const QString &path, const QUrlQuery &query = {},
                              const QJsonDocument &body = {});

    // The TLS settings of the next request: the system's trust store plus the profile's CA
    // (caFile, caData), ALPN h2 and http/1.1, and the token source's client certificate if any.
    [[nodiscard]] QSslConfiguration sslConfiguration() const;

    // The handshake request for a WebSocket to `path` (exec, attach, port-forward): the wss://
    // URL, the profile's CA (HTTP/1.1 only: a WebSocket upgrade cannot ride HTTP/2), its
    // tls-server-name as the peer verify name, the token source's client certificate and the
    // current bearer token. Qt 6.4's QWebSocket ignores a request's TLS settings: hand them
    // over with QWebSocket::setSslConfiguration(request.sslConfiguration()) before open()
    // (tls-server-name, set as the request's peer verify name, does not reach it). The caller
    // opens it with QWebSocket and its subprotocols; on a 401 it asks tokenSource() for a
    // refresh and opens it once more. Fails for a path checkApiPath() refuses and for a
    // profile whose CA cannot be read.
    [[nodiscard]] Result<QNetworkRequest> webSocketRequest(const QString &path,
                                                           const QUrlQuery &query = {}) const;

    // POST /apis/authentication.k8s.io/v1/selfsubjectreviews: who the token belongs to.
    // `done` is called once, later (never from within this call), unless `context` is
    // destroyed first; the 401 -> refresh -> retry rule applies as for every request.
    KubeReply *selfSubjectReview(QObject *context,
                                 std::function<void(const Result<UserInfo> &)> done);

    // The error a finished answer stands for (exposed for tests and for Watcher's ERROR
    // events): `status` parsed from the body, `method`/`path` name what was refused.
    [[nodiscard]] static Error errorFromStatus(const Status &status, const QByteArray &method,
                                               const QString &path, const QUrlQuery &query = {});
    [[nodiscard]] static Status parseStatus(const QByteArray &body, int httpStatus);

Q_SIGNALS:
    // What every finished request (and a stream's answer headers) says about the server:
    // `reached` when any HTTP answer came, false when the connection failed or timed out
    // (`error` says how). Cancelled requests and requests refused before sending say nothing.
    // Feeds workspace::ConnectionState.
    void serverReachability(bool reached, const scs::Error &error);

private:
    friend class KubeReply;
    [[nodiscard]] QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    void start(KubeReply *reply);
    void onNetworkFinished(KubeReply *reply, QNetworkReply *networkReply);
    void onReadyRead(KubeReply *reply, QNetworkReply *networkReply);
    void retryAfterRefresh(KubeReply *reply);
    bool retryWhenThrottled(KubeReply *reply, int status);
    QNetworkAccessManager *makeNetworkAccessManager();
    void reapRetiredManagers();
    [[nodiscard]] Error networkError(const KubeReply *reply, QNetworkReply *networkReply) const;

    qint64 m_maxBodySize = qint64(256) * 1024 * 1024;
    ConnectionProfile m_profile;
    QPointer<TokenSource> m_tokens;
    QNetworkAccessManager *m_nam;
    QList<QNetworkAccessManager *> m_retiredNams; // still carrying replies, see recycleConnections
    QSslConfiguration m_ssl;
    std::optional<Error> m_configError;
    std::chrono::milliseconds m_defaultTimeout{30000};
};

} // namespace scs::kube
