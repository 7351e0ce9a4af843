#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QDateTime>

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

} // namespace scs
