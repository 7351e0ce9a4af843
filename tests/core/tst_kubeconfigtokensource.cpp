// KubeconfigTokenSource and ExecPlugin with real programs (small shell scripts written by the
// test): kubectl's ExecCredential protocol (v1, v1beta1, KUBERNETES_EXEC_INFO, env, args), the
// token cached until its expiry, a new run on 401, and clear failures for a missing program, a
// failing one (its stderr's last line, never stdout), garbage, a wrong apiVersion and a hang;
// tokenFile read again on 401; a static token that cannot be renewed.

#include "common/testcertificates.h"
#include "kubeconfig/kubeconfigtokensource.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace std::chrono_literals;

namespace {
const auto kV1 = QStringLiteral("client.authentication.k8s.io/v1");
}

class TestKubeconfigTokenSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString script(const QString &name, const QByteArray &body)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("#!/bin/sh\n" + body);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                            | QFileDevice::ExeOwner);
        return path;
    }

    static KubeconfigConnection execConnection(const QString &command,
                                               const QString &apiVersion = kV1,
                                               const QStringList &args = {})
    {
        KubeconfigConnection c;
        c.contextName = QStringLiteral("ctx");
        c.auth.userName = QStringLiteral("u1");
        c.auth.bearer = KubeconfigUserAuth::Bearer::Exec;
        c.auth.exec.apiVersion = apiVersion;
        c.auth.exec.command = command;
        c.auth.exec.args = args;
        c.auth.exec.interactiveMode = QStringLiteral("Never");
        c.clusterInfo = QJsonObject{{QStringLiteral("server"), QStringLiteral("https://h:1")}};
        return c;
    }

    static QByteArray credential(const QString &token, const QDateTime &expiry = {},
                                 const QString &apiVersion = kV1)
    {
        QJsonObject status{{QStringLiteral("token"), token}};
        if (expiry.isValid())
            status.insert(QStringLiteral("expirationTimestamp"),
                          expiry.toUTC().toString(Qt::ISODate));
        return QJsonDocument(QJsonObject{{QStringLiteral("apiVersion"), apiVersion},
                                         {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                                         {QStringLiteral("status"), status}})
            .toJson(QJsonDocument::Compact);
    }

    // Runs requestRefresh() and waits: the error's message, or empty on success.
    static QString refresh(KubeconfigTokenSource &source, int timeoutMs = 10000)
    {
        QSignalSpy ok(&source, &kube::TokenSource::refreshed);
        QSignalSpy failed(&source, &kube::TokenSource::refreshFailed);
        source.requestRefresh();
        if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, timeoutMs))
            return QStringLiteral("<no answer>");
        if (ok.size() + failed.size() != 1)
            return QStringLiteral("<more than one answer>");
        return failed.isEmpty() ? QString() : failed.at(0).at(0).value<Error>().message;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void shouldRunAV1PluginAsKubectlDoes()
    {
        const QString seen = m_dir.filePath(QStringLiteral("seen"));
        const QString plugin = script(
            QStringLiteral("v1"),
            "printf '%s\\n' \"$KUBERNETES_EXEC_INFO\" > '" + seen.toUtf8()
                + "'\nprintf '%s|%s|%s\\n' \"$1\" \"$2\" \"$FROM_KUBECONFIG\" >> '" + seen.toUtf8()
                + "'\nread -r line && echo stdin-was-open >> '" + seen.toUtf8() + "'\necho '"
                + credential(QStringLiteral("tok-1"), QDateTime::currentDateTimeUtc().addSecs(3600))
                + "'\n");
        KubeconfigConnection c = execConnection(plugin, kV1,
                                                {QStringLiteral("get-token"), QStringLiteral("a b")});
        c.auth.exec.env = {{QStringLiteral("FROM_KUBECONFIG"), QStringLiteral("yes")}};
        KubeconfigTokenSource source(c);
        QVERIFY(!source.hasCredential());
        QVERIFY(source.bearerToken().isEmpty());
        QSignalSpy changed(&source, &kube::TokenSource::tokenChanged);
        QCOMPARE(refresh(source), QString());
        QVERIFY(source.hasCredential());
        QCOMPARE(source.bearerToken(), QStringLiteral("tok-1"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(source.expiresAt() > QDateTime::currentDateTimeUtc().addSecs(3500));
        QCOMPARE(source.execRuns(), 1);

        QFile file(seen);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        const QJsonObject info = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(info.value(QLatin1String("apiVersion")).toString(), kV1);
        QCOMPARE(info.value(QLatin1String("kind")).toString(), QStringLiteral("ExecCredential"));
        QCOMPARE(info.value(QLatin1String("spec")).toObject().value(QLatin1String("interactive")),
                 QJsonValue(false));
        // provideClusterInfo is false: no cluster
        QVERIFY(!info.value(QLatin1String("spec")).toObject().contains(QLatin1String("cluster")));
        QCOMPARE(lines.at(1), QByteArray("get-token|a b|yes"));
        QVERIFY(!lines.contains("stdin-was-open")); // stdin is closed, read gets EOF

        // Cached until it expires: nothing runs by itself within the hour.
        QTest::qWait(300);
        QCOMPARE(source.execRuns(), 1);
        // A 401: the plugin runs again.
        QCOMPARE(refresh(source), QString());
        QCOMPARE(source.execRuns(), 2);
    }

    void shouldHandTheClusterToAPluginThatAsks()
    {
        const QString seen = m_dir.filePath(QStringLiteral("seen-cluster"));
        const QString plugin = script(QStringLiteral("cluster"),
                                      "printf '%s' \"$KUBERNETES_EXEC_INFO\" > '" + seen.toUtf8()
                                          + "'\necho '" + credential(QStringLiteral("t")) + "'\n");
        KubeconfigConnection c = execConnection(plugin);
        c.auth.exec.provideClusterInfo = true;
        KubeconfigTokenSource source(c);
        QCOMPARE(refresh(source), QString());
        QFile file(seen);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("cluster"))
                     .toObject()
                     .value(QLatin1String("server"))
                     .toString(),
                 QStringLiteral("https://h:1"));
    }

    void shouldRunAV1beta1Plugin()
    {
        const auto beta = QStringLiteral("client.authentication.k8s.io/v1beta1");
        const QString plugin = script(QStringLiteral("beta"),
                                      "echo '" + credential(QStringLiteral("beta-token"), {}, beta)
                                          + "'\n");
        KubeconfigTokenSource source(execConnection(plugin, beta));
        QCOMPARE(refresh(source), QString());
        QCOMPARE(source.bearerToken(), QStringLiteral("beta-token"));
        QVERIFY(!source.expiresAt().isValid());
    }

    void shouldRenewShortlyBeforeTheTokenExpires()
    {
        // Prints a new token each run (the run count in a file).
        const QString count = m_dir.filePath(QStringLiteral("count"));
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(14); // renewed 10 s before
        const QString plugin = script(
            QStringLiteral("renew"),
            "n=$(cat '" + count.toUtf8() + "' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '"
                + count.toUtf8()
                + "'\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":"
                  "\"ExecCredential\",\"status\":{\"token\":\"tok-%s\",\"expirationTimestamp\":"
                  "\"" + soon.toString(Qt::ISODate).toUtf8() + "\"}}\\n' $n\n");
        KubeconfigTokenSource source(execConnection(plugin));
        QCOMPARE(refresh(source), QString());
        QCOMPARE(source.bearerToken(), QStringLiteral("tok-1"));
        QSignalSpy changed(&source, &kube::TokenSource::tokenChanged);
        QSignalSpy refreshed(&source, &kube::TokenSource::refreshed);
        QTRY_COMPARE_WITH_TIMEOUT(source.bearerToken(), QStringLiteral("tok-2"), 12000);
        QCOMPARE(source.execRuns(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(refreshed.size(), 0); // nobody asked: a background renewal
    }

    void shouldFailClearly_data()
    {
        QTest::addColumn<QByteArray>("body"); // empty: no such program
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("absent"); // must not be in the message
        QTest::newRow("missing program") << QByteArray() << int(Error::Kind::Unavailable)
                                         << QStringLiteral("cannot be found. Install it first.")
                                         << QString();
        QTest::newRow("failing, stderr's last line, never stdout")
            << QByteArray("echo 'SECRET-STDOUT'\necho 'first' >&2\necho 'error: login "
                          "required' >&2\necho >&2\nexit 3\n")
            << int(Error::Kind::Unauthorized)
            << QStringLiteral("failed (exit code 3). It said: error: login required")
            << QStringLiteral("SECRET-STDOUT");
        QTest::newRow("garbage") << QByteArray("echo 'token: SECRET-GARBAGE'\n")
                                 << int(Error::Kind::Parse)
                                 << QStringLiteral("did not print an ExecCredential")
                                 << QStringLiteral("SECRET-GARBAGE");
        QTest::newRow("another kind")
            << QByteArray("echo '{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"data\":"
                          "{\"t\":\"SECRET-KIND\"}}'\n")
            << int(Error::Kind::Parse) << QStringLiteral("of kind \"Secret\"")
            << QStringLiteral("SECRET-KIND");
        QTest::newRow("wrong apiVersion")
            << "echo '" + credential(QStringLiteral("SECRET-VERSION"), {},
                                     QStringLiteral("client.authentication.k8s.io/v1beta1"))
                   + "'\n"
            << int(Error::Kind::Parse) << QStringLiteral("answered in client.authentication")
            << QStringLiteral("SECRET-VERSION");
        QTest::newRow("no token")
            << QByteArray("echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":"
                          "\"ExecCredential\",\"status\":{}}'\n")
            << int(Error::Kind::Parse) << QStringLiteral("neither a token") << QString();
        QTest::newRow("hanging") << QByteArray("sleep 30\n") << int(Error::Kind::Timeout)
                                 << QStringLiteral("did not answer within") << QString();
    }

    void shouldFailClearly()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(QString, absent);
        const QString plugin = body.isEmpty()
                                   ? m_dir.filePath(QStringLiteral("no-such-plugin"))
                                   : script(QString::fromLatin1(QTest::currentDataTag())
                                                .replace(QLatin1Char(' '), QLatin1Char('-'))
                                                .replace(QLatin1Char(','), QLatin1Char('-'))
                                                .replace(QLatin1Char('\''), QLatin1Char('-')),
                                            body);
        KubeconfigConnection c = execConnection(plugin);
        c.auth.exec.installHint = QStringLiteral("Install it first.");
        KubeconfigTokenSource source(c);
        source.setExecTimeout(700ms);
        QSignalSpy failed(&source, &kube::TokenSource::refreshFailed);
        QElapsedTimer timer;
        timer.start();
        const QString got = refresh(source);
        QVERIFY2(timer.elapsed() < 8000, "a hanging plugin must be stopped");
        QVERIFY2(got.contains(message), qPrintable(got));
        QCOMPARE(int(failed.at(0).at(0).value<Error>().kind), kind);
        if (!absent.isEmpty()) {
            QVERIFY(!got.contains(absent));
            QVERIFY(!failed.at(0).at(0).value<Error>().detail.contains(absent));
        }
        QVERIFY(source.bearerToken().isEmpty());
    }

    void shouldTakeACertificateFromThePlugin()
    {
        const auto pair = test::makeTestKeyPair(m_dir.path(), QStringLiteral("exec"),
                                                QStringLiteral("/CN=exec-user"));
        QVERIFY(!pair.keyPem.isEmpty());
        QJsonObject status{{QStringLiteral("clientCertificateData"),
                            QString::fromLatin1(pair.certificatePem)},
                           {QStringLiteral("clientKeyData"), QString::fromLatin1(pair.keyPem)}};
        const QByteArray json
            = QJsonDocument(QJsonObject{{QStringLiteral("apiVersion"), kV1},
                                        {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                                        {QStringLiteral("status"), status}})
                  .toJson(QJsonDocument::Compact);
        const QString plugin = script(QStringLiteral("cert"), "cat <<'EOF'\n" + json + "\nEOF\n");
        KubeconfigTokenSource source(execConnection(plugin));
        QSignalSpy certificateChanged(&source, &kube::TokenSource::clientCertificateChanged);
        QCOMPARE(refresh(source), QString());
        QCOMPARE(certificateChanged.size(), 1);
        QVERIFY(source.bearerToken().isEmpty());
        QVERIFY(source.hasCredential());
        QCOMPARE(source.clientCertificate().certificate.toPem(), pair.certificatePem);
    }

    void shouldReadTheTokenFileAgainOn401()
    {
        const QString path = m_dir.filePath(QStringLiteral("token"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("first\n");
        file.close();
        KubeconfigConnection c;
        c.auth.userName = QStringLiteral("u1");
        c.auth.bearer = KubeconfigUserAuth::Bearer::TokenFile;
        c.auth.tokenFile = path;
        c.auth.token = QStringLiteral("first");
        KubeconfigTokenSource source(c);
        QCOMPARE(source.bearerToken(), QStringLiteral("first"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("rotated\n");
        file.close();
        QSignalSpy changed(&source, &kube::TokenSource::tokenChanged);
        QCOMPARE(refresh(source), QString());
        QCOMPARE(source.bearerToken(), QStringLiteral("rotated"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(QFile::remove(path));
        QVERIFY(refresh(source).contains(QLatin1String("cannot be read or is empty")));
    }

    void shouldNotRenewAStaticToken()
    {
        KubeconfigConnection c;
        c.auth.userName = QStringLiteral("u1");
        c.auth.bearer = KubeconfigUserAuth::Bearer::Token;
        c.auth.token = QStringLiteral("static");
        KubeconfigTokenSource source(c);
        QCOMPARE(source.bearerToken(), QStringLiteral("static"));
        QVERIFY(refresh(source).contains(QLatin1String("refused the token")));
        QCOMPARE(source.bearerToken(), QStringLiteral("static"));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigTokenSource)
#include "tst_kubeconfigtokensource.moc"
