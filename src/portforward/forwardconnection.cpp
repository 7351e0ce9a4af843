#include "portforward/forwardconnection.h"

#include "kube/kubeclient.h"
#include "kube/tokensource.h"
#include "portforward/portforwardlogging.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace scs::portforward {

namespace {

constexpr qint64 chunkSize = 32 * 1024; // what the kubelet's side copies at once

// QtWebSockets 6.4 tells a refused handshake only in its error string ("…processHandshake:
// Unhandled http status code: 403 (Forbidden)."); the status is all that is needed from it.
int statusOf(const QString &errorString)
{
    static const QRegularExpression pattern(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch match = pattern.match(errorString);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

ForwardConnection::ForwardConnection(QTcpSocket *socket, kube::KubeClient *client, QString path,
                                     quint16 remotePort, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_remotePort(remotePort)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_state == State::Closed)
            return;
        // The local client is done: what it sent last still goes out, then the WebSocket
        // closes (v4 has no half-close; the pod side ends when the WebSocket does).
        pumpToPod();
        qCDebug(lcPortForward) << "local side closed" << m_path;
        finish({});
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &ForwardConnection::pumpToPod);
}

ForwardConnection::~ForwardConnection()
{
    if (m_ws) {
        m_ws->disconnect(this);
        m_ws->abort();
    }
}

void ForwardConnection::start()
{
    openWebSocket();
}

void ForwardConnection::close()
{
    if (m_state != State::Closed)
        finish({});
}

void ForwardConnection::openWebSocket()
{
    if (!m_client) {
        finish(Error{Error::Kind::Cancelled, tr("The connection was closed."), {}, {}, {}, 0, 0});
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ports"), QString::number(m_remotePort));
    const Result<QNetworkRequest> request = m_client->webSocketRequest(m_path, query);
    if (!request) {
        finish(request.error());
        return;
    }
    if (m_ws) {
        m_ws->disconnect(this);
        m_ws->deleteLater();
    }
    m_prefix[0].clear();
    m_prefix[1].clear();
    m_ws = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_ws, &QWebSocket::connected, this, &ForwardConnection::onConnected);
    connect(m_ws, &QWebSocket::binaryMessageReceived, this, &ForwardConnection::onMessage);
    connect(m_ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &ForwardConnection::onWebSocketError);
    connect(m_ws, &QWebSocket::disconnected, this, &ForwardConnection::onWebSocketClosed);
    connect(m_ws, &QWebSocket::bytesWritten, this, &ForwardConnection::pumpToPod);
    QWebSocketHandshakeOptions options;
    // Only the binary v4 protocol: the kubelet's handler also takes "" and the base64 variant;
    // "portforward.k8s.io" is SPDY's and "SPDY/3.1+portforward.k8s.io" SPDY tunnelled over
    // the WebSocket (the API server translates that one), neither is this framing.
    options.setSubprotocols({QString::fromLatin1(subprotocol())});
    // QWebSocket takes TLS settings (the profile's CA) from itself, not from the request.
    if (request->url().scheme() == QLatin1String("wss"))
        m_ws->setSslConfiguration(request->sslConfiguration());
    m_ws->open(*request, options);
}

void ForwardConnection::onConnected()
{
    if (m_ws->subprotocol() != QLatin1String(subprotocol()))
        qCWarning(lcPortForward) << "server chose subprotocol" << m_ws->subprotocol();
    m_state = State::Open;
    Q_EMIT opened();
    pumpToPod();
}

void ForwardConnection::pumpToPod()
{
    if (m_state != State::Open || !m_ws)
        return;
    qint64 sent = 0;
    while (m_socket->bytesAvailable() > 0 && m_ws->bytesToWrite() < maxPendingToPod()) {
        const QByteArray data = m_socket->read(chunkSize);
        if (data.isEmpty())
            break;
        QByteArray frame;
        frame.reserve(data.size() + 1);
        frame.append('\0'); // channel 0: data
        frame.append(data);
        m_ws->sendBinaryMessage(frame);
        sent += data.size();
    }
    if (sent > 0) {
        m_toPod += sent;
        Q_EMIT transferred();
    }
}

void ForwardConnection::onMessage(const QByteArray &message)
{
    if (m_state != State::Open || message.isEmpty())
        return;
    const int channel = quint8(message.at(0));
    if (channel > 1) {
        qCDebug(lcPortForward) << "message on unknown channel" << channel;
        return;
    }
    QByteArray data = message.mid(1);
    QByteArray &prefix = m_prefix[channel];
    if (prefix.size() < 2) {
        const qsizetype take = std::min<qsizetype>(2 - prefix.size(), data.size());
        prefix.append(data.left(take));
        data.remove(0, take);
        if (prefix.size() < 2)
            return;
        const quint16 port = quint16(quint8(prefix.at(0)) | (quint8(prefix.at(1)) << 8));
        if (port != m_remotePort) {
            finish(Error{Error::Kind::Server,
                         tr("The server answered for port %1 instead of %2.")
                             .arg(port)
                             .arg(m_remotePort),
                         QStringLiteral("channel %1 port prefix %2").arg(channel).arg(port),
                         {}, {}, 0, 0});
            return;
        }
    }
    if (data.isEmpty())
        return;
    if (channel == 0)
        writeToClient(data);
    else
        m_errorText.append(data.left(64 * 1024 - m_errorText.size()));
}

void ForwardConnection::writeToClient(const QByteArray &data)
{
    m_socket->write(data);
    m_fromPod += data.size();
    Q_EMIT transferred();
    if (m_socket->bytesToWrite() > maxPendingToClient()) {
        finish(Error{Error::Kind::Network,
                     tr("The local program stopped reading; the connection was closed after "
                        "%1 MiB waited for it.")
                         .arg(maxPendingToClient() / (1024 * 1024)),
                     {}, {}, {}, 0, 0});
    }
}

void ForwardConnection::onWebSocketError()
{
    if (m_state == State::Closed || !m_ws)
        return;
    const QString why = m_ws->errorString();
    if (m_state == State::Connecting) {
        const int status = statusOf(why);
        if (status == 401 && !m_retried && m_client && m_client->tokenSource()) {
            // The token expired between requests: refresh it once and open again, as
            // KubeClient does for REST calls.
            m_retried = true;
            kube::TokenSource *tokens = m_client->tokenSource();
            auto *context = new QObject(this);
            connect(tokens, &kube::TokenSource::refreshed, context, [this, context] {
                context->deleteLater();
                if (m_state == State::Connecting)
                    openWebSocket();
            });
            connect(tokens, &kube::TokenSource::refreshFailed, context,
                    [this, context](const Error &error) {
                        context->deleteLater();
                        if (m_state == State::Connecting)
                            finish(error);
                    });
            m_ws->disconnect(this);
            m_ws->abort();
            tokens->requestRefresh();
            return;
        }
        m_refusedStatus = status;
        finish(handshakeError(status));
        return;
    }
    // Open: the kubelet ends a forwarded connection by closing the TLS connection without a
    // close frame (after an error text, or when the pod's side closed): a normal end.
    if (!m_errorText.isEmpty() || m_ws->error() == QAbstractSocket::RemoteHostClosedError) {
        onWebSocketClosed();
        return;
    }
    finish(Error{Error::Kind::Network, tr("The connection to the pod dropped."), why, {}, {}, 0,
                 0});
}

void ForwardConnection::onWebSocketClosed()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Connecting) {
        onWebSocketError(); // a refused or failed handshake (or the one retry after a 401)
        return;
    }
    qCDebug(lcPortForward) << "WebSocket closed:" << m_ws->closeCode() << m_ws->closeReason();
    if (!m_errorText.isEmpty()) {
        const QString text = QString::fromUtf8(m_errorText).trimmed();
        finish(Error{Error::Kind::Server, tr("The pod refused the connection: %1").arg(text),
                     text, {}, {}, 0, 0});
        return;
    }
    finish({});
}

