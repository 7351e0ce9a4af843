// LogsView driven with a scripted source: lines reach the text in batches, the ring bounds
// the text and counts what it dropped, pause keeps and counts, find marks and moves, timestamps
// and prefixes shown on demand, saving writes what is kept; LogsController's action is offered
// on pods and workloads only. Saves screenshots for a person to look at.
#include "core/fakeapiserver.h"
#include "kube/kubeclient.h"
#include "logs/logsource.h"
#include "logs/logstream.h"
#include "ui/logs/logscontroller.h"
#include "ui/logs/logsview.h"
#include "accessibilitytesthelpers.h"
#include "uitesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace scs;
using namespace scs::logs;
using namespace scs::ui;

namespace {

// A source the test writes into.
class ScriptedSource : public LogSource
{
public:
    void start() override { started = true; }
    void stop() override { stopped = true; }
    void emitLines(const QList<LogLine> &lines) { Q_EMIT linesReceived(lines); }
    void say(const QString &status) { Q_EMIT statusChanged(status); }
    void finish(const QString &message) { Q_EMIT ended(message); }
    bool started = false;
    bool stopped = false;
};

LogLine line(int i, const QString &source = {})
{
    LogLine l;
    l.timeNs = 1796653685000000000LL + qint64(i) * 1000000;
    l.timestamp = QStringLiteral("2026-12-07T14:28:%1.%2Z")
                      .arg(5 + i / 1000, 2, 10, QLatin1Char('0'))
                      .arg(i % 1000, 3, 10, QLatin1Char('0'));
    l.text = QStringLiteral("GET /api/orders/%1 200 %2 ms").arg(i).arg(i % 97);
    if (i % 10 == 3)
        l.text = QStringLiteral("WARN slow upstream for order %1: retrying").arg(i);
    l.source = source;
    return l;
}

QList<LogLine> lines(int from, int to, const QString &source = {})
{
    QList<LogLine> result;
    for (int i = from; i < to; ++i)
        result.append(line(i, source));
    return result;
}

} // namespace

class TestLogsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowLinesInBatchesWithinTheRing()
    {
        LogsView view;
        view.resize(1000, 600);
        view.setRingCapacity(500);
        view.setContainers({QStringLiteral("app"), QStringLiteral("sidecar")});
        auto *source = new ScriptedSource;
        view.setSource(source);
        QVERIFY(source->started);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        source->emitLines(lines(0, 300));
        // Not shown line by line: the next tick takes the batch.
        QCOMPARE(view.textView()->document()->blockCount(), 1);
        QTRY_COMPARE(view.textView()->document()->blockCount(), 300);
        QCOMPARE(view.countText(), QStringLiteral("300 lines"));
        source->emitLines(lines(300, 1200));
        QTRY_COMPARE(view.ring().total(), 1200);
        QCOMPARE(view.ring().size(), 500);
        QCOMPARE(view.textView()->document()->blockCount(), 500);
        QCOMPARE(view.textView()->document()->firstBlock().text(), line(700).text);
        QCOMPARE(view.countText(), QStringLiteral("1,200 lines (700 dropped)"));
        QCOMPARE(view.options().container, QStringLiteral("app"));
        QVERIFY(view.options().follow);
        QCOMPARE(view.options().tailLines, 1000);
    }

    void shouldKeepAndCountLinesWhilePaused()
    {
        LogsView view;
        auto *source = new ScriptedSource;
        view.setSource(source);
        source->emitLines(lines(0, 10));
        view.flushNow();
        view.setPaused(true);
        source->emitLines(lines(10, 25));
        view.flushNow();
        QCOMPARE(view.textView()->document()->blockCount(), 10);
        QVERIFY2(view.countText().contains(QStringLiteral("paused, 15 new")),
                 qPrintable(view.countText()));
        view.setPaused(false);
        QCOMPARE(view.textView()->document()->blockCount(), 25);
        QCOMPARE(view.textView()->document()->lastBlock().text(), line(24).text);
        QCOMPARE(view.countText(), QStringLiteral("25 lines"));
    }

    void shouldShowTimestampsAndPrefixesAndFind()
    {
        LogsView view;
        auto *source = new ScriptedSource;
        view.setSource(source);
        source->emitLines(lines(0, 40, QStringLiteral("web-1")));
        view.flushNow();
        QCOMPARE(view.textView()->document()->firstBlock().text(),
                 QStringLiteral("[web-1] ") + line(0).text);
        view.setTimestampsShown(true);
        QCOMPARE(view.textView()->document()->firstBlock().text(),
                 line(0).timestamp + QStringLiteral(" [web-1] ") + line(0).text);
        QCOMPARE(view.find(QStringLiteral("warn slow")), 4); // case-insensitive: 3, 13, 23, 33
        QVERIFY(view.textView()->textCursor().hasSelection());
        QCOMPARE(view.textView()->textCursor().block().blockNumber(), 3);
        QVERIFY(view.findNext());
        QCOMPARE(view.textView()->textCursor().block().blockNumber(), 13);
        QVERIFY(view.findNext(true));
        QCOMPARE(view.textView()->textCursor().block().blockNumber(), 3);
        QCOMPARE(view.find(QStringLiteral("no such text")), 0);
    }

    void shouldSaveWhatIsKeptAsShown()
    {
        LogsView view;
        view.setRingCapacity(5);
        auto *source = new ScriptedSource;
        view.setSource(source);
        source->emitLines(lines(0, 8));
        view.flushNow();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("web.log"));
        QVERIFY(view.saveTo(path).has_value());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> saved = file.readAll().split('\n');
        QCOMPARE(saved.size(), 6); // five lines and the empty rest after the last newline
        QCOMPARE(QString::fromUtf8(saved.first()), line(3).text);
        const auto refused = view.saveTo(dir.filePath(QStringLiteral("no/such/dir/x.log")));
        QVERIFY(!refused);
        QVERIFY(!refused.error().message.isEmpty());
    }

    void shouldShowWhyTheLogEndedAndAskForANewSource()
    {
        LogsView view;
        auto *source = new ScriptedSource;
        view.setSource(source);
        source->say(QStringLiteral("Reconnecting in 2 s…"));
        QCOMPARE(view.statusText(), QStringLiteral("Reconnecting in 2 s…"));
        source->finish(QStringLiteral("The pod web-1 is gone; its log ends here."));
        QCOMPARE(view.statusText(), QStringLiteral("The pod web-1 is gone; its log ends here."));
        QSignalSpy changed(&view, &LogsView::optionsChanged);
        view.findChild<QCheckBox *>(QStringLiteral("previousBox"))->setChecked(true);
        QCOMPARE(changed.size(), 1);
        QVERIFY(view.options().previous);
        auto *next = new ScriptedSource;
        const QPointer<ScriptedSource> old(source);
        view.setSource(next);
        QVERIFY(source->stopped);
        QTRY_VERIFY(!old); // deleted later
        QVERIFY(view.statusText().isEmpty());
        QCOMPARE(view.ring().total(), 0);
    }

    // The view with a real LogStream over a scripted server: lines as they come, a cut stream
    // picked up without a line twice, and the end of the pod said in the view.
    void shouldFollowAStreamAcrossACut()
    {
        FakeApiServer server;
        const QString path = QStringLiteral("/api/v1/namespaces/tenant-a/pods/web-1/log");
        int asked = 0;
        server.on("GET", path, [&asked](const FakeRequest &r) {
            FakeResponse response;
            response.contentType = "text/plain";
            ++asked;
            if (asked == 3) {
                response.status = 404;
                response.body = R"({"kind":"Status","code":404,"reason":"NotFound"})";
                return response;
            }
            response.stream = true;
            response.body = "2026-12-07T14:28:05.1Z one\n2026-12-07T14:28:05.2Z two\n";
            if (!r.query.queryItemValue("sinceTime", QUrl::FullyDecoded).isEmpty())
                response.body += "2026-12-07T14:28:06Z three\n";
            return response;
        });
        kube::StaticTokenSource tokens(QStringLiteral("t"));
        kube::KubeClient client(profileFor(server.url()), &tokens);
        LogsView view;
        auto *stream = new LogStream(&client, QStringLiteral("tenant-a"), QStringLiteral("web-1"),
                                     view.options());
        stream->setBackoff(std::chrono::milliseconds(10), std::chrono::milliseconds(20));
        view.setSource(stream);
        QTRY_COMPARE(view.textView()->toPlainText(), QStringLiteral("one\ntwo"));
        server.cutStreams();
        QTRY_COMPARE(view.textView()->toPlainText(), QStringLiteral("one\ntwo\nthree"));
        server.cutStreams();
        QTRY_VERIFY(view.statusText().contains(QStringLiteral("web-1")));
        QCOMPARE(view.textView()->toPlainText(), QStringLiteral("one\ntwo\nthree"));
        QCOMPARE(view.countText(), QStringLiteral("3 lines"));
    }

    void shouldOfferLogsOnPodsAndWorkloadsOnly_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("offered");
        QTest::newRow("pod") << "v1" << "Pod" << "p" << true;
        QTest::newRow("deployment") << "apps/v1" << "Deployment" << "d" << true;
        QTest::newRow("statefulset") << "apps/v1" << "StatefulSet" << "s" << true;
        QTest::newRow("daemonset") << "apps/v1" << "DaemonSet" << "s" << true;
        QTest::newRow("replicaset") << "apps/v1" << "ReplicaSet" << "r" << true;
        QTest::newRow("job") << "batch/v1" << "Job" << "j" << true;
        QTest::newRow("configmap") << "v1" << "ConfigMap" << "c" << false;
        QTest::newRow("cronjob") << "batch/v1" << "CronJob" << "c" << false;
        QTest::newRow("other group's Pod") << "example.com/v1" << "Pod" << "x" << false;
        QTest::newRow("no name") << "v1" << "Pod" << "" << false;
    }
    void shouldOfferLogsOnPodsAndWorkloadsOnly()
    {
        QFETCH(QString, apiVersion);
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(bool, offered);
        const QJsonObject object{{"apiVersion", apiVersion},
                                 {"kind", kind},
                                 {"metadata", QJsonObject{{"name", name}}}};
        QCOMPARE(LogsController::hasLogs(object), offered);
    }

    // What a person sees: a workload's pods interleaved, timestamps on, a find term marked,
    // the count with dropped lines. Saved as logs-view.png.
    void shouldLookRight()
    {
        LogsView view;
        view.setWindowTitle(QStringLiteral("web"));
        view.resize(1100, 520);
        view.setRingCapacity(2000);
        view.setContainers({QStringLiteral("app"), QStringLiteral("sidecar")},
                           QStringLiteral("All containers"));
        auto *source = new ScriptedSource;
        view.setSource(source);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<LogLine> all;
        for (int i = 0; i < 2600; ++i)
            all.append(line(i, QStringLiteral("web-7d9f8-%1").arg(QChar(u'a' + i % 3))));
        source->emitLines(all);
        source->say(
            QStringLiteral("Showing 10 of 14 containers: at most 10 are followed at once."));
        view.setTimestampsShown(true);
        view.flushNow();
        view.find(QStringLiteral("slow upstream"));
        QTest::qWait(50);
        const QString path = scs::test::saveScreenshot(&view, QStringLiteral("logs-view"));
        QVERIFY(!path.isEmpty());
        // Every control named for a screen reader, Tab in reading order, no Alt key twice.
        const QStringList nameless = scs::test::namelessControls(&view);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        const QStringList order = scs::test::tabOrderProblems(&view);
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
        const QStringList clashes = scs::test::mnemonicClashes(&view);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QCOMPARE(view.countText(), QStringLiteral("2,600 lines (600 dropped)"));
    }
};

QTEST_MAIN(TestLogsView)
#include "tst_logsview.moc"
