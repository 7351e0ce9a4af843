// Follows a generated log in the real LogsView (offscreen unless another platform is given):
// a source writes `rate` lines a second (default 5,000) for `seconds` (default 15; 60 for the
// figures in bench/README.md) in chunks every 10 ms, as a busy container's stream arrives. A
// 16 ms timer stands for the frames: each tick's lateness beyond 16 ms is a frame the window
// took too long for (longest, p99, count over 50 ms). RSS is read when the ring fills and
// afterwards every second: it should stay flat.
//
//   bench-log-follow [--seconds N] [--rate LINES_PER_S] [--ring LINES] [--pods N]

#include "logs/logsource.h"
#include "ui/logs/logsview.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace scs;

namespace {

// CPU time of the GUI thread: on a shared, loaded machine the wall time between two frames
// includes waiting for a core; the thread's own time does not.
qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Writes lines at a steady rate, in chunks every 10 ms, like several pods' streams.
class GeneratedSource : public logs::LogSource
{
public:
    GeneratedSource(int rate, int pods)
        : m_rate(rate)
        , m_pods(std::max(pods, 1))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &GeneratedSource::tick);
    }
    void start() override
    {
        m_clock.start();
        m_timer.start();
    }
    void stop() override { m_timer.stop(); }
    qint64 sent() const { return m_sent; }

