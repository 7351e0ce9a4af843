// ExecSession against the local stack's workload API server, whose node (virtual-kubelet in the
// stack's Go program) runs each container as a local process and exec as a real process with a
// pty: as alice (cluster-admin there) `sh -c 'echo hello && ls'` in a pod of the demo
// Deployment prints hello and the container's directory over v5.channel.k8s.io; an interactive
// shell takes typed input and its exit code comes back; a command that is not there is "no
// shell"; a pod or container that does not exist and a refusal (the Central API, where tenants
// may not exec) end with the server's reason.
#include "exec/execsession.h"
#include "kube/kubeclient.h"
#include "kube/tokensource.h"
#include "kubestack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::exec;
using namespace scs::kube;

class TestExecSessionIntegration : public QObject
{
    Q_OBJECT

private:
    KubeStack m_stack;
    QString m_alice;
    ConnectionProfile m_workload;
    QString m_ns;
    QString m_pod;

    ExecOptions optionsFor(const QStringList &command, bool tty = true) const
    {
        ExecOptions o;
        o.ns = m_ns;
        o.pod = m_pod;
        o.container = QStringLiteral("web");
        o.command = command;
        o.tty = tty;
        return o;
    }

    // Runs `session` to its end and returns everything it printed on stdout.
    static QByteArray runToEnd(ExecSession &session)
    {
        QByteArray out;
        QObject::connect(&session, &ExecSession::outputReceived, &session,
                         [&out](const QByteArray &data, bool isStderr) {
                             if (!isStderr)
                                 out += data;
                         });
        session.start();
        if (!QTest::qWaitFor([&] { return session.state() == ExecSession::State::Ended; },
                             30000))
            qWarning() << "the session did not end; output so far:" << out;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!m_stack.load(&why))
            QFAIL(qPrintable(why));
        m_alice = m_stack.token(QStringLiteral("alice"), &why);
        QVERIFY2(!m_alice.isEmpty(), qPrintable(why));
        m_workload = m_stack.profile();
        m_workload.name = QStringLiteral("workload");
        m_workload.apiUrl = QUrl(m_stack.value(QStringLiteral("SCS_WORKLOAD_API_URL")));
        m_ns = m_stack.value(QStringLiteral("SCS_DEMO_NAMESPACE"));
        QVERIFY2(m_workload.apiUrl.isValid() && !m_ns.isEmpty(), "no workload node in the stack");

