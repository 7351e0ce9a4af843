#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpSocket;
class QWebSocket;

namespace scs::kube {
class KubeClient;
}

namespace scs::portforward {

// One forwarded TCP connection: an accepted local socket and its own WebSocket to the pod's
// port-forward subresource (`…/pods/<pod>/portforward?ports=<port>`), the way the kubelet serves
// it (k8s.io/kubelet pkg/cri/streaming/portforward/websocket.go): subprotocol
// `v4.channel.k8s.io` (binary; the API server passes it through to the kubelet unchanged),
// every message one channel byte and data; channel 0 carries the data both ways, channel 1 the
// server's error text. The server's first bytes on each channel are the port, two bytes little
// endian: checked and stripped. The client writes plain data to channel 0 (no port prefix).
//
//   Connecting ──101──> Open ──local closed | pod side closed | error text──> Closed
//       └── 401 ──> token refresh ──> Connecting (once)      └── close() ──> Closed
//       └── other refusal / network error ──────────────────────────────────> Closed
//
// Backpressure: the local socket is not read while the WebSocket holds more than
// maxPendingToPod() unsent bytes (reading resumes as it drains). QtWebSockets cannot pause
// reading a WebSocket, so the other way is bounded instead: when the local client leaves more
// than maxPendingToClient() unread, the connection is closed with an error. GUI thread; the
// client must outlive the connection (it is held by a QPointer and checked).
class ForwardConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `socket` (connected, from QTcpServer). `path` is the portforward path.
    ForwardConnection(QTcpSocket *socket, kube::KubeClient *client, QString path,
                      quint16 remotePort, QObject *parent = nullptr);
    ~ForwardConnection() override;

    // Opens the WebSocket; the local socket is read once it is open.
    void start();
    // Closes both sides; finished() follows (without an error) unless it already came.
    void close();

    [[nodiscard]] bool isOpen() const { return m_state == State::Open; }
    [[nodiscard]] bool isFinished() const { return m_state == State::Closed; }
    [[nodiscard]] qint64 bytesFromPod() const { return m_fromPod; }
    [[nodiscard]] qint64 bytesToPod() const { return m_toPod; }
    // The HTTP status of a refused handshake (401, 403, 404, ...); 0 when none.
    [[nodiscard]] int refusedStatus() const { return m_refusedStatus; }

    static constexpr qint64 maxPendingToPod() { return 256 * 1024; }
    static constexpr qint64 maxPendingToClient() { return 16 * 1024 * 1024; }
    static constexpr const char *subprotocol() { return "v4.channel.k8s.io"; }

Q_SIGNALS:
    void opened();
    // Bytes went one way or the other.
    void transferred();
    // The connection ended: `error.message` empty for a normal close by either side, else what
    // went wrong (Kind Unauthorized, Forbidden, NotFound for a refused handshake; Network for a
    // dropped connection; Server for the error channel's text, which `error.detail` holds).
    void finished(const scs::Error &error);

private:
    enum class State { Connecting, Open, Closed };
    void openWebSocket();
    void onConnected();
    void onMessage(const QByteArray &message);
    void onWebSocketError();
    void onWebSocketClosed();
    void pumpToPod();
    void writeToClient(const QByteArray &data);
    void finish(const Error &error);
    [[nodiscard]] Error handshakeError(int status) const;

    QPointer<kube::KubeClient> m_client;
    QString m_path;
    quint16 m_remotePort;
    QTcpSocket *m_socket;
    QWebSocket *m_ws = nullptr;
    State m_state = State::Connecting;
    bool m_retried = false;
    int m_refusedStatus = 0;
    // The port prefix still expected on channel 0 and 1 (bytes seen of the two).
    QByteArray m_prefix[2];
    QByteArray m_errorText;
    qint64 m_fromPod = 0;
    qint64 m_toPod = 0;
};

} // namespace scs::portforward
