#include "cli/commandline.h"
#include "cli/profileverb.h"
#include "profiles/profilestore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace scs;

class TestProfileVerb : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments)
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles.ini")));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code = runProfileVerb(arguments, store, outStream, errStream);
        outStream.flush();
        errStream.flush();
        return {code, out, err};
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldSetShowListAndRemove()
    {
        auto r = run({"set", "local", "--api-url", "https://127.0.0.1:6443", "--issuer-url",
                      "https://127.0.0.1:8443/realms/scs", "--ca-file", SCS_TEST_DATA "/ca.pem",
                      "--tenant", "tenant-a", "--current"});
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        r = run({"set", "other", "--api-url", "https://other.example", "--issuer-url",
                 "https://id.other.example/realms/scs"});
        QCOMPARE(r.code, int(ExitOk));

        r = run({"list"});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(r.out, QStringLiteral("* local\thttps://127.0.0.1:6443\n"
                                       "  other\thttps://other.example\n"));

        // set on an existing profile changes only what is given
        r = run({"set", "local", "--client-id", "another-client"});
        QCOMPARE(r.code, int(ExitOk));
        r = run({"show", "local"});
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY(r.out.contains(QLatin1String("client-id:    another-client")));
        QVERIFY(r.out.contains(QLatin1String("api-url:      https://127.0.0.1:6443")));
        QVERIFY(r.out.contains(QLatin1String("tenants:      tenant-a")));
        QVERIFY(r.out.contains(QLatin1String("(current)")));

        r = run({"remove", "local"});
        QCOMPARE(r.code, int(ExitOk));
        r = run({"show", "local"});
        QCOMPARE(r.code, int(ExitFailure));
        QVERIFY(r.err.contains(QLatin1String("no profile called")));
    }

    void shouldRefuseInvalidValuesWithTheFieldNamed()
    {
        const auto r = run({"set", "bad", "--api-url", "http://insecure.example", "--issuer-url",
                            "https://id.example/realms/scs"});
        QCOMPARE(r.code, int(ExitFailure));
        QVERIFY2(r.err.contains(QLatin1String("https://")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("(apiUrl)")));
        QVERIFY(!run({"list"}).out.contains(QLatin1String("bad")));
    }

    void shouldSetThePrefixesTheApiServerAdds()
    {
        auto r = run({"set", "prefixed", "--api-url", "https://127.0.0.1:6443", "--issuer-url",
                      "https://127.0.0.1:8443/realms/scs"});
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        r = run({"show", "prefixed"});
        QVERIFY2(r.out.contains(QLatin1String("user-prefix:  oidc:\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("group-prefix: oidc:\n")), qPrintable(r.out));

        // an empty prefix is "none", as the API server's "-"; each is set on its own
        r = run({"set", "prefixed", "--username-prefix", "", "--groups-prefix", "kc:"});
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        r = run({"show", "prefixed"});
        QVERIFY2(r.out.contains(QLatin1String("user-prefix:  \n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("group-prefix: kc:\n")), qPrintable(r.out));

        // refused with the field named, and the saved profile unchanged
        r = run({"set", "prefixed", "--groups-prefix", "system:x"});
        QCOMPARE(r.code, int(ExitFailure));
        QVERIFY2(r.err.contains(QLatin1String("(groupsPrefix)")), qPrintable(r.err));
        r = run({"set", "prefixed", "--username-prefix", "-"});
        QCOMPARE(r.code, int(ExitFailure));
        QVERIFY2(r.err.contains(QLatin1String("(usernamePrefix)")), qPrintable(r.err));
        r = run({"show", "prefixed"});
        QVERIFY2(r.out.contains(QLatin1String("group-prefix: kc:\n")), qPrintable(r.out));
        QCOMPARE(run({"remove", "prefixed"}).code, int(ExitOk));
    }

    void shouldImportFromKubeconfig()
    {
        auto r = run({"import", SCS_TEST_DATA "/kubeconfig/kubelogin-equals.yaml"});
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("tenant-a@central, tenant-b@central")));
        r = run({"show", "central"});
        QVERIFY(r.out.contains(QLatin1String("tenants:      tenant-a tenant-b")));

        r = run({"import", SCS_TEST_DATA "/kubeconfig/malformed.yaml"});
        QCOMPARE(r.code, int(ExitFailure));
        QVERIFY2(r.err.contains(QLatin1String("malformed.yaml:7:")), qPrintable(r.err));
    }

    void shouldExplainUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown") << QStringList{"frob"};
        QTest::newRow("set without name") << QStringList{"set"};
        QTest::newRow("set unknown option") << QStringList{"set", "x", "--nope"};
        QTest::newRow("show two") << QStringList{"show", "a", "b"};
    }

    void shouldExplainUsage()
    {
        QFETCH(QStringList, arguments);
        const auto r = run(arguments);
        QCOMPARE(r.code, int(ExitUsage));
        QVERIFY(r.err.contains(QLatin1String("Usage: scs-console profile")));
    }
};

QTEST_GUILESS_MAIN(TestProfileVerb)
#include "tst_profileverb.moc"
