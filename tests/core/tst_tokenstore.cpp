// TokenStore without any keychain backend (this test runs with a D-Bus address that leads
// nowhere): the person is told, the session lives in memory only, and no token reaches a file.
// And, with a scripted keychain (FakeKeychain): errors classified, transient ones retried,
// memory only only without a backend, removal always tried on the keychain.

#include "auth/tokenstore.h"
#include "fakekeychain.h"

#include <qt6keychain/keychain.h>

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace scs;
using namespace scs::auth;
using namespace Qt::StringLiterals;

class TestTokenStore : public QObject
{
    Q_OBJECT

private:
    using Outcome = KeychainOutcome;
    std::shared_ptr<test::FakeKeychain::State> m_keychain;

    std::unique_ptr<TokenStore> fakeStore()
    {
        m_keychain = std::make_shared<test::FakeKeychain::State>();
        return std::make_unique<TokenStore>(QStringLiteral("svc"),
                                            std::make_unique<test::FakeKeychain>(m_keychain));
    }
    static StoredSession session(const QString &refreshToken)
    {
        return {QStringLiteral("https://id.example/realms/scs"), QStringLiteral("scs-console"),
                refreshToken};
    }
    static std::optional<Result<void>> saveAndWait(TokenStore &store, const QString &profile,
                                                   const StoredSession &s)
    {
        std::optional<Result<void>> result;
        store.save(profile, s, [&](Result<void> r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return std::nullopt;
        return result;
    }

private Q_SLOTS:
    void shouldClassifyKeychainErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString()
                                    << Outcome::NoBackend;
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString()
                                         << Outcome::NoBackend;
        QTest::newRow("no bus") << int(QKeychain::OtherError)
                                << u"Could not connect: No such file or directory"_s
                                << Outcome::NoBackend;
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << u"The name org.freedesktop.secrets was not provided by any .service files"_s
            << Outcome::NoBackend;
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QString()
                                        << Outcome::Denied;
        QTest::newRow("denied") << int(QKeychain::AccessDenied) << QString() << Outcome::Denied;
        QTest::newRow("locked") << int(QKeychain::OtherError)
                                << u"Cannot create an item in a locked collection"_s
                                << Outcome::Denied;
        QTest::newRow("prompt dismissed") << int(QKeychain::OtherError)
                                          << u"The prompt was dismissed"_s << Outcome::Denied;
        QTest::newRow("timeout") << int(QKeychain::OtherError) << u"Timeout was reached"_s
                                 << Outcome::Transient;
        QTest::newRow("no reply") << int(QKeychain::OtherError)
                                  << u"org.freedesktop.DBus.Error.NoReply: no reply"_s
                                  << Outcome::Transient;
        QTest::newRow("delete failed") << int(QKeychain::CouldNotDeleteEntry) << QString()
                                       << Outcome::Transient;
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QString()
                                   << Outcome::NotFound;
    }

    void shouldClassifyKeychainErrors()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(Outcome, outcome);
        QCOMPARE(classifyKeychainError(code, message), outcome);
    }

    // The GUI waits for this before it exits: a write chained in a write's callback (the ID
    // token after the session) keeps it writing; writesFinished() comes once, after the last.
    void shouldSayWhileItWritesUntilTheLastChainedWriteIsDone()
    {
        auto store = fakeStore();
        QSignalSpy finished(store.get(), &TokenStore::writesFinished);
        QVERIFY(!store->isWriting());
        bool chainedDone = false;
        bool writingInFirstCallback = false;
        store->save(u"prod"_s, session(u"rt-1"_s), [&](Result<void>) {
            store->saveIdToken(u"prod"_s,
                               {u"https://id.example/realms/scs"_s, u"scs-console"_s,
                                u"a.b.c"_s, QDateTime::currentDateTimeUtc().addSecs(300)},
                               [&](Result<void>) { chainedDone = true; });
            writingInFirstCallback = store->isWriting();
        });
        QVERIFY(store->isWriting());
        QTRY_VERIFY(chainedDone);
        QVERIFY(writingInFirstCallback);
        QVERIFY(!store->isWriting());
        QCOMPARE(finished.size(), 1);
        // A failed write counts down too.
        m_keychain->failures = {Outcome::Denied};
        bool failedDone = false;
        store->save(u"prod"_s, session(u"rt-2"_s), [&](Result<void> r) {
            failedDone = !r.has_value();
        });
        QVERIFY(store->isWriting());
        QTRY_VERIFY(failedDone);
        QVERIFY(!store->isWriting());
        QCOMPARE(finished.size(), 2);
    }

