#include "kubeconfig/kubeconfigtokensource.h"

#include "kubeconfig/clientcertificatepem.h"
#include "kubeconfig/execplugin.h"
#include "kubeconfig/kubeconfiglogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <algorithm>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigTokenSource)
};

// Renew this long before the plugin's token expires (kubectl renews at expiry; requests in
// flight then would carry a token that dies on the way).
constexpr qint64 kRenewAheadMs = 10000;
} // namespace

KubeconfigTokenSource::KubeconfigTokenSource(const KubeconfigConnection &connection,
                                             QObject *parent)
    : TokenSource(parent)
    , m_bearer(connection.auth.bearer)
    , m_userName(connection.auth.userName)
    , m_tokenFile(connection.auth.tokenFile)
    , m_fileCertificate(connection.auth.clientCertificate)
{
    if (m_bearer == KubeconfigUserAuth::Bearer::Token
        || m_bearer == KubeconfigUserAuth::Bearer::TokenFile)
        m_token = connection.auth.token;
    if (m_bearer == KubeconfigUserAuth::Bearer::Exec) {
        m_exec = new ExecPlugin(connection.auth.exec, connection.auth.userName, this);
        m_exec->setClusterInfo(connection.clusterInfo);
        connect(m_exec, &ExecPlugin::succeeded, this,
                [this](const ExecCredentialStatus &status) { onExecFinished(status); });
        connect(m_exec, &ExecPlugin::failed, this, &KubeconfigTokenSource::onExecFailed);
        m_expiry = new QTimer(this);
        m_expiry->setSingleShot(true);
        connect(m_expiry, &QTimer::timeout, this, [this] {
            if (m_exec->isRunning())
                return;
            m_background = true;
            ++m_execRuns;
            m_exec->run();
        });
    }
}

KubeconfigTokenSource::~KubeconfigTokenSource() = default;

void KubeconfigTokenSource::setExecTimeout(std::chrono::milliseconds timeout)
{
    if (m_exec)
        m_exec->setTimeout(timeout);
}

bool KubeconfigTokenSource::hasCredential() const
{
    if (m_bearer == KubeconfigUserAuth::Bearer::Exec)
        return !m_token.isEmpty() || !m_execCertificate.isNull();
    return true;
}

kube::ClientCertificate KubeconfigTokenSource::clientCertificate() const
{
    return m_execCertificate.isNull() ? m_fileCertificate : m_execCertificate;
}

void KubeconfigTokenSource::failLater(const Error &error)
{
    QTimer::singleShot(0, this, [this, error] { Q_EMIT refreshFailed(error); });
}

void KubeconfigTokenSource::requestRefresh()
{
    switch (m_bearer) {
    case KubeconfigUserAuth::Bearer::Exec:
        m_refreshing = true;
        if (m_exec->isRunning()) {
            m_background = false; // a caller waits for this run now
            return;
        }
        m_background = false;
        ++m_execRuns;
        m_exec->run();
        return;
    case KubeconfigUserAuth::Bearer::TokenFile:
        QTimer::singleShot(0, this, &KubeconfigTokenSource::refreshFromFile);
        return;
    case KubeconfigUserAuth::Bearer::Token:
        failLater(Error{Error::Kind::Unauthorized,
                        Tr::tr("The API server refused the token of the kubeconfig user \"%1\". "
                               "It may have expired or been revoked.")
                            .arg(m_userName),
                        QStringLiteral("static kubeconfig token refused"), {}, {}, 0, 0});
        return;
    case KubeconfigUserAuth::Bearer::None:
        failLater(Error{Error::Kind::Unauthorized,
                        m_fileCertificate.isNull()
                            ? Tr::tr("The API server wants credentials, and the kubeconfig user "
                                     "\"%1\" has none.")
                                  .arg(m_userName)
                            : Tr::tr("The API server refused the client certificate of the "
                                     "kubeconfig user \"%1\". It may have expired or been "
                                     "revoked.")
                                  .arg(m_userName),
                        QStringLiteral("kubeconfig user without a renewable credential refused"),
                        {}, {}, 0, 0});
        return;
    }
}

void KubeconfigTokenSource::refreshFromFile()
{
    QFile file(m_tokenFile);
    QString token;
    if (file.open(QIODevice::ReadOnly))
        token = QString::fromUtf8(file.read(1024 * 1024).trimmed());
    if (token.isEmpty()) {
        Q_EMIT refreshFailed(Error{Error::Kind::Unauthorized,
                                   Tr::tr("The token file %1 of the kubeconfig user \"%2\" cannot "
                                          "be read or is empty.")
                                       .arg(QDir::toNativeSeparators(m_tokenFile), m_userName),
                                   QStringLiteral("token file unreadable or empty: %1")
                                       .arg(file.errorString()),
                                   {}, {}, 0, 0});
        return;
    }
    const bool changed = token != m_token;
    m_token = token;
    qCDebug(lcKubeconfig) << "token file read again; changed:" << changed;
    if (changed)
        Q_EMIT tokenChanged();
    Q_EMIT refreshed();
}

void KubeconfigTokenSource::onExecFinished(const Result<ExecCredentialStatus> &result)
{
    const bool waited = m_refreshing;
    const bool background = m_background && !waited;
    m_refreshing = false;
    m_background = false;
    if (!result) {
        // A background renewal that failed keeps the old token until it is refused: the next
        // 401 asks again and reports the failure then.
        if (!background)
            Q_EMIT refreshFailed(result.error());
        return;
    }
    kube::ClientCertificate certificate;
    if (!result->clientCertificatePem.isEmpty()) {
        auto loaded = clientCertificateFromPem(
            result->clientCertificatePem, result->clientKeyPem,
            Tr::tr("the credential plugin of the kubeconfig user \"%1\"").arg(m_userName));
        if (!loaded) {
            if (!background)
                Q_EMIT refreshFailed(loaded.error());
            return;
        }
        certificate = *loaded;
    }
    const bool certificateChanged = certificate.certificate != m_execCertificate.certificate;
    m_token = result->token;
    m_execCertificate = certificate;
    m_expiresAt = result->expiresAt;
    scheduleExpiry();
    if (certificateChanged)
        Q_EMIT clientCertificateChanged();
    Q_EMIT tokenChanged();
    if (!background)
        Q_EMIT refreshed();
}

void KubeconfigTokenSource::scheduleExpiry()
{
    m_expiry->stop();
    if (!m_expiresAt.isValid())
        return; // no expiry: kept until refused
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt) - kRenewAheadMs;
    // Never a tight loop for a plugin that prints tokens expiring at once.
    m_expiry->start(std::chrono::milliseconds(std::max<qint64>(ms, 5000)));
}

} // namespace scs
