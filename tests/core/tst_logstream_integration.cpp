// LogStream and WorkloadLogs against the local Central API stack (a real kube-apiserver, no
// kubelet yet): what the server really answers for a refused log (tenants may read pods but
// not pods/log), for a pod that is not scheduled (Pending: nothing to read yet, so the stream
// waits), and for a pod deleted while followed (404: the stream ends, saying so). A
// WorkloadLogs finds the pod by its labels. Lines themselves need a node that runs containers.
#include "kube/kubeclient.h"
#include "logs/logstream.h"
#include "logs/workloadlogs.h"
#include "kubestack.h"

#include <QDateTime>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::kube;
using namespace scs::logs;
using namespace std::chrono_literals;

class TestLogStreamIntegration : public QObject
{
    Q_OBJECT

private:
    KubeStack m_stack;
    QString m_alice;

    bool kubectl(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_stack.value("SCS_KUBECTL"),
                      QStringList{"--kubeconfig", m_stack.value("SCS_ADMIN_KUBECONFIG")} + args);
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        const bool done = QTest::qWaitFor(
            [&process] { return process.state() == QProcess::NotRunning; }, 30000);
        if (!done || process.exitCode() != 0) {
            qWarning() << "kubectl" << args << "failed:" << process.readAll();
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!m_stack.load(&why))
            QFAIL(qPrintable(why)); // run by ctest, the stack is a fixture: never a skip
        m_alice = m_stack.token("alice", &why);
        QVERIFY2(!m_alice.isEmpty(), qPrintable(why));
    }

    // Tenants of the Central API may get pods but not pods/log: the stream ends at once with
    // the console's words for a refusal, and does not retry.
    void shouldEndWhenTheLogIsRefused()
    {
        StaticTokenSource tokens(m_alice);
        KubeClient client(m_stack.profile(), &tokens);
        LogStream stream(&client, QStringLiteral("tenant-a"), QStringLiteral("no-such-pod"), {});
        QSignalSpy ended(&stream, &LogSource::ended);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
        const QString message = ended.first().first().toString();
        QVERIFY2(!message.isEmpty(), "a refusal must say why");
        QCOMPARE(stream.state(), LogStream::State::Ended);
        QCOMPARE(stream.reconnects(), 0);
    }

    void shouldWaitForAPendingPodAndEndWhenItIsDeleted()
    {
        const QString name = QStringLiteral("logs-it-%1").arg(QDateTime::currentMSecsSinceEpoch());
        // Reading logs granted to tenant-a's admins for this test only.
        const QByteArray grant = QStringLiteral(
                                     "apiVersion: rbac.authorization.k8s.io/v1\n"
                                     "kind: Role\n"
                                     "metadata: {name: %1, namespace: tenant-a}\n"
                                     "rules:\n"
                                     "- apiGroups: [\"\"]\n"
                                     "  resources: [pods/log]\n"
                                     "  verbs: [get]\n"
                                     "---\n"
                                     "apiVersion: rbac.authorization.k8s.io/v1\n"
                                     "kind: RoleBinding\n"
                                     "metadata: {name: %1, namespace: tenant-a}\n"
                                     "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, "
                                     "name: %1}\n"
                                     "subjects:\n"
                                     "- {apiGroup: rbac.authorization.k8s.io, kind: Group, "
                                     "name: \"oidc:tenant-a-admins\"}\n"
                                     "---\n"
                                     // No controller manager makes "default" here.
                                     "apiVersion: v1\n"
                                     "kind: ServiceAccount\n"
                                     "metadata: {name: %1, namespace: tenant-a}\n"
                                     "---\n"
                                     "apiVersion: v1\n"
                                     "kind: Pod\n"
                                     "metadata: {name: %1, namespace: tenant-a, "
                                     "labels: {app: %1}}\n"
                                     "spec:\n"
                                     "  serviceAccountName: %1\n"
                                     "  automountServiceAccountToken: false\n"
                                     "  containers:\n"
                                     "  - {name: app, image: registry.example/app:1}\n")
                                     .arg(name)
                                     .toUtf8();
        // Set before the apply: what a half-done apply made goes too.
        const auto cleanup = qScopeGuard([&] {
            kubectl({"-n", "tenant-a", "delete", "pod,role,rolebinding,serviceaccount", name,
                     "--ignore-not-found", "--wait=false"});
        });
        QVERIFY(kubectl({"apply", "-f", "-"}, grant));
        StaticTokenSource tokens(m_alice);
        KubeClient client(m_stack.profile(), &tokens);

        // The pod, found by its labels.
        WorkloadLogs workload(&client, QStringLiteral("tenant-a"),
                              QStringLiteral("app=%1").arg(name), {});
        workload.start();
        QTRY_COMPARE_WITH_TIMEOUT(workload.streaming(), QStringList{name + QStringLiteral("/app")},
                                  10000);
        workload.stop();

        LogStream stream(&client, QStringLiteral("tenant-a"), name, {});
        stream.setBackoff(200ms, 400ms);
        QSignalSpy status(&stream, &LogSource::statusChanged);
        QSignalSpy ended(&stream, &LogSource::ended);
        QSignalSpy lines(&stream, &LogSource::linesReceived);
        stream.start();
        // Not scheduled: no log yet; the stream waits and says why.
        QTRY_VERIFY_WITH_TIMEOUT(stream.reconnects() >= 2, 10000);
        QVERIFY2(ended.isEmpty(),
                 ended.isEmpty() ? "" : qPrintable(ended.first().first().toString()));
        QVERIFY(!status.isEmpty());
        qInfo() << "status while pending:" << status.last().first().toString();
        QCOMPARE(lines.size(), 0);

        QVERIFY(kubectl({"-n", "tenant-a", "delete", "pod", name, "--grace-period=0", "--force"}));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
        QVERIFY2(ended.first().first().toString().contains(name),
                 qPrintable(ended.first().first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestLogStreamIntegration)
#include "tst_logstream_integration.moc"
