// PortForward against the workload cluster of the local stack, whose node (virtual-kubelet,
// containers as local processes) serves the kubelet's WebSocket port-forward: as alice
// (cluster-admin there), a demo pod's HTTP server answers through the forward to a
// QTcpSocket and to the real curl, several connections at once; a Service is resolved to a
// running pod and its named targetPort; a taken local port, a deleted pod and a user without
// pods/portforward each end the forward with their own plain message.
#include "kube/kubeclient.h"
#include "portforward/portforward.h"
#include "kubestack.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace scs;
using namespace scs::kube;
using namespace scs::portforward;
using namespace std::chrono_literals;

class TestPortForwardIntegration : public QObject
{
    Q_OBJECT

private:
    KubeStack m_stack;
    QString m_alice;
    QString m_ns;

    ConnectionProfile workload() const
    {
        ConnectionProfile p = m_stack.profile();
        p.name = QStringLiteral("workload");
        p.apiUrl = QUrl(m_stack.value(QStringLiteral("SCS_WORKLOAD_API_URL")));
        return p;
    }

    // kubectl as the workload cluster's admin.
    int workloadKubectl(const QStringList &args, QByteArray *output = nullptr,
                        const QByteArray &input = {}) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_stack.value(QStringLiteral("SCS_KUBECTL")),
                      QStringList{QStringLiteral("--kubeconfig"),
                                  m_stack.value(QStringLiteral("SCS_WORKLOAD_ADMIN_KUBECONFIG"))}
                          + args);
        process.write(input);
        process.closeWriteChannel();
        // Not blocking the event loop for long: the forwards under test live in it.
        (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000);
        if (output)
            *output = process.readAll();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // A running demo pod's name (the node's own tests replace pods now and then).
    QString runningPod(KubeClient &client)
    {
        QString found;
        (void)QTest::qWaitFor([&] {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("labelSelector"),
                               m_stack.value(QStringLiteral("SCS_DEMO_POD_SELECTOR")));
            bool done = false;
            client.get(QStringLiteral("/api/v1/namespaces/%1/pods").arg(m_ns), query)
                ->onJson(this, [&](const Result<QJsonDocument> &answer) {
                    done = true;
                    if (!answer)
                        return;
                    for (const QJsonValue &p : answer->object().value(u"items").toArray()) {
                        const QJsonObject pod = p.toObject();
                        if (pod.value(u"status").toObject().value(u"phase").toString()
                                == u"Running"
                            && !pod.value(u"metadata").toObject().contains(u"deletionTimestamp"))
                            found = pod.value(u"metadata").toObject().value(u"name").toString();
                    }
                });
            (void)QTest::qWaitFor([&] { return done; }, 10000);
            return !found.isEmpty();
        }, 30000);
        return found;
    }

    // One HTTP/1.0 GET through 127.0.0.1:`port`; the whole answer.
    static QByteArray httpGet(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                             10000))
            return {};
        socket.write("GET / HTTP/1.0\r\nHost: localhost\r\n\r\n");
        QByteArray answer;
        (void)QTest::qWaitFor([&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        }, 20000);
        return answer + socket.readAll();
    }

    static QString curl(quint16 port)
    {
        QProcess process;
        process.start(QStringLiteral("curl"),
                      {QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("20"),
                       QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!m_stack.load(&why))
            QFAIL(qPrintable(why)); // run by ctest, the stack is a fixture: never a skip
        m_alice = m_stack.token(QStringLiteral("alice"), &why);
        QVERIFY2(!m_alice.isEmpty(), qPrintable(why));
        m_ns = m_stack.value(QStringLiteral("SCS_DEMO_NAMESPACE"));
        QVERIFY2(!m_ns.isEmpty(), "stack env without the workload node");
    }

    void shouldServeThePodsPageToASocketAndToCurl()
    {
        StaticTokenSource tokens(m_alice);
        KubeClient client(workload(), &tokens);
        const QString pod = runningPod(client);
        QVERIFY(!pod.isEmpty());
        PortForward forward(&client, m_ns, QStringLiteral("Pod"), pod, 8080, 0);
        forward.start();
        QTRY_COMPARE_WITH_TIMEOUT(forward.state(), PortForward::State::Active, 10000);
        QVERIFY(forward.localPort() != 0);
        QCOMPARE(forward.localAddress(), QStringLiteral("127.0.0.1:%1").arg(forward.localPort()));

        const QByteArray answer = httpGet(forward.localPort());
        QVERIFY2(answer.startsWith("HTTP/1.0 200"), answer.constData());
        QVERIFY2(answer.contains("Hello from " + pod.toUtf8()), answer.constData());

        const QString page = curl(forward.localPort());
        QVERIFY2(page.contains(QStringLiteral("<h1>Hello from %1</h1>").arg(pod)),
                 qPrintable(page));
        QTRY_COMPARE(forward.openConnections(), 0);
        QCOMPARE(forward.totalConnections(), 2);
        QVERIFY(forward.bytesFromPod() > 2 * qint64(pod.size()));
        QVERIFY(forward.bytesToPod() > 30);
        QVERIFY2(forward.error().message.isEmpty(), qPrintable(forward.error().message));

        forward.stop();
        QCOMPARE(forward.state(), PortForward::State::Stopped);
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, forward.localPort());
        QVERIFY(!refused.waitForConnected(2000));
    }

    void shouldCarrySeveralConnectionsAtOnce()
    {
        StaticTokenSource tokens(m_alice);
        KubeClient client(workload(), &tokens);
        const QString pod = runningPod(client);
        QVERIFY(!pod.isEmpty());
        PortForward forward(&client, m_ns, QStringLiteral("Pod"), pod, 8080, 0);
        forward.start();
        QTRY_COMPARE_WITH_TIMEOUT(forward.state(), PortForward::State::Active, 10000);
        constexpr int count = 5;
        QList<QTcpSocket *> sockets;
        const auto cleanup = qScopeGuard([&] { qDeleteAll(sockets); });
        for (int i = 0; i < count; ++i) {
            auto *socket = new QTcpSocket;
            socket->connectToHost(QHostAddress::LocalHost, forward.localPort());
            sockets.append(socket);
        }
        // All open at the same time before any of them asks.
        QTRY_COMPARE_WITH_TIMEOUT(forward.openConnections(), count, 10000);
        for (QTcpSocket *socket : std::as_const(sockets))
            socket->write("GET / HTTP/1.0\r\n\r\n");
        QList<QByteArray> answers(count);
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            bool all = true;
            for (int i = 0; i < count; ++i) {
                answers[i] += sockets[i]->readAll();
                all = all && sockets[i]->state() == QAbstractSocket::UnconnectedState;
            }
            return all;
        }()), 20000);
        for (const QByteArray &answer : std::as_const(answers))
            QVERIFY2(answer.contains("Hello from " + pod.toUtf8()), answer.constData());
        QCOMPARE(forward.totalConnections(), count);
    }

    void shouldResolveTheServiceToARunningPodsNamedPort()
    {
        StaticTokenSource tokens(m_alice);
        KubeClient client(workload(), &tokens);
        // Service web: port 80, targetPort "http" (the container's 8080).
        PortForward forward(&client, m_ns, QStringLiteral("Service"), QStringLiteral("web"), 80,
                            0);
        forward.start();
        QTRY_COMPARE_WITH_TIMEOUT(forward.state(), PortForward::State::Active, 10000);
        QCOMPARE(forward.podPort(), quint16(8080));
        QVERIFY(forward.podName().startsWith(QStringLiteral("web-")));
        QVERIFY(forward.targetText().contains(forward.podName()));
        const QString page = curl(forward.localPort());
        QVERIFY2(page.contains(QStringLiteral("Hello from ") + forward.podName()),
                 qPrintable(page));
    }

    void shouldNameATakenLocalPortAndAnotherOne()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        StaticTokenSource tokens(m_alice);
        KubeClient client(workload(), &tokens);
        const QString pod = runningPod(client);
        QVERIFY(!pod.isEmpty());
        PortForward forward(&client, m_ns, QStringLiteral("Pod"), pod, 8080, taken.serverPort());
        forward.start();
        QTRY_COMPARE_WITH_TIMEOUT(forward.state(), PortForward::State::Failed, 10000);
        const QString message = forward.error().message;
        QVERIFY2(message.contains(QString::number(taken.serverPort()))
                     && message.contains(QStringLiteral("already in use")),
                 qPrintable(message));
        // The suggestion is a port that is free.
        const quint16 other = PortForward::suggestLocalPort(taken.serverPort());
        QVERIFY(other != 0 && other != taken.serverPort());
        QVERIFY2(message.contains(QString::number(other)), qPrintable(message));
    }

    void shouldFailSayingThePodIsGoneWhenItIsDeleted()
    {
        StaticTokenSource tokens(m_alice);
        KubeClient client(workload(), &tokens);
        const QString pod = runningPod(client);
        QVERIFY(!pod.isEmpty());
        PortForward forward(&client, m_ns, QStringLiteral("Pod"), pod, 8080, 0);
        forward.setCheckInterval(500ms);
        forward.start();
        QTRY_COMPARE_WITH_TIMEOUT(forward.state(), PortForward::State::Active, 10000);
        const quint16 port = forward.localPort();
        QVERIFY(httpGet(port).contains("Hello from"));
        QByteArray out;
        QVERIFY2(workloadKubectl({QStringLiteral("-n"), m_ns, QStringLiteral("delete"),
                                  QStringLiteral("pod"), pod, QStringLiteral("--wait=false")},
                                 &out)
                     == 0,
                 out.constData());
        QTRY_COMPARE_WITH_TIMEOUT(forward.state(), PortForward::State::Failed, 20000);
        const QString message = forward.error().message;
        QVERIFY2(message.contains(QStringLiteral("pod %1/%2 is gone").arg(m_ns, pod)),
                 qPrintable(message));
        // Listening ended.
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!refused.waitForConnected(2000));
    }

    void shouldSayWhichRightIsMissing()
    {
        // dave may read demo's pods but not forward to them.
        const QString name = QStringLiteral("pf-it-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QByteArray grant =
            QStringLiteral("apiVersion: rbac.authorization.k8s.io/v1\n"
                           "kind: Role\n"
                           "metadata: {name: %1, namespace: %2}\n"
                           "rules:\n"
                           "- {apiGroups: [\"\"], resources: [pods], verbs: [get, list]}\n"
                           "---\n"
                           "apiVersion: rbac.authorization.k8s.io/v1\n"
                           "kind: RoleBinding\n"
                           "metadata: {name: %1, namespace: %2}\n"
                           "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: %1}\n"
                           "subjects:\n"
                           "- {apiGroup: rbac.authorization.k8s.io, kind: User, "
                           "name: \"oidc:dave\"}\n")
                .arg(name, m_ns)
                .toUtf8();
        const auto cleanup = qScopeGuard([&] {
            workloadKubectl({QStringLiteral("-n"), m_ns, QStringLiteral("delete"),
                             QStringLiteral("role,rolebinding"), name,
                             QStringLiteral("--ignore-not-found")});
        });
        QByteArray out;
        QVERIFY2(workloadKubectl({QStringLiteral("apply"), QStringLiteral("-f"),
                                  QStringLiteral("-")},
                                 &out, grant)
                     == 0,
                 out.constData());
        QString why;
        const QString dave = m_stack.token(QStringLiteral("dave"), &why);
        QVERIFY2(!dave.isEmpty(), qPrintable(why));
        StaticTokenSource aliceTokens(m_alice);
        KubeClient aliceClient(workload(), &aliceTokens);
        const QString pod = runningPod(aliceClient);
        QVERIFY(!pod.isEmpty());
        StaticTokenSource tokens(dave);
        KubeClient client(workload(), &tokens);
        // The grant is in effect (RBAC's caches follow within moments): dave reads the pod.
        QVERIFY(QTest::qWaitFor([&] {
            bool done = false;
            bool allowed = false;
            client.get(QStringLiteral("/api/v1/namespaces/%1/pods/%2").arg(m_ns, pod))
                ->onJson(this, [&](const Result<QJsonDocument> &answer) {
                    done = true;
                    allowed = answer.has_value();
                });
            return QTest::qWaitFor([&] { return done; }, 10000) && allowed;
        }, 20000));
        PortForward forward(&client, m_ns, QStringLiteral("Pod"), pod, 8080, 0);
        forward.start();
        QTRY_COMPARE_WITH_TIMEOUT(forward.state(), PortForward::State::Active, 10000);
        const QByteArray answer = httpGet(forward.localPort());
        QVERIFY2(answer.isEmpty(), answer.constData()); // closed without a byte
        QTRY_COMPARE_WITH_TIMEOUT(forward.state(), PortForward::State::Failed, 10000);
        QCOMPARE(forward.error().kind, Error::Kind::Forbidden);
        QVERIFY2(forward.error().message.contains(QStringLiteral("pods/portforward")),
                 qPrintable(forward.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPortForwardIntegration)
#include "tst_portforward_integration.moc"
