// Removing or renaming a profile signs its session out: the keychain entries go (the
// revocation at the issuer is best effort; here the issuer cannot be reached), other profiles'
// sessions stay.

#include "auth/profilesessionjanitor.h"
#include "auth/tokenstore.h"
#include "fakekeychain.h"
#include "profiles/profilestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::auth;
using namespace Qt::StringLiterals;

class TestProfileSessionJanitor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ConnectionProfile profile(const QString &name)
    {
        ConnectionProfile p;
        p.name = name;
        p.apiUrl = QUrl(u"https://api.%1.example:6443"_s.arg(name.toLower()));
        // Nothing listens there: the revocation fails fast, the removal must happen anyway.
        p.issuerUrl = QUrl(u"https://127.0.0.1:9/realms/scs"_s);
        p.tenants = {u"tenant-a"_s};
        return p;
    }

    static void signIn(TokenStore &tokens, const ConnectionProfile &p)
    {
        QString issuer = p.issuerUrl.toString();
        bool saved = false;
        bool cached = false;
        tokens.save(p.name, {issuer, p.clientId, u"refresh-"_s + p.name},
                    [&](Result<void> r) { saved = r.has_value(); });
        tokens.saveIdToken(p.name,
                           {issuer, p.clientId, u"id-"_s + p.name,
                            QDateTime::currentDateTimeUtc().addSecs(300)},
                           [&](Result<void> r) { cached = r.has_value(); });
        QTRY_VERIFY(saved && cached);
    }

private Q_SLOTS:
    void shouldSignOutRemovedAndRenamedProfilesOnly()
    {
        QVERIFY(m_dir.isValid());
        ProfileStore profiles(m_dir.filePath(u"profiles.ini"_s));
        auto keychain = std::make_shared<test::FakeKeychain::State>();
        TokenStore tokens(u"svc"_s, std::make_unique<test::FakeKeychain>(keychain));
        ProfileSessionJanitor janitor(profiles, tokens);
        QSignalSpy signedOut(&janitor, &ProfileSessionJanitor::signedOut);
        for (const QString &name : {u"prod"_s, u"staging"_s, u"dev"_s}) {
            QVERIFY(profiles.save(profile(name)).has_value());
            signIn(tokens, profile(name));
        }
        QCOMPARE(keychain->entries.size(), 6);
        QCOMPARE(signedOut.size(), 0); // adding profiles signs nobody out

        // An edit that keeps the name keeps the session.
        ConnectionProfile edited = profile(u"dev"_s);
        edited.tenants = {u"tenant-b"_s};
        QVERIFY(profiles.save(edited, u"dev"_s).has_value());

        QVERIFY(profiles.remove(u"prod"_s).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 30000);
        QCOMPARE(signedOut.first().first().toString(), u"prod"_s);
        QVERIFY(!keychain->entries.contains(u"svc/session/prod"_s));
        QVERIFY(!keychain->entries.contains(u"svc/idtoken/prod"_s));

        ConnectionProfile renamed = profile(u"staging2"_s);
        QVERIFY(profiles.save(renamed, u"staging"_s).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 2, 30000);
        QCOMPARE(signedOut.last().first().toString(), u"staging"_s);
        QVERIFY(!keychain->entries.contains(u"svc/session/staging"_s));
        QVERIFY(!keychain->entries.contains(u"svc/idtoken/staging"_s));

        QCOMPARE(janitor.pending(), 0);
        QVERIFY(keychain->entries.contains(u"svc/session/dev"_s));
        QVERIFY(keychain->entries.contains(u"svc/idtoken/dev"_s));
        QCOMPARE(keychain->entries.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProfileSessionJanitor)
#include "tst_profilesessionjanitor.moc"