    void shouldRetryATransientErrorAndStayOnTheKeychain()
    {
        auto store = fakeStore();
        QSignalSpy unavailable(store.get(), &TokenStore::unavailable);
        m_keychain->failures = {Outcome::Transient, Outcome::Transient};
        const auto saved = saveAndWait(*store, u"prod"_s, session(u"rt-1"_s));
        QVERIFY(saved.has_value());
        QVERIFY(saved->has_value());
        QCOMPARE(m_keychain->writes, 3);
        QVERIFY(store->available());
        QCOMPARE(unavailable.size(), 0);
        QVERIFY(m_keychain->entries.contains(u"svc/session/prod"_s));
    }

    void shouldFailWithoutMemoryFallbackWhenTransientErrorsPersist()
    {
        auto store = fakeStore();
        QSignalSpy unavailable(store.get(), &TokenStore::unavailable);
        m_keychain->failures = {Outcome::Transient, Outcome::Transient, Outcome::Transient};
        const auto saved = saveAndWait(*store, u"prod"_s, session(u"rt-1"_s));
        QVERIFY(saved.has_value());
        QVERIFY(!saved->has_value());
        QCOMPARE(saved->error().kind, Error::Kind::Io);
        QVERIFY(store->available());
        QCOMPARE(unavailable.size(), 0);
    }

    void shouldReportALockedKeychainWithoutMemoryFallbackOrRetry()
    {
        auto store = fakeStore();
        QSignalSpy unavailable(store.get(), &TokenStore::unavailable);
        m_keychain->failures = {Outcome::Denied};
        const auto saved = saveAndWait(*store, u"prod"_s, session(u"rt-1"_s));
        QVERIFY(saved.has_value());
        QVERIFY(!saved->has_value());
        QCOMPARE(saved->error().kind, Error::Kind::Forbidden);
        QCOMPARE(m_keychain->writes, 1);
        QVERIFY(store->available());
        QCOMPARE(unavailable.size(), 0);

        // A read of a locked keychain is an error too, not "nothing stored".
        m_keychain->failures = {Outcome::Denied};
        std::optional<Result<std::optional<StoredSession>>> loaded;
        store->load(u"prod"_s, [&](Result<std::optional<StoredSession>> r) { loaded = r; });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(!loaded->has_value());
        QCOMPARE(loaded->error().kind, Error::Kind::Forbidden);
    }

    void shouldGoMemoryOnlyOnlyWithoutABackend()
    {
        auto store = fakeStore();
        QSignalSpy unavailable(store.get(), &TokenStore::unavailable);
        m_keychain->failures = {Outcome::NoBackend};
        const auto saved = saveAndWait(*store, u"prod"_s, session(u"rt-1"_s));
        QVERIFY(saved.has_value() && saved->has_value());
        QVERIFY(!store->available());
        QCOMPARE(unavailable.size(), 1);
    }

