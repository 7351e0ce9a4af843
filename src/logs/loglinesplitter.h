#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace scs::logs {

// Cuts a byte stream into lines as chunks arrive: a line may be split across chunks anywhere
// (inside "\r\n", inside a UTF-8 sequence); "\r\n" and "\n" both end a line. A line longer than
// maxLineBytes keeps its first maxLineBytes bytes; the rest up to its newline is counted and
// dropped, so that a writer without newlines cannot make the buffer grow without bound.
class LogLineSplitter
{
public:
    // `raw` is the line without its end; `truncatedBytes` how many bytes were dropped from it.
    using LineHandler = std::function<void(QByteArrayView raw, qsizetype truncatedBytes)>;

    explicit LogLineSplitter(qsizetype maxLineBytes = 64 * 1024);

    void feed(QByteArrayView chunk, const LineHandler &handler);
    // The end of the stream: a last line without a newline is handed out too.
    void finish(const LineHandler &handler);
    void reset();

    [[nodiscard]] qsizetype maxLineBytes() const { return m_max; }
    [[nodiscard]] qsizetype buffered() const { return m_partial.size(); }

private:
    void emitLine(QByteArrayView raw, const LineHandler &handler);

    qsizetype m_max;
    QByteArray m_partial;
    qsizetype m_truncated = 0; // bytes of the current line dropped past the cap
};

} // namespace scs::logs
