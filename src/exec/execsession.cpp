#include "exec/execsession.h"

#include "exec/execlogging.h"
#include "kube/apipath.h"
#include "kube/kubeclient.h"
#include "kube/tokensource.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace scs::exec {

namespace {

// QWebSocket says why a handshake failed only in its error string ("Unhandled http status
// code: 403 (Forbidden)"); 0 when it names no status.
int httpStatusOf(const QString &socketError)
{
    static const QRegularExpression code(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch m = code.match(socketError);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

ExecSession::ExecSession(kube::KubeClient *client, ExecOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{}

ExecSession::~ExecSession()
{
    disconnect(m_refreshed);
    disconnect(m_refreshFailed);
    if (m_diagnosis)
        m_diagnosis->abort();
    dropSocket();
}

QString ExecSession::path() const
{
    return QStringLiteral("/api/v1/namespaces/%1/pods/%2/exec")
        .arg(kube::pathSegment(m_options.ns), kube::pathSegment(m_options.pod));
}

QUrlQuery ExecSession::query() const
{
    QUrlQuery query;
    if (!m_options.container.isEmpty())
        query.addQueryItem(QStringLiteral("container"), m_options.container);
    for (const QString &arg : m_options.command)
        query.addQueryItem(QStringLiteral("command"), arg);
    query.addQueryItem(QStringLiteral("stdin"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("stdout"), QStringLiteral("true"));
    // With a terminal the server refuses a separate stderr: it is merged into stdout.
    query.addQueryItem(QStringLiteral("stderr"),
                       m_options.tty ? QStringLiteral("false") : QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("tty"),
                       m_options.tty ? QStringLiteral("true") : QStringLiteral("false"));
    return query;
}

void ExecSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ExecSession::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_client) {
        finish({ExecEnd::Reason::Failed, 0,
                {Error::Kind::Unavailable, tr("There is no connection to run the command with"),
                 {}, {}, {}, 0, 0}});
        return;
    }
    if (m_options.command.isEmpty()) {
        finish({ExecEnd::Reason::Failed, 0,
                {Error::Kind::Invalid, tr("No command to run"), {}, {}, {}, 0, 0}});
        return;
    }
    setState(State::Connecting);
    connectSocket();
}

void ExecSession::connectSocket()
{
    const Result<QNetworkRequest> request = m_client->webSocketRequest(path(), query());
    if (!request) {
        finish({ExecEnd::Reason::Failed, 0, request.error()});
        return;
    }
    dropSocket();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setSslConfiguration(request->sslConfiguration());
    connect(m_socket, &QWebSocket::connected, this, &ExecSession::onConnected);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ExecSession::onMessage);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &ExecSession::onSocketError);
    connect(m_socket, &QWebSocket::disconnected, this, &ExecSession::onDisconnected);
    if (!m_timeout) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, [this] {
            if (m_state != State::Connecting)
                return;
            qCInfo(lcExec) << "exec handshake timed out" << path();
            finish({ExecEnd::Reason::ConnectionLost, 0,
                    {Error::Kind::Timeout, tr("the server did not answer in time"), {}, {}, {},
                     0, 0}});
        });
    }
    m_timeout->start(m_client->defaultTimeout().count() > 0 ? m_client->defaultTimeout()
                                                            : std::chrono::seconds(30));
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString::fromLatin1(protocol::v5), QString::fromLatin1(protocol::v4)});
    qCDebug(lcExec) << "exec" << path() << "container" << m_options.container;
    m_socket->open(*request, options);
}

void ExecSession::onConnected()
{
    m_timeout->stop();
    m_subprotocol = m_socket->subprotocol();
    qCDebug(lcExec) << "exec open with" << m_subprotocol;
    setState(State::Open);
    // The terminal's size before the first prompt, so that the shell lays out lines right.
    if (m_options.tty)
        resize(m_options.columns, m_options.rows);
    Q_EMIT opened();
}

void ExecSession::onMessage(const QByteArray &message)
{
    if (m_state != State::Open || message.isEmpty())
        return;
    const auto channel = quint8(message.at(0));
    const QByteArray data = message.mid(1);
    switch (channel) {
    case protocol::Stdout:
    case protocol::Stderr:
        if (!data.isEmpty())
            Q_EMIT outputReceived(data, channel == protocol::Stderr);
        break;
    case protocol::Error:
        // The Status may come in more than one message: it is read when the connection ends.
        m_statusSeen = true;
        m_status.append(data);
        break;
    default:
        qCDebug(lcExec) << "ignored a message on channel" << channel;
        break;
    }
}

