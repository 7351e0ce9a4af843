#pragma once

#include "logs/logline.h"

#include <QList>
#include <QObject>

namespace scs::logs {

// Where a logs view gets its lines: one container's stream (LogStream), the pods of a
// workload (WorkloadLogs), or a test's fake. Lines come in batches (a chunk's worth at least),
// never one signal per line. GUI thread.
class LogSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0; // nothing is emitted after it

Q_SIGNALS:
    void linesReceived(const QList<scs::logs::LogLine> &lines);
    // What the person should know while lines may be missing ("Reconnecting in 4 s: …",
    // "Showing 10 of 14 containers"); empty when all is well again.
    void statusChanged(const QString &status);
    // No more lines will come: `message` says why (pod gone, refused); empty when the log
    // simply ended (not followed, or the container finished).
    void ended(const QString &message);
};

} // namespace scs::logs
