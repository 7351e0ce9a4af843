// ForwardConnection's framing against a local QWebSocketServer standing in for the kubelet's
// v4.channel.k8s.io port-forward handler: the port prefix on each channel checked and stripped
// (also when it is split over frames, and refused when it names another port), data both ways
// on channel 0, the error channel's text reported, closes propagated both ways, backpressure
// (a WebSocket peer that stops reading stops the local socket being read, and nothing is lost
// when it reads again), and one token refresh after a 401 handshake.
#include "kube/kubeclient.h"
#include "kube/tokensource.h"
#include "portforward/forwardconnection.h"

#include <QAtomicInteger>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace scs;
using namespace scs::kube;
using namespace scs::portforward;

namespace {

constexpr quint16 remotePort = 8080; // 0x1f90: 0x90 0x1f little endian

QByteArray frame(char channel, const QByteArray &data)
{
    return QByteArray(1, channel) + data;
}

const QByteArray portPrefix("\x90\x1f", 2);

ConnectionProfile profileFor(quint16 port)
{
    ConnectionProfile p;
    p.name = QStringLiteral("fake");
    p.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return p;
}

// A token source whose refresh hands out "fresh".
class RefreshingTokens : public TokenSource
{
public:
    QString token = QStringLiteral("stale");
    int refreshes = 0;
    [[nodiscard]] QString bearerToken() const override { return token; }
    void requestRefresh() override
    {
        ++refreshes;
        QTimer::singleShot(0, this, [this] {
            token = QStringLiteral("fresh");
            Q_EMIT refreshed();
        });
    }
};

// The kubelet's side in a thread of its own, so that it can stop reading (hold()) while the
// console's side keeps running: counts and checks the bytes that arrive on channel 0.
class SlowPeer : public QObject
{
    Q_OBJECT

public:
    QWebSocketServer *server = nullptr;
    QSemaphore release;
    QAtomicInteger<qint64> received = 0;
    QAtomicInteger<int> corrupt = 0;
    QAtomicInteger<quint16> port = 0;

    Q_INVOKABLE void listen()
    {
        server = new QWebSocketServer(QStringLiteral("peer"), QWebSocketServer::NonSecureMode,
                                      this);
        server->setSupportedSubprotocols({QStringLiteral("v4.channel.k8s.io")});
        connect(server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *ws = server->nextPendingConnection();
            ws->setParent(server); // the caller owns it: gone with the server
            ws->sendBinaryMessage(frame(0, portPrefix));
            ws->sendBinaryMessage(frame(1, portPrefix));
            connect(ws, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &m) {
                if (m.isEmpty() || m.at(0) != 0) {
                    ++corrupt;
                    return;
                }
                // The local writer sends bytes i % 251 at offset i.
                const qint64 offset = received;
                for (qsizetype i = 1; i < m.size(); ++i) {
                    if (quint8(m.at(i)) != quint8((offset + i - 1) % 251)) {
                        ++corrupt;
                        break;
                    }
                }
                received += m.size() - 1;
            });
        });
        server->listen(QHostAddress::LocalHost, 0);
        port = server->serverPort();
    }
    // Blocks this thread (no reading) until release is released.
    Q_INVOKABLE void hold() { release.acquire(); }
};

} // namespace

class TestForwardConnection : public QObject
{
    Q_OBJECT

private:
    QWebSocketServer *m_server = nullptr;
    QList<QPointer<QWebSocket>> m_peers; // the server's side of each WebSocket
    QTcpServer m_local;
    QList<QTcpSocket *> m_clients; // the local programs' sockets
    StaticTokenSource m_tokens{QStringLiteral("token")};
    std::unique_ptr<KubeClient> m_client;

    // A connected local pair: the program's socket and the accepted one for the connection.
    std::pair<QTcpSocket *, QTcpSocket *> localPair()
    {
        auto *client = new QTcpSocket(this);
        client->connectToHost(QHostAddress::LocalHost, m_local.serverPort());
        m_clients.append(client);
        if (!QTest::qWaitFor([&] { return m_local.hasPendingConnections(); }, 5000))
            return {client, nullptr};
        return {client, m_local.nextPendingConnection()};
    }

    ForwardConnection *makeConnection(QTcpSocket **client)
    {
        auto [program, accepted] = localPair();
        *client = program;
        if (!accepted)
            return nullptr;
        return new ForwardConnection(accepted, m_client.get(),
                                     QStringLiteral("/api/v1/namespaces/demo/pods/web/portforward"),
                                     remotePort, this);
    }

