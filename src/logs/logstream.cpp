#include "logs/logstream.h"

#include "kube/apipath.h"
#include "kube/kubeclient.h"
#include "logs/logslogging.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace scs::logs {

LogStream::LogStream(kube::KubeClient *client, const QString &ns, const QString &pod,
                     const LogOptions &options, QObject *parent)
    : LogSource(parent)
    , m_client(client)
    , m_namespace(ns)
    , m_pod(pod)
    , m_options(options)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &LogStream::connectStream);
}

LogStream::~LogStream()
{
    abortReply();
}

void LogStream::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max)
{
    m_initialBackoff = initial;
    m_maxBackoff = max;
}

void LogStream::setMaxLineBytes(qsizetype bytes)
{
    m_splitter = LogLineSplitter(bytes);
}

void LogStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LogStream::abortReply()
{
    if (kube::KubeReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
}

void LogStream::start()
{
    if (m_state == State::Streaming || m_state == State::Backoff)
        return;
    connectStream();
}

void LogStream::stop()
{
    abortReply();
    m_retry->stop();
    setState(State::Idle);
}

QString LogStream::path() const
{
    return QStringLiteral("/api/v1/namespaces/%1/pods/%2/log")
        .arg(kube::pathSegment(m_namespace), kube::pathSegment(m_pod));
}

QUrlQuery LogStream::query() const
{
    QUrlQuery query;
    if (!m_options.container.isEmpty())
        query.addQueryItem(QStringLiteral("container"), m_options.container);
    if (m_options.follow)
        query.addQueryItem(QStringLiteral("follow"), QStringLiteral("true"));
    if (m_options.previous)
        query.addQueryItem(QStringLiteral("previous"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("true"));
    if (m_lastNs > 0) {
        // Picking up after a drop: from the last line's second on (see the class comment).
        query.addQueryItem(QStringLiteral("sinceTime"), sinceTimeOf(m_lastNs));
    } else {
        if (m_options.sinceSeconds > 0)
            query.addQueryItem(QStringLiteral("sinceSeconds"),
                               QString::number(m_options.sinceSeconds));
        if (m_options.tailLines >= 0)
            query.addQueryItem(QStringLiteral("tailLines"), QString::number(m_options.tailLines));
    }
    return query;
}

void LogStream::connectStream()
{
    abortReply();
    if (!m_client) {
        setState(State::Idle);
        return;
    }
    m_splitter.reset();
    m_skipAtLast = m_seenAtLast;
    kube::Request request;
    request.path = path();
    request.query = query();
    request.accept = QByteArrayLiteral("text/plain, */*");
    request.stream = true;
    request.throttleRetries = 0; // our own backoff waits
    // A followed log may be silent for hours: no limit between chunks.
    request.timeout = std::chrono::milliseconds(-1);
    qCDebug(lcLogs).noquote() << "log stream" << request.path << request.query.toString();
    kube::KubeReply *reply = m_client->send(request);
    m_reply = reply;
    setState(State::Streaming);
    // Connected again: the "Reconnecting…" goes, even before a quiet container writes a line,
    // once the answer has stayed open a moment (a pod that is not running yet answers an empty
    // log that ends at once: its status stays, without flickering).
    connect(reply, &kube::KubeReply::answered, this, [this, reply] {
        QTimer::singleShot(1000, this, [this, guard = QPointer<kube::KubeReply>(reply)] {
            if (guard && guard == m_reply && m_statusShown) {
                m_statusShown = false;
                Q_EMIT statusChanged({});
            }
        });
    });
    connect(reply, &kube::KubeReply::dataReceived, this, &LogStream::onData);
    connect(reply, &kube::KubeReply::finished, this, [this, reply] { onFinished(reply); });
}

void LogStream::takeLine(QByteArrayView raw, qsizetype truncated, QList<LogLine> &batch)
{
    LogLine line = parseLogLine(raw, truncated);
    if (line.timeNs > 0) {
        if (line.timeNs < m_lastNs)
            return; // sent again after a reconnect
        if (line.timeNs == m_lastNs) {
            if (m_skipAtLast > 0) {
                --m_skipAtLast;
                return;
            }
            ++m_seenAtLast;
        } else {
            m_lastNs = line.timeNs;
            m_seenAtLast = 1;
            m_skipAtLast = 0;
        }
    }
    line.source = m_source;
    batch.append(std::move(line));
}

void LogStream::onData(const QByteArray &chunk)
{
    QList<LogLine> batch;
    m_splitter.feed(chunk, [this, &batch](QByteArrayView raw, qsizetype truncated) {
        takeLine(raw, truncated, batch);
    });
    if (!batch.isEmpty()) {
        m_backoff = std::chrono::milliseconds::zero();
        if (m_statusShown) {
            m_statusShown = false;
            Q_EMIT statusChanged({});
        }
        Q_EMIT linesReceived(batch);
    }
}

void LogStream::onFinished(kube::KubeReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const Result<QByteArray> &result = reply->result();
    if (result) {
        // The server ended the log: the last line may lack its newline.
        QList<LogLine> batch;
        m_splitter.finish([this, &batch](QByteArrayView raw, qsizetype truncated) {
            takeLine(raw, truncated, batch);
        });
        if (!batch.isEmpty())
            Q_EMIT linesReceived(batch);
        if (m_state != State::Streaming)
            return; // a slot stopped us
        if (!m_options.follow || m_options.previous) {
            end({});
            return;
        }
        checkPod();
        return;
    }
    const Error &error = result.error();
    const int status = reply->httpStatus();
    qCDebug(lcLogs).noquote() << "log stream of" << m_pod << "ended:" << status << error.detail;
    if (error.kind == Error::Kind::Cancelled)
        return;
    if (status == 404) {
        end(tr("The pod %1 is gone; its log ends here.").arg(m_pod));
        return;
    }
    const QString serverText = reply->status().message;
    // The API server's words for a container that is not there yet: "…is waiting to start:
    // ContainerCreating" (or an image pull backoff), and, before a pod is scheduled, "pod … does
    // not have a host assigned" (servers that do not answer with an empty log instead).
    if (status == 400 && m_options.follow
        && (serverText.contains(QLatin1String("waiting to start"))
            || serverText.contains(QLatin1String("ContainerCreating"))
            || serverText.contains(QLatin1String("PodInitializing"))
            || serverText.contains(QLatin1String("does not have a host assigned")))) {
        backoff(tr("The container has not started yet: %1").arg(serverText));
        return;
    }
    if (status == 400 || status == 401 || status == 403 || status == 422) {
        end(serverText.isEmpty() || status == 401 || status == 403
                ? error.message
                : tr("The Central API refused the log: %1").arg(serverText));
        return;
    }
    backoff(error.message.isEmpty() ? tr("The connection was lost.") : error.message);
}

void LogStream::checkPod()
{
    if (!m_client) {
        setState(State::Idle);
        return;
    }
    const QString podPath = QStringLiteral("/api/v1/namespaces/%1/pods/%2")
                                .arg(kube::pathSegment(m_namespace), kube::pathSegment(m_pod));
    kube::KubeReply *reply = m_client->get(podPath);
    m_reply = reply;
    reply->onJson(this, [this, reply](const Result<QJsonDocument> &json) {
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        if (!json) {
            if (reply->httpStatus() == 404)
                end(tr("The pod %1 is gone; its log ends here.").arg(m_pod));
            else
                backoff(json.error().message);
            return;
        }
        const QString phase = json->object()
                                  .value(QLatin1String("status"))
                                  .toObject()
                                  .value(QLatin1String("phase"))
                                  .toString();
        if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed")) {
            end(tr("The pod %1 has finished (%2).").arg(m_pod, phase));
            return;
        }
        backoff(tr("The container is not running (the pod is %1).")
                    .arg(phase.isEmpty() ? QStringLiteral("?") : phase));
    });
}

void LogStream::backoff(const QString &why)
{
    using namespace std::chrono;
    m_backoff = m_backoff == milliseconds::zero() ? m_initialBackoff
                                                  : std::min(m_backoff * 2, m_maxBackoff);
    const qint64 step = std::max<qint64>(m_backoff.count(), 1);
    const milliseconds wait(step / 2 + QRandomGenerator::global()->bounded(step / 2 + 1));
    ++m_reconnects;
    setState(State::Backoff);
    m_retry->start(wait);
    const qint64 seconds = std::max<qint64>(1, (wait.count() + 999) / 1000);
    m_statusShown = true;
    Q_EMIT statusChanged(tr("%1 Reconnecting in %n s…", nullptr, int(seconds)).arg(why));
}

void LogStream::end(const QString &message)
{
    abortReply();
    m_retry->stop();
    setState(State::Ended);
    m_statusShown = false;
    Q_EMIT statusChanged({});
    Q_EMIT ended(message);
}

} // namespace scs::logs
