// Sign-in against the real Keycloak and kube-apiserver of the local stack (tests/stack):
// authorization code + PKCE, ID token checks, refresh, revocation, keychain restore, sign-out,
// the messages people see when the issuer is wrong or down, and that no secret is logged.
// The browser step is scripted by FormLoginAgent; tests/ui/signin/tst_signinwindow does it with the
// real embedded browser.

#include "auth/oidcclient.h"
#include "auth/session.h"
#include "auth/tokenstore.h"
#include "common/formloginagent.h"
#include "common/stackenv.h"
#include "profiles/profiletls.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::auth;
using scs::test::FormLoginAgent;

namespace {
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QNetworkAccessManager m_network;

    // POST a SelfSubjectReview with the token; returns HTTP status and the username seen.
    std::pair<int, QString> whoAmI(const QString &token)
    {
        QNetworkRequest request(QUrl(m_env.value(QStringLiteral("SCS_API_URL"))
                                     + QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews")));
        request.setSslConfiguration(*sslConfigurationFor(m_profile));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = m_network.post(
            request, R"({"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"})");
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(20000))
            return {-1, {}};
        reply->deleteLater();
        const auto o = QJsonDocument::fromJson(reply->readAll()).object();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                o.value("status").toObject().value("userInfo").toObject().value("username").toString()};
    }

    FormLoginAgent *agentFor(Session &session, const QString &user)
    {
        return new FormLoginAgent(m_profile, user, m_env.demoPassword(user), &session);
    }

    bool signIn(Session &session, const QString &user, FormLoginAgent **agentOut = nullptr)
    {
        QSignalSpy signedIn(&session, &Session::signedIn);
        QSignalSpy failed(&session, &Session::signInFailed);
        auto *agent = agentFor(session, user);
        if (agentOut)
            *agentOut = agent;
        session.signIn(agent);
        if (!QTest::qWaitFor([&] { return signedIn.size() + failed.size() > 0; }, 30000))
            return false;
        if (!failed.isEmpty())
            qWarning() << "sign-in failed:" << failed.first().first().value<Error>().message;
        return signedIn.size() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        m_profile = m_env.profile();
        QVERIFY(!m_env.demoPassword(QStringLiteral("alice")).isEmpty());
        QLoggingCategory::setFilterRules(QStringLiteral("scs.*.debug=true"));
        g_previous = qInstallMessageHandler(capture);
    }

    void cleanup()
    {
        // Some tests shorten the realm's token lifespan; put it back for the next one.
        m_env.keycloakAdmin({QStringLiteral("set-token-lifespan"), QStringLiteral("300")});
    }

