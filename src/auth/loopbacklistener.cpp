#include "auth/loopbacklistener.h"

#include "auth/authlogging.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace scs::auth {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LoopbackListener)
};

constexpr qsizetype kMaxRequestBytes = 16 * 1024;

QByteArray page(const QString &title, const QString &text)
{
    return QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "</head><body style=\"font-family:sans-serif;margin:4em\"><h1>%1</h1>"
                          "<p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}

void respond(QTcpSocket *socket, const char *status, const QByteArray &body)
{
    socket->write(QByteArrayLiteral("HTTP/1.1 ") + status
                  + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                    "Connection: close\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}
} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
    , m_success(page(Tr::tr("Signed in"),
                     Tr::tr("SCS Console has your sign-in. You can close this tab.")))
    , m_failure(page(Tr::tr("Sign-in not completed"),
                     Tr::tr("The sign-in did not complete. Return to SCS Console for details.")))
{}

LoopbackListener::~LoopbackListener()
{
    close();
}

void LoopbackListener::setPages(const QByteArray &successHtml, const QByteArray &failureHtml)
{
    m_success = successHtml;
    m_failure = failureHtml;
}

Result<QUrl> LoopbackListener::listen()
{
    close();
    m_done = false;
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return fail(Error::Kind::Io,
                    Tr::tr("The console cannot listen for the browser's answer: %1").arg(reason),
                    reason);
    }
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server->serverPort()));
    qCDebug(lcAuth) << "listening for the browser on port" << m_server->serverPort();
    return m_redirectUri;
}

void LoopbackListener::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void LoopbackListener::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        respond(socket, "413 Payload Too Large", {});
        return;
    }
    if (!socket->canReadLine())
        return; // wait for the request line
    const QList<QByteArray> requestLine = socket->readLine().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        respond(socket, "405 Method Not Allowed", {});
        return;
    }
    const QUrl url = m_redirectUri.resolved(QUrl::fromEncoded(requestLine.at(1)));
    if (url.path() != m_redirectUri.path() || m_done) {
        respond(socket, "404 Not Found", {});
        return;
    }
    const QUrlQuery query(url);
    if (!m_expectedState.isEmpty()
        && query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_expectedState) {
        // Not the answer to our request: it must not end the sign-in (nor reach the session).
        qCWarning(lcAuth) << "ignored a callback with a wrong state; still waiting";
        respond(socket, "400 Bad Request", m_failure);
        return;
    }
    m_done = true;
    const bool ok = query.hasQueryItem(QStringLiteral("code"));
    respond(socket, "200 OK", ok ? m_success : m_failure);
    Q_EMIT callbackReceived(url);
}

} // namespace scs::auth
