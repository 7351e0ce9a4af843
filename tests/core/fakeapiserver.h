#pragma once

// A small HTTP/1.1 server on 127.0.0.1 that plays the Central API in unit tests: each request is
// answered by a handler; a handler may keep the connection open and stream chunks (watch).

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QPointer<QTcpSocket> socket;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    bool stream = false; // chunked; the connection stays open for FakeApiServer::sendChunk
    bool noAnswer = false; // never answer (timeouts)
    QByteArray headers; // more header lines, each ending in "\r\n" (Location, Retry-After)
};

class FakeApiServer : public QObject
{
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeApiServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_buffers.insert(socket, {});
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { onReadyRead(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    m_streams.removeAll(socket);
                    socket->deleteLater();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    ~FakeApiServer() override
    {
        const auto sockets = m_buffers.keys();
        for (QTcpSocket *socket : sockets) {
            socket->disconnect(this);
            delete socket;
        }
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    // Handlers are tried newest first; the first that matches method and path answers.
    void on(const QByteArray &method, const QString &path, Handler handler)
    {
        m_routes.prepend({method, path, std::move(handler)});
    }
    void onJson(const QByteArray &method, const QString &path, int status, const QByteArray &body)
    {
        on(method, path, [status, body](const FakeRequest &) {
            FakeResponse r;
            r.status = status;
            r.body = body;
            return r;
        });
    }

    QList<FakeRequest> requests;
    QList<QPointer<QTcpSocket>> streams() const { return m_streams; }

    void sendChunk(QTcpSocket *socket, const QByteArray &data)
    {
        if (!socket || data.isEmpty())
            return;
        socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
        socket->flush();
    }
    void endStream(QTcpSocket *socket)
    {
        if (!socket)
            return;
        socket->write("0\r\n\r\n");
        socket->flush();
        socket->disconnectFromHost();
    }
    // Cuts every open stream without a proper end, like a restarting server.
    void cutStreams()
    {
        const auto streams = m_streams;
        for (const auto &socket : streams) {
            if (socket)
                socket->abort();
        }
        m_streams.clear();
    }
    int count(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        for (const auto &r : requests)
            n += r.method == method && r.path == path;
        return n;
    }

private:
    struct Route
    {
        QByteArray method;
        QString path;
        Handler handler;
    };

    static QByteArray reasonPhrase(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 201: return "Created";
        case 304: return "Not Modified";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 409: return "Conflict";
        case 410: return "Gone";
        case 422: return "Unprocessable Entity";
        case 500: return "Internal Server Error";
        default: return "Status";
        }
    }

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            FakeRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QUrl target(QString::fromLatin1(first.value(1)));
            request.path = target.path();
            request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0) {
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
                }
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            request.socket = socket;
            requests.append(request);
            answer(socket, request);
        }
    }

    void answer(QTcpSocket *socket, const FakeRequest &request)
    {
        FakeResponse response;
        response.status = 404;
        response.body = R"({"kind":"Status","apiVersion":"v1","status":"Failure",)"
                        R"("message":"the server could not find the requested resource",)"
                        R"("reason":"NotFound","code":404})";
        for (const Route &route : std::as_const(m_routes)) {
            if (route.method == request.method && route.path == request.path) {
                response = route.handler(request);
                break;
            }
        }
        if (response.noAnswer)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + reasonPhrase(response.status) + "\r\nContent-Type: " + response.contentType
            + "\r\n" + response.headers;
        if (response.stream) {
            // The stream ends by closing the connection (endStream): said up front, so that a
            // client does not send its next request on a connection about to go.
            socket->write(head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
            m_streams.append(socket);
            sendChunk(socket, response.body);
        } else {
            socket->write(head + "Content-Length: " + QByteArray::number(response.body.size())
                          + "\r\nConnection: close\r\n\r\n" + response.body);
            socket->disconnectFromHost();
        }
        socket->flush();
    }

    QTcpServer m_server;
    QList<Route> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_streams;
};

#include "kube/tokensource.h"
#include "profiles/connectionprofile.h"

// A profile that points a KubeClient at a FakeApiServer (plain http, no CA, no issuer).
inline scs::ConnectionProfile profileFor(const QUrl &url,
                                         const QString &name = QStringLiteral("test"))
{
    scs::ConnectionProfile p;
    p.name = name;
    p.apiUrl = url;
    return p;
}

// A token source whose refresh the test scripts: succeed with a new token or fail.

#include <QTimer>

class ScriptedTokenSource : public scs::kube::TokenSource
{
public:
    explicit ScriptedTokenSource(QString token, QObject *parent = nullptr)
        : TokenSource(parent)
        , m_token(std::move(token))
    {}
    QString bearerToken() const override { return m_token; }
    void requestRefresh() override
    {
        ++refreshCount;
        if (silent)
            return; // an issuer that never answers
        QTimer::singleShot(0, this, [this] {
            if (nextToken.isEmpty()) {
                Q_EMIT refreshFailed(scs::Error{scs::Error::Kind::Unauthorized,
                                                QStringLiteral("Session expired."),
                                                QStringLiteral("no refresh token"), {}, {}, 0, 0});
            } else {
                m_token = nextToken;
                Q_EMIT refreshed();
            }
        });
    }
    QString nextToken; // empty: the refresh fails
    bool silent = false; // requestRefresh() is never answered
    int refreshCount = 0;

private:
    QString m_token;
};
