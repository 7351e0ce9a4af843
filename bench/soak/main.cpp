// The soak: the console as a person has it open (signed in through the real Keycloak login form,
// MainWindow with the tenant tree and a live ConfigMaps table, offscreen) while the stack's
// driver (stackctl soak churn) changes the ConfigMaps of the tenant at a steady rate, and the
// API server is restarted once in the middle (tests/stack/restart-apiserver). Every sample
// records the process's memory, its TCP connections, the rows of the table against the server's
// list, duplicates, and the longest event-loop stall. After the churn and a settling time the
// table must equal the server's list exactly (uid and resourceVersion of every object) and memory
// must not have grown more than --max-growth percent since the end of the warm-up.
// Prints a Markdown summary; the samples go to --csv. Exit code 0 when every check passes, 1 when
// one fails, 2 when the run could not be set up. See bench/README.md ("Soak").

#include "auth/session.h"
#include "common/formloginagent.h"
#include "common/stackenv.h"
#include "kube/watcher.h"
#include "models/resourcetablemodel.h"
#include "models/tenanttreemodel.h"
#include "profiles/profilestore.h"
#include "ui/browse/browsercontroller.h"
#include "ui/browse/resourcetableview.h"
#include "ui/shell/mainwindow.h"
#include "workspace/workspaceregistry.h"
#include "procstats.h"
#include "stacksession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMetaEnum>
#include <QProcess>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace scs;
using namespace scs::bench;
using Model = scs::models::ResourceTableModel;

namespace {

qint64 heapInUseKb()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
}

// uid -> resourceVersion of the ConfigMaps the table holds.
QHash<QString, QString> modelObjects(const Model &model, int *duplicates)
{
    QHash<QString, QString> out;
    *duplicates = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const QString uid = index.data(Model::UidRole).toString();
        if (out.contains(uid))
            ++*duplicates;
        out.insert(uid, index.data(Model::ResourceVersionRole).toString());
    }
    return out;
}

// "uid rv" lines as kubectl prints them with the jsonpath below.
QHash<QString, QString> parseServerList(const QByteArray &text)
{
    QHash<QString, QString> out;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() == 2)
            out.insert(QString::fromLatin1(f.at(0)), QString::fromLatin1(f.at(1)));
    }
    return out;
}

struct Difference
{
    int missing = 0; // on the server, not in the table
    int extra = 0; // in the table, not on the server
    int stale = 0; // in both, the table's resourceVersion differs
};

Difference compare(const QHash<QString, QString> &server, const QHash<QString, QString> &shown)
{
    Difference d;
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        const auto found = shown.constFind(it.key());
        if (found == shown.cend())
            ++d.missing;
        else if (found.value() != it.value())
            ++d.stale;
    }
    for (auto it = shown.cbegin(); it != shown.cend(); ++it)
        d.extra += !server.contains(it.key());
    return d;
}

void fail(const char *what)
{
    std::fprintf(stderr, "soak: %s\n", what);
    std::fflush(stderr);
    std::exit(2);
}

// Runs the event loop until `done` holds or `timeoutMs` passes (QTest::qWaitFor sleeps 10 ms
// between rounds of events, which would add to every stall measured here).
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(50);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// The offscreen platform warns on every window geometry change; the rest goes through.
QtMessageHandler defaultHandler = nullptr;
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.contains(QLatin1String("does not support propagateSizeHints")))
        defaultHandler(type, context, message);
}

