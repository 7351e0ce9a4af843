#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>

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

// The ui_locales of an authorization request (OIDC Core 3.1.2.1): BCP 47 tags, most preferred
// first; a regional tag is followed by its language ("de-AT de"), so a page that knows only the
// language still matches. Never empty (C and English give "en").
[[nodiscard]] QStringList uiLocales(const QLocale &locale);

} // namespace scs::auth
