#pragma once

// Time limits in tests. The sanitizer pass (ASan + UBSan at -O1) runs our code 3-4x slower, so
// a limit meant to catch an accidental quadratic or a timeout that does not fire scales with
// it there instead of failing on the instrumentation.

#include <QtGlobal>

#include <time.h>

namespace scs::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr qint64 kSanitizerSlowdown = 4;
#else
inline constexpr qint64 kSanitizerSlowdown = 1;
#endif

// `ms` in a normal build, longer in a sanitized one.
constexpr qint64 timeBudget(qint64 ms)
{
    return ms * kSanitizerSlowdown;
}

// The CPU time this thread has used, in milliseconds since start(): what a limit on the cost of
// an algorithm should measure, because a loaded machine (CI beside other builds) stretches wall
// time by whatever other processes take, not the code's own work.
class ThreadCpuTimer
{
public:
    ThreadCpuTimer() { start(); }
    void start() { m_start = now(); }
    [[nodiscard]] qint64 elapsed() const { return now() - m_start; }

private:
    static qint64 now()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
    }
    qint64 m_start = 0;
};

} // namespace scs::test
