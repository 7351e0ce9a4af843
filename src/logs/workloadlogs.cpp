#include "logs/workloadlogs.h"

#include "kube/apipath.h"
#include "kube/kubeclient.h"
#include "kube/watcher.h"
#include "logs/logslogging.h"
#include "logs/logstream.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace scs::logs {

WorkloadLogs::WorkloadLogs(kube::KubeClient *client, const QString &ns,
                           const QString &labelSelector, const LogOptions &options,
                           QObject *parent)
    : LogSource(parent)
    , m_client(client)
    , m_namespace(ns)
    , m_selector(labelSelector)
    , m_options(options)
    , m_merge(new QTimer(this))
{
    m_merge->setInterval(100);
    connect(m_merge, &QTimer::timeout, this, &WorkloadLogs::flush);
}

WorkloadLogs::~WorkloadLogs()
{
    stop();
}

Result<QString> WorkloadLogs::selectorOf(const QJsonObject &workload)
{
    const QJsonObject selector = workload.value(QLatin1String("spec"))
                                     .toObject()
                                     .value(QLatin1String("selector"))
                                     .toObject();
    QStringList parts;
    const QJsonObject labels = selector.value(QLatin1String("matchLabels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value().toString());
    const QJsonArray expressions = selector.value(QLatin1String("matchExpressions")).toArray();
    for (const QJsonValue &value : expressions) {
        const QJsonObject e = value.toObject();
        const QString key = e.value(QLatin1String("key")).toString();
        const QString op = e.value(QLatin1String("operator")).toString();
        QStringList values;
        for (const QJsonValue &v : e.value(QLatin1String("values")).toArray())
            values.append(v.toString());
        if (op == QLatin1String("In") || op == QLatin1String("NotIn")) {
            parts.append(QStringLiteral("%1 %2 (%3)")
                             .arg(key, op == QLatin1String("In") ? QStringLiteral("in")
                                                                 : QStringLiteral("notin"),
                                  values.join(QLatin1Char(','))));
        } else if (op == QLatin1String("Exists")) {
            parts.append(key);
        } else if (op == QLatin1String("DoesNotExist")) {
            parts.append(QLatin1Char('!') + key);
        } else {
            return fail(Error::Kind::Invalid,
                        tr("The selector uses the operator \"%1\", which the console does not "
                           "know.")
                            .arg(op));
        }
    }
    if (parts.isEmpty()) {
        return fail(Error::Kind::Invalid,
                    tr("%1 has no pod selector, so its pods cannot be found.")
                        .arg(workload.value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString()));
    }
    return parts.join(QLatin1Char(','));
}

void WorkloadLogs::setMergeInterval(int ms)
{
    m_merge->setInterval(std::max(ms, 1));
}

void WorkloadLogs::setStreamBackoff(std::chrono::milliseconds initial,
                                    std::chrono::milliseconds max)
{
    m_streamInitialBackoff = initial;
    m_streamMaxBackoff = max;
}

void WorkloadLogs::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    kube::Watcher::Options options;
    options.table = false;
    options.labelSelector = m_selector;
    m_watcher = new kube::Watcher(
        m_client, QStringLiteral("/api/v1/namespaces/%1/pods").arg(kube::pathSegment(m_namespace)),
        options, this);
    connect(m_watcher, &kube::Watcher::added, this, &WorkloadLogs::onPodsAdded);
    connect(m_watcher, &kube::Watcher::modified, this,
            [this](const kube::WatchItem &item) { onPodsAdded({item}); });
    connect(m_watcher, &kube::Watcher::deleted, this, &WorkloadLogs::onPodDeleted);
    connect(m_watcher, &kube::Watcher::errorOccurred, this, [this](const Error &error) {
        if (m_watcher->state() == kube::Watcher::State::Idle) {
            // Refused for good (403, ...): nothing more will come.
            flush();
            Q_EMIT ended(error.message);
            return;
        }
        m_watchProblem = error.message;
        updateStatus();
    });
    connect(m_watcher, &kube::Watcher::synced, this, [this] {
        m_watchProblem.clear();
        updateStatus();
    });
    m_merge->start();
    m_watcher->start();
}

void WorkloadLogs::stop()
{
    m_running = false;
    m_merge->stop();
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->stop();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    for (LogStream *stream : std::as_const(m_streams)) {
        stream->disconnect(this);
        stream->stop();
        stream->deleteLater();
    }
    m_streams.clear();
    m_waiting.clear();
    m_targets.clear();
    m_pending.clear();
}

QStringList WorkloadLogs::streaming() const
{
    QStringList keys = m_streams.keys();
    keys.sort();
    return keys;
}

void WorkloadLogs::onPodsAdded(const QList<kube::WatchItem> &items)
{
    QList<QJsonObject> pods;
    for (const kube::WatchItem &item : items)
        pods.append(item.object());
    // Oldest pods first, so that the first streams are stable; then by name.
    std::sort(pods.begin(), pods.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const auto key = [](const QJsonObject &o) {
            const QJsonObject m = o.value(QLatin1String("metadata")).toObject();
            return std::pair(m.value(QLatin1String("creationTimestamp")).toString(),
                             m.value(QLatin1String("name")).toString());
        };
        return key(a) < key(b);
    });
    for (const QJsonObject &pod : std::as_const(pods))
        addPod(pod);
    startWaiting();
    updateStatus();
}

