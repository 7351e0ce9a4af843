#include "auth/idtoken.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace scs::auth {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdToken)
};

QStringList stringOrArray(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList result;
    for (const auto &item : value.toArray())
        result.append(item.toString());
    return result;
}

QDateTime epoch(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(std::floor(value.toDouble())), Qt::UTC);
}

Error invalid(const QString &message, const QString &detail)
{
    return Error{Error::Kind::Unauthorized, message, detail, {}, {}, 0, 0};
}
} // namespace

Result<IdTokenClaims> IdTokenClaims::decode(const QString &jwt)
{
    const auto parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(1).isEmpty()) {
        return fail(Error::Kind::Parse, Tr::tr("The sign-in server sent an ID token that is not "
                                               "a JSON Web Token."),
                    QStringLiteral("ID token has %1 parts").arg(parts.size()));
    }
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QJsonParseError parseError{};
    const auto doc = payload ? QJsonDocument::fromJson(*payload, &parseError) : QJsonDocument();
    if (!payload || !doc.isObject()) {
        return fail(Error::Kind::Parse, Tr::tr("The sign-in server sent an ID token that cannot "
                                               "be read."),
                    QStringLiteral("ID token payload: %1").arg(parseError.errorString()));
    }
    const QJsonObject o = doc.object();
    IdTokenClaims c;
    c.issuer = o.value(QLatin1String("iss")).toString();
    c.audience = stringOrArray(o.value(QLatin1String("aud")));
    c.authorizedParty = o.value(QLatin1String("azp")).toString();
    c.subject = o.value(QLatin1String("sub")).toString();
    c.preferredUsername = o.value(QLatin1String("preferred_username")).toString();
    c.name = o.value(QLatin1String("name")).toString();
    c.email = o.value(QLatin1String("email")).toString();
    c.groups = stringOrArray(o.value(QLatin1String("groups")));
    c.nonce = o.value(QLatin1String("nonce")).toString();
    c.issuedAt = epoch(o.value(QLatin1String("iat")));
    c.expiresAt = epoch(o.value(QLatin1String("exp")));
    c.raw = o;
    return c;
}

Result<IdTokenClaims> validateIdToken(const QString &jwt, const IdTokenExpectations &expected)
{
    auto claims = IdTokenClaims::decode(jwt);
    if (!claims)
        return claims;
    if (claims->issuer != expected.issuer) {
        return std::unexpected(invalid(
            Tr::tr("The ID token comes from another issuer (%1) than the profile names (%2).")
                .arg(claims->issuer, expected.issuer),
            QStringLiteral("iss mismatch")));
    }
    if (!claims->audience.contains(expected.clientId)) {
        return std::unexpected(invalid(
            Tr::tr("The ID token is not meant for the client \"%1\".").arg(expected.clientId),
            QStringLiteral("aud %1").arg(claims->audience.join(QLatin1Char(',')))));
    }
    if (claims->audience.size() > 1 && !claims->authorizedParty.isEmpty()
        && claims->authorizedParty != expected.clientId) {
        return std::unexpected(invalid(
            Tr::tr("The ID token was issued to another client (%1).").arg(claims->authorizedParty),
            QStringLiteral("azp mismatch")));
    }
    if (!expected.nonce.isEmpty() && claims->nonce != expected.nonce) {
        return std::unexpected(invalid(Tr::tr("The ID token does not belong to this sign-in "
                                              "(nonce mismatch). Please sign in again."),
                                       QStringLiteral("nonce mismatch")));
    }
    if (!claims->expiresAt.isValid() || !claims->issuedAt.isValid()) {
        return std::unexpected(invalid(Tr::tr("The ID token has no validity period."),
                                       QStringLiteral("exp or iat missing")));
    }
    const qint64 skew = expected.allowedSkewSeconds;
    const qint64 lifetime = claims->issuedAt.secsTo(claims->expiresAt);
    if (claims->expiresAt.addSecs(skew) < expected.now
        || claims->issuedAt.addSecs(-skew) > expected.now) {
        // A token fresh from the server that is outside its period here: the clocks differ.
        const qint64 off = expected.now.secsTo(claims->issuedAt);
        return std::unexpected(Error{
            Error::Kind::Unauthorized,
            Tr::tr("This computer's clock differs from the sign-in server's by about %n "
                   "minute(s). Correct the date and time, then sign in again.",
                   nullptr, int(std::llabs(off) / 60 + 1)),
            QStringLiteral("clock skew: token iat is %1 s from local time (lifetime %2 s)")
                .arg(off)
                .arg(lifetime),
            {}, {}, 0, 0});
    }
    return claims;
}

QDateTime localExpiry(const IdTokenClaims &claims, const QDateTime &receivedAt)
{
    const qint64 lifetime = claims.issuedAt.isValid() && claims.expiresAt.isValid()
        ? std::max<qint64>(claims.issuedAt.secsTo(claims.expiresAt), 0)
        : 0;
    return receivedAt.toUTC().addSecs(lifetime);
}

QDateTime refreshTime(const QDateTime &localExpiry, qint64 lifetimeSeconds)
{
    const qint64 lifetime = std::max<qint64>(lifetimeSeconds, 4);
    const qint64 lead = std::min<qint64>(60, lifetime / 4);
    return localExpiry.addSecs(-lead);
}

} // namespace scs::auth
