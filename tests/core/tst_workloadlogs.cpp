// WorkloadLogs against a scripted server: a workload's selector, its pods found by it and
// followed as they come and go, their lines interleaved by time with a per-pod prefix, the
// bound on parallel streams.
#include "fakecollection.h"
#include "kube/kubeclient.h"
#include "logs/workloadlogs.h"

#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::kube;
using namespace scs::logs;
using namespace std::chrono_literals;

namespace {

const QString podsPath = QStringLiteral("/api/v1/namespaces/tenant-a/pods");

QJsonObject pod(const QString &name, const QStringList &containers, int rv)
{
    QJsonArray list;
    for (const QString &c : containers)
        list.append(QJsonObject{{"name", c}, {"image", "nginx"}});
    return QJsonObject{
        {"apiVersion", "v1"},
        {"kind", "Pod"},
        {"metadata",
         QJsonObject{{"name", name},
                     {"namespace", "tenant-a"},
                     {"uid", "uid-" + name},
                     {"resourceVersion", QString::number(rv)},
                     {"labels", QJsonObject{{"app", "web"}}},
                     {"creationTimestamp",
                      QStringLiteral("2026-12-07T10:00:%1Z").arg(rv, 2, 10, QLatin1Char('0'))}}},
        {"spec", QJsonObject{{"containers", list}}},
        {"status", QJsonObject{{"phase", "Running"}}},
    };
}

// Serves a followed log for every pod; the test writes into the streams.
struct LogServer
{
    LogServer(FakeApiServer &server, const QStringList &pods)
    {
        for (const QString &name : pods) {
            server.on("GET", podsPath + QLatin1Char('/') + name + QStringLiteral("/log"),
                      [this, name](const FakeRequest &r) {
                          asked.append(name + QLatin1Char('/')
                                       + r.query.queryItemValue("container"));
                          FakeResponse response;
                          response.stream = true;
                          response.contentType = "text/plain";
                          response.body = bodies.value(name + QLatin1Char('/')
                                                       + r.query.queryItemValue("container"));
                          return response;
                      });
        }
    }
    QHash<QString, QByteArray> bodies; // "pod/container" -> what its stream starts with
    QStringList asked;
};

} // namespace

class TestWorkloadLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTurnASpecSelectorIntoALabelSelector_data()
    {
        QTest::addColumn<QByteArray>("workload");
        QTest::addColumn<QString>("selector");
        QTest::newRow("matchLabels")
            << QByteArray(R"({"spec":{"selector":{"matchLabels":{"app":"web","tier":"front"}}}})")
            << QStringLiteral("app=web,tier=front");
        QTest::newRow("expressions")
            << QByteArray(R"({"spec":{"selector":{"matchLabels":{"app":"web"},"matchExpressions":[)"
                          R"({"key":"env","operator":"In","values":["a","b"]},)"
                          R"({"key":"x","operator":"NotIn","values":["c"]},)"
                          R"({"key":"y","operator":"Exists"},)"
                          R"({"key":"z","operator":"DoesNotExist"}]}}})")
            << QStringLiteral("app=web,env in (a,b),x notin (c),y,!z");
        QTest::newRow("job") // a Job's generated selector
            << QByteArray(R"({"kind":"Job","spec":{"selector":{"matchLabels":)"
                          R"({"batch.kubernetes.io/controller-uid":"0f1e"}}}})")
            << QStringLiteral("batch.kubernetes.io/controller-uid=0f1e");
        QTest::newRow("none") << QByteArray(R"({"metadata":{"name":"w"},"spec":{}})") << QString();
        QTest::newRow("empty")
            << QByteArray(R"({"metadata":{"name":"w"},"spec":{"selector":{}}})") << QString();
        QTest::newRow("unknown operator")
            << QByteArray(R"({"spec":{"selector":{"matchExpressions":)"
                          R"([{"key":"k","operator":"Gt"}]}}})")
            << QString();
    }
    void shouldTurnASpecSelectorIntoALabelSelector()
    {
        QFETCH(QByteArray, workload);
        QFETCH(QString, selector);
        const auto result = WorkloadLogs::selectorOf(QJsonDocument::fromJson(workload).object());
        if (selector.isEmpty()) {
            QVERIFY(!result);
            QCOMPARE(result.error().kind, Error::Kind::Invalid);
            QVERIFY(!result.error().message.isEmpty());
        } else {
            QVERIFY(result);
            QCOMPARE(*result, selector);
        }
    }

    void shouldInterleaveThePodsLinesByTimeWithAPrefix()
    {
        FakeApiServer server;
        FakeCollection pods(server, podsPath);
        pods.objects = {pod("web-1", {"app"}, 1), pod("web-2", {"app", "sidecar"}, 2)};
        LogServer logs(server, {"web-1", "web-2"});
        logs.bodies["web-1/app"] = "2026-12-07T14:28:01Z one\n2026-12-07T14:28:04Z four\n";
        logs.bodies["web-2/app"] = "2026-12-07T14:28:02Z two\n2026-12-07T14:28:05Z five\n";
        logs.bodies["web-2/sidecar"] = "2026-12-07T14:28:03Z three\n";
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        WorkloadLogs workload(&client, QStringLiteral("tenant-a"), QStringLiteral("app=web"), {});
        workload.setMergeInterval(300); // all three streams' first chunks in one batch
        QStringList got;
        connect(&workload, &LogSource::linesReceived, this, [&got](const QList<LogLine> &batch) {
            for (const LogLine &l : batch)
                got.append(l.source + QStringLiteral(": ") + l.text);
        });
        workload.start();
        QTRY_COMPARE(got.size(), 5);
        QCOMPARE(got, (QStringList{"web-1: one", "web-2/app: two", "web-2/sidecar: three",
                                   "web-1: four", "web-2/app: five"}));
        QCOMPARE(pods.lists.first().query.queryItemValue("labelSelector"),
                 QStringLiteral("app=web"));
        QCOMPARE(workload.streaming(),
                 (QStringList{"web-1/app", "web-2/app", "web-2/sidecar"}));
        // Every stream asks for one named container.
        logs.asked.sort();
        QCOMPARE(logs.asked, (QStringList{"web-1/app", "web-2/app", "web-2/sidecar"}));
    }

    void shouldFollowAtMostMaxStreamsAndTakeUpWaitingOnes()
    {
        FakeApiServer server;
        FakeCollection pods(server, podsPath);
        pods.objects = {pod("web-1", {"app"}, 1), pod("web-2", {"app"}, 2),
                        pod("web-3", {"app"}, 3)};
        LogServer logs(server, {"web-1", "web-2", "web-3", "web-4"});
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        WorkloadLogs workload(&client, QStringLiteral("tenant-a"), QStringLiteral("app=web"), {});
        workload.setMaxStreams(2);
        QSignalSpy status(&workload, &LogSource::statusChanged);
        workload.start();
        QTRY_COMPARE(workload.streaming(), (QStringList{"web-1/app", "web-2/app"}));
        QCOMPARE(workload.waiting(), QStringList{QStringLiteral("web-3/app")});
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.last().first().toString().contains(QStringLiteral("2 of 3")),
                 qPrintable(status.last().first().toString()));
        QTRY_COMPARE(pods.watches.size(), 1);
        // (Log streams are on the same server: the watch's own socket carries its events.)
        // web-1 goes: web-3 takes its place; a new pod waits.
        server.sendChunk(pods.watches.last().socket, QJsonDocument(QJsonObject{{"type", "DELETED"},
                                            {"object", pod("web-1", {"app"}, 4)}})
                      .toJson(QJsonDocument::Compact)
                  + '\n');
        QTRY_COMPARE(workload.streaming(), (QStringList{"web-2/app", "web-3/app"}));
        server.sendChunk(pods.watches.last().socket, QJsonDocument(QJsonObject{{"type", "ADDED"},
                                            {"object", pod("web-4", {"app"}, 5)}})
                      .toJson(QJsonDocument::Compact)
                  + '\n');
        QTRY_COMPARE(workload.waiting(), QStringList{QStringLiteral("web-4/app")});
        QCOMPARE(workload.streaming(), (QStringList{"web-2/app", "web-3/app"}));
        QTRY_VERIFY(logs.asked.contains(QStringLiteral("web-3/app")));
        QVERIFY(!logs.asked.contains(QStringLiteral("web-4/app")));
        workload.stop();
        QVERIFY(workload.streaming().isEmpty());
    }

    void shouldSayWhenNoPodMatches()
    {
        FakeApiServer server;
        FakeCollection pods(server, podsPath);
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        WorkloadLogs workload(&client, QStringLiteral("tenant-a"), QStringLiteral("app=none"), {});
        QSignalSpy status(&workload, &LogSource::statusChanged);
        workload.start();
        QTRY_VERIFY(!status.isEmpty()
                    && status.last().first().toString().contains(QStringLiteral("app=none")));
    }
};

QTEST_GUILESS_MAIN(TestWorkloadLogs)
#include "tst_workloadlogs.moc"
