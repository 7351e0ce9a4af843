#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

namespace scs::kube {
class KubeClient;
class KubeReply;
class TokenSource;
} // namespace scs::kube

namespace scs::workspace {

// Whether the Central API and the issuer (Keycloak) of one connection can be reached, for the
// banner and the tables to show. Fed by what happens anyway: every request's outcome
// (KubeClient::serverReachability, watches included) and the token source's refresh results.
// While the Central API is unreachable it asks by itself (GET /version) with a growing pause,
// so that recovery shows even when nothing else is asking:
//
//   Online ──a request fails to connect / times out──> Unreachable(since, nextRetry)
//   Unreachable ──probe after 1 s, 2 s, 4 s ... maxProbeInterval──> any HTTP answer ──> Online
//   (any other request that gets an answer ends the outage too)
//
// The issuer is unreachable after a refresh failed without an answer (nextRetry: the
// TokenSource's own retry) and reachable again with the next refreshed token.
// Owned by the Workspace; the client and the token source must outlive it. GUI thread only.
class ConnectionState : public QObject
{
    Q_OBJECT

public:
    enum class Service { CentralApi, Issuer };
    Q_ENUM(Service)

    struct Outage
    {
        Service service = Service::CentralApi;
        QString where; // host:port of what cannot be reached
        QDateTime since; // UTC: the first failure
        QDateTime nextRetry; // UTC; invalid while a retry is under way or none is planned
        Error error; // the last failure
    };

    ConnectionState(kube::KubeClient *client, kube::TokenSource *tokens,
                    QObject *parent = nullptr);
    ~ConnectionState() override;

    [[nodiscard]] bool isOnline() const { return !m_api && !m_issuer; }
    [[nodiscard]] const std::optional<Outage> &outage(Service service) const
    {
        return service == Service::CentralApi ? m_api : m_issuer;
    }

    // Pauses between two probes of an unreachable Central API (doubling from the first).
    void setProbeIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max);
    // How long a probe may take.
    void setProbeTimeout(std::chrono::milliseconds timeout) { m_probeTimeout = timeout; }

public Q_SLOTS:
    // Asks again at once (the banner's "Retry now"): a probe, and a token refresh when the
    // issuer is the one that did not answer.
    void retryNow();

Q_SIGNALS:
    // An outage began or ended, or its next retry moved.
    void changed();

private:
    void onApiReachability(bool reached, const Error &error);
    void onRefreshFailed(const Error &error);
    void onIssuerAnswered();
    void scheduleProbe();
    void probe();
    [[nodiscard]] bool probing() const;

    QPointer<kube::KubeClient> m_client;
    QPointer<kube::TokenSource> m_tokens;
    QString m_apiWhere;
    QString m_issuerWhere;
    std::optional<Outage> m_api;
    std::optional<Outage> m_issuer;
    QTimer m_probeTimer;
    QPointer<kube::KubeReply> m_probe;
    std::chrono::milliseconds m_firstProbe{1000};
    std::chrono::milliseconds m_maxProbe{30000};
    std::chrono::milliseconds m_nextProbe{0};
    std::chrono::milliseconds m_probeTimeout{5000};
};

} // namespace scs::workspace
