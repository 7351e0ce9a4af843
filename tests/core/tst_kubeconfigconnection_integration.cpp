// Kubeconfig contexts as connections against the real workload API server of the local stack
// (tests/stack): through KubeClient with a KubeconfigTokenSource, (a) the stack's admin
// kubeconfig (client certificate) lists namespaces, also over a WebSocket (exec in a demo
// pod); (b) an exec plugin that signs alice in at Keycloak lists namespaces, and runs again
// after a 401; (c) a ServiceAccount token, as `token` and as `tokenFile`, lists namespaces,
// and the token file is read again when the API server refuses the old token.

#include "common/processrun.h"
#include "common/stackenv.h"
#include "kube/kubeclient.h"
#include "kubeconfig/kubeconfigconnection.h"
#include "kubeconfig/kubeconfigtokensource.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <memory>

using namespace scs;

class TestKubeconfigConnectionIntegration : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    QTemporaryDir m_dir;

    QString env(const char *key) const { return m_env.value(QString::fromLatin1(key)); }

    test::ProcessRun adminKubectl(const QStringList &args)
    {
        return test::runProcess(env("SCS_KUBECTL"),
                                QStringList{QStringLiteral("--kubeconfig"),
                                            env("SCS_WORKLOAD_ADMIN_KUBECONFIG")}
                                    + args);
    }

    QString write(const QString &name, const QByteArray &content, bool executable = false)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        if (executable)
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                | QFileDevice::ExeOwner);
        return path;
    }

    // A kubeconfig for the workload API server (CA as a file) with the given user entry.
    QString kubeconfig(const QString &name, const QByteArray &user)
    {
        return write(name, "apiVersion: v1\nkind: Config\nclusters:\n- name: workload\n  cluster:\n"
                           "    server: " + env("SCS_WORKLOAD_API_URL").toUtf8()
                               + "\n    certificate-authority: " + env("SCS_CA_FILE").toUtf8()
                               + "\ncontexts:\n- name: ctx\n  context: {cluster: workload, user: "
                                 "u}\ncurrent-context: ctx\nusers:\n- name: u\n  user:\n"
                               + user);
    }

    // Namespace names listed through `source` (an Exec source signs in first).
    static QStringList listNamespaces(const KubeconfigConnection &connection,
                                      KubeconfigTokenSource &source, QString *error)
    {
        if (!source.hasCredential()) {
            QSignalSpy ok(&source, &kube::TokenSource::refreshed);
            QSignalSpy failed(&source, &kube::TokenSource::refreshFailed);
            source.requestRefresh();
            if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 60000)
                || !failed.isEmpty()) {
                *error = failed.isEmpty() ? QStringLiteral("plugin did not answer")
                                          : failed.at(0).at(0).value<Error>().message;
                return {};
            }
        }
        kube::KubeClient client(connection.profile, &source);
        auto *reply = client.get(QStringLiteral("/api/v1/namespaces"));
        QSignalSpy done(reply, &kube::KubeReply::finished);
        QStringList names;
        reply->onJson(&client, [&](const Result<QJsonDocument> &json) {
            if (!json) {
                *error = json.error().message;
                return;
            }
            for (const auto &item : json->object().value(QLatin1String("items")).toArray())
                names.append(item.toObject()
                                 .value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString());
        });
        if (!done.wait(30000))
            *error = QStringLiteral("no answer");
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(m_dir.isValid());
        QVERIFY(!env("SCS_WORKLOAD_ADMIN_KUBECONFIG").isEmpty());
    }

    void shouldListNamespacesWithTheAdminClientCertificate()
    {
        const QString path = env("SCS_WORKLOAD_ADMIN_KUBECONFIG");
        const auto contexts = listKubeconfigContexts(path);
        QVERIFY2(contexts, qPrintable(contexts ? QString() : contexts.error().message));
        QVERIFY(!contexts->isEmpty());
        const KubeconfigContextSummary &summary = contexts->constFirst();
        QVERIFY2(summary.problem.isEmpty(), qPrintable(summary.problem));
        QVERIFY2(summary.authDescription.startsWith(QLatin1String("Client certificate")),
                 qPrintable(summary.authDescription));

        const auto connection = openKubeconfigContext(path, summary.name);
        QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
        QVERIFY(!connection->auth.clientCertificate.isNull());
        QCOMPARE(connection->profile.apiUrl.port(), env("SCS_WORKLOAD_API_PORT").toInt());
        KubeconfigTokenSource source(*connection);
        QString error;
        const QStringList names = listNamespaces(*connection, source, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(names.contains(env("SCS_DEMO_NAMESPACE")), qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("kube-system")));

        // Who the API server thinks this is: the certificate's subject.
        kube::KubeClient client(connection->profile, &source);
        QString user;
        QStringList groups;
        client.selfSubjectReview(this, [&](const Result<kube::UserInfo> &info) {
            if (info) {
                user = info->username;
                groups = info->groups;
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(!user.isEmpty(), 30000);
        QVERIFY2(groups.contains(QStringLiteral("system:masters")), qPrintable(groups.join(u',')));
    }

    void shouldExecOverAWebSocketWithTheClientCertificate()
    {
        const auto connection = openKubeconfigContext(env("SCS_WORKLOAD_ADMIN_KUBECONFIG"),
                                                      listKubeconfigContexts(env(
                                                          "SCS_WORKLOAD_ADMIN_KUBECONFIG"))
                                                          ->constFirst()
                                                          .name);
        QVERIFY(connection);
        KubeconfigTokenSource source(*connection);
        kube::KubeClient client(connection->profile, &source);
        const QString ns = env("SCS_DEMO_NAMESPACE");
        QString pod;
        QUrlQuery selector{{QStringLiteral("labelSelector"), env("SCS_DEMO_POD_SELECTOR")}};
        client.get(QStringLiteral("/api/v1/namespaces/%1/pods").arg(ns), selector)
            ->onJson(this, [&](const Result<QJsonDocument> &json) {
                for (const auto &item : json->object().value(QLatin1String("items")).toArray()) {
                    const QJsonObject o = item.toObject();
                    if (o.value(QLatin1String("status")).toObject().value(QLatin1String("phase"))
                        == QLatin1String("Running"))
                        pod = o.value(QLatin1String("metadata")).toObject().value(
                                  QLatin1String("name")).toString();
                }
            });
        QTRY_VERIFY_WITH_TIMEOUT(!pod.isEmpty(), 30000);

        QUrlQuery query;
        query.addQueryItem(QStringLiteral("command"), QStringLiteral("echo"));
        query.addQueryItem(QStringLiteral("command"), QStringLiteral("hello-from-kctx"));
        query.addQueryItem(QStringLiteral("stdout"), QStringLiteral("true"));
        auto request = client.webSocketRequest(
            QStringLiteral("/api/v1/namespaces/%1/pods/%2/exec").arg(ns, pod), query);
        QVERIFY(request);
        QVERIFY(request->rawHeader("Authorization").isEmpty()); // the certificate is the credential
        QVERIFY(!request->sslConfiguration().localCertificate().isNull());
        QWebSocket socket;
        // QWebSocket takes TLS settings only from its own configuration, not the request's.
        socket.setSslConfiguration(request->sslConfiguration());
        QByteArray stdoutData;
        connect(&socket, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &m) {
            if (m.startsWith('\x01'))
                stdoutData += m.mid(1);
        });
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("v5.channel.k8s.io"),
                                 QStringLiteral("v4.channel.k8s.io")});
        socket.open(*request, options);
        QTRY_VERIFY2_WITH_TIMEOUT(stdoutData.contains("hello-from-kctx"),
                                  qPrintable(socket.errorString()), 30000);
    }

    void shouldSignInThroughAnExecPluginAndRunItAgainOn401()
    {
        // A real credential plugin: the first run prints a token the API server refuses, the
        // next ones sign alice in at Keycloak (password grant) and print her ID token.
        const QString count = m_dir.filePath(QStringLiteral("runs"));
        const QString plugin = write(
            QStringLiteral("alice-plugin"),
            "#!/bin/sh\nn=$(cat '" + count.toUtf8() + "' 2>/dev/null || echo 0); n=$((n+1)); "
            "echo $n > '" + count.toUtf8() + "'\n"
            "if [ \"$n\" = 1 ]; then token=refused.by.the-server; else\n"
            "  token=$(\"$PASSWORD_TOKEN\") || { echo 'sign-in failed' >&2; exit 1; }\nfi\n"
            "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":"
            "\"ExecCredential\",\"status\":{\"token\":\"%s\"}}\\n' \"$token\"\n",
            true);
        const QByteArray user
            = "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
              "      command: ./alice-plugin\n      env:\n"
              "      - {name: PASSWORD_TOKEN, value: '" + env("SCS_PASSWORD_TOKEN").toUtf8() + "'}\n"
              "      - {name: SCS_OIDC_ISSUER, value: '" + env("SCS_OIDC_ISSUER").toUtf8() + "'}\n"
              "      - {name: SCS_CA_FILE, value: '" + env("SCS_CA_FILE").toUtf8() + "'}\n"
              "      - {name: SCS_LOGIN_USER, value: alice}\n"
              "      - {name: SCS_LOGIN_PASSWORD, value: '"
            + m_env.demoPassword(QStringLiteral("alice")).toUtf8() + "'}\n";
        const QString path = kubeconfig(QStringLiteral("exec-config"), user);
        const auto connection = openKubeconfigContext(path, QStringLiteral("ctx"));
        QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
        QCOMPARE(connection->auth.description(), QStringLiteral("Program alice-plugin (exec plugin)"));
        KubeconfigTokenSource source(*connection);
        QString error;
        const QStringList names = listNamespaces(*connection, source, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(names.contains(env("SCS_DEMO_NAMESPACE")), qPrintable(names.join(u',')));
        QCOMPARE(source.execRuns(), 2); // the refused token, then alice's after the 401

        kube::KubeClient client(connection->profile, &source);
        QString user2;
        client.selfSubjectReview(this, [&](const Result<kube::UserInfo> &info) {
            user2 = info ? info->username : info.error().message;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!user2.isEmpty(), 30000);
        QCOMPARE(user2, QStringLiteral("oidc:alice"));
    }

    void shouldUseAServiceAccountTokenAsTokenAndTokenFile()
    {
        const QString ns = QStringLiteral("default");
        const QString sa = QStringLiteral("kctx-namespace-reader");
        adminKubectl({QStringLiteral("-n"), ns, QStringLiteral("delete"),
                      QStringLiteral("serviceaccount"), sa, QStringLiteral("--ignore-not-found")});
        test::ProcessRun r = adminKubectl({QStringLiteral("-n"), ns, QStringLiteral("create"),
                                           QStringLiteral("serviceaccount"), sa});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        adminKubectl({QStringLiteral("create"), QStringLiteral("clusterrole"), sa,
                      QStringLiteral("--verb=list"), QStringLiteral("--resource=namespaces")});
        adminKubectl({QStringLiteral("create"), QStringLiteral("clusterrolebinding"), sa,
                      QStringLiteral("--clusterrole=") + sa,
                      QStringLiteral("--serviceaccount=%1:%2").arg(ns, sa)});
        r = adminKubectl({QStringLiteral("-n"), ns, QStringLiteral("create"),
                          QStringLiteral("token"), sa, QStringLiteral("--duration=10m")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray token = r.out.trimmed();
        QVERIFY(token.count('.') == 2);

        // token
        {
            const QString path = kubeconfig(QStringLiteral("token-config"),
                                            "    token: " + token + "\n");
            const auto connection = openKubeconfigContext(path, QStringLiteral("ctx"));
            QVERIFY(connection);
            QCOMPARE(connection->auth.description(), QStringLiteral("Token"));
            KubeconfigTokenSource source(*connection);
            QString error;
            const QStringList names = listNamespaces(*connection, source, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(names.contains(QStringLiteral("kube-system")));
        }
        // tokenFile: first a token the server refuses; the file is read again after the 401
        {
            const QString tokenPath = write(QStringLiteral("sa-token"), "not-a-valid-token\n");
            const QString path = kubeconfig(QStringLiteral("tokenfile-config"),
                                            "    tokenFile: sa-token\n");
            const auto connection = openKubeconfigContext(path, QStringLiteral("ctx"));
            QVERIFY(connection);
            KubeconfigTokenSource source(*connection);
            kube::KubeClient client(connection->profile, &source);
            // The token is rotated in the file while the client holds the old one.
            write(QStringLiteral("sa-token"), token + "\n");
            Q_UNUSED(tokenPath)
            QString error;
            const QStringList names = listNamespaces(*connection, source, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(names.contains(QStringLiteral("kube-system")));
            QCOMPARE(source.bearerToken(), QString::fromLatin1(token));
        }
        adminKubectl({QStringLiteral("delete"), QStringLiteral("clusterrolebinding"), sa});
        adminKubectl({QStringLiteral("delete"), QStringLiteral("clusterrole"), sa});
        adminKubectl({QStringLiteral("-n"), ns, QStringLiteral("delete"),
                      QStringLiteral("serviceaccount"), sa});
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigConnectionIntegration)
#include "tst_kubeconfigconnection_integration.moc"