void WorkloadLogs::addPod(const QJsonObject &pod)
{
    const QString name
        = pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    QStringList containers;
    const QJsonArray list = pod.value(QLatin1String("spec"))
                                .toObject()
                                .value(QLatin1String("containers"))
                                .toArray();
    for (const QJsonValue &c : list)
        containers.append(c.toObject().value(QLatin1String("name")).toString());
    if (!m_options.container.isEmpty()) {
        if (!containers.contains(m_options.container))
            return; // a pod of another shape
        containers = {m_options.container};
    }
    const bool several = list.size() > 1;
    for (const QString &container : std::as_const(containers)) {
        const QString key = name + QLatin1Char('/') + container;
        if (m_targets.contains(key))
            continue;
        m_targets.insert(key, Target{name, container, several ? key : name});
        m_waiting.append(key);
    }
}

void WorkloadLogs::onPodDeleted(const kube::WatchItem &item)
{
    const QString prefix = item.name() + QLatin1Char('/');
    const QStringList keys = m_targets.keys();
    for (const QString &key : keys) {
        if (!key.startsWith(prefix))
            continue;
        m_targets.remove(key);
        m_waiting.removeAll(key);
        if (LogStream *stream = m_streams.take(key)) {
            stream->disconnect(this);
            stream->stop();
            stream->deleteLater();
        }
    }
    startWaiting();
    updateStatus();
}

void WorkloadLogs::startWaiting()
{
    while (m_running && m_streams.size() < m_maxStreams && !m_waiting.isEmpty())
        startStream(m_waiting.takeFirst());
}

void WorkloadLogs::startStream(const QString &key)
{
    const Target target = m_targets.value(key);
    LogOptions options = m_options;
    options.container = target.container;
    auto *stream = new LogStream(m_client, m_namespace, target.pod, options, this);
    stream->setSource(target.source);
    stream->setBackoff(m_streamInitialBackoff, m_streamMaxBackoff);
    m_streams.insert(key, stream);
    connect(stream, &LogSource::linesReceived, this,
            [this](const QList<LogLine> &lines) { m_pending += lines; });
    connect(stream, &LogSource::ended, this,
            [this, key](const QString &message) { onStreamEnded(key, message); });
    stream->start();
}

void WorkloadLogs::onStreamEnded(const QString &key, const QString &message)
{
    if (LogStream *stream = m_streams.take(key)) {
        stream->disconnect(this);
        stream->deleteLater();
    }
    qCDebug(lcLogs).noquote() << "workload log stream" << key << "ended:" << message;
    if (!message.isEmpty())
        m_lastEnd = message;
    // The target stays known, so that a modified event does not start it again.
    startWaiting();
    updateStatus();
}

void WorkloadLogs::flush()
{
    if (m_pending.isEmpty())
        return;
    QList<LogLine> batch = std::exchange(m_pending, {});
    std::stable_sort(batch.begin(), batch.end(),
                     [](const LogLine &a, const LogLine &b) { return a.timeNs < b.timeNs; });
    Q_EMIT linesReceived(batch);
}

void WorkloadLogs::updateStatus()
{
    QStringList parts;
    if (!m_watchProblem.isEmpty())
        parts.append(m_watchProblem);
    const qsizetype all = m_streams.size() + m_waiting.size();
    if (!m_waiting.isEmpty()) {
        parts.append(tr("Showing %1 of %2 containers: at most %3 are followed at once.")
                         .arg(m_streams.size())
                         .arg(all)
                         .arg(m_maxStreams));
    }
    if (m_running && m_watcher && m_watcher->isSynced() && all == 0)
        parts.append(m_lastEnd.isEmpty() ? tr("No pod matches %1.").arg(m_selector) : m_lastEnd);
    Q_EMIT statusChanged(parts.join(QLatin1Char(' ')));
}

} // namespace scs::logs
