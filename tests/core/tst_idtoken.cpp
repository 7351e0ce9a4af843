#include "auth/idtoken.h"
#include "common/resultcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace scs;
using namespace scs::auth;

namespace {
const QString kIssuer = QStringLiteral("https://id.example/realms/scs");
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);

QString jwt(const QJsonObject &claims)
{
    auto part = [](const QByteArray &bytes) {
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"RS256","typ":"JWT"})") + QLatin1Char('.')
        + part(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + QStringLiteral(".c2ln");
}

QJsonObject valid()
{
    return {{"iss", kIssuer},
            {"aud", "scs-console"},
            {"azp", "scs-console"},
            {"sub", "0b7c"},
            {"preferred_username", "alice"},
            {"groups", QJsonArray{"tenant-a-admins"}},
            {"nonce", "n-0S6"},
            {"iat", double(kNow.toSecsSinceEpoch() - 10)},
            {"exp", double(kNow.toSecsSinceEpoch() + 290)}};
}
} // namespace

class TestIdToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAcceptAValidToken()
    {
        const auto claims = validateIdToken(jwt(valid()), {kIssuer, "scs-console", "n-0S6", kNow, 120});
        SCS_VERIFY_OK(claims);
        QCOMPARE(claims->preferredUsername, QStringLiteral("alice"));
        QCOMPARE(claims->groups, QStringList{"tenant-a-admins"});
        QCOMPARE(claims->expiresAt, kNow.addSecs(290));
    }

    void shouldRefuse_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("nonce");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");

        auto with = [](const char *key, const QJsonValue &value) {
            QJsonObject o = valid();
            o.insert(QLatin1String(key), value);
            return jwt(o);
        };
        QTest::newRow("another issuer") << with("iss", "https://evil.example/realms/scs") << ""
                                        << int(Error::Kind::Unauthorized) << "another issuer";
        QTest::newRow("another audience") << with("aud", "kubectl") << ""
                                          << int(Error::Kind::Unauthorized) << "not meant";
        QTest::newRow("audience list without us")
            << with("aud", QJsonArray{"a", "b"}) << "" << int(Error::Kind::Unauthorized)
            << "not meant";
        QTest::newRow("wrong nonce") << jwt(valid()) << "other" << int(Error::Kind::Unauthorized)
                                     << "nonce";
        QTest::newRow("expired: clock ahead")
            << with("exp", double(kNow.toSecsSinceEpoch() - 600)) << ""
            << int(Error::Kind::Unauthorized) << "clock";
        QTest::newRow("issued in the future: clock behind")
            << with("iat", double(kNow.toSecsSinceEpoch() + 900)) << ""
            << int(Error::Kind::Unauthorized) << "clock";
        QTest::newRow("no exp") << [] {
            QJsonObject o = valid();
            o.remove(QLatin1String("exp"));
            return jwt(o);
        }() << "" << int(Error::Kind::Unauthorized) << "validity";
        QTest::newRow("not a JWT") << QStringLiteral("opaque-token") << ""
                                   << int(Error::Kind::Parse) << "JSON Web Token";
        QTest::newRow("payload not base64url") << QStringLiteral("a.%%%.c") << ""
                                               << int(Error::Kind::Parse) << "cannot be read";
        QTest::newRow("payload not JSON") << QStringLiteral("a.bm90IGpzb24.c") << ""
                                          << int(Error::Kind::Parse) << "cannot be read";
    }

    void shouldRefuse()
    {
        QFETCH(QString, token);
        QFETCH(QString, nonce);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        const auto result = validateIdToken(token, {kIssuer, "scs-console", nonce, kNow, 120});
        QVERIFY(!result.has_value());
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY2(result.error().message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(result.error().message));
        // messages for people never carry the token
        QVERIFY(!result.error().message.contains(token));
        QVERIFY(!result.error().detail.contains(token));
    }

    void shouldRefuseAnotherAuthorizedParty()
    {
        QJsonObject o = valid();
        o.insert(QLatin1String("aud"), QJsonArray{"scs-console", "other"});
        o.insert(QLatin1String("azp"), "other");
        const auto result = validateIdToken(jwt(o), {kIssuer, "scs-console", {}, kNow, 120});
        QVERIFY(!result.has_value());
        QVERIFY(result.error().message.contains(QLatin1String("another client")));
    }

    void shouldToleratePermittedSkew()
    {
        QJsonObject o = valid();
        o.insert(QLatin1String("iat"), double(kNow.toSecsSinceEpoch() + 60));
        QVERIFY(validateIdToken(jwt(o), {kIssuer, "scs-console", {}, kNow, 120}).has_value());
    }

    // Issue 15, item 3: timing from the local receipt time plus the token's lifetime. A
    // 60-second token from a server whose clock is 100 s ahead (within the allowed skew, here
    // 120 s) expires 60 s after we got it, not 160 s (kubectl was handed expired tokens); from
    // one 100 s behind, not at -40 s (a refresh every second).
    void shouldTimeTokensByTheLocalClock_data()
    {
        QTest::addColumn<int>("serverAhead");
        QTest::newRow("server clock ahead") << 100;
        QTest::newRow("server clock behind") << -100;
        QTest::newRow("same clock") << 0;
    }

    void shouldTimeTokensByTheLocalClock()
    {
        QFETCH(int, serverAhead);
        const qint64 serverNow = kNow.toSecsSinceEpoch() + serverAhead;
        QJsonObject o = valid();
        o.insert(QLatin1String("iat"), double(serverNow));
        o.insert(QLatin1String("exp"), double(serverNow + 60));
        const auto claims = validateIdToken(jwt(o), {kIssuer, "scs-console", {}, kNow, 120});
        QVERIFY(claims.has_value());
        const QDateTime expiry = localExpiry(*claims, kNow);
        QCOMPARE(expiry, kNow.addSecs(60));
        // A quarter of the lifetime before it expires, here: 45 s after receipt.
        QCOMPARE(refreshTime(expiry, claims->issuedAt.secsTo(claims->expiresAt)), kNow.addSecs(45));
    }
};

QTEST_GUILESS_MAIN(TestIdToken)
#include "tst_idtoken.moc"
