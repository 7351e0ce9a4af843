#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace scs::kube {

// A TLS client certificate with its private key, as a kubeconfig user entry names it
// (client-certificate(-data), client-key(-data)) or an exec plugin prints it. Held in memory
// only; the key is a secret: never log it, never write it anywhere.
struct ClientCertificate
{
    QSslCertificate certificate = QSslCertificate();
    QList<QSslCertificate> chain; // intermediates that followed the leaf in the PEM, if any
    QSslKey key = QSslKey();

    [[nodiscard]] bool isNull() const { return certificate.isNull() || key.isNull(); }
};

// Where KubeClient gets the bearer token for the Central API from. auth::Session implements it
// with the OIDC ID token (kube-apiserver's --oidc-* flags validate ID tokens); tests implement
// it with a token from the local stack. Lives in the GUI thread, like its users.
//
// The contract for a 401: a client calls requestRefresh() once and waits for refreshed() or
// refreshFailed(); after a failure it gives up with Error::Kind::Unauthorized instead of
// retrying, so that an expired or revoked session never becomes an endless 401 loop.
class TokenSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The token to send now; empty when there is no usable session.
    [[nodiscard]] virtual QString bearerToken() const = 0;

    // Asks for a fresh token (asynchronously); exactly one of the signals follows. Calls while a
    // refresh is under way join it.
    virtual void requestRefresh() = 0;

    // After a refresh that failed for want of an answer (the issuer unreachable): when the
    // source tries again by itself. Invalid when it does not (the default).
    [[nodiscard]] virtual QDateTime nextRefreshAttempt() const { return {}; }

    // The client certificate KubeClient presents in the TLS handshake (REST and WebSocket),
    // besides or instead of a bearer token; null (the default) for none.
    [[nodiscard]] virtual ClientCertificate clientCertificate() const
    {
        return ClientCertificate();
    }

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const scs::Error &error);
    // The token changed for another reason (sign-in, sign-out, scheduled refresh).
    void tokenChanged();
    // clientCertificate() changed (an exec plugin printed a new one): connections made with
    // the old one are not reused.
    void clientCertificateChanged();
};

// A fixed token, for tests and for `--token` style use; it cannot refresh.
class StaticTokenSource : public TokenSource
{
    Q_OBJECT

public:
    explicit StaticTokenSource(QString token = {}, QObject *parent = nullptr)
        : TokenSource(parent)
        , m_token(std::move(token))
    {}

    [[nodiscard]] QString bearerToken() const override { return m_token; }
    void setToken(const QString &token)
    {
        m_token = token;
        Q_EMIT tokenChanged();
    }
    void requestRefresh() override;

private:
    QString m_token;
};

} // namespace scs::kube
