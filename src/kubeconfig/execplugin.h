#pragma once

#include "common/error.h"
#include "kubeconfig/execcredential.h"
#include "kubeconfig/kubeconfigconnection.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcess>

#include <chrono>

class QTimer;

namespace scs {

// Runs a kubeconfig's credential plugin once per run(), as kubectl does: the command with its
// args, the console's environment plus the entry's env and KUBERNETES_EXEC_INFO (interactive
// false: the console has no terminal; stdin is closed), asynchronously. The answer comes
// through succeeded() (the parsed ExecCredential) or failed() (a clear Error: the program is missing
// (with the kubeconfig's installHint), failed (its exit code and the last line of its stderr;
// stdout is never shown, it may hold a token), timed out (killed), or printed no
// ExecCredential). Nothing of the output is logged.
//
//   idle ──run()──> running ──exit 0 + ExecCredential──> succeeded(status)
//                      ├── missing / exit != 0 / garbage / too much output ──> failed(error)
//                      └── timeout ──> killed ──> failed(Timeout)
//
// GUI thread; never blocks it (destroying a running plugin kills the program).
class ExecPlugin : public QObject
{
    Q_OBJECT

public:
    ExecPlugin(ExecPluginConfig config, QString userName, QObject *parent = nullptr);
    ~ExecPlugin() override;

    // What the plugin gets as spec.cluster when the kubeconfig sets provideClusterInfo.
    void setClusterInfo(const QJsonObject &cluster) { m_clusterInfo = cluster; }
    // The longest a run may take before the program is killed; 120 s by default, as a plugin
    // may wait for a sign-in in the browser.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    [[nodiscard]] const ExecPluginConfig &config() const { return m_config; }

    // Starts the program; succeeded() or failed() follows later (never from within this call). A call while
    // it runs does nothing: the run under way answers.
    void run();
    [[nodiscard]] bool isRunning() const { return m_process != nullptr; }

Q_SIGNALS:
    // Exactly one of the two per run().
    void succeeded(const scs::ExecCredentialStatus &status);
    void failed(const scs::Error &error);

private:
    void onFinished();
    void finish(const Result<ExecCredentialStatus> &result);
    [[nodiscard]] QString programName() const;

    ExecPluginConfig m_config;
    QString m_userName;
    QJsonObject m_clusterInfo;
    std::chrono::milliseconds m_timeout{120000};
    QPointer<QProcess> m_process;
    QTimer *m_timer = nullptr;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_timedOut = false;
    bool m_tooMuch = false;
};

} // namespace scs
