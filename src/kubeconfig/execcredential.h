#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace scs {

// What a kubectl exec credential plugin prints (client.authentication.k8s.io/v1): one line of
// compact JSON with the token and its expiry. The text holds a secret: print it, never log it.
[[nodiscard]] QByteArray execCredentialJson(const QString &token, const QDateTime &expiresAt);

// KUBERNETES_EXEC_INFO, the ExecCredential kubectl hands to the plugin. `interactive` is
// nullopt when the variable is empty or does not say.
struct ExecInfo
{
    std::optional<bool> interactive;
};
[[nodiscard]] Result<ExecInfo> parseExecInfo(const QByteArray &json);

// The other direction, for running a kubeconfig's exec plugin as kubectl does: the
// KUBERNETES_EXEC_INFO to hand it (`apiVersion` v1 or v1beta1, `interactive` false for the
// console, which has no terminal to give; `cluster` the spec.cluster when the kubeconfig sets
// provideClusterInfo, else empty).
[[nodiscard]] QByteArray execInfoJson(const QString &apiVersion, bool interactive,
                                      const QJsonObject &cluster = {});

// What a plugin printed, parsed. Secrets: never log token or key.
struct ExecCredentialStatus
{
    QString token;
    QDateTime expiresAt; // invalid: no expiry given (cached for the connection's life)
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
};

// Parses a plugin's stdout as client-go does: an ExecCredential of `apiVersion` (the one the
// kubeconfig asked for) with a status holding a token and/or a certificate and key pair, an
// RFC 3339 expirationTimestamp if any. Fails with Kind::Parse and a message that never quotes
// the output (it may hold a secret).
[[nodiscard]] Result<ExecCredentialStatus> parseExecCredential(const QByteArray &output,
                                                               const QString &apiVersion);

} // namespace scs
