#pragma once

#include <QLoggingCategory>
#include <QString>

// Milestones of the console's start for benchmarks (bench/startup): each is printed once, under
// the category "scs.startup" (off by default; QT_LOGGING_RULES="scs.startup.info=true"), as
//   scs.startup: <ms since the process started> ms <milestone> [<detail>] (<n> requests)
// where the time counts from the kernel's start of the process (so it includes loading the
// libraries, on Linux; elsewhere from loading the console's code) and n is the number of HTTP
// requests the KubeClients had sent by then. Details are counts and flags, never a name, token
// or address.
Q_DECLARE_LOGGING_CATEGORY(lcStartup)

namespace scs {

class StartupTrace
{
public:
    [[nodiscard]] static bool enabled();
    // Prints `milestone` the first time it is marked; later marks of the same one are ignored.
    static void mark(const QString &milestone, const QString &detail = {});
    // Called by KubeClient for every request it sends (retries included).
    static void countRequest();
    [[nodiscard]] static int requestsSent();
    // Milliseconds since the process started.
    [[nodiscard]] static qint64 elapsedMs();
};

} // namespace scs
