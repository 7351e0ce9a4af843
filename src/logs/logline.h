#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace scs::logs {

// One line of a container's log as the API server sends it with timestamps=true:
// "2026-12-07T14:28:05.123456789Z text". `timeNs` orders lines and finds where a reconnected
// stream picks up; `timestamp` keeps the server's text for display and saving.
struct LogLine
{
    qint64 timeNs = 0; // nanoseconds since the epoch (UTC); 0 when the line had none
    QString timestamp; // as the server wrote it; empty when none
    QString text; // invalid UTF-8 shown with U+FFFD; a capped line ends in an ellipsis
    QString source; // who wrote it ("pod" or "pod/container") in a workload's logs; else empty

    friend bool operator==(const LogLine &, const LogLine &) = default;
};

// An RFC 3339 timestamp with up to nine fractional digits ("…T14:28:05.12Z", "…+01:00") as
// nanoseconds since the epoch; nullopt-like 0 (with *ok false) for anything else.
[[nodiscard]] qint64 parseLogTimestamp(QByteArrayView text, bool *ok = nullptr);

// The RFC 3339 text (whole seconds, UTC) of `timeNs` rounded down, as sinceTime wants it: the
// API server reads sinceTime to the second only.
[[nodiscard]] QString sinceTimeOf(qint64 timeNs);

// One raw line (without its newline; a '\r' before it already removed) split into timestamp
// and text. `truncatedBytes` > 0 marks a line cut at the splitter's cap.
[[nodiscard]] LogLine parseLogLine(QByteArrayView raw, qsizetype truncatedBytes = 0);

} // namespace scs::logs

Q_DECLARE_METATYPE(scs::logs::LogLine)
