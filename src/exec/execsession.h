#pragma once

#include "common/error.h"
#include "exec/execprotocol.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

class QTimer;
class QWebSocket;

namespace scs::kube {
class KubeClient;
class KubeReply;
} // namespace scs::kube

namespace scs::exec {

// What to run where.
struct ExecOptions
{
    QString ns;
    QString pod;
    QString container; // empty: the server picks the pod's only container (or refuses)
    QStringList command; // argv, not a shell line
    bool tty = true; // a terminal: stdout and stderr come merged on stdout
    int columns = 80;
    int rows = 24;
};

// One command in a container over the API server's WebSocket exec
// (GET .../pods/{pod}/exec?command=..&stdin=1&stdout=1&stderr=..&tty=..), asking for
// v5.channel.k8s.io and taking v4.channel.k8s.io from an older server (v4 cannot say "no more
// input": closeInput() does nothing there).
//
//   start() ──> Connecting ──upgrade──> Open ──Status on channel 3, close──> Ended(Exited |
//                  │                      │                                  NoShell | Failed)
//                  │                      └──closed without a Status────────> Ended(ConnectionLost)
//                  ├──401──> TokenSource refresh ──> Connecting (once) ──fails──> Ended(Failed)
//                  ├──other HTTP answer──> the same URL as a plain GET, whose Status says why
//                  │                       (403, pod or container not found) ──> Ended(Failed)
//                  └──no answer, timeout──> Ended(ConnectionLost)
//   stop() from anywhere ──> Ended(Closed) (nothing emitted after it but ended())
//
// "No shell": a Status whose message is the runtime's "executable file not found" / "no such
// file or directory", or an exit code 126/127 before any input was sent (a shell wrapper that
// could not find its command). Lives in the client's thread; the client must outlive it.
class ExecSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Open, Ended };
    Q_ENUM(State)

    ExecSession(kube::KubeClient *client, ExecOptions options, QObject *parent = nullptr);
    ~ExecSession() override;

    void start();
    // Bytes for the command's stdin (keys typed into a terminal). Dropped unless Open.
    void sendInput(const QByteArray &data);
    // The terminal's new size; remembered before Open and sent once open.
    void resize(int columns, int rows);
    // Tells the command there is no more input (v5 only; false on v4 or when not open).
    bool closeInput();
    // Ends the session from this side; ended(Closed) follows unless it had already ended.
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const ExecOptions &options() const { return m_options; }
    // The negotiated protocol ("v5.channel.k8s.io"); empty until Open.
    [[nodiscard]] QString subprotocol() const { return m_subprotocol; }
    [[nodiscard]] const ExecEnd &end() const { return m_end; }
    [[nodiscard]] QString path() const;
    [[nodiscard]] QUrlQuery query() const;

Q_SIGNALS:
    void stateChanged(scs::exec::ExecSession::State state);
    void opened();
    // Output of the command; with a tty everything comes as stdout.
    void outputReceived(const QByteArray &data, bool isStderr);
    void ended(const scs::exec::ExecEnd &end);

private:
    void connectSocket();
    void onConnected();
    void onMessage(const QByteArray &message);
    void onSocketError();
    void onDisconnected();
    void diagnose(int httpStatus, const QString &socketError);
    void finish(ExecEnd end);
    void setState(State state);
    void dropSocket();

    QPointer<kube::KubeClient> m_client;
    ExecOptions m_options;
    State m_state = State::Idle;
    QWebSocket *m_socket = nullptr;
    QTimer *m_timeout = nullptr;
    QPointer<kube::KubeReply> m_diagnosis;
    QMetaObject::Connection m_refreshed;
    QMetaObject::Connection m_refreshFailed;
    QString m_subprotocol;
    QByteArray m_status; // the error channel's content so far
    ExecEnd m_end;
    bool m_refreshTried = false;
    bool m_inputSent = false;
    bool m_statusSeen = false;
};

} // namespace scs::exec
