#include "profiles/connectionprofile.h"

#include <QTest>

using namespace scs;

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private:
    static ConnectionProfile valid()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("local stack");
        p.apiUrl = QUrl(QStringLiteral("https://127.0.0.1:6443"));
        p.issuerUrl = QUrl(QStringLiteral("https://127.0.0.1:8443/realms/scs"));
        p.caFile = QStringLiteral(SCS_TEST_DATA "/ca.pem");
        return p;
    }

private Q_SLOTS:
    void shouldAcceptAValidProfile() { QCOMPARE(validateProfile(valid()), QList<FieldError>{}); }

    void shouldCheckUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("messagePart"); // empty: accepted
        QTest::newRow("https with port") << "https://api.example:6443" << "";
        QTest::newRow("https with path") << "https://id.example/realms/scs" << "";
        QTest::newRow("IPv6") << "https://[::1]:6443" << "";
        QTest::newRow("empty") << "" << "Enter a URL";
        QTest::newRow("http") << "http://api.example" << "https://";
        QTest::newRow("no scheme") << "api.example:6443" << "https://";
        QTest::newRow("no host") << "https://" << "no host";
        QTest::newRow("query") << "https://api.example/?x=1" << "query";
        QTest::newRow("credentials") << "https://user:pw@api.example" << "user name";
        QTest::newRow("garbage") << "https://exa mple" << "not a valid URL";
    }

    void shouldCheckUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, messagePart);
        const QString message = validateHttpsUrl(urlFromUserInput(url));
        if (messagePart.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(messagePart), qPrintable(message));
    }

    void shouldCheckCaFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("system store") << "" << "";
        QTest::newRow("PEM") << SCS_TEST_DATA "/ca.pem" << "";
        QTest::newRow("missing") << SCS_TEST_DATA "/nope.pem" << "does not exist";
        QTest::newRow("folder") << SCS_TEST_DATA << "not a file";
        QTest::newRow("not PEM") << SCS_TEST_DATA "/not-a-cert.pem" << "no PEM certificate";
    }

    void shouldCheckCaFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, messagePart);
        const QString message = validateCaFile(path);
        if (messagePart.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(messagePart), qPrintable(message));
    }

    void shouldReportEachBadFieldOnce()
    {
        ConnectionProfile p = valid();
        p.name = QStringLiteral("prod");
        p.apiUrl = QUrl(QStringLiteral("http://api.example"));
        p.issuerUrl = QUrl();
        p.clientId = QStringLiteral("has blank");
        p.extraScopes = {QStringLiteral("ok"), QStringLiteral("bad\"scope")};
        p.caFile = QStringLiteral(SCS_TEST_DATA "/not-a-cert.pem");
        p.tenants = {QStringLiteral("Tenant_A")};
        p.usernamePrefix = QStringLiteral("-");
        p.groupsPrefix = QStringLiteral("system:oidc:");
        const auto errors = validateProfile(p, {QStringLiteral("Prod")});
        QList<ProfileField> fields;
        for (const auto &e : errors)
            fields.append(e.field);
        QCOMPARE(fields, (QList<ProfileField>{ProfileField::Name, ProfileField::ApiUrl,
                                              ProfileField::IssuerUrl, ProfileField::ClientId,
                                              ProfileField::ExtraScopes, ProfileField::CaFile,
                                              ProfileField::Tenants,
                                              ProfileField::UsernamePrefix,
                                              ProfileField::GroupsPrefix}));
        QVERIFY(errors.first().message.contains(QLatin1String("already")));
    }

    void shouldCheckPrefixes_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("ok");
        QTest::newRow("oidc:") << "oidc:" << true;
        QTest::newRow("none") << "" << true;
        QTest::newRow("issuer URL and #") << "https://id.example/realms/scs#" << true;
        QTest::newRow("the flag's none") << "-" << false;
        QTest::newRow("reserved") << "system:" << false;
        QTest::newRow("inner blank") << "o idc:" << false;
        QTest::newRow("tab") << "oidc:\t" << false;
        QTest::newRow("non-ASCII") << "öidc:" << false;
    }

    void shouldCheckPrefixes()
    {
        QFETCH(QString, prefix);
        QFETCH(bool, ok);
        QCOMPARE(validatePrefix(prefix).isEmpty(), ok);
    }

    void shouldCheckNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "Production" << true;
        QTest::newRow("with blanks and dots") << "SCS prod.eu-1" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("leading blank") << " prod" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("at sign") << "a@b" << false;
    }

    void shouldCheckNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(validateProfileName(name, {}).isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