    void shouldRemoveFromTheKeychainEvenInMemoryOnlyMode()
    {
        auto store = fakeStore();
        QVERIFY(saveAndWait(*store, u"prod"_s, session(u"rt-1"_s))->has_value());
        bool cached = false;
        store->saveIdToken(u"prod"_s,
                           {u"https://id.example/realms/scs"_s, u"scs-console"_s, u"id"_s,
                            QDateTime::currentDateTimeUtc().addSecs(300)},
                           [&](Result<void>) { cached = true; });
        QTRY_VERIFY(cached);
        QCOMPARE(m_keychain->entries.size(), 2);
        // The keychain goes away: the store turns memory-only ...
        m_keychain->failures = {Outcome::NoBackend};
        QVERIFY(saveAndWait(*store, u"prod"_s, session(u"rt-2"_s))->has_value());
        QVERIFY(!store->available());
        // ... and sign-out still deletes what the keychain holds.
        bool removed = false;
        store->remove(u"prod"_s, [&](Result<void> r) { removed = r.has_value(); });
        QTRY_VERIFY(removed);
        QCOMPARE(m_keychain->removes, 2);
        QVERIFY(m_keychain->entries.isEmpty());
    }

    void shouldRetryATransientDelete()
    {
        auto store = fakeStore();
        QVERIFY(saveAndWait(*store, u"prod"_s, session(u"rt-1"_s))->has_value());
        m_keychain->failures = {Outcome::NotFound, Outcome::Transient};
        bool removed = false;
        store->remove(u"prod"_s, [&](Result<void> r) { removed = r.has_value(); });
        QTRY_VERIFY(removed);
        QVERIFY(m_keychain->entries.isEmpty());
    }

    void shouldRemoveOnlyWhileTheRefusedTokenIsStored()
    {
        auto store = fakeStore();
        QVERIFY(saveAndWait(*store, u"prod"_s, session(u"rt-new"_s))->has_value());
        std::optional<bool> removed;
        store->removeIfHolds(u"prod"_s, u"rt-old"_s, [&](bool r) { removed = r; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(!*removed);
        QVERIFY(m_keychain->entries.contains(u"svc/session/prod"_s));

        removed.reset();
        store->removeIfHolds(u"prod"_s, u"rt-new"_s, [&](bool r) { removed = r; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(*removed);
        QVERIFY(m_keychain->entries.isEmpty());
    }

    void shouldKeepSessionsInMemoryWithoutAKeychain()
    {
        const QString secret = QStringLiteral("refresh-token-that-must-never-reach-a-file-4711");
        TokenStore store(QStringLiteral("scs-console-test-nokeychain"));
        QSignalSpy unavailable(&store, &TokenStore::unavailable);

        bool saved = false;
        store.save(QStringLiteral("prod"), {QStringLiteral("https://id.example/realms/scs"),
                                            QStringLiteral("scs-console"), secret},
                   [&](Result<void> r) { saved = r.has_value(); });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 30000);
        QVERIFY(!store.available());
        QCOMPARE(unavailable.size(), 1);
        const auto reason = unavailable.first().first().value<Error>();
        QCOMPARE(reason.kind, Error::Kind::Unavailable);
        QVERIFY2(reason.message.contains(QLatin1String("memory only")), qPrintable(reason.message));

        std::optional<StoredSession> loaded;
        bool answered = false;
        store.load(QStringLiteral("prod"), [&](Result<std::optional<StoredSession>> r) {
            answered = true;
            if (r)
                loaded = *r;
        });
        QTRY_VERIFY(answered);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->refreshToken, secret);

        // Nothing under HOME holds the token (no plain-text fallback).
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }

        // A second store (a restart) finds nothing: memory only, as the message says.
        TokenStore restarted(QStringLiteral("scs-console-test-nokeychain"));
        answered = false;
        restarted.load(QStringLiteral("prod"), [&](Result<std::optional<StoredSession>> r) {
            answered = true;
            loaded = r ? *r : std::nullopt;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QVERIFY(!loaded.has_value());

        answered = false;
        store.remove(QStringLiteral("prod"), [&](Result<void>) { answered = true; });
        QTRY_VERIFY(answered);
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
