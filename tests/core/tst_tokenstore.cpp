// TokenStore without any keychain backend (this test runs with a D-Bus address that leads
// nowhere): the person is told, the session lives in memory only, and no token reaches a file.

#include "auth/tokenstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace scs;
using namespace scs::auth;

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
