// KubeClient against a scripted HTTP server: headers, 401 -> refresh -> one retry, Kubernetes
// Status answers, network errors, timeouts, cancellation, streams.

#include "common/resultcheck.h"
#include "common/timebudget.h"
#include "fakeapiserver.h"
#include "edit/objectref.h"
#include "kube/apipath.h"
#include "kube/kubeclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::kube;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(scs::Error::Kind)

class TestKubeClient : public QObject
{
    Q_OBJECT

private:

    // Waits for the reply and returns its JSON result.
    static Result<QJsonDocument> wait(KubeReply *reply)
    {
        std::optional<Result<QJsonDocument>> result;
        QObject context;
        reply->onJson(&context, [&result](const Result<QJsonDocument> &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return std::unexpected(
                Error{Error::Kind::Timeout, QStringLiteral("test wait"), {}, {}, {}, 0, 0});
        return *result;
    }

    static QByteArray status(int code, const QString &reason, const QString &message)
    {
        QJsonObject o{{"kind", "Status"}, {"apiVersion", "v1"}, {"status", "Failure"},
                      {"message", message}, {"code", code}};
        if (!reason.isEmpty())
            o.insert("reason", reason);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void shouldSendBearerAcceptAndEncodedQuery()
    {
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces/a/configmaps", 200,
                      R"({"kind":"ConfigMapList"})");
        StaticTokenSource tokens(QStringLiteral("tok-1"));
        KubeClient client(profileFor(server.url()), &tokens);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("labelSelector"), QStringLiteral("a+b=c d,e in (f)"));
        const auto result = wait(client.get(QStringLiteral("/api/v1/namespaces/a/configmaps"),
                                            query, "application/json;as=Table;g=meta.k8s.io;v=v1"));
        QVERIFY(result);
        QCOMPARE(result->object().value("kind").toString(), "ConfigMapList");
        QCOMPARE(server.requests.size(), 1);
        const FakeRequest &r = server.requests.first();
        QCOMPARE(r.headers.value("authorization"), "Bearer tok-1");
        QCOMPARE(r.headers.value("accept"), "application/json;as=Table;g=meta.k8s.io;v=v1");
        QCOMPARE(r.query.queryItemValue("labelSelector", QUrl::FullyDecoded), "a+b=c d,e in (f)");
    }

    // Issue 15, item 5: a name from YAML or --tenant never changes which object a request is
    // about. Qt normalises "..", so "../secrets/token" in a ConfigMap's name read the Secret.
    void shouldNeverLetACraftedNameReadAnotherObject()
    {
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces/tenant-a/secrets/token", 200,
                      R"({"kind":"Secret","data":{"token":"c2VjcmV0"}})");
        server.onJson("GET", "/api/v1/namespaces/tenant-b/configmaps/x", 200,
                      R"({"kind":"ConfigMap"})");
        StaticTokenSource tokens(QStringLiteral("tok-1"));
        KubeClient client(profileFor(server.url()), &tokens);
        ApiResource configMaps;
        configMaps.version = QStringLiteral("v1");
        configMaps.kind = QStringLiteral("ConfigMap");
        configMaps.plural = QStringLiteral("configmaps");
        configMaps.namespaced = true;

        const edit::ObjectRef byName{configMaps, QStringLiteral("tenant-a"),
                                     QStringLiteral("../secrets/token")};
        const edit::ObjectRef byNamespace{configMaps, QStringLiteral("x/../../tenant-b"),
                                          QStringLiteral("x")};
        const QStringList paths{
            byName.path(), byNamespace.path(),
            // Built by hand without encoding: refused all the same.
            QStringLiteral("/api/v1/namespaces/tenant-a/configmaps/../secrets/token"),
            QStringLiteral("/api/v1/namespaces/tenant-a/configmaps/%2E%2E/secrets/token"),
            QStringLiteral("/api/v1/namespaces/Tenant_A/configmaps")};
        for (const QString &path : paths) {
            const auto result = wait(client.get(path));
            QVERIFY2(!result, qPrintable(path));
            QCOMPARE(result.error().kind, Error::Kind::Invalid);
            QVERIFY2(result.error().message.contains(QLatin1String("not a valid")),
                     qPrintable(result.error().message));
        }
        QCOMPARE(server.requests.size(), 0); // refused before any request
    }

