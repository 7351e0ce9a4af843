#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace scs::auth {

// The claims of an OIDC ID token that the console uses. The signature is not checked here:
// the console receives ID tokens only straight from the token endpoint over verified TLS, which
// OIDC Core 3.1.3.7 accepts in place of the signature; the API server checks it anyway.
struct IdTokenClaims
{
    QString issuer; // iss
    QStringList audience; // aud (a string or an array in the token)
    QString authorizedParty; // azp
    QString subject; // sub
    QString preferredUsername; // preferred_username
    QString name;
    QString email;
    QStringList groups;
    QString nonce;
    QDateTime issuedAt; // iat, UTC
    QDateTime expiresAt; // exp, UTC
    QJsonObject raw; // every claim, for the About-this-session view; not for logging

    // Decodes the payload of a compact JWS. Fails with Kind::Parse when it is not one.
    [[nodiscard]] static Result<IdTokenClaims> decode(const QString &jwt);
};

struct IdTokenExpectations
{
    QString issuer;
    QString clientId;
    QString nonce; // empty: not checked (refreshed tokens need not repeat it)
    QDateTime now = QDateTime::currentDateTimeUtc();
    int allowedSkewSeconds = 120;
};

// OIDC Core 3.1.3.7 checks 2, 3, 9, 10 and 11 (issuer, audience, azp, exp, iat, nonce). A token
// that is valid at the issuer but looks expired or not yet issued here points at this computer's
// clock, and the message says so.
[[nodiscard]] Result<IdTokenClaims> validateIdToken(const QString &jwt,
                                                    const IdTokenExpectations &expected);

// When a token received at `receivedAt` (this computer's clock) stops working, by this
// computer's clock: receipt time plus the token's lifetime (exp - iat), never the server's
// absolute exp, so that a clock a little off (within the skew validateIdToken allows) neither
// makes the console refresh every second nor hands kubectl tokens that expired already.
[[nodiscard]] QDateTime localExpiry(const IdTokenClaims &claims, const QDateTime &receivedAt);

// When to refresh a token that expires (locally) at `localExpiry` and lives `lifetimeSeconds`:
// a quarter of its lifetime before, at most a minute before, and never sooner than a second
// from `now`.
[[nodiscard]] QDateTime refreshTime(const QDateTime &localExpiry, qint64 lifetimeSeconds);

} // namespace scs::auth
