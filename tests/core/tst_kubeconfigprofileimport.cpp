#include "common/resultcheck.h"
#include "kubeconfig/kubeconfigprofileimport.h"

#include <QFile>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTest>

using namespace scs;

class TestKubeconfigProfileImport : public QObject
{
    Q_OBJECT

private:
    static QString dataFile(const QString &name)
    {
        return QStringLiteral(SCS_TEST_DATA "/kubeconfig/") + name;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldImportOidcContexts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("apiUrls");
        QTest::addColumn<QStringList>("issuers");
        QTest::addColumn<QStringList>("clientIds");
        QTest::addColumn<QStringList>("scopes"); // of the first profile
        QTest::addColumn<QStringList>("tenants"); // of the first profile
        QTest::addColumn<QString>("caFile"); // of the first profile, relative to the data dir
        QTest::addColumn<bool>("inlineCa");

        QTest::newRow("kubectl oidc-login, --flag=value, two tenants")
            << "kubelogin-equals.yaml" << QStringList{"central"}
            << QStringList{"https://api.central.example:6443"}
            << QStringList{"https://id.central.example/realms/scs"} << QStringList{"scs-console"}
            << QStringList{"offline_access", "groups", "email"}
            << QStringList{"tenant-a", "tenant-b"} << "ca.pem" << false;
        QTest::newRow("kubelogin binary, --flag value, issuer CA")
            << "kubelogin-spaces.yaml" << QStringList{"prod"}
            << QStringList{"https://prod.example:6443"}
            << QStringList{"https://id.prod.example/realms/scs"} << QStringList{"console"}
            << QStringList{} << QStringList{} << "/etc/ssl/certs/prod-ca.pem" << false;
        QTest::newRow("inline CA data, default client id")
            << "inline-ca.yaml" << QStringList{"inline"} << QStringList{"https://inline.example"}
            << QStringList{"https://id.inline.example/realms/scs"} << QStringList{"scs-console"}
            << QStringList{} << QStringList{} << QString() << true;
        QTest::newRow("legacy oidc auth-provider")
            << "auth-provider.yaml" << QStringList{"legacy"}
            << QStringList{"https://legacy.example:6443"}
            << QStringList{"https://id.legacy.example/realms/scs"} << QStringList{"legacy-console"}
            << QStringList{"groups", "offline_access"} << QStringList{} << QString() << false;
        QTest::newRow("two APIs, certificate user skipped")
            << "two-apis.yaml" << QStringList{"one", "two"}
            << QStringList{"https://one.example", "https://two.example"}
            << QStringList{"https://id.example/realms/scs", "https://id.example/realms/scs"}
            << QStringList{"scs-console", "scs-console"} << QStringList{} << QStringList{}
            << QString() << false;
    }

    void shouldImportOidcContexts()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, names);
        QFETCH(QStringList, apiUrls);
        QFETCH(QStringList, issuers);
        QFETCH(QStringList, clientIds);
        QFETCH(QStringList, scopes);
        QFETCH(QStringList, tenants);
        QFETCH(QString, caFile);
        QFETCH(bool, inlineCa);

        const auto result = importProfilesFromKubeconfigFile(dataFile(file));
        SCS_VERIFY_OK(result);
        QCOMPARE(result->size(), names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            const auto &p = result->at(i).profile;
            QCOMPARE(p.name, names.at(i));
            QCOMPARE(p.apiUrl.toString(), apiUrls.at(i));
            QCOMPARE(p.issuerUrl.toString(), issuers.at(i));
            QCOMPARE(p.clientId, clientIds.at(i));
            QVERIFY(validateProfile(p).size() <= 1); // at most the CA file, which may not exist
        }
        const auto &first = result->first();
        QCOMPARE(first.profile.extraScopes, scopes);
        QCOMPARE(first.profile.tenants, tenants);
        if (caFile.startsWith(QLatin1Char('/')) || caFile.isEmpty())
            QCOMPARE(first.profile.caFile, caFile);
        else
            QCOMPARE(first.profile.caFile, QStringLiteral(SCS_TEST_DATA "/") + caFile);
        QCOMPARE(!first.caPem.isEmpty(), inlineCa);
        if (inlineCa)
            QCOMPARE(QSslCertificate::fromData(first.caPem).size(), 1);
    }

    void shouldRefuseBadKubeconfigs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("malformed YAML") << "malformed.yaml" << int(Error::Kind::Parse) << 7
                                        << "not valid YAML";
        QTest::newRow("not a map") << "not-a-map.yaml" << int(Error::Kind::Parse) << 0
                                   << "not a YAML map";
        QTest::newRow("wrong kind") << "wrong-kind.yaml" << int(Error::Kind::Parse) << 0
                                    << "\"Pod\"";
        QTest::newRow("no contexts") << "no-contexts.yaml" << int(Error::Kind::Parse) << 0
                                     << "no contexts";
        QTest::newRow("no OIDC user") << "no-oidc.yaml" << int(Error::Kind::Invalid) << 0
                                      << "nothing to import";
        QTest::newRow("CA data not a certificate")
            << "bad-ca-data.yaml" << int(Error::Kind::Parse) << 0 << "certificate-authority-data";
        QTest::newRow("missing file") << "does-not-exist.yaml" << int(Error::Kind::Io) << 0
                                      << "cannot be read";
    }

    void shouldRefuseBadKubeconfigs()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(int, line);
        QFETCH(QString, messagePart);

        const auto result = importProfilesFromKubeconfigFile(dataFile(file));
        QVERIFY(!result.has_value());
        QCOMPARE(int(result.error().kind), kind);
        QCOMPARE(result.error().line, line);
        QVERIFY2(result.error().message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(result.error().message));
        QCOMPARE(result.error().file, dataFile(file));
        // Messages name the file and place, and never echo a credential from the file.
        QVERIFY(!result.error().toDisplayString().contains(QLatin1String("not-a-real-token")));
    }

    void shouldStoreInlineCaAtomically()
    {
        const auto result = importProfilesFromKubeconfigFile(dataFile("inline-ca.yaml"));
        QVERIFY(result.has_value());
        const auto path = storeCaBundle(QStringLiteral("in/line"), result->first().caPem);
        QVERIFY(path.has_value());
        QVERIFY(path->endsWith(QLatin1String("/ca/in_line.pem")));
        QFile file(*path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), result->first().caPem);
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigProfileImport)
#include "tst_kubeconfigprofileimport.moc"