Error ForwardConnection::handshakeError(int status) const
{
    const QString detail = m_ws ? m_ws->errorString() : QString();
    switch (status) {
    case 401:
        return {Error::Kind::Unauthorized,
                tr("The API server did not accept the session; sign in again."), detail, {}, {},
                0, 0};
    case 403:
        return {Error::Kind::Forbidden,
                tr("Forbidden: port forwarding needs the right to create pods/portforward."),
                detail, {}, {}, 0, 0};
    case 404:
        return {Error::Kind::NotFound, tr("The pod was not found."), detail, {}, {}, 0, 0};
    case 0:
        return {Error::Kind::Network, tr("Could not reach the API server: %1").arg(detail),
                detail, {}, {}, 0, 0};
    default:
        return {status >= 500 ? Error::Kind::Server : Error::Kind::Invalid,
                tr("The API server refused the port forward (HTTP %1).").arg(status), detail, {},
                {}, 0, 0};
    }
}

void ForwardConnection::finish(const Error &error)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    if (m_ws) {
        m_ws->disconnect(this);
        if (m_ws->state() == QAbstractSocket::ConnectedState)
            m_ws->close();
        else
            m_ws->abort();
        m_ws->deleteLater();
        m_ws = nullptr;
    }
    m_socket->disconnect(this);
    // What the pod sent last still reaches the local client before its socket closes: the
    // socket lives on by itself until then (deleting it would drop what is unsent).
    QTcpSocket *socket = m_socket;
    socket->setParent(nullptr);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    QTimer::singleShot(30000, socket, [socket] { // a client that never reads
        socket->abort();
        socket->deleteLater();
    });
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
    m_socket = nullptr;
    if (!error.message.isEmpty())
        qCInfo(lcPortForward) << "connection ended:" << error.message << error.detail;
    Q_EMIT finished(error);
}

} // namespace scs::portforward