QString stamp(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    defaultHandler = qInstallMessageHandler(filterMessages);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Soak benchmark of the console (bench/README.md)"));
    parser.addHelpOption();
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("demo user"),
                                     QStringLiteral("name"), QStringLiteral("alice"));
    const QCommandLineOption tenantOpt(QStringLiteral("tenant"), QStringLiteral("tenant namespace"),
                                       QStringLiteral("name"), QStringLiteral("tenant-a"));
    const QCommandLineOption durationOpt(QStringLiteral("duration"),
                                         QStringLiteral("churn seconds"), QStringLiteral("s"),
                                         QStringLiteral("1800"));
    const QCommandLineOption warmupOpt(QStringLiteral("warmup"),
                                       QStringLiteral("seconds of churn before the memory baseline "
                                                      "(default: a sixth of the duration, at most 300)"),
                                       QStringLiteral("s"));
    const QCommandLineOption sampleOpt(QStringLiteral("sample"), QStringLiteral("sample period"),
                                       QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption checkOpt(QStringLiteral("check-every"),
                                      QStringLiteral("server list every N samples"),
                                      QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption settleOpt(QStringLiteral("settle"),
                                       QStringLiteral("seconds after the churn before the final check"),
                                       QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption rateOpt(QStringLiteral("rate"), QStringLiteral("changes per second"),
                                     QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption objectsOpt(QStringLiteral("objects"),
                                        QStringLiteral("ConfigMaps held by the driver"),
                                        QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption growthOpt(QStringLiteral("max-growth"),
                                       QStringLiteral("allowed RSS growth after warm-up, percent"),
                                       QStringLiteral("pct"), QStringLiteral("10"));
    const QCommandLineOption noRestartOpt(QStringLiteral("no-restart"),
                                          QStringLiteral("do not restart the API server"));
    const QCommandLineOption stackctlOpt(QStringLiteral("stackctl"),
                                         QStringLiteral("the stackctl with the soak command"),
                                         QStringLiteral("path"));
    const QCommandLineOption csvOpt(QStringLiteral("csv"), QStringLiteral("samples file"),
                                    QStringLiteral("path"));
    parser.addOptions({userOpt, tenantOpt, durationOpt, warmupOpt, sampleOpt, checkOpt, settleOpt,
                       rateOpt, objectsOpt, growthOpt, noRestartOpt, stackctlOpt, csvOpt});
    parser.process(app);
    const QString user = parser.value(userOpt);
    const QString tenant = parser.value(tenantOpt);
    const int duration = parser.value(durationOpt).toInt();
    const int warmup = parser.isSet(warmupOpt) ? parser.value(warmupOpt).toInt()
                                               : std::min(300, duration / 6);
    const int samplePeriod = std::max(1, parser.value(sampleOpt).toInt());
    const int checkEvery = std::max(1, parser.value(checkOpt).toInt());
    const int settle = parser.value(settleOpt).toInt();
    const double maxGrowth = parser.value(growthOpt).toDouble();
    const bool restart = !parser.isSet(noRestartOpt);

    const test::StackEnv env;
    if (!env.isValid())
        fail(qPrintable(env.error()));
    const QString stackctl = parser.isSet(stackctlOpt)
        ? parser.value(stackctlOpt)
        : env.value(QStringLiteral("SCS_STACK_DIR")) + QStringLiteral("/bin/stackctl");
    const int apiPort = QUrl(env.value(QStringLiteral("SCS_API_URL"))).port();
    const int keycloakPort = QUrl(env.value(QStringLiteral("SCS_KEYCLOAK_URL"))).port();

    // --- the console, as a person has it: signed in, tree and table open ------------------
    QTemporaryDir dir;
    ConnectionProfile profile;
    std::unique_ptr<ProfileStore> profiles;
    if (!test::setUpStackProfile(env, dir, profile, profiles))
        fail("cannot store the stack's profile");
    std::unique_ptr<auth::Session> session = test::signInAs(env, profile, user);
    if (!session)
        fail("sign-in failed");
    ui::MainWindow window(*profiles);
    workspace::WorkspaceRegistry workspaces;
    ui::BrowserController browser(window.workbench(), workspaces);
    workspaces.setSession(session.get());
    if (!test::waitForTenants(browser))
        fail("the tenant tree did not load");
    window.setUserStatus(user, {});
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        fail("the window was not shown");
    if (!test::openKindSynced(browser, tenant, QStringLiteral("configmaps"), {}, 60000))
        fail("the ConfigMaps table did not open");
    const QStringList tenantsAtStart = browser.treeModel()->tenants();
    kube::Watcher *watcher = browser.watcher();
    Model *model = browser.tableModel();
    QAbstractItemModel *shown = browser.tableView()->table()->model();

    int syncs = 0;
    int watchErrors = 0;
    int resets = 0;
    qint64 lostMs = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 lostSince = -1;
    int eventsInSample = 0; // added, modified and deleted signals of the watcher
    QObject::connect(watcher, &kube::Watcher::added, &app,
                     [&](const QList<kube::WatchItem> &items) { eventsInSample += int(items.size()); });
    QObject::connect(watcher, &kube::Watcher::modified, &app, [&] { ++eventsInSample; });
    QObject::connect(watcher, &kube::Watcher::deleted, &app, [&] { ++eventsInSample; });
    QObject::connect(watcher, &kube::Watcher::synced, &app, [&] { ++syncs; });
    QObject::connect(watcher, &kube::Watcher::errorOccurred, &app, [&] { ++watchErrors; });
    QObject::connect(model, &QAbstractItemModel::modelReset, &app, [&] { ++resets; });
    QObject::connect(watcher, &kube::Watcher::connectionLostChanged, &app, [&](bool lost) {
        if (lost) {
            lostSince = clock.elapsed();
        } else if (lostSince >= 0) {
            lostMs += clock.elapsed() - lostSince;
            lostSince = -1;
        }
    });

    // The stall meter: the largest gap between two ticks of a 5 ms timer, per sample and overall.
    qint64 lastTick = clock.elapsed();
    qint64 stallInSample = 0;
    qint64 longestStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        stallInSample = std::max(stallInSample, now - lastTick);
        lastTick = now;
    });
    heartbeat.start();

    // The server's list, as admin kubectl prints it (a separate process, so its memory is not
    // the console's).
    const QStringList listArgs{QStringLiteral("--kubeconfig"),
                               env.value(QStringLiteral("SCS_ADMIN_KUBECONFIG")),
                               QStringLiteral("get"), QStringLiteral("configmaps"),
                               QStringLiteral("-n"), tenant,
                               QStringLiteral("-o"),
                               QStringLiteral("jsonpath={range .items[*]}{.metadata.uid} "
                                              "{.metadata.resourceVersion}{\"\\n\"}{end}")};
    const auto serverList = [&](QHash<QString, QString> *out) {
        QProcess kubectl;
        kubectl.start(env.value(QStringLiteral("SCS_KUBECTL")), listArgs);
        const bool done = runUntil([&] { return kubectl.state() == QProcess::NotRunning; }, 60000);
        if (!done || kubectl.exitCode() != 0)
            return false;
        *out = parseServerList(kubectl.readAllStandardOutput());
        return true;
    };

    const auto settled = [&](int ms) {
        runUntil([&] { return watcher->isSynced() && !watcher->isConnectionLost(); }, 120000);
        QElapsedTimer wait;
        wait.start();
        runUntil([&] { return wait.elapsed() >= ms; }, ms + 1000);
    };
    // The exact check: the table against the server's list, retried a few times (a change the
    // driver made just before may still be on its way).
    struct Check
    {
        int rows = 0;
        int serverRows = 0;
        int shownRows = 0;
        int duplicates = 0;
        Difference diff;
        bool ok() const
        {
            return diff.missing == 0 && diff.extra == 0 && diff.stale == 0 && duplicates == 0
                && rows == serverRows && shownRows == rows;
        }
    };
    const auto exactCheck = [&] {
        Check c;
        for (int attempt = 0; attempt < 5; ++attempt) {
            QHash<QString, QString> server;
            if (!serverList(&server))
                fail("kubectl could not list the ConfigMaps");
            runUntil([] { return false; }, 500); // the watch event of the last change listed
            c.rows = model->rowCount();
            c.shownRows = shown->rowCount();
            c.serverRows = int(server.size());
            c.diff = compare(server, modelObjects(*model, &c.duplicates));
            if (c.ok())
                break;
            runUntil([] { return false; }, 2000);
        }
        return c;
    };

    settled(2000);
    const Check startCheck = exactCheck();
    const qint64 rssStart = statusKb("VmRSS");
    const qint64 heapStart = heapInUseKb();
    const Connections connStart = connections(apiPort, keycloakPort);
    std::fprintf(stderr, "soak: %s signed in, %d ConfigMaps in %s shown (server %d); churn for %d s\n",
                 qPrintable(user), startCheck.rows, qPrintable(tenant), startCheck.serverRows,
                 duration);

    // --- the churn, the restart, the samples --------------------------------------------------
    QFile csv(parser.isSet(csvOpt) ? parser.value(csvOpt) : QStringLiteral("/dev/null"));
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail("cannot write the samples file");
    csv.write("t_s,phase,rss_kb,heap_kb,sockets,tcp_established,tcp_api,tcp_keycloak,rows,"
              "unique_uids,shown_rows,server_rows,missing,extra,stale,watch_state,stale_table,"
              "longest_stall_ms,events\n");

    QProcess driver;
    driver.setProcessChannelMode(QProcess::SeparateChannels);
    QObject::connect(&driver, &QProcess::readyReadStandardError, &app, [&] {
        std::fputs(driver.readAllStandardError().constData(), stderr);
    });
    driver.start(stackctl, {QStringLiteral("soak"), QStringLiteral("--kubeconfig"),
                            env.value(QStringLiteral("SCS_ADMIN_KUBECONFIG")),
                            QStringLiteral("--namespace"), tenant, QStringLiteral("--objects"),
                            parser.value(objectsOpt), QStringLiteral("--rate"),
                            parser.value(rateOpt), QStringLiteral("--duration"),
                            QString::number(duration) + QLatin1Char('s'), QStringLiteral("churn")});
    if (!driver.waitForStarted())
        fail("the driver did not start");
    const qint64 churnStart = clock.elapsed();
    lastTick = churnStart;
    stallInSample = 0;

    QProcess restarter;
    QString restartOutput;
    qint64 restartAt = -1;
    QString phase = QStringLiteral("warm-up");
    if (restart) {
        QTimer::singleShot(duration * 500, &app, [&] {
            restartAt = clock.elapsed() - churnStart;
            phase = QStringLiteral("restart");
            std::fprintf(stderr, "soak: restarting the API server at %s s\n",
                         qPrintable(stamp(restartAt)));
            restarter.setProcessChannelMode(QProcess::MergedChannels);
            restarter.start(env.value(QStringLiteral("SCS_STACK_SRC_DIR"))
                                + QStringLiteral("/restart-apiserver"),
                            {QStringLiteral("central")});
        });
    }
    QObject::connect(&restarter, &QProcess::finished, &app, [&] {
        restartOutput = QString::fromUtf8(restarter.readAll()).trimmed();
        phase = QStringLiteral("after restart");
    });

    qint64 rssWarm = -1;
    qint64 heapWarm = -1;
    qint64 rssMax = 0;
    int maxDuplicates = 0;
    int maxApiConnections = 0;
    int maxEstablished = 0;
    int maxMismatch = 0;
    int samples = 0;
    // One sample: measured now; with the server's list, the CSV line is written when kubectl
    // is done, with the table compared as it is then.
    bool sampling = false;
    const auto sample = [&](bool withServer) {
        if (sampling)
            return; // the previous server list is still running (a loaded machine)
        sampling = true;
        const qint64 t = clock.elapsed() - churnStart;
        if (phase == QLatin1String("warm-up") && t >= qint64(warmup) * 1000)
            phase = QStringLiteral("churn");
        int duplicates = 0;
        const QHash<QString, QString> objects = modelObjects(*model, &duplicates);
        maxDuplicates = std::max(maxDuplicates, duplicates);
        const qint64 rss = statusKb("VmRSS");
        const qint64 heap = heapInUseKb();
        rssMax = std::max(rssMax, rss);
        if (rssWarm < 0 && phase != QLatin1String("warm-up")) {
            rssWarm = rss;
            heapWarm = heap;
        }
        const Connections c = connections(apiPort, keycloakPort);
        maxApiConnections = std::max(maxApiConnections, c.api);
        maxEstablished = std::max(maxEstablished, c.established);
        const QString head = QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11")
                                 .arg(stamp(t), phase)
                                 .arg(rss)
                                 .arg(heap)
                                 .arg(c.sockets)
                                 .arg(c.established)
                                 .arg(c.api)
                                 .arg(c.keycloak)
                                 .arg(model->rowCount())
                                 .arg(objects.size())
                                 .arg(shown->rowCount());
        const QString tail
            = QStringLiteral("%1,%2,%3,%4\n")
                  .arg(QString::fromLatin1(QMetaEnum::fromType<kube::Watcher::State>().valueToKey(
                      int(watcher->state()))))
                  .arg(model->isStale() ? 1 : 0)
                  .arg(stallInSample)
                  .arg(eventsInSample);
        eventsInSample = 0;
        longestStall = std::max(longestStall, stallInSample);
        stallInSample = 0;
        ++samples;
        const auto write = [&, head, tail](int serverRows, const Difference &diff) {
            csv.write(QStringLiteral("%1,%2,%3,%4,%5,%6")
                          .arg(head)
                          .arg(serverRows)
                          .arg(diff.missing)
                          .arg(diff.extra)
                          .arg(diff.stale)
                          .arg(tail)
                          .toUtf8());
            csv.flush();
            sampling = false;
        };
        if (!withServer) {
            write(-1, Difference{-1, -1, -1});
            return;
        }
        auto *kubectl = new QProcess(&app);
        QObject::connect(kubectl, &QProcess::finished, &app, [&, kubectl, write] {
            kubectl->deleteLater();
            if (kubectl->exitCode() != 0) {
                write(-1, Difference{-1, -1, -1});
                return;
            }
            const QHash<QString, QString> server = parseServerList(kubectl->readAllStandardOutput());
            int dups = 0;
            const Difference diff = compare(server, modelObjects(*model, &dups));
            maxMismatch = std::max(maxMismatch, diff.missing + diff.extra);
            write(int(server.size()), diff);
        });
        kubectl->start(env.value(QStringLiteral("SCS_KUBECTL")), listArgs);
    };
    QTimer sampler;
    sampler.setInterval(samplePeriod * 1000);
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] { sample(samples % checkEvery == 0); });
    sampler.start();
    if (!runUntil([&] { return driver.state() == QProcess::NotRunning; }, (duration + 120) * 1000))
        fail("the driver did not end");
    sampler.stop();
    runUntil([&] { return !sampling && restarter.state() == QProcess::NotRunning; }, 120000);
    const QByteArray driverSummary = driver.readAllStandardOutput().trimmed();
    const qint64 churnMs = clock.elapsed() - churnStart;

    // --- the end: settle, then the exact check --------------------------------------------------
    phase = QStringLiteral("settled");
    settled(settle * 1000);
    sample(true);
    runUntil([&] { return !sampling; }, 60000);
    const qint64 rssEnd = statusKb("VmRSS");
    const qint64 heapEnd = heapInUseKb();
    const Connections connEnd = connections(apiPort, keycloakPort);
    const Check endCheck = exactCheck();
    const QStringList tenantsAtEnd = browser.treeModel()->tenants();
    heartbeat.stop();

    const double growth = rssWarm > 0 ? 100.0 * double(rssEnd - rssWarm) / double(rssWarm) : 0;
    const double heapGrowth = heapWarm > 0 ? 100.0 * double(heapEnd - heapWarm) / double(heapWarm) : 0;
    const bool memoryOk = rssWarm > 0 && growth < maxGrowth;
    const bool rowsOk = endCheck.ok() && maxDuplicates == 0;
    // Piling up: more connections to the API server at the end than at the start (HTTP/2: one).
    const bool connectionsOk = connEnd.api <= std::max(connStart.api, 1);
    const bool treeOk = tenantsAtEnd == tenantsAtStart && tenantsAtEnd.contains(tenant);
    const bool restartOk = !restart || !restartOutput.isEmpty();

    const auto mb = [](qint64 kb) { return QString::number(double(kb) / 1024.0, 'f', 1); };
    std::printf("## Soak: %s, %d s churn, %s changes/s over %s ConfigMaps in %s\n\n",
                qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), duration,
                qPrintable(parser.value(rateOpt)), qPrintable(parser.value(objectsOpt)),
                qPrintable(tenant));
    std::printf("| measure | value | check |\n| --- | --- | --- |\n");
    std::printf("| driver | %s | |\n", driverSummary.constData());
    std::printf("| API server restart at | %s s (%s s unreachable by the script's count) | %s |\n",
                restart ? qPrintable(stamp(restartAt)) : "-",
                restart ? qPrintable(restartOutput.split(QLatin1Char('\n')).last()) : "-",
                restartOk ? "ok" : "FAIL");
    std::printf("| RSS start / after warm-up (%d s) / end / max | %s / %s / %s / %s MB | |\n", warmup,
                qPrintable(mb(rssStart)), qPrintable(mb(rssWarm)), qPrintable(mb(rssEnd)),
                qPrintable(mb(rssMax)));
    std::printf("| RSS growth after warm-up | %+.1f %% (limit %.0f %%) | %s |\n", growth, maxGrowth,
                memoryOk ? "ok" : "FAIL");
    std::printf("| heap in use start / after warm-up / end | %s / %s / %s MB (%+.1f %%) | |\n",
                qPrintable(mb(heapStart)), qPrintable(mb(heapWarm)), qPrintable(mb(heapEnd)),
                heapGrowth);
    std::printf("| TCP connections start / end / max (to the API server: start / end / max) | "
                "%d / %d / %d (%d / %d / %d) | %s |\n",
                connStart.established, connEnd.established, maxEstablished, connStart.api,
                connEnd.api, maxApiConnections, connectionsOk ? "ok" : "FAIL");
    std::printf("| rows at start: table / server | %d / %d | %s |\n", startCheck.rows,
                startCheck.serverRows, startCheck.ok() ? "ok" : "FAIL");
    std::printf("| rows at end: table / view / server | %d / %d / %d | %s |\n", endCheck.rows,
                endCheck.shownRows, endCheck.serverRows, rowsOk ? "ok" : "FAIL");
    std::printf("| at end: missing / extra / stale resourceVersion / duplicate uids | "
                "%d / %d / %d / %d | %s |\n",
                endCheck.diff.missing, endCheck.diff.extra, endCheck.diff.stale,
                endCheck.duplicates, rowsOk ? "ok" : "FAIL");
    std::printf("| during churn: most duplicate uids / most rows off the server's list | "
                "%d / %d | %s |\n",
                maxDuplicates, maxMismatch, maxDuplicates == 0 ? "ok" : "FAIL");
    std::printf("| tenants in the tree start / end | %d / %d | %s |\n", int(tenantsAtStart.size()),
                int(tenantsAtEnd.size()), treeOk ? "ok" : "FAIL");
    std::printf("| table: (re)lists synced / watch errors / model resets / connection lost | "
                "%d / %d / %d / %s s | |\n",
                syncs, watchErrors, resets, qPrintable(stamp(lostMs)));
    std::printf("| longest event-loop stall | %lld ms | |\n", static_cast<long long>(longestStall));
    std::printf("| samples | %d every %d s, churn %s s | |\n", samples, samplePeriod,
                qPrintable(stamp(churnMs)));
    std::fflush(stdout);
    const bool ok = memoryOk && rowsOk && connectionsOk && treeOk && restartOk;
    std::fprintf(stderr, "soak: %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
