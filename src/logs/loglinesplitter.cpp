#include "logs/loglinesplitter.h"

#include <algorithm>

namespace scs::logs {

LogLineSplitter::LogLineSplitter(qsizetype maxLineBytes)
    : m_max(std::max<qsizetype>(maxLineBytes, 16))
{}

void LogLineSplitter::reset()
{
    m_partial.clear();
    m_truncated = 0;
}

void LogLineSplitter::emitLine(QByteArrayView raw, const LineHandler &handler)
{
    if (raw.endsWith('\r'))
        raw.chop(1);
    handler(raw, m_truncated);
    m_truncated = 0;
}

void LogLineSplitter::feed(QByteArrayView chunk, const LineHandler &handler)
{
    qsizetype start = 0;
    while (start < chunk.size()) {
        const qsizetype end = chunk.indexOf('\n', start);
        const qsizetype stop = end < 0 ? chunk.size() : end;
        QByteArrayView piece = chunk.sliced(start, stop - start);
        if (end >= 0 && m_partial.isEmpty() && m_truncated == 0
            && piece.size() <= m_max + 1) {
            // The common case: a whole line inside this chunk, no copy. (+1: its '\r'.)
            if (piece.size() > m_max && !piece.endsWith('\r')) {
                m_truncated = piece.size() - m_max;
                piece = piece.first(m_max);
            }
            emitLine(piece, handler);
        } else {
            const qsizetype room = std::max<qsizetype>(0, m_max + 1 - m_partial.size());
            m_partial.append(piece.first(std::min(room, piece.size())));
            m_truncated += piece.size() - std::min(room, piece.size());
            if (end >= 0) {
                QByteArrayView line(m_partial);
                if (line.endsWith('\r'))
                    line.chop(1);
                if (line.size() > m_max) {
                    m_truncated += line.size() - m_max;
                    line = line.first(m_max);
                }
                handler(line, m_truncated);
                m_partial.clear();
                m_truncated = 0;
            }
        }
        if (end < 0)
            break;
        start = end + 1;
    }
}

void LogLineSplitter::finish(const LineHandler &handler)
{
    if (m_partial.isEmpty() && m_truncated == 0)
        return;
    QByteArrayView line(m_partial);
    if (line.size() > m_max) {
        m_truncated += line.size() - m_max;
        line = line.first(m_max);
    }
    handler(line, m_truncated);
    reset();
}

} // namespace scs::logs
