#pragma once

#include "exec/execsession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace scs::kube {
class KubeClient;
}

namespace scs::ui {

class TerminalWidget;

// One shell in the window's bottom panel: a TerminalWidget joined to an exec::ExecSession
// (keys to stdin, output to the screen, the terminal's size to the command), and a line under
// it once the session ends ("Exited with 0", "Connection lost: ..." with Reconnect, "The
// container has no shell"). Reconnect starts a new session with the same pod, container and
// command in the same terminal. Deleting the tab ends the session. The client must outlive
// the tab (the controller closes tabs before their Workspace goes). GUI thread only.
class ExecTab : public QWidget
{
    Q_OBJECT

public:
    ExecTab(kube::KubeClient *client, const exec::ExecOptions &options,
            QWidget *parent = nullptr);
    ~ExecTab() override;

    void start();
    [[nodiscard]] TerminalWidget *terminal() const { return m_terminal; }
    [[nodiscard]] exec::ExecSession *session() const { return m_session; }
    // "pod/container" for the tab's title.
    [[nodiscard]] QString title() const;
    // The line under the terminal; empty while the session runs.
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QPushButton *reconnectButton() const { return m_reconnect; }

Q_SIGNALS:
    // The session ended (or started again): the tab's title may say so.
    void runningChanged(bool running);

private:
    void onEnded(const exec::ExecEnd &end);

    QPointer<kube::KubeClient> m_client;
    exec::ExecOptions m_options;
    exec::ExecSession *m_session = nullptr;
    TerminalWidget *m_terminal;
    QWidget *m_statusBar;
    QLabel *m_status;
    QPushButton *m_reconnect;
};

} // namespace scs::ui
