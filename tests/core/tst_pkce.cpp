#include "auth/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace scs::auth;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAskForTheConsolesLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("de") << QLocale(QLocale::German) << QStringList{"de"};
        QTest::newRow("de-AT") << QLocale(QLocale::German, QLocale::Austria)
                               << QStringList{"de-AT", "de"};
        QTest::newRow("en") << QLocale(QLocale::English) << QStringList{"en"};
        QTest::newRow("C") << QLocale::c() << QStringList{"en"};
    }

    void shouldAskForTheConsolesLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, expected);
        QCOMPARE(uiLocales(locale), expected);
    }

    void shouldComputeTheS256Challenge()
    {
        // Expected value computed independently: base64url(sha256(verifier)) with Python.
        QCOMPARE(s256Challenge(QStringLiteral("N2o5bF9hR3pXcU1kVjh4YlBzRWtUeXVKaE5mQzFpTDA")),
                 QStringLiteral("WrLMJdNyAB9j2pLrJkJAr4YkQGxuE_gjJ0-PwQkzGSE"));
    }

    void shouldGenerateFreshUrlSafeSecrets()
    {
        static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i) {
            const auto s = AuthorizationSecrets::generate();
            // RFC 7636 4.1: 43 to 128 characters of the unreserved set.
            QVERIFY(s.codeVerifier.size() >= 43 && s.codeVerifier.size() <= 128);
            QVERIFY(urlSafe.match(s.codeVerifier).hasMatch());
            QVERIFY(urlSafe.match(s.state).hasMatch());
            QVERIFY(urlSafe.match(s.nonce).hasMatch());
            QCOMPARE(s.codeChallenge, s256Challenge(s.codeVerifier));
            QVERIFY(s.state.size() >= 32);
            QVERIFY(!seen.contains(s.codeVerifier) && !seen.contains(s.state));
            seen << s.codeVerifier << s.state << s.nonce;
        }
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
