#pragma once

#include "common/error.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QTcpServer;
class QTimer;

namespace scs::kube {
class KubeClient;
}

namespace scs::portforward {

class ForwardConnection;

// One port forward: 127.0.0.1:<local> to a port of a pod, or of the pod behind a Service. Every
// accepted local connection gets its own ForwardConnection (its own WebSocket).
//
//   Starting ── pod (or Service -> running pod, port -> container port) found, port bound ──>
//   Active ── stop() ──> Stopped
//     │  └── pod gone / not running (checked every checkInterval() and after a connection
//     │      fails), a refusal (403, 401) ──> Failed (listening ends, connections close)
//     └── pod or Service missing, local port taken ──> Failed
//
// A Service is resolved once, when the forward starts, as kubectl port-forward does: when that
// pod goes, the forward fails and says so (a new forward picks another pod). GUI thread; the
// client must outlive the forward (it is held by a QPointer: a forward whose client went away
// fails its next connection).
class PortForward : public QObject
{
    Q_OBJECT

public:
    enum class State { Starting, Active, Stopped, Failed };
    Q_ENUM(State)

    // `kind` is "Pod" or "Service"; `remotePort` the pod's port or the Service's port; `localPort`
    // 0 picks a free one.
    PortForward(kube::KubeClient *client, QString ns, QString kind, QString name,
                quint16 remotePort, quint16 localPort, QObject *parent = nullptr);
    ~PortForward() override;

    void start();
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const
    {
        return m_state == State::Starting || m_state == State::Active;
    }
    [[nodiscard]] QString stateText() const;
    // Why the forward failed, or the last connection's problem while it runs (empty: none).
    [[nodiscard]] const Error &error() const { return m_error; }

    [[nodiscard]] const QString &namespaceName() const { return m_ns; }
    [[nodiscard]] const QString &kind() const { return m_kind; }
    [[nodiscard]] const QString &name() const { return m_name; }
    // "pod demo/web-1", "service demo/web → pod web-1".
    [[nodiscard]] QString targetText() const;
    [[nodiscard]] quint16 remotePort() const { return m_remotePort; }
    // The pod and its port the bytes go to (after resolving a Service).
    [[nodiscard]] const QString &podName() const { return m_pod; }
    [[nodiscard]] quint16 podPort() const { return m_podPort; }
    // The bound port (0 until Active); the requested one is requestedLocalPort().
    [[nodiscard]] quint16 localPort() const { return m_localPort; }
    [[nodiscard]] quint16 requestedLocalPort() const { return m_requestedLocalPort; }
    // "127.0.0.1:8080" once listening.
    [[nodiscard]] QString localAddress() const;

    [[nodiscard]] int openConnections() const;
    [[nodiscard]] int totalConnections() const { return m_totalConnections; }
    [[nodiscard]] qint64 bytesFromPod() const;
    [[nodiscard]] qint64 bytesToPod() const;

    // How often an active forward checks that its pod still runs (default 5 s).
    [[nodiscard]] std::chrono::milliseconds checkInterval() const { return m_checkInterval; }
    void setCheckInterval(std::chrono::milliseconds interval);

    // Whether 127.0.0.1:`port` can be bound now; a port near `wanted` that can (counting up,
    // skipping privileged ports), or 0 when none of the next hundred is free.
    [[nodiscard]] static bool isLocalPortFree(quint16 port);
    [[nodiscard]] static quint16 suggestLocalPort(quint16 wanted);

Q_SIGNALS:
    void stateChanged();
    // Connections or bytes changed (at most four times a second).
    void statsChanged();

private:
    void resolveService();
    void checkPod(bool starting);
    void listen();
    void onNewConnection();
    void onConnectionFinished(ForwardConnection *connection, const Error &error);
    void fail(const Error &error);
    void setState(State state);
    void noteStats();
    void closeAll();
    [[nodiscard]] QString podText() const;

    QPointer<kube::KubeClient> m_client;
    QString m_ns;
    QString m_kind;
    QString m_name;
    quint16 m_remotePort;
    quint16 m_requestedLocalPort;
    quint16 m_localPort = 0;
    QString m_pod;
    quint16 m_podPort = 0;
    State m_state = State::Starting;
    Error m_error;
    QTcpServer *m_server = nullptr;
    QTimer *m_checkTimer;
    QTimer *m_statsTimer;
    bool m_checking = false;
    std::chrono::milliseconds m_checkInterval{5000};
    QList<ForwardConnection *> m_connections;
    int m_totalConnections = 0;
    qint64 m_closedFromPod = 0; // bytes of connections that ended
    qint64 m_closedToPod = 0;
};

} // namespace scs::portforward