    QWebSocket *waitForPeer()
    {
        if (!QTest::qWaitFor([&] { return !m_peers.isEmpty() && m_peers.constLast(); }, 5000))
            return nullptr;
        return m_peers.constLast();
    }

    static QByteArray readUntil(QTcpSocket *socket, qsizetype size)
    {
        QByteArray data;
        (void)QTest::qWaitFor([&] {
            data += socket->readAll();
            return data.size() >= size;
        }, 5000);
        return data;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_local.listen(QHostAddress::LocalHost, 0));
    }

    void init()
    {
        m_server = new QWebSocketServer(QStringLiteral("kubelet"),
                                        QWebSocketServer::NonSecureMode, this);
        m_server->setSupportedSubprotocols({QStringLiteral("v4.channel.k8s.io")});
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        connect(m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *ws = m_server->nextPendingConnection()) {
                ws->setParent(m_server); // the caller owns it: deleted with the server in cleanup()
                m_peers.append(ws);
            }
        });
        m_client = std::make_unique<KubeClient>(profileFor(m_server->serverPort()), &m_tokens);
    }

    void cleanup()
    {
        qDeleteAll(m_clients);
        m_clients.clear();
        m_peers.clear();
        delete m_server;
        m_server = nullptr;
        m_client.reset();
    }

    void shouldAskForThePortWithTheV4ProtocolAndCarryDataBothWays()
    {
        QTcpSocket *program = nullptr;
        ForwardConnection *connection = makeConnection(&program);
        QVERIFY(connection);
        QSignalSpy opened(connection, &ForwardConnection::opened);
        QSignalSpy finished(connection, &ForwardConnection::finished);
        connection->start();
        QWebSocket *peer = waitForPeer();
        QVERIFY(peer);
        QCOMPARE(peer->requestUrl().path(),
                 QStringLiteral("/api/v1/namespaces/demo/pods/web/portforward"));
        QCOMPARE(peer->requestUrl().query(), QStringLiteral("ports=8080"));
        QCOMPARE(peer->subprotocol(), QStringLiteral("v4.channel.k8s.io"));
        QTRY_COMPARE(opened.size(), 1);

        QList<QByteArray> toPod;
        connect(peer, &QWebSocket::binaryMessageReceived, this,
                [&toPod](const QByteArray &m) { toPod.append(m); });
        peer->sendBinaryMessage(frame(0, portPrefix));
        peer->sendBinaryMessage(frame(1, portPrefix));
        peer->sendBinaryMessage(frame(0, "HTTP/1.0 200 OK\r\n\r\nhello"));
        QCOMPARE(readUntil(program, 24), QByteArray("HTTP/1.0 200 OK\r\n\r\nhello"));

        program->write("GET / HTTP/1.0\r\n\r\n");
        QTRY_VERIFY(!toPod.isEmpty());
        // Channel 0, no port prefix from the client.
        QCOMPARE(toPod.join(), frame(0, "GET / HTTP/1.0\r\n\r\n"));
        QCOMPARE(connection->bytesFromPod(), 24);
        QCOMPARE(connection->bytesToPod(), 18);
        QVERIFY(finished.isEmpty());
    }

    void shouldTakeAPortPrefixSplitOverFrames()
    {
        QTcpSocket *program = nullptr;
        ForwardConnection *connection = makeConnection(&program);
        QVERIFY(connection);
        connection->start();
        QWebSocket *peer = waitForPeer();
        QVERIFY(peer);
        QTRY_VERIFY(connection->isOpen());
        peer->sendBinaryMessage(frame(0, QByteArray("\x90", 1)));
        peer->sendBinaryMessage(frame(0, QByteArray("\x1f", 1) + "ab"));
        peer->sendBinaryMessage(frame(0, "cd"));
        QCOMPARE(readUntil(program, 4), QByteArray("abcd"));
    }

    void shouldRefuseAnotherPortsPrefix()
    {
        QTcpSocket *program = nullptr;
        ForwardConnection *connection = makeConnection(&program);
        QVERIFY(connection);
        QSignalSpy finished(connection, &ForwardConnection::finished);
        connection->start();
        QWebSocket *peer = waitForPeer();
        QVERIFY(peer);
        QTRY_VERIFY(connection->isOpen());
        peer->sendBinaryMessage(frame(0, QByteArray("\x91\x1f", 2) + "x"));
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.first().first().value<Error>();
        QCOMPARE(error.kind, Error::Kind::Server);
        QVERIFY2(error.message.contains(QStringLiteral("8081"))
                     && error.message.contains(QStringLiteral("8080")),
                 qPrintable(error.message));
        QTRY_COMPARE(program->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(program->readAll(), QByteArray()); // nothing of the wrong port's data
    }

    void shouldReportTheErrorChannelsText()
    {
        QTcpSocket *program = nullptr;
        ForwardConnection *connection = makeConnection(&program);
        QVERIFY(connection);
        QSignalSpy finished(connection, &ForwardConnection::finished);
        connection->start();
        QWebSocket *peer = waitForPeer();
        QVERIFY(peer);
        QTRY_VERIFY(connection->isOpen());
        peer->sendBinaryMessage(frame(0, portPrefix));
        peer->sendBinaryMessage(frame(1, portPrefix));
        peer->sendBinaryMessage(frame(1, "error forwarding port 8080 to pod web: "));
        peer->sendBinaryMessage(frame(1, "dial tcp 10.0.0.1:8080: connection refused"));
        peer->close();
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.first().first().value<Error>();
        QCOMPARE(error.kind, Error::Kind::Server);
        QVERIFY2(error.message.contains(QStringLiteral("10.0.0.1:8080: connection refused")),
                 qPrintable(error.message));
        QTRY_COMPARE(program->state(), QAbstractSocket::UnconnectedState);
    }

    void shouldCloseTheWebSocketWhenTheLocalProgramCloses()
    {
        QTcpSocket *program = nullptr;
        ForwardConnection *connection = makeConnection(&program);
        QVERIFY(connection);
        QSignalSpy finished(connection, &ForwardConnection::finished);
        connection->start();
        QPointer<QWebSocket> peer = waitForPeer();
        QVERIFY(peer);
        QTRY_VERIFY(connection->isOpen());
        QSignalSpy peerClosed(peer.data(), &QWebSocket::disconnected);
        QList<QByteArray> toPod;
        connect(peer, &QWebSocket::binaryMessageReceived, this,
                [&toPod](const QByteArray &m) { toPod.append(m); });
        program->write("last words");
        program->disconnectFromHost();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<Error>().message.isEmpty());
        QTRY_COMPARE(peerClosed.size(), 1);
        // What the program wrote before it closed still went out.
        QCOMPARE(toPod.join(), frame(0, "last words"));
    }

    void shouldCloseTheLocalSideWhenThePodSideClosesAfterItsLastBytes()
    {
        QTcpSocket *program = nullptr;
        ForwardConnection *connection = makeConnection(&program);
        QVERIFY(connection);
        QSignalSpy finished(connection, &ForwardConnection::finished);
        connection->start();
        QWebSocket *peer = waitForPeer();
        QVERIFY(peer);
        QTRY_VERIFY(connection->isOpen());
        peer->sendBinaryMessage(frame(0, portPrefix + "bye"));
        peer->close();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<Error>().message.isEmpty());
        QCOMPARE(readUntil(program, 3), QByteArray("bye"));
        QTRY_COMPARE(program->state(), QAbstractSocket::UnconnectedState);
    }

    void shouldStopReadingTheLocalSocketWhileThePodSideDoesNotRead()
    {
        QThread thread;
        SlowPeer peer;
        peer.moveToThread(&thread);
        thread.start();
        const auto stop = qScopeGuard([&] {
            peer.release.release(16);
            thread.quit();
            thread.wait();
            delete peer.server;
        });
        QMetaObject::invokeMethod(&peer, &SlowPeer::listen, Qt::BlockingQueuedConnection);
        QVERIFY(peer.port != 0);
        KubeClient client(profileFor(peer.port), &m_tokens);

        auto [program, accepted] = localPair();
        QVERIFY(accepted);
        auto *connection = new ForwardConnection(
            accepted, &client, QStringLiteral("/api/v1/namespaces/demo/pods/web/portforward"),
            remotePort, this);
        connection->start();
        QTRY_VERIFY(connection->isOpen());

        // The pod side stops reading; the local program writes far more than any buffer holds.
        QMetaObject::invokeMethod(&peer, &SlowPeer::hold, Qt::QueuedConnection);
        QTest::qWait(100);
        constexpr qint64 total = 64 * 1024 * 1024;
        QByteArray data(total, Qt::Uninitialized);
        for (qint64 i = 0; i < total; ++i)
            data[i] = char(quint8(i % 251));
        program->write(data);
        QTest::qWait(3000);
        // The connection took only what the WebSocket could hand on (its bound plus what the
        // kernel's socket buffers hold); the rest waits in the program's socket.
        const qint64 taken = connection->bytesToPod();
        qInfo() << "taken while the peer does not read:" << taken << "of" << total;
        QVERIFY2(taken < total / 2, qPrintable(QString::number(taken)));
        QVERIFY(program->bytesToWrite() > 0 || accepted->bytesAvailable() > 0);
        QCOMPARE(int(peer.received), 0);

        // Reading again: everything arrives, in order.
        peer.release.release();
        QTRY_COMPARE_WITH_TIMEOUT(qint64(peer.received), total, 30000);
        QCOMPARE(int(peer.corrupt), 0);
        QCOMPARE(connection->bytesToPod(), total);
        connection->close();
    }

    void shouldRefreshTheTokenOnceAfterA401()
    {
        // A raw server: the first handshake gets 401, the next ones are handed to the
        // WebSocket server (which reads the request from the socket's buffer).
        QTcpServer front;
        QVERIFY(front.listen(QHostAddress::LocalHost, 0));
        QList<QByteArray> authorizations;
        connect(&front, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = front.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [&, socket] {
                const QByteArray head = socket->peek(64 * 1024);
                if (!head.contains("\r\n\r\n"))
                    return;
                socket->disconnect(this);
                for (const QByteArray &line : head.split('\n')) {
                    if (line.toLower().startsWith("authorization:"))
                        authorizations.append(line.mid(14).trimmed());
                }
                if (authorizations.size() == 1) {
                    socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    return;
                }
                m_server->handleConnection(socket);
            });
        });
        RefreshingTokens tokens;
        KubeClient client(profileFor(front.serverPort()), &tokens);
        auto [program, accepted] = localPair();
        QVERIFY(accepted);
        auto *connection = new ForwardConnection(
            accepted, &client, QStringLiteral("/api/v1/namespaces/demo/pods/web/portforward"),
            remotePort, this);
        QSignalSpy finished(connection, &ForwardConnection::finished);
        connection->start();
        QTRY_VERIFY_WITH_TIMEOUT(connection->isOpen() || !finished.isEmpty(), 5000);
        QVERIFY2(finished.isEmpty(),
                 finished.isEmpty() ? ""
                                    : qPrintable(finished.first().first().value<Error>().detail));
        QCOMPARE(tokens.refreshes, 1);
        QCOMPARE(authorizations,
                 (QList<QByteArray>{"Bearer stale", "Bearer fresh"}));
        connection->close();
    }

    void shouldNameTheRefusal_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("forbidden") << QByteArray("403 Forbidden") << int(Error::Kind::Forbidden);
        QTest::newRow("not found") << QByteArray("404 Not Found") << int(Error::Kind::NotFound);
        QTest::newRow("server") << QByteArray("500 Internal Server Error")
                                << int(Error::Kind::Server);
    }

    void shouldNameTheRefusal()
    {
        QFETCH(QByteArray, status);
        QFETCH(int, kind);
        QTcpServer front;
        QVERIFY(front.listen(QHostAddress::LocalHost, 0));
        connect(&front, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = front.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [socket, status] {
                if (!socket->peek(64 * 1024).contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 " + status
                              + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        StaticTokenSource tokens(QStringLiteral("t"));
        KubeClient client(profileFor(front.serverPort()), &tokens);
        auto [program, accepted] = localPair();
        QVERIFY(accepted);
        auto *connection = new ForwardConnection(
            accepted, &client, QStringLiteral("/api/v1/namespaces/demo/pods/web/portforward"),
            remotePort, this);
        QSignalSpy finished(connection, &ForwardConnection::finished);
        connection->start();
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.first().first().value<Error>();
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(connection->refusedStatus(), status.left(3).toInt());
        QTRY_COMPARE(program->state(), QAbstractSocket::UnconnectedState);
    }
};

QTEST_GUILESS_MAIN(TestForwardConnection)
#include "tst_forwardconnection.moc"
