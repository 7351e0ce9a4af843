#include "profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    static ConnectionProfile profile(const QString &name)
    {
        ConnectionProfile p;
        p.name = name;
        p.apiUrl = QUrl(QStringLiteral("https://api.%1.example:6443").arg(name.toLower()));
        p.issuerUrl = QUrl(QStringLiteral("https://id.example/realms/scs"));
        p.extraScopes = {QStringLiteral("offline_access")};
        p.caFile = QStringLiteral(SCS_TEST_DATA "/ca.pem");
        p.tenants = {QStringLiteral("tenant-a"), QStringLiteral("tenant-b")};
        // Not the defaults ("oidc:"), so that the round trip shows they are kept.
        p.usernamePrefix = QString();
        p.groupsPrefix = QStringLiteral("keycloak:");
        return p;
    }

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }

private Q_SLOTS:
    void init() { QFile::remove(path()); }

    void shouldStartEmptyWithoutAFile()
    {
        ProfileStore store(path());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.currentProfile().isEmpty());
        QVERIFY(!store.loadError());
        QVERIFY(!QFile::exists(path())); // reading never creates the file
    }

    void shouldPersistProfilesAcrossInstances()
    {
        {
            ProfileStore store(path());
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QVERIFY(store.save(profile(QStringLiteral("Prod"))));
            QVERIFY(store.save(profile(QStringLiteral("Dev"))));
            QCOMPARE(changed.size(), 2);
            QVERIFY(store.setCurrentProfile(QStringLiteral("Prod")));
        }
        ProfileStore reread(path());
        QCOMPARE(reread.names(), (QStringList{QStringLiteral("Dev"), QStringLiteral("Prod")}));
        QCOMPARE(reread.profile(QStringLiteral("Prod")), profile(QStringLiteral("Prod")));
        QCOMPARE(reread.currentProfile(), QStringLiteral("Prod"));
    }

    void shouldWriteOwnerOnlyFile()
    {
        ProfileStore store(path());
        QVERIFY(store.save(profile(QStringLiteral("Prod"))));
        QCOMPARE(QFile::permissions(path()) & 0x0077, QFileDevice::Permissions{});
        QCOMPARE(QFile::permissions(path()) & (QFile::ReadOwner | QFile::WriteOwner),
                 QFile::ReadOwner | QFile::WriteOwner);
    }

    void shouldRenameAndKeepCurrent()
    {
        ProfileStore store(path());
        QVERIFY(store.save(profile(QStringLiteral("Prod"))));
        QVERIFY(store.setCurrentProfile(QStringLiteral("Prod")));
        auto renamed = profile(QStringLiteral("Production"));
        QVERIFY(store.save(renamed, QStringLiteral("Prod")));
        QCOMPARE(store.names(), QStringList{QStringLiteral("Production")});
        QCOMPARE(store.currentProfile(), QStringLiteral("Production"));
    }

    void shouldRefuseInvalidProfilesAndKeepTheOldOnes()
    {
        ProfileStore store(path());
        QVERIFY(store.save(profile(QStringLiteral("Prod"))));
        auto bad = profile(QStringLiteral("Dev"));
        bad.apiUrl = QUrl(QStringLiteral("http://api.dev.example"));
        const auto result = store.save(bad);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QCOMPARE(result.error().field, QStringLiteral("apiUrl"));
        QCOMPARE(store.names(), QStringList{QStringLiteral("Prod")});
        QCOMPARE(ProfileStore(path()).names(), QStringList{QStringLiteral("Prod")});
    }

    void shouldRefuseADuplicateName()
    {
        ProfileStore store(path());
        QVERIFY(store.save(profile(QStringLiteral("Prod"))));
        const auto result = store.save(profile(QStringLiteral("prod")));
        QVERIFY(!result);
        QCOMPARE(result.error().field, QStringLiteral("name"));
    }

    void shouldRemoveProfiles()
    {
        ProfileStore store(path());
        QVERIFY(store.save(profile(QStringLiteral("Prod"))));
        QVERIFY(store.save(profile(QStringLiteral("Dev"))));
        QVERIFY(store.setCurrentProfile(QStringLiteral("Prod")));
        QVERIFY(store.remove(QStringLiteral("Prod")));
        QCOMPARE(store.currentProfile(), QStringLiteral("Dev"));
        QVERIFY(!store.remove(QStringLiteral("Prod")));
        QCOMPARE(ProfileStore(path()).names(), QStringList{QStringLiteral("Dev")});
    }

    void shouldKeepAFileFromANewerVersionAside()
    {
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("format=99\n[profiles]\nsize=1\n1\\name=Future\n");
        }
        ProfileStore store(path());
        QVERIFY(store.loadError());
        QVERIFY(store.profiles().isEmpty());
        const auto copies = m_dir.filePath(QString());
        const auto entries = QDir(copies).entryList({QStringLiteral("profiles.ini.unreadable-*")});
        QCOMPARE(entries.size(), 1);
        QVERIFY(store.loadError()->message.contains(entries.first()));
    }

    // Issue 15, item 9: a hand-edited profiles.ini gets the checks a typed profile gets; an
    // http:// URL would have sent the ID token in clear text. The good ones still load.
    void shouldRefuseUnsafeProfilesOnLoadAndKeepTheOthers()
    {
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("format=1\n[profiles]\nsize=4\n"
                       "1\\name=Good\n1\\apiUrl=https://api.example:6443\n"
                       "1\\issuerUrl=https://id.example/realms/scs\n"
                       "2\\name=Plain\n2\\apiUrl=http://api.example:6443\n"
                       "2\\issuerUrl=https://id.example/realms/scs\n"
                       "3\\name=Issuer\n3\\apiUrl=https://api.example:6443\n"
                       "3\\issuerUrl=http://id.example/realms/scs\n"
                       "4\\name=../evil\n4\\apiUrl=https://api.example:6443\n"
                       "4\\issuerUrl=https://id.example/realms/scs\n");
        }
        ProfileStore store(path());
        QCOMPARE(store.names(), QStringList{QStringLiteral("Good")});
        QVERIFY(store.loadError());
        QCOMPARE(store.loadError()->kind, Error::Kind::Invalid);
        const QString message = store.loadError()->message;
        for (const char *name : {"\"Plain\"", "\"Issuer\"", "\"../evil\"", "https://"})
            QVERIFY2(message.contains(QLatin1String(name)), qPrintable(message));
        // The file as it was is kept: the next save drops the refused entries.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("profiles.ini.rejected-*")}).size(),
                 1);
    }

    void shouldReportAnUnwritableLocation()
    {
        ProfileStore store(QStringLiteral("/proc/scs-console-cannot-write/profiles.ini"));
        const auto result = store.save(profile(QStringLiteral("Prod")));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Io);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