    // Exec and port-forward open WebSockets with the same URL, CA and token as every request,
    // and a crafted name is refused there too.
    void shouldPrepareWebSocketHandshakesLikeRequests()
    {
        StaticTokenSource tokens(QStringLiteral("tok-1"));
        ConnectionProfile profile = profileFor(QUrl(QStringLiteral("https://api.example:6443/base/")));
        KubeClient client(profile, &tokens);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("command"), QStringLiteral("sh"));
        query.addQueryItem(QStringLiteral("command"), QStringLiteral("-c"));
        query.addQueryItem(QStringLiteral("command"), QStringLiteral("echo a+b && ls"));
        const auto request = client.webSocketRequest(
            QStringLiteral("/api/v1/namespaces/demo/pods/web-1/exec"), query);
        QVERIFY(request);
        const QUrl url = request->url();
        QCOMPARE(url.scheme(), "wss");
        QCOMPARE(url.host(), "api.example");
        QCOMPARE(url.port(), 6443);
        QCOMPARE(url.path(), "/base/api/v1/namespaces/demo/pods/web-1/exec");
        QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("command"), QUrl::FullyDecoded),
                 QStringList({"sh", "-c", "echo a+b && ls"}));
        QCOMPARE(request->rawHeader("Authorization"), "Bearer tok-1");
        QCOMPARE(request->sslConfiguration().allowedNextProtocols(),
                 QList<QByteArray>{QSslConfiguration::NextProtocolHttp1_1});

        const auto refused = client.webSocketRequest(
            QStringLiteral("/api/v1/namespaces/demo/pods/../secrets/exec"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    }

    void shouldEncodeNamesAndCheckThemLikeTheApiServer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("namespaceOk");
        QTest::addColumn<bool>("objectOk");
        QTest::newRow("plain") << "tenant-a" << true << true;
        QTest::newRow("subdomain") << "a.b" << false << true;
        QTest::newRow("rbac colon") << "system:node" << false << true;
        QTest::newRow("upper case") << "Tenant" << false << true;
        QTest::newRow("dot dot") << ".." << false << false;
        QTest::newRow("dot") << "." << false << false;
        QTest::newRow("slash") << "a/b" << false << false;
        QTest::newRow("percent") << "a%2Fb" << false << false;
        QTest::newRow("empty") << "" << false << false;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << false << true;
        QTest::newRow("leading dash") << "-a" << false << true;
    }

    void shouldEncodeNamesAndCheckThemLikeTheApiServer()
    {
        QFETCH(QString, name);
        QFETCH(bool, namespaceOk);
        QFETCH(bool, objectOk);
        QCOMPARE(checkNamespaceName(name).has_value(), namespaceOk);
        QCOMPARE(checkObjectName(name).has_value(), objectOk);
        QCOMPARE(pathSegment(QStringLiteral("a/b?c#d")), QStringLiteral("a%2Fb%3Fc%23d"));
    }

    // Issue 15, item 7: an answer read whole has a size cap with a clear message; a 429's
    // Retry-After longer than the client waits by itself is handed to the caller.
    void shouldCapBodiesAndReportRetryAfter()
    {
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces/a/configmaps", 200,
                      "[\"" + QByteArray(64 * 1024, 'x') + "\"]");
        server.on("GET", "/api/v1/namespaces/a/secrets", [](const FakeRequest &) {
            FakeResponse r;
            r.status = 429;
            r.headers = "Retry-After: 30\r\n";
            r.body = R"({"kind":"Status","code":429,"reason":"TooManyRequests","message":"slow"})";
            return r;
        });
        StaticTokenSource tokens(QStringLiteral("tok-1"));
        KubeClient client(profileFor(server.url()), &tokens);
        client.setMaxBodySize(16 * 1024);
        const auto big = wait(client.get(QStringLiteral("/api/v1/namespaces/a/configmaps")));
        QVERIFY(!big);
        QVERIFY2(big.error().message.contains(QLatin1String("larger than")),
                 qPrintable(big.error().message));

        KubeReply *reply = client.get(QStringLiteral("/api/v1/namespaces/a/secrets"));
        std::chrono::milliseconds retryAfter{};
        connect(reply, &KubeReply::finished, this, [&] { retryAfter = reply->retryAfter(); });
        QVERIFY(!wait(reply));
        QCOMPARE(retryAfter, 30000ms);
        QCOMPARE(server.requests.size(), 2); // the 429 was not sent again
    }

    // A conditional GET (If-None-Match, what Discovery revalidates its cache with) answered
    // 304 Not Modified ends as a success with no body, the ETag still readable; a 200 carries
    // the new ETag.
    void shouldPassNotModifiedThroughAsSuccess()
    {
        FakeApiServer server;
        server.on("GET", "/apis", [](const FakeRequest &request) {
            FakeResponse r;
            r.headers = "ETag: \"abc123\"\r\n";
            if (request.headers.value("if-none-match") == "\"abc123\"") {
                r.status = 304;
                return r;
            }
            r.body = R"({"kind":"APIGroupList","groups":[]})";
            return r;
        });
        StaticTokenSource tokens(QStringLiteral("tok-1"));
        KubeClient client(profileFor(server.url()), &tokens);
        int connectionDrops = 0;
        connect(&client, &KubeClient::serverReachability, this,
                [&](bool reached) { connectionDrops += reached ? 0 : 1; });

        KubeReply *fresh = client.get(QStringLiteral("/apis"));
        QByteArray etag;
        bool notModified = true;
        connect(fresh, &KubeReply::finished, this, [&] {
            etag = fresh->etag();
            notModified = fresh->notModified();
        });
        const auto first = wait(fresh);
        QVERIFY(first);
        QCOMPARE(first->object().value("kind").toString(), "APIGroupList");
        QCOMPARE(etag, "\"abc123\"");
        QVERIFY(!notModified);
        QVERIFY(!server.requests.last().headers.contains("if-none-match"));

        Request conditional;
        conditional.path = QStringLiteral("/apis");
        conditional.ifNoneMatch = etag;
        KubeReply *again = client.send(conditional);
        int status = 0;
        connect(again, &KubeReply::finished, this, [&] {
            notModified = again->notModified();
            status = again->httpStatus();
        });
        const auto second = wait(again);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().detail));
        QVERIFY(second->isEmpty());
        QVERIFY(notModified);
        QCOMPARE(status, 304);
        QCOMPARE(server.requests.last().headers.value("if-none-match"), "\"abc123\"");
        QCOMPARE(connectionDrops, 0);
    }

    // A restarted kube-apiserver answers 429 "storage is (re)initializing" with Retry-After: 1
    // (seen in the sanitizer pass after tst_browse's restart): the request is sent again after
    // the wait, a bounded number of times, and the caller sees only the answer.
    void shouldSendAThrottledRequestAgainAfterRetryAfter()
    {
        FakeApiServer server;
        int throttled = 2;
        server.on("POST", "/api/v1/namespaces/a/configmaps", [&](const FakeRequest &) {
            FakeResponse r;
            if (throttled-- > 0) {
                r.status = 429;
                r.headers = "Retry-After: 1\r\n";
                r.body = R"({"kind":"Status","code":429,"reason":"TooManyRequests",)"
                         R"("message":"storage is (re)initializing"})";
            } else {
                r.status = 201;
                r.body = R"({"kind":"ConfigMap"})";
            }
            return r;
        });
        StaticTokenSource tokens(QStringLiteral("tok-1"));
        KubeClient client(profileFor(server.url()), &tokens);
        QElapsedTimer clock;
        clock.start();
        const auto created = wait(client.post(QStringLiteral("/api/v1/namespaces/a/configmaps"),
                                              QJsonDocument(QJsonObject{{"kind", "ConfigMap"}})));
        SCS_VERIFY_OK(created);
        QCOMPARE(server.requests.size(), 3);
        QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));

        // Only so often; and not at all where the caller said so.
        throttled = 100;
        server.requests.clear();
        const auto refused = wait(client.post(QStringLiteral("/api/v1/namespaces/a/configmaps"),
                                              QJsonDocument(QJsonObject{})));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Unavailable);
        QCOMPARE(server.requests.size(), 1 + Request{}.throttleRetries);
        server.requests.clear();
        Request request;
        request.path = QStringLiteral("/api/v1/namespaces/a/configmaps");
        request.method = "POST";
        request.body = "{}";
        request.throttleRetries = 0;
        QVERIFY(!wait(client.send(request)));
        QCOMPARE(server.requests.size(), 1);
    }

    void shouldKeepTheBasePathOfTheApiUrl()
    {
        FakeApiServer server;
        server.onJson("GET", "/prefix/api", 200, "{}");
        StaticTokenSource tokens;
        QUrl url = server.url();
        url.setPath("/prefix/");
        KubeClient client(profileFor(url), &tokens);
        QVERIFY(wait(client.get("/api")));
        QVERIFY(!server.requests.first().headers.contains("authorization")); // no empty bearer
    }

    void shouldRetryOnceAfterRefreshOn401()
    {
        FakeApiServer server;
        server.on("GET", "/api/v1/namespaces", [](const FakeRequest &r) {
            FakeResponse response;
            if (r.headers.value("authorization") != "Bearer fresh") {
                response.status = 401;
                response.body = R"({"kind":"Status","code":401,"reason":"Unauthorized"})";
            } else {
                response.body = R"({"kind":"NamespaceList"})";
            }
            return response;
        });
        ScriptedTokenSource tokens(QStringLiteral("stale"));
        tokens.nextToken = QStringLiteral("fresh");
        KubeClient client(profileFor(server.url()), &tokens);
        const auto result = wait(client.get("/api/v1/namespaces"));
        SCS_VERIFY_OK(result);
        QCOMPARE(tokens.refreshCount, 1);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.at(1).headers.value("authorization"), "Bearer fresh");
    }

    void shouldGiveUpWhenTheRefreshFails()
    {
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces", 401, R"({"kind":"Status","code":401})");
        ScriptedTokenSource tokens(QStringLiteral("stale")); // nextToken empty: refresh fails
        KubeClient client(profileFor(server.url()), &tokens);
        const auto result = wait(client.get("/api/v1/namespaces"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Unauthorized);
        QCOMPARE(result.error().message, "Session expired."); // the session's words
        QCOMPARE(tokens.refreshCount, 1);
        QCOMPARE(server.requests.size(), 1);
    }

    void shouldNotLoopWhenTheRetryIsRefusedToo()
    {
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces", 401, R"({"kind":"Status","code":401})");
        ScriptedTokenSource tokens(QStringLiteral("stale"));
        tokens.nextToken = QStringLiteral("also-refused");
        KubeClient client(profileFor(server.url()), &tokens);
        const auto result = wait(client.get("/api/v1/namespaces"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Unauthorized);
        QCOMPARE(tokens.refreshCount, 1);
        QCOMPARE(server.requests.size(), 2);
    }

    void shouldTurnStatusIntoError_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("reason");

        QTest::newRow("403 rbac")
            << QByteArray("GET") << "/api/v1/namespaces/tenant-b/configmaps" << 403
            << status(403, "Forbidden",
                      "configmaps is forbidden: User \"oidc:alice\" cannot list resource "
                      "\"configmaps\" in API group \"\" in the namespace \"tenant-b\"")
            << Error::Kind::Forbidden
            << "You are not allowed to list configmaps in namespace tenant-b." << "Forbidden";
        QTest::newRow("403 cluster-scoped group")
            << QByteArray("DELETE") << "/apis/cluster.x-k8s.io/v1beta1/clusters/x" << 403
            << status(403, "Forbidden",
                      "clusters.cluster.x-k8s.io \"x\" is forbidden: User \"bob\" cannot "
                      "delete resource \"clusters\" in API group \"cluster.x-k8s.io\" at the "
                      "cluster scope")
            << Error::Kind::Forbidden << "You are not allowed to delete clusters.cluster.x-k8s.io."
            << "Forbidden";
        QTest::newRow("403 without rbac words")
            << QByteArray("PATCH") << "/apis/api.scs.community/v1/namespaces/t/clusterclaims/c"
            << 403 << status(403, "", "admission webhook said no") << Error::Kind::Forbidden
            << "You are not allowed to patch clusterclaims.api.scs.community in namespace t."
            << "";
        QTest::newRow("404") << QByteArray("GET") << "/api/v1/namespaces/a/configmaps/x" << 404
            << status(404, "NotFound", "configmaps \"x\" not found") << Error::Kind::NotFound
            << "configmaps \"x\" not found" << "NotFound";
        QTest::newRow("404 plain text") << QByteArray("GET") << "/nope" << 404
            << QByteArray("404 page not found\n") << Error::Kind::NotFound
            << "404 page not found" << "";
        QTest::newRow("409") << QByteArray("POST") << "/api/v1/namespaces/a/configmaps" << 409
            << status(409, "AlreadyExists", "configmaps \"x\" already exists")
            << Error::Kind::Conflict << "configmaps \"x\" already exists" << "AlreadyExists";
        QTest::newRow("410") << QByteArray("GET") << "/api/v1/configmaps" << 410
            << status(410, "Expired", "too old resource version: 1 (20)") << Error::Kind::NotFound
            << "too old resource version: 1 (20)" << "Expired";
        QTest::newRow("422") << QByteArray("POST") << "/api/v1/namespaces/a/configmaps" << 422
            << status(422, "Invalid", "ConfigMap \"A\" is invalid: metadata.name")
            << Error::Kind::Invalid << "ConfigMap \"A\" is invalid: metadata.name" << "Invalid";
        QTest::newRow("500 empty") << QByteArray("GET") << "/api" << 500 << QByteArray()
            << Error::Kind::Server << "The Central API answered with HTTP status 500." << "";
    }

    void shouldTurnStatusIntoError()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, code);
        QFETCH(QByteArray, body);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, message);
        QFETCH(QString, reason);

        FakeApiServer server;
        server.on(method, path, [code, body](const FakeRequest &) {
            FakeResponse r;
            r.status = code;
            r.body = body;
            return r;
        });
        StaticTokenSource tokens(QStringLiteral("t"));
        KubeClient client(profileFor(server.url()), &tokens);
        Request request;
        request.method = method;
        request.path = path;
        QPointer<KubeReply> reply = client.send(request);
        int httpStatus = 0;
        QString seenReason;
        connect(reply, &KubeReply::finished, this, [&] {
            httpStatus = reply->httpStatus();
            seenReason = reply->status().reason;
        });
        const auto result = wait(reply);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, kind);
        QCOMPARE(result.error().message, message);
        QVERIFY(result.error().detail.contains(QString::number(code)));
        QVERIFY(result.error().detail.contains(path));
        QCOMPARE(httpStatus, code);
        QCOMPARE(seenReason, reason);
        QTRY_VERIFY(!reply); // and then it is gone by itself
    }

    void shouldReportRefusedConnections()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        StaticTokenSource tokens;
        KubeClient client(profileFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))),
                          &tokens);
        const auto result = wait(client.get("/api"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Network);
        QVERIFY2(result.error().message.contains("refused"), qPrintable(result.error().message));
    }

    void shouldTimeOut()
    {
        FakeApiServer server;
        server.on("GET", "/slow", [](const FakeRequest &) {
            FakeResponse r;
            r.noAnswer = true;
            return r;
        });
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        client.setDefaultTimeout(300ms);
        QElapsedTimer timer;
        timer.start();
        const auto result = wait(client.get("/slow"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Timeout);
        QVERIFY2(timer.elapsed() < test::timeBudget(3000),
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY(result.error().message.contains("did not answer"));
    }

    // A request waiting for a token refresh that never comes (the issuer does not answer)
    // still ends within its timeout, with a message (it used to wait forever).
    void shouldTimeOutWhileWaitingForARefresh()
    {
        FakeApiServer server;
        server.onJson("POST", "/apis/example.com/v1/namespaces/t/orders", 401,
                      R"({"kind":"Status","code":401})");
        ScriptedTokenSource tokens(QStringLiteral("stale"));
        tokens.silent = true;
        KubeClient client(profileFor(server.url()), &tokens);
        client.setDefaultTimeout(400ms);
        QElapsedTimer timer;
        timer.start();
        const auto result = wait(client.post("/apis/example.com/v1/namespaces/t/orders",
                                             QJsonDocument(QJsonObject{{"kind", "Order"}})));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Timeout);
        QVERIFY(result.error().message.contains("did not answer"));
        QVERIFY2(timer.elapsed() < test::timeBudget(3000),
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(tokens.refreshCount, 1);
    }

    // Throttled retries (503 with Retry-After) count against the request's one deadline: a
    // server that keeps answering "come back later" ends in a timeout, not in a longer wait.
    void shouldKeepOneDeadlineAcrossThrottledRetries()
    {
        FakeApiServer server;
        server.on("GET", "/api/v1/namespaces", [](const FakeRequest &) {
            FakeResponse r;
            r.status = 503;
            r.body = R"({"kind":"Status","code":503})";
            r.headers = "Retry-After: 1\r\n";
            return r;
        });
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        client.setDefaultTimeout(1500ms);
        QElapsedTimer timer;
        timer.start();
        const auto result = wait(client.get("/api/v1/namespaces"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Timeout);
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    }

    // What each request says about the server, for ConnectionState.
    void shouldReportWhetherTheServerWasReached()
    {
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces", 404, R"({"kind":"Status","code":404})");
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        QSignalSpy spy(&client, &KubeClient::serverReachability);
        QVERIFY(!wait(client.get("/api/v1/namespaces")));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toBool(), true);

        ConnectionProfile nowhere = profileFor(QUrl("http://127.0.0.1:1"));
        KubeClient refused(nowhere, &tokens);
        QSignalSpy refusedSpy(&refused, &KubeClient::serverReachability);
        const auto result = wait(refused.get("/api/v1/namespaces"));
        QVERIFY(!result);
        QCOMPARE(refusedSpy.size(), 1);
        QCOMPARE(refusedSpy.at(0).at(0).toBool(), false);
        QCOMPARE(refusedSpy.at(0).at(1).value<scs::Error>().kind, Error::Kind::Network);

        // Cancelled: says nothing.
        KubeReply *reply = client.get("/api/v1/namespaces");
        reply->abort();
        QCOMPARE(spy.size(), 1);
    }

    void shouldCancelAndCallBackOnce()
    {
        FakeApiServer server;
        server.on("GET", "/slow", [](const FakeRequest &) {
            FakeResponse r;
            r.noAnswer = true;
            return r;
        });
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        QPointer<KubeReply> reply = client.get("/slow");
        int calls = 0;
        std::optional<Error> error;
        reply->onJson(this, [&](const Result<QJsonDocument> &r) {
            ++calls;
            if (!r)
                error = r.error();
        });
        QTRY_COMPARE(server.requests.size(), 1);
        reply->abort();
        QCOMPARE(calls, 1);
        QVERIFY(error);
        QCOMPARE(error->kind, Error::Kind::Cancelled);
        reply->abort(); // harmless once finished
        QTRY_VERIFY(!reply);
        QCOMPARE(calls, 1);
    }

    void shouldNotCallBackWhenTheContextIsGone()
    {
        FakeApiServer server;
        server.onJson("GET", "/api", 200, "{}");
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        bool called = false;
        QPointer<KubeReply> reply;
        {
            QObject context;
            reply = client.get("/api")->onJson(&context, [&](const auto &) { called = true; });
        }
        QTRY_VERIFY(!reply);
        QVERIFY(!called);
    }

    void shouldStreamChunksAsTheyArrive()
    {
        FakeApiServer server;
        server.on("GET", "/api/v1/configmaps", [](const FakeRequest &) {
            FakeResponse r;
            r.stream = true;
            r.body = "first\n";
            return r;
        });
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        Request request;
        request.path = QStringLiteral("/api/v1/configmaps");
        request.stream = true;
        request.timeout = 5s;
        KubeReply *reply = client.send(request);
        QByteArray received;
        connect(reply, &KubeReply::dataReceived, this,
                [&received](const QByteArray &chunk) { received += chunk; });
        QSignalSpy finished(reply, &KubeReply::finished);
        QTRY_COMPARE(received, QByteArray("first\n"));
        QTRY_COMPARE(server.streams().size(), 1);
        server.sendChunk(server.streams().first(), "second\n");
        QTRY_COMPARE(received, QByteArray("first\nsecond\n"));
        QCOMPARE(finished.size(), 0);
        server.endStream(server.streams().first());
        QTRY_COMPARE(finished.size(), 1);
    }

    void shouldReportStreamSilenceAsTimeout()
    {
        FakeApiServer server;
        server.on("GET", "/w", [](const FakeRequest &) {
            FakeResponse r;
            r.stream = true;
            r.body = "x\n";
            return r;
        });
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        Request request;
        request.path = QStringLiteral("/w");
        request.stream = true;
        request.timeout = 400ms;
        QPointer<KubeReply> reply = client.send(request);
        QTRY_COMPARE(server.streams().size(), 1);
        // Chunks keep it alive past its timeout ...
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(200);
            server.sendChunk(server.streams().first(), "y\n");
        }
        QVERIFY(reply && !reply->isFinished());
        // ... silence ends it.
        const auto result = wait(reply);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Timeout);
    }

    void shouldAskWhoIAm()
    {
        FakeApiServer server;
        server.onJson("POST", "/apis/authentication.k8s.io/v1/selfsubjectreviews", 201,
                      R"({"kind":"SelfSubjectReview","apiVersion":"authentication.k8s.io/v1",)"
                      R"("status":{"userInfo":{"username":"oidc:alice","uid":"u1","groups":)"
                      R"(["oidc:tenant-a-admins","system:authenticated"]}}})");
        StaticTokenSource tokens(QStringLiteral("t"));
        KubeClient client(profileFor(server.url()), &tokens);
        std::optional<Result<UserInfo>> who;
        client.selfSubjectReview(this, [&who](const Result<UserInfo> &r) { who = r; });
        QTRY_VERIFY(who.has_value());
        QVERIFY(*who);
        QCOMPARE((*who)->username, "oidc:alice");
        QCOMPARE((*who)->uid, "u1");
        QCOMPARE((*who)->groups, QStringList({"oidc:tenant-a-admins", "system:authenticated"}));
        const FakeRequest &r = server.requests.first();
        QCOMPARE(r.headers.value("content-type"), "application/json");
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value("kind").toString(), "SelfSubjectReview");
        QCOMPARE(body.value("apiVersion").toString(), "authentication.k8s.io/v1");
    }

    void shouldRefuseAnAnswerWithoutUser()
    {
        FakeApiServer server;
        server.onJson("POST", "/apis/authentication.k8s.io/v1/selfsubjectreviews", 201,
                      R"({"kind":"SelfSubjectReview","status":{}})");
        StaticTokenSource tokens(QStringLiteral("t"));
        KubeClient client(profileFor(server.url()), &tokens);
        std::optional<Result<UserInfo>> who;
        client.selfSubjectReview(this, [&who](const Result<UserInfo> &r) { who = r; });
        QTRY_VERIFY(who.has_value());
        QVERIFY(!*who);
        QCOMPARE(who->error().kind, Error::Kind::Server);
    }

    void shouldReportNonJsonAsParseError()
    {
        FakeApiServer server;
        server.onJson("GET", "/api", 200, "<html>proxy login</html>");
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        const auto result = wait(client.get("/api"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Parse);
    }

    void shouldSendPatchTypesAndBodies_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("merge") << int(KubeClient::PatchType::Merge)
                               << QByteArray("application/merge-patch+json");
        QTest::newRow("strategic") << int(KubeClient::PatchType::StrategicMerge)
                                   << QByteArray("application/strategic-merge-patch+json");
        QTest::newRow("json") << int(KubeClient::PatchType::Json)
                              << QByteArray("application/json-patch+json");
        QTest::newRow("apply") << int(KubeClient::PatchType::Apply)
                               << QByteArray("application/apply-patch+yaml");
    }

    void shouldSendPatchTypesAndBodies()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, contentType);
        FakeApiServer server;
        server.onJson("PATCH", "/api/v1/namespaces/a/configmaps/x", 200, "{}");
        StaticTokenSource tokens;
        KubeClient client(profileFor(server.url()), &tokens);
        QVERIFY(wait(client.patch("/api/v1/namespaces/a/configmaps/x", R"({"data":{"k":"v"}})",
                                  KubeClient::PatchType(type))));
        QCOMPARE(server.requests.first().headers.value("content-type"), contentType);
        QCOMPARE(server.requests.first().body, QByteArray(R"({"data":{"k":"v"}})"));
    }

    void shouldFailEveryRequestWhenTheCaFileIsUnusable()
    {
        ConnectionProfile p = profileFor(QUrl("https://127.0.0.1:1"));
        p.caFile = QStringLiteral(SCS_TEST_DATA "/not-a-cert.pem");
        StaticTokenSource tokens;
        KubeClient client(p, &tokens);
        QVERIFY(client.configurationError());
        const auto result = wait(client.get("/api"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QVERIFY(result.error().message.contains("not-a-cert.pem"));
    }
};

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