    // --lang de: Keycloak's login page is German too (ui_locales on the request; the realm
    // enables German).
    void shouldShowTheSignInPageInTheConsolesLanguage()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German));
        Session session(m_profile, nullptr);
        FormLoginAgent *agent = nullptr;
        const bool ok = signIn(session, QStringLiteral("alice"), &agent);
        QLocale::setDefault(previous);
        QVERIFY(ok);
        QCOMPARE(agent->loginPageLanguage, QStringLiteral("de"));
    }

    void shouldSignInWithCodeAndPkceAndReachTheApi()
    {
        TokenStore store(QStringLiteral("scs-console-test-signin"));
        Session session(m_profile, &store);
        QVERIFY(signIn(session, QStringLiteral("alice")));
        QCOMPARE(session.state(), Session::State::SignedIn);
        QCOMPARE(session.username(), QStringLiteral("alice"));
        QCOMPARE(session.groups(), QStringList{QStringLiteral("tenant-a-admins")});
        QVERIFY(session.claims().audience.contains(QStringLiteral("scs-console")));
        QVERIFY(session.idTokenExpiry() > QDateTime::currentDateTimeUtc());
        QVERIFY(session.sessionExpiry() > QDateTime::currentDateTimeUtc().addSecs(60));

        const auto [status, username] = whoAmI(session.bearerToken());
        QCOMPARE(status, 201);
        QCOMPARE(username, QStringLiteral("oidc:alice"));
        QCOMPARE(whoAmI({}).first, 401); // and without the token the API server says no
        session.signOut();
    }

    void shouldRefuseACallbackWithTheWrongState()
    {
        Session session(m_profile, nullptr);
        QSignalSpy failed(&session, &Session::signInFailed);
        QSignalSpy signedIn(&session, &Session::signedIn);
        auto *agent = agentFor(session, QStringLiteral("alice"));
        agent->rewriteCallback = [](const QUrl &url) {
            QUrlQuery query(url);
            query.removeAllQueryItems(QStringLiteral("state"));
            query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
            QUrl forged = url;
            forged.setQuery(query);
            return forged;
        };
        session.signIn(agent);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        const auto error = failed.first().first().value<Error>();
        QCOMPARE(error.kind, Error::Kind::Invalid);
        QVERIFY2(error.message.contains(QLatin1String("does not belong")), qPrintable(error.message));
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(session.bearerToken().isEmpty());
        QCOMPARE(session.state(), Session::State::SignedOut);
    }

    void shouldExplainProblemsPeopleMeet_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("messagePart");
        const QString issuer = m_env.value(QStringLiteral("SCS_OIDC_ISSUER"));
        const QUrl url(issuer);
        QTest::newRow("wrong issuer host (localhost instead of 127.0.0.1)")
            << QString(issuer).replace(QLatin1String("127.0.0.1"), QLatin1String("localhost"))
            << "scs-console" << "calls itself";
        QTest::newRow("realm missing") << QString(issuer).replace(QLatin1String("/realms/scs"),
                                                                  QLatin1String("/realms/nope"))
                                       << "scs-console" << "realm \"nope\" does not exist";
        QTest::newRow("not an issuer") << QStringLiteral("https://127.0.0.1:%1/").arg(url.port())
                                       << "scs-console" << "no OpenID Connect provider";
        QTest::newRow("Keycloak down") << QStringLiteral("https://127.0.0.1:9/realms/scs")
                                       << "scs-console" << "does not answer";
    }

    void shouldExplainProblemsPeopleMeet()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, clientId);
        QFETCH(QString, messagePart);
        OidcClient::clearDiscoveryCache();
        ConnectionProfile profile = m_profile;
        profile.issuerUrl = QUrl(issuer);
        profile.clientId = clientId;
        Session session(profile, nullptr);
        QSignalSpy failed(&session, &Session::signInFailed);
        session.signIn(new FormLoginAgent(profile, QStringLiteral("alice"), {}, &session));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        const auto error = failed.first().first().value<Error>();
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    }

    void shouldRefuseAnUnknownClient()
    {
        ConnectionProfile profile = m_profile;
        profile.clientId = QStringLiteral("no-such-client");
        Session session(profile, nullptr);
        QSignalSpy failed(&session, &Session::signInFailed);
        session.signIn(new FormLoginAgent(profile, QStringLiteral("alice"),
                                          m_env.demoPassword(QStringLiteral("alice")), &session));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        // Keycloak shows its own error page for an unknown client, which has no login form.
        QCOMPARE(session.state(), Session::State::SignedOut);
    }

    void shouldRefreshBySelfAndKeepTheApiWorking()
    {
        QCOMPARE(m_env.keycloakAdmin({QStringLiteral("set-token-lifespan"), QStringLiteral("12")}), 0);
        TokenStore store(QStringLiteral("scs-console-test-refresh"));
        Session session(m_profile, &store);
        QVERIFY(signIn(session, QStringLiteral("alice")));
        const QString first = session.bearerToken();
        const QDateTime firstExpiry = session.idTokenExpiry();
        QVERIFY(session.claims().issuedAt.secsTo(firstExpiry) <= 12);
        QVERIFY(session.nextScheduledRefresh() < firstExpiry);

        QSignalSpy changed(&session, &Session::tokenChanged);
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 20000);
        QVERIFY(session.bearerToken() != first);
        QVERIFY(session.idTokenExpiry() > firstExpiry);

        // After the first token's expiry, the API still answers thanks to the refresh.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > firstExpiry.addSecs(1), 20000);
        const auto [status, username] = whoAmI(session.bearerToken());
        QCOMPARE(status, 201);
        QCOMPARE(username, QStringLiteral("oidc:alice"));
        QCOMPARE(whoAmI(first).first, 401); // the old one is really expired
        session.signOut();
    }

    void shouldAskForSignInWhenTheSessionIsRevoked()
    {
        TokenStore store(QStringLiteral("scs-console-test-revoke"));
        Session session(m_profile, &store);
        QVERIFY(signIn(session, QStringLiteral("alice")));
        QCOMPARE(m_env.keycloakAdmin({QStringLiteral("logout-user"), QStringLiteral("alice")}), 0);

        QSignalSpy required(&session, &Session::signInRequired);
        QSignalSpy refreshFailed(&session, &Session::refreshFailed);
        QSignalSpy refreshed(&session, &Session::refreshed);
        session.requestRefresh(); // what an API client does on a 401
        QTRY_COMPARE_WITH_TIMEOUT(required.size(), 1, 20000);
        QCOMPARE(refreshFailed.size(), 1);
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(required.first().first().value<Error>().kind, Error::Kind::Unauthorized);
        QCOMPARE(session.state(), Session::State::SignedOut);
        QVERIFY(session.bearerToken().isEmpty());

        // No loop: asking again answers at once with a failure, without a network round.
        session.requestRefresh();
        QTRY_COMPARE(refreshFailed.size(), 2);
        QCOMPARE(required.size(), 1);

        // and the dead refresh token is gone from the keychain
        QSignalSpy loaded(&store, &QObject::destroyed);
        bool found = true;
        bool answered = false;
        store.load(m_profile.name, [&](Result<std::optional<StoredSession>> r) {
            answered = true;
            found = r && r->has_value();
        });
        QTRY_VERIFY(answered);
        QVERIFY(!found);
    }

    // Keycloak ended the session and get-token (another process) found out and removed the
    // keychain entry: the window's session learns of it at its next check, not when its ID
    // token expires.
    void shouldNoticeASessionEndedElsewhere()
    {
        TokenStore store(QStringLiteral("scs-console-test-ended"));
        Session session(m_profile, &store);
        QVERIFY(signIn(session, QStringLiteral("alice")));
        QSignalSpy required(&session, &Session::signInRequired);
        QSignalSpy refreshed(&session, &Session::refreshed);

        // The entry is there: nothing to ask.
        session.checkStillSignedIn();
        QTest::qWait(1000);
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(session.state(), Session::State::SignedIn);

        QCOMPARE(m_env.keycloakAdmin({QStringLiteral("logout-user"), QStringLiteral("alice")}), 0);
        bool removed = false;
        store.remove(m_profile.name, [&removed](Result<void>) { removed = true; });
        QTRY_VERIFY(removed);
        session.checkStillSignedIn();
        QTRY_COMPARE_WITH_TIMEOUT(required.size(), 1, 20000);
        QCOMPARE(required.first().first().value<Error>().kind, Error::Kind::Unauthorized);
        QCOMPARE(session.state(), Session::State::SignedOut);
    }

    // The realm rotates refresh tokens. Another process (get-token) renewed the session and
    // saved the new refresh token; the one the window holds is spent. The window's next refresh
    // reads the keychain first and goes on with the new one (or takes the other process's
    // fresh ID token without a refresh); it does not end the session.
    void shouldGoOnWithTheRefreshTokenAnotherProcessRotated()
    {
        const QString service = QStringLiteral("scs-console-test-rotated");
        TokenStore store(service);
        Session window(m_profile, &store);
        QVERIFY(signIn(window, QStringLiteral("alice")));
        const QString windowToken = window.bearerToken();

        TokenStore otherStore(service);
        // The window caches its ID token after saving its session; wait for that, then spoil
        // the cache so that the other process must refresh.
        QVERIFY(QTest::qWaitFor(
            [&] {
                std::optional<QString> cachedToken;
                otherStore.loadIdToken(m_profile.name,
                                       [&](Result<std::optional<CachedIdToken>> r) {
                                           cachedToken = r && r->has_value() ? (*r)->idToken
                                                                             : QString();
                                       });
                if (!QTest::qWaitFor([&] { return cachedToken.has_value(); }, 5000))
                    return false;
                return *cachedToken == windowToken;
            },
            10000));
        bool expired = false;
        otherStore.saveIdToken(m_profile.name,
                               {QStringLiteral("https://elsewhere.example"), m_profile.clientId,
                                QStringLiteral("not.a.token"),
                                QDateTime::currentDateTimeUtc().addSecs(-60)},
                               [&](Result<void>) { expired = true; });
        QTRY_VERIFY(expired);
        Session other(m_profile, &otherStore);
        QSignalSpy otherIn(&other, &Session::signedIn);
        other.restore(); // a refresh: the window's refresh token is spent now
        QTRY_COMPARE_WITH_TIMEOUT(otherIn.size(), 1, 20000);
        QVERIFY(other.bearerToken() != windowToken);

        QSignalSpy required(&window, &Session::signInRequired);
        QSignalSpy refreshed(&window, &Session::refreshed);
        window.requestRefresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() + required.size() > 0, 20000);
        QVERIFY2(required.isEmpty(),
                 required.isEmpty() ? ""
                                    : qPrintable(required.first().first().value<Error>().detail));
        QCOMPARE(window.state(), Session::State::SignedIn);
        QCOMPARE(whoAmI(window.bearerToken()).second, QStringLiteral("oidc:alice"));

        // Both go on renewing, one after the other, with whatever the keychain holds.
        QSignalSpy otherRefreshed(&other, &Session::refreshed);
        QSignalSpy otherRequired(&other, &Session::signInRequired);
        other.requestRefresh();
        QTRY_VERIFY_WITH_TIMEOUT(otherRefreshed.size() + otherRequired.size() > 0, 20000);
        QVERIFY(otherRequired.isEmpty());
        window.signOut();
    }

    void shouldRestoreFromTheKeychainAndSignOut()
    {
        const QString service = QStringLiteral("scs-console-test-restore");
        TokenStore first(service);
        Session signedIn(m_profile, &first);
        QVERIFY(signIn(signedIn, QStringLiteral("bob")));
        QVERIFY2(first.available(), "the test session needs a keychain (scripts/with-test-session)");

        // A second instance: its own store object on the same keychain, no agent, no page.
        TokenStore second(service);
        Session restored(m_profile, &second);
        QSignalSpy ok(&restored, &Session::signedIn);
        QSignalSpy failed(&restored, &Session::restoreFailed);
        restored.restore();
        QTRY_VERIFY_WITH_TIMEOUT(ok.size() + failed.size() > 0, 20000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(restored.username(), QStringLiteral("bob"));
        QCOMPARE(whoAmI(restored.bearerToken()).second, QStringLiteral("oidc:bob"));

        // Sign-out removes the keychain entry and ends the session at the issuer.
        restored.signOut();
        bool answered = false;
        bool found = true;
        second.load(m_profile.name, [&](Result<std::optional<StoredSession>> r) {
            answered = true;
            found = r && r->has_value();
        });
        QTRY_VERIFY(answered);
        QVERIFY(!found);
        QSignalSpy required(&signedIn, &Session::signInRequired);
        // signOut() does not wait for the issuer: a refresh that reaches Keycloak before the
        // revocation still succeeds; the next one is refused.
        for (int attempt = 0; attempt < 5 && required.isEmpty(); ++attempt) {
            QSignalSpy refreshed(&signedIn, &Session::refreshed);
            signedIn.requestRefresh();
            QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() || !required.isEmpty(), 20000);
            if (required.isEmpty())
                QTest::qWait(1000);
        }
        QCOMPARE(required.size(), 1);

        Session third(m_profile, &second);
        QSignalSpy none(&third, &Session::restoreFailed);
        third.restore();
        QTRY_COMPARE_WITH_TIMEOUT(none.size(), 1, 10000);
        QCOMPARE(none.first().first().value<Error>().kind, Error::Kind::NotFound);
    }

    void shouldNeverLogSecrets()
    {
        g_log.clear();
        TokenStore store(QStringLiteral("scs-console-test-log"));
        Session session(m_profile, &store);
        FormLoginAgent *agent = nullptr;
        QVERIFY(signIn(session, QStringLiteral("carol"), &agent));
        const QString idToken = session.bearerToken();
        const QString code = agent->lastCode;
        QString refreshToken;
        bool answered = false;
        store.load(m_profile.name, [&](Result<std::optional<StoredSession>> r) {
            answered = true;
            if (r && r->has_value())
                refreshToken = (*r)->refreshToken;
        });
        QTRY_VERIFY(answered);
        QSignalSpy refreshed(&session, &Session::refreshed);
        session.requestRefresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
        session.signOut();
        QTest::qWait(500);

        QVERIFY(g_log.size() > 5); // debug logging was on and said something
        QVERIFY(!idToken.isEmpty() && !code.isEmpty() && !refreshToken.isEmpty());
        const QString all = g_log.join(QLatin1Char('\n'));
        // JWTs share their header; look for the parts that are unique to each token.
        QVERIFY(!all.contains(idToken.section(QLatin1Char('.'), 1, 1)));
        QVERIFY(!all.contains(idToken.section(QLatin1Char('.'), 2, 2)));
        QVERIFY(!all.contains(refreshToken.section(QLatin1Char('.'), 1, 1)));
        QVERIFY(!all.contains(code));
        QVERIFY(!all.contains(m_env.demoPassword(QStringLiteral("carol"))));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
