// OidcClient against a scripted issuer (FakeApiServer). The client insists on https endpoints,
// so the test's network access manager sends each https request to the plain-http fake.

#include "auth/oidcclient.h"
#include "fakeapiserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTest>

using namespace scs;
using namespace scs::auth;

namespace {
// Sends https://127.0.0.1:<port> to http://127.0.0.1:<port>; remembers each request's
// redirect policy.
class PlainHttpNetwork : public QNetworkAccessManager
{
public:
    QList<QVariant> policies;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original,
                                 QIODevice *data) override
    {
        QNetworkRequest request(original);
        QUrl url = request.url();
        url.setScheme(QStringLiteral("http"));
        request.setUrl(url);
        policies.append(request.attribute(QNetworkRequest::RedirectPolicyAttribute));
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};
} // namespace

class TestOidcClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 15, item 6: a 307 from the token endpoint made Qt resend the refresh token to the
    // redirect's target. Now it is an error and nothing is resent.
    void shouldNotFollowARedirectFromTheTokenEndpoint()
    {
        OidcClient::clearDiscoveryCache();
        FakeApiServer issuer;
        const QString base = QStringLiteral("https://127.0.0.1:%1").arg(issuer.url().port());
        const QString realm = base + QStringLiteral("/realms/scs");
        issuer.onJson("GET", "/realms/scs/.well-known/openid-configuration", 200,
                      QJsonDocument(QJsonObject{
                                        {"issuer", realm},
                                        {"authorization_endpoint", realm + "/auth"},
                                        {"token_endpoint", realm + "/token"},
                                    })
                          .toJson(QJsonDocument::Compact));
        issuer.on("POST", "/realms/scs/token", [](const FakeRequest &) {
            FakeResponse r;
            r.status = 307;
            r.headers = "Location: /elsewhere/token\r\n";
            return r;
        });
        issuer.onJson("POST", "/elsewhere/token", 200,
                      R"({"id_token":"x.y.z","access_token":"a","expires_in":300})");

        ConnectionProfile profile;
        profile.name = QStringLiteral("p");
        profile.issuerUrl = QUrl(realm);
        profile.clientId = QStringLiteral("scs-console");
        PlainHttpNetwork network;
        OidcClient client(profile, &network);
        std::optional<Result<TokenResponse>> result;
        client.refresh(QStringLiteral("refresh-secret"), {},
                       [&result](Result<TokenResponse> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->has_value());
        QVERIFY2(result->error().message.contains(QLatin1String("redirect")),
                 qPrintable(result->error().message));
        QCOMPARE(issuer.count("POST", "/elsewhere/token"), 0); // the token went nowhere else
        QCOMPARE(issuer.count("POST", "/realms/scs/token"), 1);
        for (const QVariant &policy : std::as_const(network.policies))
            QCOMPARE(policy.toInt(), int(QNetworkRequest::ManualRedirectPolicy));
    }

    // An overloaded issuer or a proxy in front of it answers without an OAuth error member;
    // the message said "The sign-in server refused the request: " and nothing more. Now it
    // names the server and the status (the fault-injection suite shows it against Keycloak).
    void aFailingIssuerShouldBeNamedWithItsStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
    }

    void aFailingIssuerShouldBeNamedWithItsStatus()
    {
        QFETCH(int, status);
        OidcClient::clearDiscoveryCache();
        FakeApiServer issuer;
        const QString base = QStringLiteral("https://127.0.0.1:%1").arg(issuer.url().port());
        const QString realm = base + QStringLiteral("/realms/scs");
        issuer.onJson("GET", "/realms/scs/.well-known/openid-configuration", 200,
                      QJsonDocument(QJsonObject{
                                        {"issuer", realm},
                                        {"authorization_endpoint", realm + "/auth"},
                                        {"token_endpoint", realm + "/token"},
                                    })
                          .toJson(QJsonDocument::Compact));
        issuer.onJson("POST", "/realms/scs/token", status, R"({"message":"busy"})");

        ConnectionProfile profile;
        profile.name = QStringLiteral("p");
        profile.issuerUrl = QUrl(realm);
        profile.clientId = QStringLiteral("scs-console");
        PlainHttpNetwork network;
        OidcClient client(profile, &network);
        std::optional<Result<TokenResponse>> result;
        client.refresh(QStringLiteral("refresh-secret"), {},
                       [&result](Result<TokenResponse> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->has_value());
        // Not Unauthorized: the session is kept and the refresh retried later.
        QCOMPARE(result->error().kind, Error::Kind::Server);
        const QString message = result->error().message;
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(issuer.url().port())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("HTTP %1").arg(status)), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestOidcClient)
#include "tst_oidcclient.moc"
