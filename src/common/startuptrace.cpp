#include "common/startuptrace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>

#include <atomic>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcStartup, "scs.startup", QtWarningMsg)

namespace scs {

namespace {

std::atomic<int> g_requests{0};

// Started when the library is loaded: the fallback where the process's start time is unknown.
const QElapsedTimer &loadTimer()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}
const bool g_loadTimerStarted = (loadTimer(), true);

#ifdef Q_OS_LINUX
// The process's start in ms since boot (field 22 of /proc/self/stat, in clock ticks), or -1.
qint64 processStartMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after the last ')'.
    const auto fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const int startTimeField = 22 - 3; // fields 3.. follow the name
    if (fields.size() <= startTimeField)
        return -1;
    bool ok = false;
    const qint64 ticks = fields.at(startTimeField).toLongLong(&ok);
    const long hz = sysconf(_SC_CLK_TCK);
    return ok && hz > 0 ? ticks * 1000 / hz : -1;
}
#endif

} // namespace

bool StartupTrace::enabled()
{
    return lcStartup().isInfoEnabled();
}

qint64 StartupTrace::elapsedMs()
{
#ifdef Q_OS_LINUX
    static const qint64 startMs = processStartMs();
    timespec now{};
    if (startMs >= 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0)
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - startMs;
#endif
    return loadTimer().elapsed();
}

void StartupTrace::mark(const QString &milestone, const QString &detail)
{
    if (!enabled())
        return;
    static QSet<QString> marked; // GUI thread only, as every caller
    if (marked.contains(milestone))
        return;
    marked.insert(milestone);
    qCInfo(lcStartup).noquote().nospace()
        << elapsedMs() << " ms " << milestone
        << (detail.isEmpty() ? QString() : QStringLiteral(" ") + detail)
        << " (" << requestsSent() << " requests)";
}

void StartupTrace::countRequest()
{
    g_requests.fetch_add(1, std::memory_order_relaxed);
}

int StartupTrace::requestsSent()
{
    return g_requests.load(std::memory_order_relaxed);
}

} // namespace scs
