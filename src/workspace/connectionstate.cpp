#include "workspace/connectionstate.h"

#include "kube/kubeclient.h"
#include "kube/tokensource.h"

#include <QLoggingCategory>

#include <algorithm>

namespace scs::workspace {

Q_LOGGING_CATEGORY(lcConnection, "scs.workspace.connection")

namespace {

QString hostPort(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("http") ? 80 : 443;
    return url.port(defaultPort) == defaultPort
        ? url.host()
        : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

bool isNoAnswer(Error::Kind kind)
{
    return kind == Error::Kind::Network || kind == Error::Kind::Timeout
        || kind == Error::Kind::Server || kind == Error::Kind::Unavailable;
}

} // namespace

ConnectionState::ConnectionState(kube::KubeClient *client, kube::TokenSource *tokens,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(tokens)
    , m_apiWhere(hostPort(client->profile().apiUrl))
    , m_issuerWhere(hostPort(client->profile().issuerUrl))
{
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &ConnectionState::probe);
    connect(client, &kube::KubeClient::serverReachability, this,
            &ConnectionState::onApiReachability);
    if (tokens) {
        connect(tokens, &kube::TokenSource::refreshFailed, this,
                &ConnectionState::onRefreshFailed);
        connect(tokens, &kube::TokenSource::refreshed, this, &ConnectionState::onIssuerAnswered);
        connect(tokens, &kube::TokenSource::tokenChanged, this,
                &ConnectionState::onIssuerAnswered);
    }
}

ConnectionState::~ConnectionState()
{
    if (m_probe)
        m_probe->disconnect(this);
}

void ConnectionState::setProbeIntervals(std::chrono::milliseconds first,
                                        std::chrono::milliseconds max)
{
    m_firstProbe = first;
    m_maxProbe = std::max(first, max);
}

bool ConnectionState::probing() const
{
    return m_probe && !m_probe->isFinished();
}

void ConnectionState::onApiReachability(bool reached, const Error &error)
{
    if (reached) {
        if (!m_api)
            return;
        qCInfo(lcConnection) << "the Central API at" << m_apiWhere << "answers again";
        m_api.reset();
        m_probeTimer.stop();
        m_nextProbe = std::chrono::milliseconds::zero();
        if (probing())
            m_probe->abort();
        Q_EMIT changed();
        return;
    }
    if (!m_api) {
        qCWarning(lcConnection) << "the Central API at" << m_apiWhere
                                << "cannot be reached:" << error.detail;
        m_api = Outage{Service::CentralApi, m_apiWhere, QDateTime::currentDateTimeUtc(), {},
                       error};
    } else {
        m_api->error = error;
    }
    // One probe at a time: a failure while one is planned or under way changes nothing.
    if (!m_probeTimer.isActive() && !probing())
        scheduleProbe();
    Q_EMIT changed();
}

void ConnectionState::scheduleProbe()
{
    m_nextProbe = m_nextProbe == std::chrono::milliseconds::zero()
        ? m_firstProbe
        : std::min(m_nextProbe * 2, m_maxProbe);
    m_probeTimer.start(m_nextProbe);
    m_api->nextRetry = QDateTime::currentDateTimeUtc().addMSecs(m_nextProbe.count());
}

void ConnectionState::probe()
{
    if (!m_api || !m_client || probing())
        return;
    m_api->nextRetry = {};
    kube::Request request;
    request.path = QStringLiteral("/version");
    request.timeout = m_probeTimeout;
    request.throttleRetries = 0;
    m_probe = m_client->send(request);
    // Success or failure arrives through serverReachability; a probe refused before sending
    // (a profile problem) must still plan the next one.
    connect(m_probe, &kube::KubeReply::finished, this, [this] {
        if (m_api && !m_probeTimer.isActive()) {
            scheduleProbe();
            Q_EMIT changed();
        }
    });
    Q_EMIT changed();
}

void ConnectionState::retryNow()
{
    if (m_api) {
        m_probeTimer.stop();
        m_nextProbe = std::chrono::milliseconds::zero();
        probe();
    }
    if (m_issuer && m_tokens) {
        m_issuer->nextRetry = {};
        m_tokens->requestRefresh();
        Q_EMIT changed();
    }
}

void ConnectionState::onRefreshFailed(const Error &error)
{
    if (!isNoAnswer(error.kind)) {
        // The issuer answered (and refused): reachable, whatever else is wrong.
        onIssuerAnswered();
        return;
    }
    if (!m_issuer) {
        qCWarning(lcConnection) << "the issuer at" << m_issuerWhere
                                << "cannot be reached:" << error.detail;
        m_issuer = Outage{Service::Issuer, m_issuerWhere, QDateTime::currentDateTimeUtc(), {},
                          error};
    }
    m_issuer->error = error;
    m_issuer->nextRetry = m_tokens ? m_tokens->nextRefreshAttempt() : QDateTime();
    Q_EMIT changed();
}

void ConnectionState::onIssuerAnswered()
{
    if (!m_issuer)
        return;
    qCInfo(lcConnection) << "the issuer at" << m_issuerWhere << "answers again";
    m_issuer.reset();
    Q_EMIT changed();
}

} // namespace scs::workspace
