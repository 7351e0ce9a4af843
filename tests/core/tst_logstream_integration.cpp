// LogStream and WorkloadLogs against the local stack. On the Central API (a real
// kube-apiserver without nodes): what the server really answers for a refused log (tenants may
// read pods but not pods/log), for a pod that is not scheduled (Pending: nothing to read yet, so
// the stream waits), and for a pod deleted while followed (404: the stream ends, saying so); a
// WorkloadLogs finds the pod by its labels. On the workload cluster's API server, whose node
// (virtual-kubelet, containers as local processes) writes real logs: a demo pod followed through
// the fault proxy, its stream cut twice mid-body, every "tick" line exactly once and in order;
// the Deployment's pods interleaved by WorkloadLogs with their names as prefixes.
#include "faultproxy.h"
#include "kube/kubeclient.h"
#include "logs/logstream.h"
#include "logs/workloadlogs.h"
#include "kubestack.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::kube;
using namespace scs::logs;
using namespace scs::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

class TestLogStreamIntegration : public QObject
{
    Q_OBJECT

private:
    KubeStack m_stack;
    QString m_alice;

    bool kubectl(const QStringList &args, const QByteArray &input = {})
    {
        QByteArray output;
        if (m_stack.kubectl(args, &output, input) == 0)
            return true;
        qWarning() << "kubectl" << args << "failed:" << output;
        return false;
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

    void shouldFollowARealPodAcrossCutsWithEveryLineOnce()
    {
        // alice is cluster-admin on the workload cluster (oidc:tenant-a-admins).
        ConnectionProfile workload = m_stack.profile();
        workload.name = QStringLiteral("workload");
        workload.apiUrl = QUrl(m_stack.value("SCS_WORKLOAD_API_URL"));
        const QString ns = m_stack.value("SCS_DEMO_NAMESPACE");
        QVERIFY2(!ns.isEmpty() && workload.apiUrl.isValid(), "stack env without the workload node");

        StaticTokenSource tokens(m_alice);

        // A running demo pod (the node's own tests replace pods now and then), found without
        // the proxy: a request of the finder's reaching the proxy late would take a cut.
        QString pod;
        {
            KubeClient direct(workload, &tokens);
            WorkloadLogs finder(&direct, ns, m_stack.value("SCS_DEMO_POD_SELECTOR"), {});
            finder.start();
            QTRY_VERIFY_WITH_TIMEOUT(!finder.streaming().isEmpty(), 20000);
            pod = finder.streaming().constFirst().section(QLatin1Char('/'), 0, 0);
            finder.stop();
        }

        FaultProxy proxy;
        QString why;
        QString stackctl = m_stack.value("SCS_STACKCTL");
        QVERIFY2(proxy.start(stackctl, m_stack.value("SCS_STACK_RUN_DIR"),
                             {{QStringLiteral("workload"), workload.apiUrl}}, &why),
                 qPrintable(why));
        workload.apiUrl = proxy.url(QStringLiteral("workload"));
        KubeClient client(workload, &tokens);

        // Each of the first two log requests is cut after a few lines' worth of body.
        Fault cut;
        cut.upstream = QStringLiteral("workload");
        cut.kind = QStringLiteral("reset");
        cut.match = QStringLiteral("/log");
        cut.afterBytes = 400;
        cut.count = 2;
        QVERIFY(proxy.set(cut));

        LogOptions options;
        options.container = QStringLiteral("web");
        options.tailLines = 3;
        LogStream stream(&client, ns, pod, options);
        stream.setBackoff(200ms, 400ms);
        QList<LogLine> lines;
        connect(&stream, &LogSource::linesReceived, this,
                [&lines](const QList<LogLine> &batch) { lines += batch; });
        QSignalSpy ended(&stream, &LogSource::ended);
        stream.start();

        const QRegularExpression tick(u"^"_s + QRegularExpression::escape(pod)
                                      + u": tick (\\d+)$"_s);
        const auto ticks = [&] {
            QList<int> out;
            for (const LogLine &l : std::as_const(lines)) {
                if (const auto m = tick.match(l.text); m.hasMatch())
                    out.append(m.captured(1).toInt());
            }
            return out;
        };
        // Two cuts, and a few seconds of lines after the second one.
        const auto seenByProxy = [&proxy, &lines] {
            QString out = u"%1 lines; the proxy saw:"_s.arg(lines.size());
            for (const ProxiedRequest &r : proxy.log())
                out += u" %1 %2 %3 [%4];"_s.arg(r.method, r.path).arg(r.status).arg(r.fault);
            return out;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(stream.reconnects() >= 2, qPrintable(seenByProxy()), 30000);
        const qsizetype afterCuts = ticks().size();
        QTRY_VERIFY_WITH_TIMEOUT(ticks().size() >= afterCuts + 3, 20000);
        stream.stop();
        QVERIFY2(ended.isEmpty(), ended.isEmpty() ? "" : qPrintable(ended.first().first().toString()));

        // The server was really cut twice, and the stream picked up from its last timestamp.
        int cuts = 0;
        for (const ProxiedRequest &r : proxy.log())
            cuts += r.path.endsWith(u"/log"_s) && r.fault == u"reset"_s;
        QCOMPARE(cuts, 2);
        QVERIFY2(stream.query().hasQueryItem(u"sinceTime"_s), qPrintable(stream.query().toString()));

        // Every tick once, none missing: the node writes one a second, numbered.
        const QList<int> seen = ticks();
        QVERIFY2(seen.size() >= 6, qPrintable(QString::number(seen.size())));
        for (qsizetype i = 1; i < seen.size(); ++i) {
            QVERIFY2(seen.at(i) == seen.at(i - 1) + 1,
                     qPrintable(u"tick %1 after tick %2"_s.arg(seen.at(i)).arg(seen.at(i - 1))));
        }
        // The start honoured tailLines: the first tick is a recent one, not tick 1 of an old pod.
        QVERIFY(lines.constFirst().timeNs > 0);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).timeNs >= lines.at(i - 1).timeNs);
    }

    void shouldInterleaveTheDeploymentsPodsWithTheirNames()
    {
        ConnectionProfile workload = m_stack.profile();
        workload.apiUrl = QUrl(m_stack.value("SCS_WORKLOAD_API_URL"));
        StaticTokenSource tokens(m_alice);
        KubeClient client(workload, &tokens);
        LogOptions options;
        options.tailLines = 2;
        WorkloadLogs logs(&client, m_stack.value("SCS_DEMO_NAMESPACE"),
                          m_stack.value("SCS_DEMO_POD_SELECTOR"), options);
        QList<LogLine> lines;
        connect(&logs, &LogSource::linesReceived, this,
                [&lines](const QList<LogLine> &batch) { lines += batch; });
        logs.start();
        // The demo Deployment runs two pods; each line is its pod's, and says so.
        QTRY_VERIFY_WITH_TIMEOUT(logs.streaming().size() >= 2, 20000);
        const auto sources = [&] {
            QSet<QString> out;
            for (const LogLine &l : std::as_const(lines)) {
                if (l.text.contains(u": tick "_s))
                    out.insert(l.source);
            }
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sources().size() >= 2, 20000);
        logs.stop();
        for (const LogLine &l : std::as_const(lines)) {
            if (l.text.contains(u": tick "_s))
                QVERIFY2(l.text.startsWith(l.source + u": tick "_s),
                         qPrintable(l.source + u" | "_s + l.text));
        }
    }
};

QTEST_GUILESS_MAIN(TestLogStreamIntegration)
#include "tst_logstream_integration.moc"
