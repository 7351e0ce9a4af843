#pragma once

#include "logs/logline.h"

#include <QList>

namespace scs::logs {

// The last capacity() lines of a log: appending to a full ring drops the oldest. Counts every
// line it was given (total()) and how many of those are gone (dropped()), for "12,345 lines
// (2,000 dropped)". Memory stays at capacity() lines however long the log runs.
class LogRing
{
public:
    explicit LogRing(qsizetype capacity = 50000);

    void append(const LogLine &line);
    void append(const QList<LogLine> &lines);
    void clear(); // forgets lines and counts
    void setCapacity(qsizetype capacity); // keeps the newest lines that fit

    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    // 0 is the oldest line kept, size() - 1 the newest.
    [[nodiscard]] const LogLine &at(qsizetype i) const;
    // The newest `count` lines (fewer when the ring holds fewer), oldest first.
    [[nodiscard]] QList<LogLine> last(qsizetype count) const;
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] qint64 dropped() const { return m_total - m_size; }

private:
    QList<LogLine> m_lines; // grows to capacity, then is written round
    qsizetype m_capacity;
    qsizetype m_head = 0; // index of the oldest line once full
    qsizetype m_size = 0;
    qint64 m_total = 0;
};

} // namespace scs::logs
