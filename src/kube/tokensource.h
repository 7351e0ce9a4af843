#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace scs::kube {

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

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const scs::Error &error);
    // The token changed for another reason (sign-in, sign-out, scheduled refresh).
    void tokenChanged();
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
