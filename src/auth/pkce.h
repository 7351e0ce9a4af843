#pragma once

#include <QByteArray>
#include <QString>

namespace scs::auth {

// RFC 7636 proof key and the other one-time values of an authorization request.
struct AuthorizationSecrets
{
    QString codeVerifier; // 64 characters of base64url
    QString codeChallenge; // base64url(SHA-256(verifier)), method S256
    QString state;
    QString nonce;

    [[nodiscard]] static AuthorizationSecrets generate();
};

// base64url without padding, as JOSE and PKCE use it.
[[nodiscard]] QString base64Url(const QByteArray &bytes);
[[nodiscard]] QString randomBase64Url(int bytes); // from the system's CSPRNG
[[nodiscard]] QString s256Challenge(const QString &verifier);

} // namespace scs::auth
