// LogStream against a scripted server: lines cut across chunks, the query it sends, picking up
// after a cut stream without duplicates or gaps, the end of a pod (404), refusals, the end of
// a log that is not followed.
#include "fakeapiserver.h"
#include "kube/kubeclient.h"
#include "logs/logstream.h"

#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::kube;
using namespace scs::logs;
using namespace std::chrono_literals;

namespace {

const QString logPath = QStringLiteral("/api/v1/namespaces/tenant-a/pods/web-1/log");
const QString podPath = QStringLiteral("/api/v1/namespaces/tenant-a/pods/web-1");

// Collects what a stream hands out.
struct Collector
{
    explicit Collector(LogSource *source)
    {
        QObject::connect(source, &LogSource::linesReceived, source,
                         [this](const QList<LogLine> &batch) {
                             ++batches;
                             for (const LogLine &l : batch)
                                 lines.append(l.text);
                         });
        QObject::connect(source, &LogSource::ended, source, [this](const QString &message) {
            ended = true;
            endMessage = message;
        });
    }
    QStringList lines;
    int batches = 0;
    bool ended = false;
    QString endMessage;
};

QByteArray stamped(const char *time, const char *text)
{
    return QByteArray("2026-12-07T14:28:") + time + "Z " + text + "\n";
}

} // namespace

class TestLogStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAskForTimestampsAndTheChosenPart()
    {
        FakeApiServer server;
        QList<FakeRequest> requests;
        server.on("GET", logPath, [&requests](const FakeRequest &r) {
            requests.append(r);
            FakeResponse response;
            response.stream = true;
            response.contentType = "text/plain";
            return response;
        });
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        LogOptions options;
        options.container = QStringLiteral("app");
        options.previous = true;
        options.tailLines = 100;
        options.sinceSeconds = 600;
        LogStream stream(&client, QStringLiteral("tenant-a"), QStringLiteral("web-1"), options);
        stream.start();
        QTRY_COMPARE(requests.size(), 1);
        const QUrlQuery q = requests.first().query;
        QCOMPARE(q.queryItemValue("container"), QStringLiteral("app"));
        QCOMPARE(q.queryItemValue("follow"), QStringLiteral("true"));
        QCOMPARE(q.queryItemValue("previous"), QStringLiteral("true"));
        QCOMPARE(q.queryItemValue("timestamps"), QStringLiteral("true"));
        QCOMPARE(q.queryItemValue("tailLines"), QStringLiteral("100"));
        QCOMPARE(q.queryItemValue("sinceSeconds"), QStringLiteral("600"));
        QVERIFY(!q.hasQueryItem("sinceTime"));
    }

    void shouldHandOutLinesCutAcrossChunks()
    {
        FakeApiServer server;
        server.on("GET", logPath, [](const FakeRequest &) {
            FakeResponse response;
            response.stream = true;
            response.contentType = "text/plain";
            response.body = "2026-12-07T14:28:05.1Z hel";
            return response;
        });
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        LogStream stream(&client, QStringLiteral("tenant-a"), QStringLiteral("web-1"), {});
        stream.setSource(QStringLiteral("web-1"));
        Collector got(&stream);
        QList<LogLine> all;
        connect(&stream, &LogSource::linesReceived, this,
                [&all](const QList<LogLine> &batch) { all += batch; });
        stream.start();
        QTRY_COMPARE(server.streams().size(), 1);
        QTest::qWait(50);
        QVERIFY(got.lines.isEmpty()); // half a line is not a line
        server.sendChunk(server.streams().first(),
                         "lo\r\n2026-12-07T14:28:05.2Z w\xc3");
        QTRY_COMPARE(got.lines, QStringList{QStringLiteral("hello")});
        server.sendChunk(server.streams().first(), "\xb6rld \xff\n");
        QTRY_COMPARE(got.lines.size(), 2);
        QCOMPARE(got.lines.at(1), QString::fromUtf8("w\xc3\xb6rld ") + QChar::ReplacementCharacter);
        QCOMPARE(all.first().source, QStringLiteral("web-1"));
        QCOMPARE(all.first().timestamp, QStringLiteral("2026-12-07T14:28:05.1Z"));
        QCOMPARE(stream.state(), LogStream::State::Streaming);
    }

    // The stream is cut twice: once after lines with equal timestamps, once mid-line. Each
    // reconnect asks from the last line's second and the server sends that second again
    // (older lines of it, the lines already seen, then new ones).
    void shouldReconnectWithoutDuplicatesOrGaps()
    {
        FakeApiServer server;
        const QList<QByteArray> log{
            stamped("04.9", "a"),      stamped("05.100", "b"), stamped("05.200", "c1"),
            stamped("05.200", "c2"), stamped("05.200", "c3"), stamped("05.300", "d"),
            stamped("06", "e"),        stamped("06", "f")};
        QList<QUrlQuery> queries;
        server.on("GET", logPath, [&](const FakeRequest &r) {
            queries.append(r.query);
            FakeResponse response;
            response.stream = true;
            response.contentType = "text/plain";
            const QString since = r.query.queryItemValue("sinceTime", QUrl::FullyDecoded);
            for (const QByteArray &line : log) {
                // What the kubelet does: every line from that second on.
                const QString second = QString::fromLatin1(line.left(19)) + QLatin1Char('Z');
                if (since.isEmpty() || second >= since)
                    response.body += line;
            }
            if (queries.size() == 1)
                response.body = log[0] + log[1] + log[2] + log[3]; // cut after c2
            else if (queries.size() == 2)
                response.body.chop(3); // cut inside "f"; and "e" came whole
            return response;
        });
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        LogStream stream(&client, QStringLiteral("tenant-a"), QStringLiteral("web-1"), {});
        stream.setBackoff(10ms, 20ms);
        Collector got(&stream);
        QSignalSpy status(&stream, &LogSource::statusChanged);
        stream.start();
        QTRY_COMPARE(got.lines, (QStringList{"a", "b", "c1", "c2"}));
        server.cutStreams();
        QTRY_COMPARE(queries.size(), 2);
        QCOMPARE(queries.at(1).queryItemValue("sinceTime", QUrl::FullyDecoded),
                 QStringLiteral("2026-12-07T14:28:05Z"));
        QVERIFY(!queries.at(1).hasQueryItem("tailLines"));
        QTRY_COMPARE(got.lines, (QStringList{"a", "b", "c1", "c2", "c3", "d", "e"}));
        server.cutStreams();
        QTRY_COMPARE(queries.size(), 3);
        QCOMPARE(queries.at(2).queryItemValue("sinceTime", QUrl::FullyDecoded),
                 QStringLiteral("2026-12-07T14:28:06Z"));
        QTRY_COMPARE(got.lines, (QStringList{"a", "b", "c1", "c2", "c3", "d", "e", "f"}));
        QCOMPARE(stream.reconnects(), 2);
        QVERIFY(!status.isEmpty()); // "… Reconnecting in 1 s…" was said
        QVERIFY(!status.first().first().toString().isEmpty());
        QTRY_VERIFY(status.last().first().toString().isEmpty()); // and taken back
        QVERIFY(!got.ended);
    }

    void shouldEndWhenThePodIsGone()
    {
        FakeApiServer server;
        server.onJson("GET", logPath, 404,
                      R"({"kind":"Status","code":404,"reason":"NotFound",)"
                      R"("message":"pods web-1 not found"})");
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        LogStream stream(&client, QStringLiteral("tenant-a"), QStringLiteral("web-1"), {});
        Collector got(&stream);
        stream.start();
        QTRY_VERIFY(got.ended);
        QVERIFY2(got.endMessage.contains(QStringLiteral("web-1")), qPrintable(got.endMessage));
        QCOMPARE(stream.state(), LogStream::State::Ended);
        QTest::qWait(100);
        QCOMPARE(server.count("GET", logPath), 1); // no retry
    }

    void shouldEndWhenTheFollowedPodIsDeleted()
    {
        FakeApiServer server;
        server.on("GET", logPath, [](const FakeRequest &) {
            FakeResponse response;
            response.contentType = "text/plain";
            response.body = stamped("05", "bye");
            return response; // the stream ends (the container stopped)
        });
        server.onJson("GET", podPath, 404, R"({"kind":"Status","code":404,"reason":"NotFound"})");
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        LogStream stream(&client, QStringLiteral("tenant-a"), QStringLiteral("web-1"), {});
        Collector got(&stream);
        stream.start();
        QTRY_VERIFY(got.ended);
        QCOMPARE(got.lines, QStringList{QStringLiteral("bye")});
        QVERIFY(got.endMessage.contains(QStringLiteral("gone")));
    }

    // An unscheduled pod: the API server answers an empty log and ends it. The stream asks for
    // the pod, says why nothing comes, and asks again until the pod is gone.
    void shouldWaitWhileThePodIsPendingThenEndWhenItIsGone()
    {
        FakeApiServer server;
        server.on("GET", logPath, [](const FakeRequest &) {
            FakeResponse response;
            response.contentType = "text/plain";
            return response; // empty, ended at once
        });
        bool podThere = true;
        server.on("GET", podPath, [&podThere](const FakeRequest &) {
            FakeResponse response;
            if (!podThere) {
                response.status = 404;
                response.body = R"({"kind":"Status","code":404,"reason":"NotFound"})";
                return response;
            }
            response.body = R"({"kind":"Pod","status":{"phase":"Pending"}})";
            return response;
        });
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        LogStream stream(&client, QStringLiteral("tenant-a"), QStringLiteral("web-1"), {});
        stream.setBackoff(10ms, 20ms);
        Collector got(&stream);
        QSignalSpy status(&stream, &LogSource::statusChanged);
        stream.start();
        QTRY_VERIFY(server.count("GET", logPath) >= 3);
        QVERIFY(!got.ended);
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.first().first().toString().contains(QStringLiteral("Pending")),
                 qPrintable(status.first().first().toString()));
        podThere = false;
        QTRY_VERIFY(got.ended);
        QVERIFY(got.endMessage.contains(QStringLiteral("gone")));
    }

    void shouldEndWithTheSessionMessageWhenRefused()
    {
        FakeApiServer server;
        server.onJson("GET", logPath, 403,
                      R"({"kind":"Status","code":403,"reason":"Forbidden","message":)"
                      R"("pods web-1 is forbidden: User bob cannot get resource pods/log )"
                      R"(in the namespace tenant-a"})");
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        LogStream stream(&client, QStringLiteral("tenant-a"), QStringLiteral("web-1"), {});
        Collector got(&stream);
        stream.start();
        QTRY_VERIFY(got.ended);
        QVERIFY(!got.endMessage.isEmpty());
        QTest::qWait(100);
        QCOMPARE(server.count("GET", logPath), 1);
    }

    void shouldEndWhenNotFollowed()
    {
        FakeApiServer server;
        server.on("GET", logPath, [](const FakeRequest &) {
            FakeResponse response;
            response.contentType = "text/plain";
            response.body = stamped("05", "one") + "2026-12-07T14:28:06Z two without newline";
            return response;
        });
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        LogOptions options;
        options.follow = false;
        LogStream stream(&client, QStringLiteral("tenant-a"), QStringLiteral("web-1"), options);
        Collector got(&stream);
        stream.start();
        QTRY_VERIFY(got.ended);
        QCOMPARE(got.endMessage, QString());
        QCOMPARE(got.lines, (QStringList{"one", "two without newline"}));
    }

    void shouldWaitForAContainerThatHasNotStarted()
    {
        FakeApiServer server;
        int asked = 0;
        server.on("GET", logPath, [&asked](const FakeRequest &) {
            FakeResponse response;
            if (++asked == 1) {
                response.status = 400;
                response.body = R"({"kind":"Status","code":400,"reason":"BadRequest","message":)"
                                R"("container app in pod web-1 is waiting to start: )"
                                R"(ContainerCreating"})";
                return response;
            }
            response.stream = true;
            response.contentType = "text/plain";
            response.body = stamped("07", "started");
            return response;
        });
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        LogStream stream(&client, QStringLiteral("tenant-a"), QStringLiteral("web-1"), {});
        stream.setBackoff(10ms, 20ms);
        Collector got(&stream);
        stream.start();
        QTRY_COMPARE(got.lines, QStringList{QStringLiteral("started")});
        QVERIFY(!got.ended);
        QCOMPARE(stream.state(), LogStream::State::Streaming);
    }
};

QTEST_GUILESS_MAIN(TestLogStream)
#include "tst_logstream.moc"
