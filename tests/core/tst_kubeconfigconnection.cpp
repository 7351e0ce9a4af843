// A kubeconfig context resolved into a connection: every user-entry form kubectl knows (token,
// tokenFile, client certificates as data and as files, exec plugins), the cluster's CA and
// tls-server-name, and every refusal with a hostile or malformed file. Nothing here talks to a
// server; tst_kubeconfigtokensource runs exec plugins, tst_kubeconfigconnection_integration
// uses the result against the local stack.

#include "common/testcertificates.h"
#include "kubeconfig/kubeconfigconnection.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;

namespace {
const QByteArray kCluster = R"(
clusters:
- name: c1
  cluster:
    server: https://api.example.com:6443/base
    certificate-authority-data: @CA64@
    tls-server-name: kubernetes.internal
)";
const QByteArray kContext = R"(
contexts:
- name: ctx
  context: {cluster: c1, user: u1, namespace: team-a}
current-context: ctx
)";
} // namespace

class TestKubeconfigConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestKeyPair m_admin;
    test::TestKeyPair m_other;

    QByteArray withCa(QByteArray text) const
    {
        return text.replace("@CA64@", m_other.certificatePem.toBase64())
            .replace("@CERT64@", m_admin.certificatePem.toBase64())
            .replace("@KEY64@", m_admin.keyPem.toBase64())
            .replace("@OTHERKEY64@", m_other.keyPem.toBase64())
            .replace("@DIR@", m_dir.path().toUtf8());
    }

    QByteArray config(const QByteArray &user, const QByteArray &cluster = kCluster) const
    {
        return withCa("apiVersion: v1\nkind: Config\n" + cluster + kContext + "users:\n- name: u1\n  user:\n"
                      + user);
    }

    QString write(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_admin = test::makeTestKeyPair(m_dir.path(), QStringLiteral("admin"),
                                        QStringLiteral("/O=system:masters/CN=admin"));
        m_other = test::makeTestKeyPair(m_dir.path(), QStringLiteral("other"),
                                        QStringLiteral("/CN=stack-ca"));
        QVERIFY(!m_admin.keyPem.isEmpty() && !m_other.keyPem.isEmpty());
    }

    void shouldMakeTheProfileFromTheCluster()
    {
        const auto c = resolveKubeconfigContext(config("    token: abc.def\n"),
                                                m_dir.filePath(QStringLiteral("config")),
                                                QStringLiteral("ctx"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->profile.name, QStringLiteral("kubeconfig:ctx"));
        QCOMPARE(c->profile.apiUrl, QUrl(QStringLiteral("https://api.example.com:6443/base")));
        QCOMPARE(c->profile.caData, m_other.certificatePem);
        QVERIFY(c->profile.caFile.isEmpty());
        QCOMPARE(c->profile.tlsServerName, QStringLiteral("kubernetes.internal"));
        QCOMPARE(c->profile.tenants, QStringList{QStringLiteral("team-a")});
        QVERIFY(c->profile.issuerUrl.isEmpty());
        QCOMPARE(c->namespaceName, QStringLiteral("team-a"));
        QCOMPARE(c->clusterName, QStringLiteral("c1"));
        QCOMPARE(c->auth.userName, QStringLiteral("u1"));
        QCOMPARE(c->auth.bearer, KubeconfigUserAuth::Bearer::Token);
        QCOMPARE(c->auth.token, QStringLiteral("abc.def"));
        QVERIFY(c->auth.clientCertificate.isNull());
        QCOMPARE(c->auth.description(), QStringLiteral("Token"));
        QCOMPARE(c->clusterInfo.value(QLatin1String("server")).toString(),
                 QStringLiteral("https://api.example.com:6443/base"));
    }

    void shouldResolveRelativePathsAgainstTheFile()
    {
        write(QStringLiteral("sub/pki/ca.crt"), m_other.certificatePem);
        write(QStringLiteral("sub/pki/admin.crt"), m_admin.certificatePem);
        write(QStringLiteral("sub/pki/admin.key"), m_admin.keyPem);
        write(QStringLiteral("sub/token"), "file-token\n");
        const QByteArray cluster = "clusters:\n- name: c1\n  cluster:\n    server: https://h:1\n"
                                   "    certificate-authority: pki/ca.crt\n";
        const QString path = write(QStringLiteral("sub/config"),
                                   config("    client-certificate: pki/admin.crt\n"
                                          "    client-key: pki/admin.key\n"
                                          "    tokenFile: token\n",
                                          cluster));
        const auto c = openKubeconfigContext(path, QStringLiteral("ctx"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->profile.caData, m_other.certificatePem);
        QCOMPARE(c->auth.bearer, KubeconfigUserAuth::Bearer::TokenFile);
        QCOMPARE(c->auth.tokenFile, m_dir.filePath(QStringLiteral("sub/token")));
        QCOMPARE(c->auth.token, QStringLiteral("file-token"));
        QVERIFY(!c->auth.clientCertificate.isNull());
        QCOMPARE(c->auth.clientCertificate.certificate.toPem(), m_admin.certificatePem);
        QCOMPARE(c->auth.description(),
                 QStringLiteral("Client certificate (CN=admin, O=system:masters) and Token from ")
                     + m_dir.filePath(QStringLiteral("sub/token")));
    }

    void shouldReadClientCertificateData()
    {
        const auto c = resolveKubeconfigContext(config("    client-certificate-data: @CERT64@\n"
                                                       "    client-key-data: @KEY64@\n"),
                                                {}, QStringLiteral("ctx"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->auth.bearer, KubeconfigUserAuth::Bearer::None);
        QVERIFY(!c->auth.clientCertificate.isNull());
        QVERIFY(!c->auth.clientCertificate.key.isNull());
        QCOMPARE(c->auth.clientCertificate.key.type(), QSsl::PrivateKey);
        QCOMPARE(c->auth.description(),
                 QStringLiteral("Client certificate (CN=admin, O=system:masters)"));
    }

    void shouldReadExecPlugins_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("interactiveMode");
        QTest::addColumn<QString>("consoleProfile");
        QTest::addColumn<QString>("description");
        QTest::newRow("v1 kubelogin")
            << QByteArray("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                          "      command: kubectl\n      args: [oidc-login, get-token]\n"
                          "      env: [{name: A, value: b}]\n      interactiveMode: Never\n")
            << QStringLiteral("client.authentication.k8s.io/v1") << QStringLiteral("Never")
            << QString() << QStringLiteral("Program kubectl (exec plugin)");
        QTest::newRow("v1beta1 defaults to IfAvailable")
            << QByteArray("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                          "      command: /usr/bin/aws\n")
            << QStringLiteral("client.authentication.k8s.io/v1beta1")
            << QStringLiteral("IfAvailable") << QString()
            << QStringLiteral("Program aws (exec plugin)");
        QTest::newRow("the console's own get-token")
            << QByteArray("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                          "      command: /opt/scs/bin/scs-console\n"
                          "      args: [get-token, --profile, prod]\n"
                          "      interactiveMode: IfAvailable\n")
            << QStringLiteral("client.authentication.k8s.io/v1") << QStringLiteral("IfAvailable")
            << QStringLiteral("prod") << QStringLiteral("SCS Console sign-in (profile prod)");
    }

    void shouldReadExecPlugins()
    {
        QFETCH(QByteArray, user);
        QFETCH(QString, apiVersion);
        QFETCH(QString, interactiveMode);
        QFETCH(QString, consoleProfile);
        QFETCH(QString, description);
        const auto c = resolveKubeconfigContext(config(user), {}, QStringLiteral("ctx"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->auth.bearer, KubeconfigUserAuth::Bearer::Exec);
        QCOMPARE(c->auth.exec.apiVersion, apiVersion);
        QCOMPARE(c->auth.exec.interactiveMode, interactiveMode);
        QCOMPARE(c->auth.exec.consoleProfile(), consoleProfile);
        QCOMPARE(c->auth.description(), description);
    }

    void shouldResolveARelativeExecCommandAgainstTheFile()
    {
        const auto c = resolveKubeconfigContext(
            config("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                   "      command: ./bin/plugin\n      interactiveMode: Never\n"),
            m_dir.filePath(QStringLiteral("conf/config")), QStringLiteral("ctx"));
        QVERIFY(c);
        QCOMPARE(c->auth.exec.command, m_dir.filePath(QStringLiteral("conf/bin/plugin")));
    }

    void shouldReadBase64WithLineBreaksAsGoDoes()
    {
        QByteArray folded;
        const QByteArray b64 = m_other.certificatePem.toBase64();
        for (qsizetype i = 0; i < b64.size(); i += 64)
            folded += "      " + b64.mid(i, 64) + "\n";
        const auto c = resolveKubeconfigContext(
            config("    token: t\n", "clusters:\n- name: c1\n  cluster:\n    server: https://h:1\n"
                                      "    certificate-authority-data: |\n" + folded),
            {}, QStringLiteral("ctx"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->profile.caData, m_other.certificatePem);
    }

    void shouldAllowAUserWithoutCredentials()
    {
        const QByteArray text = withCa("apiVersion: v1\nkind: Config\n" + kCluster + kContext
                                       + "users:\n- name: u1\n  user: {}\n");
        const auto c = resolveKubeconfigContext(text, {}, QStringLiteral("ctx"));
        QVERIFY(c);
        QCOMPARE(c->auth.description(), QStringLiteral("No credentials"));
    }

    void shouldRefuseClearly_data()
    {
        QTest::addColumn<QByteArray>("text"); // whole file
        QTest::addColumn<QString>("context");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message"); // a part of the message

        const QByteArray head = "apiVersion: v1\nkind: Config\n";
        const auto user = [&](const QByteArray &u) { return config(u); };
        const auto cluster = [&](const QByteArray &c) {
            return config("    token: t\n", "clusters:\n- name: c1\n  cluster:\n" + c);
        };
        const int invalid = int(Error::Kind::Invalid);

        QTest::newRow("missing context") << user("    token: t\n") << QStringLiteral("nope")
                                         << int(Error::Kind::NotFound)
                                         << QStringLiteral("has no context \"nope\"");
        QTest::newRow("context names a missing cluster")
            << withCa(head + kContext + "users:\n- name: u1\n  user: {token: t}\n")
            << QStringLiteral("ctx") << invalid
            << QStringLiteral("names the cluster \"c1\", which");
        QTest::newRow("context names a missing user")
            << withCa(head + kCluster + kContext) << QStringLiteral("ctx") << invalid
            << QStringLiteral("names the user \"u1\", which");
        QTest::newRow("context without user")
            << withCa(head + kCluster + "contexts:\n- name: ctx\n  context: {cluster: c1}\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("names no user");
        QTest::newRow("not YAML") << QByteArray("clusters: [\n  - {name: x\n")
                                  << QStringLiteral("ctx") << int(Error::Kind::Parse)
                                  << QStringLiteral("not valid YAML");
        QTest::newRow("not a kubeconfig") << QByteArray("kind: Pod\n") << QStringLiteral("ctx")
                                          << int(Error::Kind::Parse) << QStringLiteral("Pod");
        QTest::newRow("bad base64 CA")
            << cluster("    server: https://h:1\n    certificate-authority-data: \"!!notbase64\"\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("not valid base64");
        QTest::newRow("CA that is no certificate")
            << cluster("    server: https://h:1\n    certificate-authority-data: aGVsbG8K\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("holds no PEM certificate");
        QTest::newRow("missing CA file")
            << cluster("    server: https://h:1\n    certificate-authority: /no/such/ca.crt\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("cannot be read");
        QTest::newRow("CA as file and data")
            << cluster("    server: https://h:1\n    certificate-authority: /x\n"
                       "    certificate-authority-data: @CA64@\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("use one of them");
        QTest::newRow("insecure-skip-tls-verify")
            << cluster("    server: https://h:1\n    insecure-skip-tls-verify: true\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("insecure-skip-tls-verify");
        QTest::newRow("proxy-url")
            << cluster("    server: https://h:1\n    proxy-url: socks5://p:1080\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("proxy-url");
        QTest::newRow("plain http") << cluster("    server: http://h:8080\n")
                                    << QStringLiteral("ctx") << invalid
                                    << QStringLiteral("plain http");
        QTest::newRow("no server") << cluster("    tls-server-name: x\n") << QStringLiteral("ctx")
                                   << invalid << QStringLiteral("has no server");
        QTest::newRow("bad base64 certificate")
            << user("    client-certificate-data: \"%%%\"\n    client-key-data: @KEY64@\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("not valid base64");
        QTest::newRow("key not matching the certificate")
            << user("    client-certificate-data: @CERT64@\n    client-key-data: @OTHERKEY64@\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("does not belong");
        QTest::newRow("certificate without key")
            << user("    client-certificate-data: @CERT64@\n") << QStringLiteral("ctx")
            << invalid << QStringLiteral("without its key");
        QTest::newRow("key that is no key")
            << user("    client-certificate-data: @CERT64@\n    client-key-data: aGVsbG8K\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("not a PEM private key");
        QTest::newRow("encrypted key")
            << user("    client-certificate-data: @CERT64@\n    client-key-data: "
                    + QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END "
                                 "ENCRYPTED PRIVATE KEY-----\n")
                          .toBase64()
                    + "\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("is encrypted");
        QTest::newRow("certificate as file and data")
            << user("    client-certificate: /x\n    client-certificate-data: @CERT64@\n"
                    "    client-key-data: @KEY64@\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("use one of them");
        QTest::newRow("missing token file")
            << user("    tokenFile: /no/such/token\n") << QStringLiteral("ctx") << invalid
            << QStringLiteral("cannot be read");
        QTest::newRow("auth-provider")
            << user("    auth-provider:\n      name: oidc\n      config: {idp-issuer-url: x}\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("auth-provider (oidc)");
        QTest::newRow("username and password")
            << user("    username: admin\n    password: secret-password\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("username and password");
        QTest::newRow("impersonation") << user("    token: t\n    as: system:admin\n")
                                       << QStringLiteral("ctx") << invalid
                                       << QStringLiteral("impersonation");
        QTest::newRow("exec needing a terminal")
            << user("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                    "      command: x\n      interactiveMode: Always\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("interactiveMode: Always");
        QTest::newRow("v1 exec without interactiveMode")
            << user("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                    "      command: x\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("interactiveMode");
        QTest::newRow("exec of a removed API version")
            << user("    exec:\n      apiVersion: client.authentication.k8s.io/v1alpha1\n"
                    "      command: x\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("v1alpha1");
        QTest::newRow("exec without command")
            << user("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                    "      interactiveMode: Never\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("names no command");
        QTest::newRow("exec beside a token")
            << user("    token: t\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                    "      command: x\n      interactiveMode: Never\n")
            << QStringLiteral("ctx") << invalid << QStringLiteral("Keep only one");
    }

    void shouldRefuseClearly()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, context);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const auto c = resolveKubeconfigContext(text, m_dir.filePath(QStringLiteral("config")),
                                                context);
        QVERIFY(!c);
        QCOMPARE(int(c.error().kind), kind);
        QVERIFY2(c.error().message.contains(message), qPrintable(c.error().message));
        // Never a secret in what people or the log see.
        for (const QString &shown : {c.error().message, c.error().detail}) {
            QVERIFY(!shown.contains(QLatin1String("secret-password")));
            QVERIFY(!shown.contains(QLatin1String("PRIVATE KEY")));
            QVERIFY(!shown.contains(QString::fromLatin1(m_admin.keyPem.toBase64().left(40))));
        }
    }

    void shouldListContextsWithTheirAuthAndProblems()
    {
        const QByteArray text = withCa(
            "apiVersion: v1\nkind: Config\ncurrent-context: b\n" + kCluster
            + "contexts:\n- name: a\n  context: {cluster: c1, user: tok, namespace: ns1}\n"
              "- name: b\n  context: {cluster: c1, user: cert}\n"
              "- name: broken\n  context: {cluster: c1, user: oidc}\n"
              "users:\n- name: tok\n  user: {token: t}\n"
              "- name: cert\n  user: {client-certificate-data: @CERT64@, client-key-data: @KEY64@}\n"
              "- name: oidc\n  user: {auth-provider: {name: oidc}}\n");
        const QString path = write(QStringLiteral("list/config"), text);
        const auto list = listKubeconfigContexts(path);
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).name, QStringLiteral("a"));
        QCOMPARE(list->at(0).server, QStringLiteral("https://api.example.com:6443/base"));
        QCOMPARE(list->at(0).namespaceName, QStringLiteral("ns1"));
        QCOMPARE(list->at(0).authDescription, QStringLiteral("Token"));
        QVERIFY(list->at(0).problem.isEmpty());
        QVERIFY(!list->at(0).current);
        QVERIFY(list->at(1).current);
        QCOMPARE(list->at(1).authDescription,
                 QStringLiteral("Client certificate (CN=admin, O=system:masters)"));
        QVERIFY(list->at(2).authDescription.isEmpty());
        QVERIFY(list->at(2).problem.contains(QLatin1String("auth-provider")));

        // The file stays as it was: reading never writes.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));

        QCOMPARE(listKubeconfigContexts(m_dir.filePath(QStringLiteral("none"))).error().kind,
                 Error::Kind::Io);
        const QString bad = write(QStringLiteral("bad/config"), "clusters: {oops\n");
        const auto refused = listKubeconfigContexts(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Parse);
        QCOMPARE(refused.error().file, bad);
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigConnection)
#include "tst_kubeconfigconnection.moc"