        // A running pod of the demo Deployment.
        StaticTokenSource tokens(m_alice);
        KubeClient client(m_workload, &tokens);
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("labelSelector"),
                               m_stack.value(QStringLiteral("SCS_DEMO_POD_SELECTOR")));
            KubeReply *reply = client.get(QStringLiteral("/api/v1/namespaces/%1/pods").arg(m_ns),
                                          query);
            QSignalSpy done(reply, &KubeReply::finished);
            if (!done.wait(10000) || !reply->result())
                return false;
            const QJsonArray items = QJsonDocument::fromJson(*reply->result())
                                         .object()
                                         .value(QLatin1String("items"))
                                         .toArray();
            for (const QJsonValue &item : items) {
                const QJsonObject pod = item.toObject();
                if (pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase"))
                            == QLatin1String("Running")
                    && !pod.value(QLatin1String("metadata"))
                            .toObject()
                            .contains(QLatin1String("deletionTimestamp"))) {
                    m_pod = pod.value(QLatin1String("metadata"))
                                .toObject()
                                .value(QLatin1String("name"))
                                .toString();
                    return true;
                }
            }
            return false;
        }()),
                                 30000);
    }

    void shouldRunACommandAndReadItsOutput()
    {
        StaticTokenSource tokens(m_alice);
        KubeClient client(m_workload, &tokens);
        ExecSession session(&client, optionsFor({QStringLiteral("sh"), QStringLiteral("-c"),
                                                 QStringLiteral("echo hello && ls")}));
        QSignalSpy opened(&session, &ExecSession::opened);
        const QByteArray out = runToEnd(session);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(session.subprotocol(), QStringLiteral("v5.channel.k8s.io"));
        // A terminal: lines end in CR LF. The node's containers serve index.html.
        QVERIFY2(out.contains("hello\r\n"), out.constData());
        QVERIFY2(out.contains("index.html"), out.constData());
        QCOMPARE(session.end().reason, ExecEnd::Reason::Exited);
        QCOMPARE(session.end().exitCode, 0);
    }

    void shouldTakeTypedInputAndReturnTheExitCode()
    {
        StaticTokenSource tokens(m_alice);
        KubeClient client(m_workload, &tokens);
        ExecSession session(&client, optionsFor({QStringLiteral("sh")}));
        QByteArray out;
        connect(&session, &ExecSession::outputReceived, this,
                [&out](const QByteArray &data) { out += data; });
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ExecSession::State::Open, 20000);
        session.resize(132, 40);
        session.sendInput("echo $((6*7)) $(stty size)\r");
        QTRY_VERIFY2_WITH_TIMEOUT(out.contains("42 40 132"), out.constData(), 10000);
        session.sendInput("exit 4\r");
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ExecSession::State::Ended, 10000);
        QCOMPARE(session.end().reason, ExecEnd::Reason::Exited);
        QCOMPARE(session.end().exitCode, 4);
    }

    void shouldSeparateStderrWithoutATerminal()
    {
        StaticTokenSource tokens(m_alice);
        KubeClient client(m_workload, &tokens);
        ExecSession session(&client, optionsFor({QStringLiteral("sh"), QStringLiteral("-c"),
                                                 QStringLiteral("echo out; echo err >&2; exit 3")},
                                                /*tty=*/false));
        QByteArray err;
        connect(&session, &ExecSession::outputReceived, this,
                [&err](const QByteArray &data, bool isStderr) {
                    if (isStderr)
                        err += data;
                });
        bool inputClosed = false;
        connect(&session, &ExecSession::opened, this,
                [&] { inputClosed = session.closeInput(); });
        const QByteArray out = runToEnd(session);
        QCOMPARE(out, QByteArray("out\n"));
        QCOMPARE(err, QByteArray("err\n"));
        QVERIFY(inputClosed); // v5: the command is told that no input will come
        QCOMPARE(session.end().reason, ExecEnd::Reason::Exited);
        QCOMPARE(session.end().exitCode, 3);
    }

    void shouldSayWhenTheContainerHasNoSuchShell()
    {
        StaticTokenSource tokens(m_alice);
        KubeClient client(m_workload, &tokens);
        ExecSession session(&client, optionsFor({QStringLiteral("no-such-shell")}));
        runToEnd(session);
        QCOMPARE(session.end().reason, ExecEnd::Reason::NoShell);
        QVERIFY2(session.end().message().contains(QStringLiteral("has no shell")),
                 qPrintable(session.end().message()));
    }

    void shouldNameAMissingPodOrContainer()
    {
        StaticTokenSource tokens(m_alice);
        KubeClient client(m_workload, &tokens);
        ExecOptions noPod = optionsFor({QStringLiteral("sh")});
        noPod.pod = QStringLiteral("no-such-pod");
        ExecSession session(&client, noPod);
        runToEnd(session);
        QCOMPARE(session.end().reason, ExecEnd::Reason::Failed);
        QCOMPARE(session.end().error.kind, Error::Kind::NotFound);
        QVERIFY2(session.end().message().contains(QStringLiteral("no-such-pod")),
                 qPrintable(session.end().message()));

        ExecOptions noContainer = optionsFor({QStringLiteral("sh")});
        noContainer.container = QStringLiteral("no-such-container");
        ExecSession other(&client, noContainer);
        runToEnd(other);
        QCOMPARE(other.end().reason, ExecEnd::Reason::Failed);
        QVERIFY2(other.end().message().contains(QStringLiteral("no-such-container")),
                 qPrintable(other.end().message()));
    }

    void shouldSayWhenExecIsNotAllowed()
    {
        // On the Central API alice may read tenant-a's pods but not exec into them.
        StaticTokenSource tokens(m_alice);
        KubeClient client(m_stack.profile(), &tokens);
        ExecOptions options = optionsFor({QStringLiteral("sh")});
        options.ns = QStringLiteral("tenant-a");
        options.pod = QStringLiteral("any");
        ExecSession session(&client, options);
        runToEnd(session);
        QCOMPARE(session.end().reason, ExecEnd::Reason::Failed);
        QCOMPARE(session.end().error.kind, Error::Kind::Forbidden);
        qInfo() << "refusal:" << session.end().message();
    }
};

QTEST_GUILESS_MAIN(TestExecSessionIntegration)
#include "tst_execsession_integration.moc"
