#pragma once

#include "common/error.h"
#include "logs/loglinesplitter.h"
#include "logs/logoptions.h"
#include "logs/logsource.h"

#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <chrono>

class QTimer;

namespace scs::kube {
class KubeClient;
class KubeReply;
} // namespace scs::kube

namespace scs::logs {

// Follows the log of one container: GET /api/v1/namespaces/{ns}/pods/{pod}/log as a stream
// (KubeClient's chunked replies), always with timestamps=true, cut into lines as they come.
//
//   start() ──> Streaming ──chunk──> lines (deduplicated) ──> linesReceived()
//   Streaming ──ends (follow=false)──> Ended("")
//             ──ends (follow)──> is the pod still there? gone/finished ──> Ended(why)
//                                                        running ──> Backoff ──> Streaming
//             ──network, 5xx, 429, timeout──> Backoff (1 s, doubling to 30 s) ──>
//                                             Streaming
//             ──400 "waiting to start"──> Backoff ──> Streaming
//             ──404 (pod gone), 400, 401, 403──> Ended(message)
//   stop() from anywhere ──> Idle (nothing emitted after it)
//
// Picking up again: the new request asks for sinceTime=<the last line's timestamp, whole
// seconds> (the API reads sinceTime to the second), and the lines that come are dropped while
// older than the last line seen, and for the last seen timestamp itself as many as were seen
// with it: no duplicates, no gaps, as long as the container's log still holds those lines.
// A line cut by the drop (no newline yet) is dropped too; it comes again whole.
//
// Lives in the client's thread; the client must outlive it.
class LogStream : public LogSource
{
    Q_OBJECT

public:
    enum class State { Idle, Streaming, Backoff, Ended };
    Q_ENUM(State)

    LogStream(kube::KubeClient *client, const QString &ns, const QString &pod,
              const LogOptions &options, QObject *parent = nullptr);
    ~LogStream() override;

    // Put into every line's LogLine::source ("pod" or "pod/container" in a workload's logs).
    void setSource(const QString &source) { m_source = source; }
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max);
    void setMaxLineBytes(qsizetype bytes);

    void start() override;
    void stop() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString pod() const { return m_pod; }
    [[nodiscard]] QString container() const { return m_options.container; }
    [[nodiscard]] const LogOptions &options() const { return m_options; }
    [[nodiscard]] int reconnects() const { return m_reconnects; }
    // The query of the next (or current) request, for tests and the debug log.
    [[nodiscard]] QUrlQuery query() const;
    [[nodiscard]] QString path() const;

Q_SIGNALS:
    void stateChanged(scs::logs::LogStream::State state);

private:
    void connectStream();
    void onData(const QByteArray &chunk);
    void onFinished(kube::KubeReply *reply);
    void checkPod();
    void backoff(const QString &why);
    void end(const QString &message);
    void setState(State state);
    void takeLine(QByteArrayView raw, qsizetype truncated, QList<LogLine> &batch);
    void abortReply();

    QPointer<kube::KubeClient> m_client;
    QString m_namespace;
    QString m_pod;
    QString m_source;
    LogOptions m_options;
    State m_state = State::Idle;
    QPointer<kube::KubeReply> m_reply;
    LogLineSplitter m_splitter;
    QTimer *m_retry;
    std::chrono::milliseconds m_initialBackoff{1000};
    std::chrono::milliseconds m_maxBackoff{30000};
    std::chrono::milliseconds m_backoff{0};
    qint64 m_lastNs = 0; // the newest timestamp taken
    qint64 m_seenAtLast = 0; // lines taken with exactly that timestamp
    qint64 m_skipAtLast = 0; // of those, how many the current request has still to send again
    bool m_resumed = false; // the current request picks up after another
    int m_reconnects = 0;
    bool m_statusShown = false; // a "Reconnecting…" is out and not yet taken back
};

} // namespace scs::logs
