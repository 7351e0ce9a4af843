#pragma once

#include "common/error.h"
#include "logs/logoptions.h"
#include "logs/logsource.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <algorithm>
#include <chrono>

class QTimer;

namespace scs::kube {
class KubeClient;
class Watcher;
class WatchItem;
} // namespace scs::kube

namespace scs::logs {

class LogStream;

// The logs of every pod a label selector picks (a Deployment's, StatefulSet's, DaemonSet's,
// ReplicaSet's or Job's spec.selector, or one typed by the person), one LogStream per container,
// interleaved by timestamp with a per-pod prefix in LogLine::source ("pod", or "pod/container"
// for pods with several containers). Pods are followed with a kube::Watcher: a new pod's
// containers are streamed as it comes, a deleted pod's stream stops. At most maxStreams()
// containers are streamed at once (statusChanged() says so when more match); when one ends, the
// next waiting one starts.
//
// Interleaving: lines are held for mergeInterval (100 ms) and handed out in timestamp order
// per batch; lines of two pods within one batch are ordered, a line that arrives later than a
// batch with newer lines of another pod is not moved back (a live view cannot re-sort what it
// showed). Lives in the client's thread; the client must outlive it.
class WorkloadLogs : public LogSource
{
    Q_OBJECT

public:
    WorkloadLogs(kube::KubeClient *client, const QString &ns, const QString &labelSelector,
                 const LogOptions &options, QObject *parent = nullptr);
    ~WorkloadLogs() override;

    // spec.selector of a workload (matchLabels and matchExpressions) as a label selector
    // ("app=web,tier in (a,b)"); Error::Kind::Invalid when it has none or an empty one (which
    // would pick every pod of the namespace).
    [[nodiscard]] static Result<QString> selectorOf(const QJsonObject &workload);

    void setMaxStreams(int count) { m_maxStreams = std::max(count, 1); }
    [[nodiscard]] int maxStreams() const { return m_maxStreams; }
    void setMergeInterval(int ms);
    void setStreamBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max);

    void start() override;
    void stop() override;

    [[nodiscard]] QString labelSelector() const { return m_selector; }
    // The containers streamed now and those waiting, as "pod/container".
    [[nodiscard]] QStringList streaming() const;
    [[nodiscard]] QStringList waiting() const { return m_waiting; }

private:
    struct Target
    {
        QString pod;
        QString container;
        QString source;
    };
    void onPodsAdded(const QList<kube::WatchItem> &items);
    void onPodDeleted(const kube::WatchItem &item);
    void addPod(const QJsonObject &pod);
    void startWaiting();
    void startStream(const QString &key);
    void onStreamEnded(const QString &key, const QString &message);
    void flush();
    void updateStatus();

    QPointer<kube::KubeClient> m_client;
    QString m_namespace;
    QString m_selector;
    LogOptions m_options;
    kube::Watcher *m_watcher = nullptr;
    QHash<QString, Target> m_targets; // "pod/container" -> what to stream
    QHash<QString, LogStream *> m_streams; // streaming now
    QStringList m_waiting; // in the order they came
    QList<LogLine> m_pending;
    QTimer *m_merge;
    int m_maxStreams = 10;
    std::chrono::milliseconds m_streamInitialBackoff{1000};
    std::chrono::milliseconds m_streamMaxBackoff{30000};
    QString m_watchProblem;
    QString m_lastEnd; // the last pod's end message, shown until the next status
    bool m_running = false;
};

} // namespace scs::logs
