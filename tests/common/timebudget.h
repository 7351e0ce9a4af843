#pragma once

// Time limits in tests. The sanitizer pass (ASan + UBSan at -O1) runs our code 3-4x slower, so
// a limit meant to catch an accidental quadratic or a timeout that does not fire scales with
// it there instead of failing on the instrumentation.

#include <QtGlobal>

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

} // namespace scs::test