void ExecSession::onSocketError()
{
    if (!m_socket)
        return;
    const QString why = m_socket->errorString();
    if (m_state == State::Connecting) {
        const int status = httpStatusOf(why);
        qCInfo(lcExec) << "exec handshake failed:" << why;
        if (status == 401 && !m_refreshTried && m_client && m_client->tokenSource()) {
            m_refreshTried = true;
            kube::TokenSource *tokens = m_client->tokenSource();
            dropSocket();
            m_refreshed = connect(tokens, &kube::TokenSource::refreshed, this, [this] {
                disconnect(m_refreshed);
                disconnect(m_refreshFailed);
                if (m_state == State::Connecting)
                    connectSocket();
            });
            m_refreshFailed = connect(tokens, &kube::TokenSource::refreshFailed, this,
                                      [this](const Error &error) {
                                          disconnect(m_refreshed);
                                          disconnect(m_refreshFailed);
                                          if (m_state == State::Connecting)
                                              finish({ExecEnd::Reason::Failed, 0, error});
                                      });
            tokens->requestRefresh();
            return;
        }
        // Any other answer (Qt names the status for some, "Unknown error condition" for a
        // 400): the server's reason is in a body QWebSocket does not keep.
        if (status != 0 || why.contains(QLatin1String("processHandshake"))) {
            diagnose(status, why);
            return;
        }
        finish({ExecEnd::Reason::ConnectionLost, 0,
                {Error::Kind::Network, tr("the server could not be reached"), why, {}, {}, 0,
                 0}});
        return;
    }
    qCDebug(lcExec) << "exec socket error:" << why;
    // An open session ends through disconnected(), which reads the Status if one came.
}

void ExecSession::diagnose(int httpStatus, const QString &socketError)
{
    dropSocket();
    // The API server refused the upgrade; its reason (a Status body) never reaches QWebSocket.
    // The same URL as a plain GET gets the same checks (rights, pod, container) and then
    // "Upgrade request required" at the latest: nothing runs in the container.
    m_diagnosis = m_client->get(path(), query());
    connect(m_diagnosis, &kube::KubeReply::finished, this, [this, httpStatus, socketError] {
        const kube::KubeReply *reply = m_diagnosis;
        if (m_state != State::Connecting || !reply)
            return;
        if (!reply->result() && reply->httpStatus() != 0
            && !reply->status().message.contains(QLatin1String("Upgrade request required"))) {
            finish({ExecEnd::Reason::Failed, 0, reply->result().error()});
            return;
        }
        finish({ExecEnd::Reason::Failed, 0,
                {httpStatus == 403 ? Error::Kind::Forbidden : Error::Kind::Server,
                 httpStatus != 0
                     ? tr("The server refused the terminal connection (HTTP %1)").arg(httpStatus)
                     : tr("The server refused the terminal connection"),
                 socketError, {}, {}, 0, 0}});
    });
}

void ExecSession::onDisconnected()
{
    if (m_state == State::Connecting) {
        // errorOccurred came first for a failed handshake and decided what happens next.
        return;
    }
    if (m_state != State::Open)
        return;
    if (!m_statusSeen) {
        const QString why = m_socket ? m_socket->errorString() : QString();
        finish({ExecEnd::Reason::ConnectionLost, 0,
                {Error::Kind::Network, tr("the connection ended before the command did"), why,
                 {}, {}, 0, 0}});
        return;
    }
    ExecEnd end = parseStatus(m_status);
    if (end.reason == ExecEnd::Reason::Exited && !m_inputSent
        && (end.exitCode == 126 || end.exitCode == 127)) {
        end.reason = ExecEnd::Reason::NoShell;
        end.error = {Error::Kind::NotFound,
                     tr("the command could not be run (exit code %1)").arg(end.exitCode),
                     {}, {}, {}, 0, 0};
    }
    finish(end);
}

void ExecSession::sendInput(const QByteArray &data)
{
    if (m_state != State::Open || data.isEmpty())
        return;
    m_inputSent = true;
    m_socket->sendBinaryMessage(protocol::frame(protocol::Stdin, data));
}

void ExecSession::resize(int columns, int rows)
{
    m_options.columns = columns;
    m_options.rows = rows;
    if (m_state != State::Open || !m_options.tty)
        return;
    m_socket->sendBinaryMessage(
        protocol::frame(protocol::Resize, protocol::resizePayload(columns, rows)));
}

bool ExecSession::closeInput()
{
    if (m_state != State::Open || m_subprotocol != QLatin1String(protocol::v5))
        return false;
    m_socket->sendBinaryMessage(
        protocol::frame(protocol::Close, QByteArray(1, char(protocol::Stdin))));
    return true;
}

void ExecSession::stop()
{
    if (m_state == State::Ended)
        return;
    finish({ExecEnd::Reason::Closed, 0, {}});
}

void ExecSession::finish(ExecEnd end)
{
    if (m_state == State::Ended)
        return;
    if (m_timeout)
        m_timeout->stop();
    disconnect(m_refreshed);
    disconnect(m_refreshFailed);
    if (m_diagnosis) {
        m_diagnosis->disconnect(this);
        m_diagnosis->abort();
    }
    dropSocket();
    m_end = std::move(end);
    if (!m_end.error.detail.isEmpty())
        qCInfo(lcExec) << "exec ended:" << m_end.error.detail;
    setState(State::Ended);
    Q_EMIT ended(m_end);
}

void ExecSession::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->close();
    socket->deleteLater();
}

} // namespace scs::exec
