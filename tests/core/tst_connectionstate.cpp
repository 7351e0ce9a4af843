// ConnectionState: a Central API that goes away (a proxy in front of a scripted server cuts
// every connection) shows as unreachable at once, with when it is asked again, and comes back
// by itself; an issuer that does not answer a refresh shows too, until a token comes.

#include "fakeapiserver.h"
#include "kube/kubeclient.h"
#include "tcpproxy.h"
#include "workspace/connectionstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::kube;
using namespace scs::workspace;
using namespace std::chrono_literals;

namespace {

// A token source whose refreshes fail the way the test says.
class IssuerTokens : public TokenSource
{
public:
    QString bearerToken() const override { return QStringLiteral("t"); }
    void requestRefresh() override { ++refreshes; }
    QDateTime nextRefreshAttempt() const override { return next; }
    void fail(Error::Kind kind)
    {
        Q_EMIT refreshFailed(Error{kind, QStringLiteral("Keycloak did not answer."),
                                   QStringLiteral("test"), {}, {}, 0, 0});
    }
    void succeed() { Q_EMIT refreshed(); }
    QDateTime next;
    int refreshes = 0;
};

ConnectionProfile profileThrough(const TcpProxy &proxy)
{
    ConnectionProfile p = profileFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())));
    p.issuerUrl = QUrl(QStringLiteral("https://id.example.com/realms/scs"));
    return p;
}

} // namespace

class TestConnectionState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowAnOutageAndClearItByItselfOnRecovery()
    {
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces", 200, R"({"kind":"NamespaceList"})");
        server.onJson("GET", "/version", 200, R"({"gitVersion":"v1.34.0"})");
        TcpProxy proxy(QStringLiteral("127.0.0.1"), quint16(server.url().port()));
        StaticTokenSource tokens(QStringLiteral("t"));
        KubeClient client(profileThrough(proxy), &tokens);
        ConnectionState state(&client, &tokens);
        state.setProbeIntervals(200ms, 400ms);
        QSignalSpy changed(&state, &ConnectionState::changed);
        QVERIFY(state.isOnline());

        client.get(QStringLiteral("/api/v1/namespaces"));
        QTest::qWait(200);
        QVERIFY(state.isOnline());
        QCOMPARE(changed.size(), 0); // answers while online say nothing new

        proxy.down();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        client.get(QStringLiteral("/api/v1/namespaces"));
        QTRY_VERIFY_WITH_TIMEOUT(!state.isOnline(), 3000);
        const auto &outage = state.outage(ConnectionState::Service::CentralApi);
        QVERIFY(outage);
        QCOMPARE(outage->where, QStringLiteral("127.0.0.1:%1").arg(proxy.port()));
        QVERIFY(outage->since >= before);
        QVERIFY(outage->nextRetry.isValid());
        QVERIFY(outage->nextRetry > QDateTime::currentDateTimeUtc().addMSecs(-50));
        QVERIFY(!outage->error.message.isEmpty());
        QVERIFY(!state.outage(ConnectionState::Service::Issuer));

        // It keeps asking by itself (nothing else does here), later each time.
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 5, 5000);
        QVERIFY(!state.isOnline());
        QCOMPARE(server.count("GET", "/version"), 0); // the proxy refused them all

        proxy.up();
        QTRY_VERIFY_WITH_TIMEOUT(state.isOnline(), 3000);
        QVERIFY(server.count("GET", "/version") >= 1);
        QVERIFY(!state.outage(ConnectionState::Service::CentralApi));
    }

    void shouldEndAnOutageWithAnyAnswer()
    {
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces", 403, R"({"kind":"Status","code":403})");
        TcpProxy proxy(QStringLiteral("127.0.0.1"), quint16(server.url().port()));
        StaticTokenSource tokens(QStringLiteral("t"));
        KubeClient client(profileThrough(proxy), &tokens);
        ConnectionState state(&client, &tokens);
        state.setProbeIntervals(10s, 10s); // no probe in this test
        proxy.down();
        client.get(QStringLiteral("/api/v1/namespaces"));
        QTRY_VERIFY(!state.isOnline());
        proxy.up();
        // A refusal is an answer: the server is there.
        client.get(QStringLiteral("/api/v1/namespaces"));
        QTRY_VERIFY(state.isOnline());
    }

    void shouldRetryNowWhenAsked()
    {
        FakeApiServer server;
        server.onJson("GET", "/version", 200, R"({"gitVersion":"v1.34.0"})");
        TcpProxy proxy(QStringLiteral("127.0.0.1"), quint16(server.url().port()));
        StaticTokenSource tokens(QStringLiteral("t"));
        KubeClient client(profileThrough(proxy), &tokens);
        ConnectionState state(&client, &tokens);
        state.setProbeIntervals(60s, 60s);
        proxy.down();
        client.get(QStringLiteral("/version"));
        QTRY_VERIFY(!state.isOnline());
        proxy.up();
        state.retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(state.isOnline(), 3000);
    }

    void shouldShowAnIssuerThatDoesNotAnswer()
    {
        FakeApiServer server;
        TcpProxy proxy(QStringLiteral("127.0.0.1"), quint16(server.url().port()));
        IssuerTokens tokens;
        KubeClient client(profileThrough(proxy), &tokens);
        ConnectionState state(&client, &tokens);
        tokens.next = QDateTime::currentDateTimeUtc().addSecs(30);
        tokens.fail(Error::Kind::Network);
        QVERIFY(!state.isOnline());
        const auto &outage = state.outage(ConnectionState::Service::Issuer);
        QVERIFY(outage);
        QCOMPARE(outage->where, QStringLiteral("id.example.com"));
        QCOMPARE(outage->nextRetry, tokens.next);
        QVERIFY(!state.outage(ConnectionState::Service::CentralApi));

        state.retryNow();
        QCOMPARE(tokens.refreshes, 1);
        tokens.succeed();
        QVERIFY(state.isOnline());

        // A refusal (the session ended) is an answer, not an outage.
        tokens.fail(Error::Kind::Unauthorized);
        QVERIFY(state.isOnline());
    }
};

QTEST_GUILESS_MAIN(TestConnectionState)
#include "tst_connectionstate.moc"