private:
    void tick()
    {
        const qint64 due = m_clock.elapsed() * m_rate / 1000;
        QList<logs::LogLine> batch;
        batch.reserve(due - m_sent);
        for (; m_sent < due; ++m_sent) {
            logs::LogLine line;
            const qint64 ms = 1796653685000LL + m_clock.elapsed();
            line.timeNs = ms * 1000000 + m_sent % 1000000;
            line.timestamp = QStringLiteral("2026-12-07T14:28:05.%1Z").arg(m_sent % 1000000000, 9,
                                                                          10, QLatin1Char('0'));
            line.source = QStringLiteral("web-7d9f8c6b5-%1").arg(m_sent % m_pods);
            line.text = QStringLiteral("10.0.%1.%2 - - \"GET /api/v1/orders/%3?expand=items "
                                       "HTTP/1.1\" 200 %4 \"-\" \"kube-probe/1.29\" rt=0.%5")
                            .arg(m_sent % 255)
                            .arg(m_sent % 17)
                            .arg(m_sent)
                            .arg(512 + m_sent % 4096)
                            .arg(m_sent % 1000, 3, 10, QLatin1Char('0'));
            batch.append(std::move(line));
        }
        if (!batch.isEmpty())
            Q_EMIT linesReceived(batch);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_rate;
    int m_pods;
    qint64 m_sent = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The Unix event dispatcher says when it wakes up and when it is about to wait, so that
    // the busy stretches between can be timed (the GLib one emits both together).
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("run time"),
                                           QStringLiteral("s"), QStringLiteral("15"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("lines per second"),
                                        QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption ringOption(QStringLiteral("ring"), QStringLiteral("ring size"),
                                        QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption podsOption(QStringLiteral("pods"), QStringLiteral("prefixes"),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption findOption(QStringLiteral("find"),
                                        QStringLiteral("a find term marked meanwhile"),
                                        QStringLiteral("text"));
    parser.addOptions({secondsOption, rateOption, ringOption, podsOption, findOption});
    parser.process(app);
    const int seconds = parser.value(secondsOption).toInt();
    const int rate = parser.value(rateOption).toInt();
    const int ring = parser.value(ringOption).toInt();

    ui::LogsView view;
    view.resize(1200, 800);
    view.setRingCapacity(ring);
    view.setTimestampsShown(true);
    view.show();
    auto *source = new GeneratedSource(rate, parser.value(podsOption).toInt());
    const qint64 rssStart = rssKiB();
    view.setSource(source);
    if (parser.isSet(findOption))
        view.find(parser.value(findOption));

    std::vector<qint64> frames; // µs between ticks of the 16 ms timer
    std::vector<qint64> cpu; // µs of the GUI thread's CPU time between them
    frames.reserve(size_t(seconds) * 70);
    cpu.reserve(size_t(seconds) * 70);
    qint64 cpuAtTick = threadCpuUs();
    QElapsedTimer sinceTick;
    QTimer frame;
    frame.setTimerType(Qt::PreciseTimer);
    frame.setInterval(16);
    QObject::connect(&frame, &QTimer::timeout, &app, [&] {
        frames.push_back(sinceTick.nsecsElapsed() / 1000);
        sinceTick.start();
        const qint64 now = threadCpuUs();
        cpu.push_back(now - cpuAtTick);
        cpuAtTick = now;
    });
    // Busy stretches of the event loop: from waking up to blocking again, the time in which the
    // window answers nothing (input, paint). CPU time excludes waiting for a core.
    std::vector<qint64> busyCpu;
    std::vector<qint64> busyWall;
    busyCpu.reserve(size_t(seconds) * 1000);
    busyWall.reserve(size_t(seconds) * 1000);
    qint64 awakeCpu = -1;
    QElapsedTimer awakeWall;
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    QObject::connect(dispatcher, &QAbstractEventDispatcher::awake, &app, [&] {
        if (awakeCpu < 0) {
            awakeCpu = threadCpuUs();
            awakeWall.start();
        }
    });
    QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, &app, [&] {
        if (awakeCpu < 0)
            return;
        busyCpu.push_back(threadCpuUs() - awakeCpu);
        busyWall.push_back(awakeWall.nsecsElapsed() / 1000);
        awakeCpu = -1;
    });
    qint64 rssFull = -1;
    double fullAt = -1;
    qint64 rssMaxAfterFull = 0;
    QElapsedTimer clock;
    QTimer sample;
    sample.setInterval(1000);
    QObject::connect(&sample, &QTimer::timeout, &app, [&] {
        const qint64 rss = rssKiB();
        if (rssFull < 0 && view.ring().size() >= view.ring().capacity()) {
            rssFull = rss;
            fullAt = double(clock.elapsed()) / 1000;
        } else if (rssFull >= 0) {
            rssMaxAfterFull = std::max(rssMaxAfterFull, rss);
        }
        std::fprintf(stderr, "t=%3llds lines=%lld kept=%lld rss=%lld KiB\n",
                     static_cast<long long>(clock.elapsed() / 1000),
                     static_cast<long long>(view.ring().total()),
                     static_cast<long long>(view.ring().size()), static_cast<long long>(rss));
    });
    clock.start();
    sinceTick.start();
    frame.start();
    sample.start();
    QTimer::singleShot(seconds * 1000, &app, [&] { QCoreApplication::quit(); });
    app.exec();
    source->stop();
    const qint64 rssEnd = rssKiB();

    // Frames after the first second (start-up, first layout) count.
    std::vector<qint64> counted(frames.begin() + std::min<size_t>(frames.size(), 60),
                                frames.end());
    std::sort(counted.begin(), counted.end());
    qint64 cpuTotal = 0;
    for (qint64 us : cpu)
        cpuTotal += us;
    const auto late = [](qint64 us) { return std::max<qint64>(0, us - 16000); };
    const qint64 longest = counted.empty() ? 0 : counted.back();
    const qint64 p99 = counted.empty() ? 0 : counted[counted.size() * 99 / 100];
    const auto over50 = std::count_if(counted.begin(), counted.end(),
                                      [](qint64 us) { return us > 50000; });
    std::printf("lines written: %lld at %d/s for %d s; shown: %lld kept (%lld dropped), "
                "ring %d\n",
                static_cast<long long>(source->sent()), rate, seconds,
                static_cast<long long>(view.ring().size()),
                static_cast<long long>(view.ring().dropped()), ring);
    std::printf("frames: %zu; longest %.1f ms (late %.1f), p99 %.1f ms, over 50 ms: %ld\n",
                counted.size(), double(longest) / 1000, double(late(longest)) / 1000,
                double(p99) / 1000, static_cast<long>(over50));
    // The first second's stretches (start-up, first layout) do not count.
    std::vector<qint64> busy(busyCpu.begin() + std::min<size_t>(busyCpu.size(), 100),
                             busyCpu.end());
    std::vector<qint64> busyW(busyWall.begin() + std::min<size_t>(busyWall.size(), 100),
                              busyWall.end());
    std::sort(busy.begin(), busy.end());
    std::sort(busyW.begin(), busyW.end());
    if (!busy.empty()) {
        std::printf("event loop busy stretches: %zu; CPU longest %.1f ms, p99 %.1f ms; "
                    "wall longest %.1f ms, p99 %.1f ms\n",
                    busy.size(), double(busy.back()) / 1000,
                    double(busy[busy.size() * 99 / 100]) / 1000, double(busyW.back()) / 1000,
                    double(busyW[busyW.size() * 99 / 100]) / 1000);
    }
    std::printf("GUI thread CPU: %.1f s in all (%.0f %% of one core)\n",
                double(cpuTotal) / 1e6, 100.0 * double(cpuTotal) / 1e6 / seconds);
    std::printf("RSS: start %lld KiB, ring full (at %.0f s) %lld KiB, max after %lld KiB, "
                "end %lld KiB; text blocks %d\n",
                static_cast<long long>(rssStart), fullAt, static_cast<long long>(rssFull),
                static_cast<long long>(rssMaxAfterFull), static_cast<long long>(rssEnd),
                view.textView()->document()->blockCount());
    return 0;
}
