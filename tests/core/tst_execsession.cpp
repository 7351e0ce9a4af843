// ExecSession against a local QWebSocketServer speaking the API server's channel protocol: the
// v5 handshake and the v4 fallback, the terminal size sent first, output split over messages
// and over WebSocket frames, a Status split over two messages, exit codes, "no shell", stdin
// closed (v5 only), a connection dropped without a Status, and a 401 answered by one refresh.
// parseStatus is checked on the Status objects kubelets write.
#include "exec/execprotocol.h"
#include "exec/execsession.h"
#include "kube/kubeclient.h"
#include "kube/tokensource.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace scs;
using namespace scs::exec;

namespace {

// Renews to "fresh" when asked, and counts the requests.
class RenewingTokenSource : public kube::TokenSource
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

QByteArray status(const QByteArray &json)
{
    return protocol::frame(protocol::Error, json);
}

const QByteArray exitCode3 =
    "{\"metadata\":{},\"status\":\"Failure\",\"message\":\"command terminated "
    "with non-zero exit code: exit status 3\",\"reason\":\"NonZeroExitCode\","
    "\"details\":{\"causes\":[{\"reason\":\"ExitCode\",\"message\":\"3\"}]}}";

} // namespace

class TestExecSession : public QObject
{
    Q_OBJECT

private:
    // A server for one test: the subprotocols it accepts, what it got, its open sockets.
    struct Server
    {
        QWebSocketServer ws{QStringLiteral("fake"), QWebSocketServer::NonSecureMode};
        QTcpServer tcp; // in front of `ws`, to answer the first handshake with 401 when asked
        QList<QWebSocket *> sockets;
        QList<QByteArray> received;
        QStringList paths;
        QList<QByteArray> authorizations;
        int refuseFirst = 0; // HTTP status for the first connection; 0: none

        explicit Server(const QStringList &protocols)
        {
            ws.setSupportedSubprotocols(protocols);
            tcp.listen(QHostAddress::LocalHost);
            QObject::connect(&tcp, &QTcpServer::newConnection, &tcp, [this] {
                while (QTcpSocket *socket = tcp.nextPendingConnection()) {
                    if (refuseFirst != 0) {
                        const int code = std::exchange(refuseFirst, 0);
                        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, code] {
                            socket->readAll();
                            socket->write(QStringLiteral("HTTP/1.1 %1 Refused\r\nContent-Length:"
                                                         " 0\r\nConnection: close\r\n\r\n")
                                              .arg(code)
                                              .toLatin1());
                            socket->disconnectFromHost();
                        });
                        continue;
                    }
                    ws.handleConnection(socket);
                }
            });
            QObject::connect(&ws, &QWebSocketServer::newConnection, &ws, [this] {
                while (QWebSocket *socket = ws.nextPendingConnection()) {
                    socket->setParent(&ws); // the caller owns it: gone with the server
                    sockets.append(socket);
                    paths.append(socket->requestUrl().toString(QUrl::FullyEncoded));
                    authorizations.append(socket->request().rawHeader("Authorization"));
                    QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                                     [this](const QByteArray &m) { received.append(m); });
                }
            });
        }
        QUrl url() const
        {
            return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(tcp.serverPort()));
        }
    };

    static ExecOptions options()
    {
        ExecOptions o;
        o.ns = QStringLiteral("demo");
        o.pod = QStringLiteral("web-1");
        o.container = QStringLiteral("web");
        o.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("echo a+b && ls")};
        o.columns = 100;
        o.rows = 30;
        return o;
    }

    static ConnectionProfile profileFor(const QUrl &url)
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("fake");
        profile.apiUrl = url;
        return profile;
    }

