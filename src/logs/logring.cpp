#include "logs/logring.h"

#include <algorithm>

namespace scs::logs {

LogRing::LogRing(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(capacity, 1))
{}

void LogRing::append(const LogLine &line)
{
    ++m_total;
    if (m_size < m_capacity) {
        m_lines.append(line);
        ++m_size;
        return;
    }
    m_lines[m_head] = line;
    m_head = (m_head + 1) % m_capacity;
}

void LogRing::append(const QList<LogLine> &lines)
{
    // Only the lines that can stay are copied (a burst larger than the ring).
    const qsizetype skip = std::max<qsizetype>(0, lines.size() - m_capacity);
    m_total += skip;
    for (qsizetype i = skip; i < lines.size(); ++i)
        append(lines.at(i));
}

void LogRing::clear()
{
    m_lines.clear();
    m_head = 0;
    m_size = 0;
    m_total = 0;
}

void LogRing::setCapacity(qsizetype capacity)
{
    const qint64 total = m_total;
    const QList<LogLine> keep = last(std::max<qsizetype>(capacity, 1));
    m_capacity = std::max<qsizetype>(capacity, 1);
    clear();
    for (const LogLine &line : keep)
        append(line);
    m_total = total;
}

const LogLine &LogRing::at(qsizetype i) const
{
    return m_lines.at((m_head + i) % m_capacity);
}

QList<LogLine> LogRing::last(qsizetype count) const
{
    count = std::min(std::max<qsizetype>(count, 0), m_size);
    QList<LogLine> result;
    result.reserve(count);
    for (qsizetype i = m_size - count; i < m_size; ++i)
        result.append(at(i));
    return result;
}

} // namespace scs::logs
