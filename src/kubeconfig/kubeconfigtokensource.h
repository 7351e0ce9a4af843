#pragma once

#include "kube/tokensource.h"
#include "kubeconfig/execcredential.h"
#include "kubeconfig/kubeconfigconnection.h"

#include <QDateTime>

#include <chrono>

class QTimer;

namespace scs {

class ExecPlugin;

// The credentials of a kubeconfig context's user for KubeClient (see KubeconfigUserAuth):
//   Token       the token; a 401 cannot be mended (refreshFailed)
//   TokenFile   the file's token; requestRefresh() reads the file again (a rotated token)
//   Exec        the plugin's token (and certificate), cached until its expirationTimestamp;
//               requestRefresh() runs the plugin again, and so does the expiry (in the
//               background, shortly before, so that requests keep a valid token)
//   client certificate   from the kubeconfig (or the plugin's answer) via clientCertificate()
// An Exec source has no token until its first run: call requestRefresh() and wait for
// refreshed() before the first request (KubeClient would otherwise get its 401 first).
// GUI thread. Holds secrets in memory only; logs none.
class KubeconfigTokenSource : public kube::TokenSource
{
    Q_OBJECT

public:
    explicit KubeconfigTokenSource(const KubeconfigConnection &connection,
                                   QObject *parent = nullptr);
    ~KubeconfigTokenSource() override;

    [[nodiscard]] QString bearerToken() const override { return m_token; }
    void requestRefresh() override;
    [[nodiscard]] kube::ClientCertificate clientCertificate() const override;

    // False for an Exec source until its plugin answered once.
    [[nodiscard]] bool hasCredential() const;
    [[nodiscard]] const KubeconfigUserAuth::Bearer &bearer() const { return m_bearer; }
    // When the plugin's token expires; invalid when it did not say (or for other kinds).
    [[nodiscard]] QDateTime expiresAt() const { return m_expiresAt; }
    // How often the plugin ran (for tests: a cached token does not run it).
    [[nodiscard]] int execRuns() const { return m_execRuns; }
    void setExecTimeout(std::chrono::milliseconds timeout);

private:
    void onExecFinished(const Result<ExecCredentialStatus> &result);
    void onExecFailed(const Error &error) { onExecFinished(std::unexpected(error)); }
    void refreshFromFile();
    void failLater(const Error &error);
    void scheduleExpiry();

    KubeconfigUserAuth::Bearer m_bearer;
    QString m_userName;
    QString m_tokenFile;
    QString m_token;
    kube::ClientCertificate m_fileCertificate; // from the kubeconfig
    kube::ClientCertificate m_execCertificate; // from the plugin's last answer
    ExecPlugin *m_exec = nullptr;
    QTimer *m_expiry = nullptr;
    QDateTime m_expiresAt;
    bool m_background = false; // the run under way was started by the expiry timer
    bool m_refreshing = false; // a caller waits for refreshed()/refreshFailed()
    int m_execRuns = 0;
};

} // namespace scs