private Q_SLOTS:
    void parseStatus_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("success") << QByteArray("{\"metadata\":{},\"status\":\"Success\"}")
                                 << int(ExecEnd::Reason::Exited) << 0 << "Exited with 0";
        QTest::newRow("exit 3") << exitCode3 << int(ExecEnd::Reason::Exited) << 3
                                << "Exited with 3";
        // What kubelet's ServeExec writes for an error that is not an exit code (the stack's
        // node: Go's os/exec; runc: "OCI runtime exec failed: ... executable file not found").
        QTest::newRow("not in PATH")
            << QByteArray("{\"status\":\"Failure\",\"message\":\"Internal error occurred: error "
                          "executing command in container: exec: \\\"bash\\\": executable file "
                          "not found in $PATH\",\"reason\":\"InternalError\",\"code\":500}")
            << int(ExecEnd::Reason::NoShell) << 0 << "no shell";
        QTest::newRow("no such file")
            << QByteArray("{\"status\":\"Failure\",\"message\":\"OCI runtime exec failed: exec "
                          "failed: unable to start container process: exec: \\\"/bin/sh\\\": stat "
                          "/bin/sh: no such file or directory: unknown\",\"code\":500}")
            << int(ExecEnd::Reason::NoShell) << 0 << "no shell";
        QTest::newRow("container gone")
            << QByteArray("{\"status\":\"Failure\",\"message\":\"container \\\"x\\\" in "
                          "pod \\\"p\\\" not found\",\"reason\":\"NotFound\",\"code\":404}")
            << int(ExecEnd::Reason::Failed) << 0 << "container \"x\" in pod \"p\" not found";
        QTest::newRow("exit code unreadable")
            << QByteArray("{\"status\":\"Failure\",\"message\":\"odd\",\"reason\":"
                          "\"NonZeroExitCode\",\"details\":{\"causes\":[{\"reason\":"
                          "\"ExitCode\",\"message\":\"x\"}]}}")
            << int(ExecEnd::Reason::Failed) << 0 << "odd";
        QTest::newRow("not json") << QByteArray("oops") << int(ExecEnd::Reason::Failed) << 0
                                  << "does not understand";
    }

    void parseStatus()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, reason);
        QFETCH(int, exitCode);
        QFETCH(QString, messagePart);
        const ExecEnd end = exec::parseStatus(json);
        QCOMPARE(int(end.reason), reason);
        QCOMPARE(end.exitCode, exitCode);
        QVERIFY2(end.message().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(end.message()));
    }

    void shouldSpeakV5AndReadOutputAndASplitStatus()
    {
        Server server({QStringLiteral("v5.channel.k8s.io"), QStringLiteral("v4.channel.k8s.io")});
        kube::StaticTokenSource tokens(QStringLiteral("t"));
        kube::KubeClient client(profileFor(server.url()), &tokens);
        ExecSession session(&client, options());
        QSignalSpy output(&session, &ExecSession::outputReceived);
        QSignalSpy ended(&session, &ExecSession::ended);
        session.start();
        QTRY_COMPARE(session.state(), ExecSession::State::Open);
        QCOMPARE(session.subprotocol(), QStringLiteral("v5.channel.k8s.io"));
        QCOMPARE(server.paths.size(), 1);
        const QString path = server.paths.first();
        QVERIFY2(path.contains(QStringLiteral("/api/v1/namespaces/demo/pods/web-1/exec?")),
                 qPrintable(path));
        QVERIFY2(path.contains(QStringLiteral("command=sh&command=-c&command=echo%20a%2Bb%20%26%26"
                                              "%20ls")),
                 qPrintable(path));
        QVERIFY(path.contains(QStringLiteral("container=web")));
        QVERIFY(path.contains(QStringLiteral("tty=true")));
        QCOMPARE(server.authorizations.first(), QByteArray("Bearer t"));
        // The terminal's size goes first.
        QTRY_COMPARE(server.received.size(), 1);
        QCOMPARE(server.received.first(),
                 protocol::frame(protocol::Resize, "{\"Height\":30,\"Width\":100}"));

        QWebSocket *peer = server.sockets.first();
        peer->sendBinaryMessage(protocol::frame(protocol::Stdout, "hel"));
        peer->sendBinaryMessage(protocol::frame(protocol::Stdout, QByteArray())); // nothing
        peer->sendBinaryMessage(protocol::frame(protocol::Stdout, "lo\r\n"));
        peer->sendBinaryMessage(protocol::frame(protocol::Stderr, "warn"));
        QTRY_COMPARE(output.size(), 3);
        QCOMPARE(output.at(0).at(0).toByteArray() + output.at(1).at(0).toByteArray(),
                 QByteArray("hello\r\n"));
        QCOMPARE(output.at(2).at(1).toBool(), true);

        session.sendInput("ls\r");
        session.resize(120, 40);
        QVERIFY(session.closeInput());
        QTRY_COMPARE(server.received.size(), 4);
        QCOMPARE(server.received.at(1), protocol::frame(protocol::Stdin, "ls\r"));
        QCOMPARE(server.received.at(2),
                 protocol::frame(protocol::Resize, "{\"Height\":40,\"Width\":120}"));
        QCOMPARE(server.received.at(3), QByteArray("\xff\x00", 2));

        peer->sendBinaryMessage(status(exitCode3.left(20)));
        peer->sendBinaryMessage(status(exitCode3.mid(20)));
        peer->close();
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(session.state(), ExecSession::State::Ended);
        QCOMPARE(session.end().reason, ExecEnd::Reason::Exited);
        QCOMPARE(session.end().exitCode, 3);
    }

    void shouldFallBackToV4()
    {
        Server server({QStringLiteral("v4.channel.k8s.io")});
        kube::StaticTokenSource tokens(QStringLiteral("t"));
        kube::KubeClient client(profileFor(server.url()), &tokens);
        ExecSession session(&client, options());
        QSignalSpy ended(&session, &ExecSession::ended);
        session.start();
        QTRY_COMPARE(session.state(), ExecSession::State::Open);
        QCOMPARE(session.subprotocol(), QStringLiteral("v4.channel.k8s.io"));
        QVERIFY(!session.closeInput()); // v4 has no way to say it
        server.sockets.first()->sendBinaryMessage(status("{\"status\":\"Success\"}"));
        server.sockets.first()->close();
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(session.end().reason, ExecEnd::Reason::Exited);
        QCOMPARE(session.end().exitCode, 0);
        QCOMPARE(session.end().message(), QStringLiteral("Exited with 0"));
    }

    void shouldReassembleFragmentedMessages()
    {
        Server server({QStringLiteral("v5.channel.k8s.io")});
        kube::StaticTokenSource tokens(QStringLiteral("t"));
        kube::KubeClient client(profileFor(server.url()), &tokens);
        ExecSession session(&client, options());
        QSignalSpy output(&session, &ExecSession::outputReceived);
        session.start();
        QTRY_COMPARE(session.state(), ExecSession::State::Open);
        QWebSocket *peer = server.sockets.first();
        peer->setOutgoingFrameSize(7); // one message, many frames
        const QByteArray big = QByteArray("0123456789").repeated(50);
        peer->sendBinaryMessage(protocol::frame(protocol::Stdout, big));
        QTRY_COMPARE(output.size(), 1);
        QCOMPARE(output.first().first().toByteArray(), big);
    }

    void shouldSayNoShellForExit127BeforeAnyInput_data()
    {
        QTest::addColumn<bool>("typed");
        QTest::newRow("nothing typed") << false;
        QTest::newRow("typed") << true;
    }

    void shouldSayNoShellForExit127BeforeAnyInput()
    {
        QFETCH(bool, typed);
        Server server({QStringLiteral("v5.channel.k8s.io")});
        kube::StaticTokenSource tokens(QStringLiteral("t"));
        kube::KubeClient client(profileFor(server.url()), &tokens);
        ExecSession session(&client, options());
        QSignalSpy ended(&session, &ExecSession::ended);
        session.start();
        QTRY_COMPARE(session.state(), ExecSession::State::Open);
        if (typed)
            session.sendInput("nosuch\r");
        QByteArray code127 = exitCode3;
        code127.replace("status 3", "status 127")
            .replace("\"message\":\"3\"", "\"message\":\"127\"");
        server.sockets.first()->sendBinaryMessage(status(code127));
        server.sockets.first()->close();
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(session.end().reason,
                 typed ? ExecEnd::Reason::Exited : ExecEnd::Reason::NoShell);
        QCOMPARE(session.end().exitCode, 127);
    }

    void shouldReportALostConnection()
    {
        Server server({QStringLiteral("v5.channel.k8s.io")});
        kube::StaticTokenSource tokens(QStringLiteral("t"));
        kube::KubeClient client(profileFor(server.url()), &tokens);
        ExecSession session(&client, options());
        QSignalSpy ended(&session, &ExecSession::ended);
        session.start();
        QTRY_COMPARE(session.state(), ExecSession::State::Open);
        server.sockets.first()->abort(); // no Status, no close frame
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(session.end().reason, ExecEnd::Reason::ConnectionLost);
        QVERIFY(session.end().message().startsWith(QStringLiteral("Connection lost")));
    }

    void shouldRefreshOnceAfter401()
    {
        Server server({QStringLiteral("v5.channel.k8s.io")});
        server.refuseFirst = 401;
        RenewingTokenSource tokens;
        kube::KubeClient client(profileFor(server.url()), &tokens);
        ExecSession session(&client, options());
        session.start();
        QTRY_COMPARE(session.state(), ExecSession::State::Open);
        QCOMPARE(tokens.refreshes, 1);
        QCOMPARE(server.authorizations, QList<QByteArray>{"Bearer fresh"});
    }

    void shouldGiveUpWhenTheRefreshFails()
    {
        Server server({QStringLiteral("v5.channel.k8s.io")});
        server.refuseFirst = 401;
        kube::StaticTokenSource tokens(QStringLiteral("t")); // cannot refresh
        kube::KubeClient client(profileFor(server.url()), &tokens);
        ExecSession session(&client, options());
        QSignalSpy ended(&session, &ExecSession::ended);
        session.start();
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(session.end().reason, ExecEnd::Reason::Failed);
        QCOMPARE(session.end().error.kind, Error::Kind::Unauthorized);
        QVERIFY(server.sockets.isEmpty());
    }

    void shouldReportAnUnreachableServer()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        kube::StaticTokenSource tokens(QStringLiteral("t"));
        kube::KubeClient client(
            profileFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))), &tokens);
        ExecSession session(&client, options());
        QSignalSpy ended(&session, &ExecSession::ended);
        session.start();
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(session.end().reason, ExecEnd::Reason::ConnectionLost);
    }

    void shouldEndClosedWhenStopped()
    {
        Server server({QStringLiteral("v5.channel.k8s.io")});
        kube::StaticTokenSource tokens(QStringLiteral("t"));
        kube::KubeClient client(profileFor(server.url()), &tokens);
        ExecSession session(&client, options());
        QSignalSpy ended(&session, &ExecSession::ended);
        session.start();
        QTRY_COMPARE(session.state(), ExecSession::State::Open);
        QSignalSpy peerGone(server.sockets.first(), &QWebSocket::disconnected);
        session.stop();
        QCOMPARE(ended.size(), 1);
        QCOMPARE(session.end().reason, ExecEnd::Reason::Closed);
        QTRY_COMPARE(peerGone.size(), 1);
        session.stop();
        QCOMPARE(ended.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExecSession)
#include "tst_execsession.moc"
