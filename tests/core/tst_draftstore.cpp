// Drafts (src/edit/draftstore): saved as owner-only files under the app's data location (a
// private HOME from ctest), listed for "offer back on next start", removed after apply, and
// Secrets kept in memory only.

#include "common/resultcheck.h"
#include "edit/draftstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::edit;

namespace {

Draft claimDraft(const QString &name, const QString &profile = QStringLiteral("local"))
{
    Draft d;
    d.profile = profile;
    d.objectKey = QStringLiteral("api.scs.community/v1alpha1/Cluster/tenant-a/") + name;
    d.apiVersion = QStringLiteral("api.scs.community/v1alpha1");
    d.kind = QStringLiteral("Cluster");
    d.namespaceName = QStringLiteral("tenant-a");
    d.name = name;
    d.text = QStringLiteral("spec:\n  version: \"1.34\" # mine\n");
    d.baseText = QStringLiteral("spec:\n  version: \"1.33\"\n");
    d.baseResourceVersion = QStringLiteral("4711");
    return d;
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("scs-console-test"));
        // ctest gives the test its own HOME/XDG_DATA_HOME below the build tree.
        QVERIFY(QDir::homePath().contains(QLatin1String("test-home"))
                || !qEnvironmentVariableIsEmpty("XDG_DATA_HOME"));
        QDir(DraftStore().directory()).removeRecursively();
    }

    void saveShouldWriteAnOwnerOnlyFileUnderAppData()
    {
        DraftStore store;
        QCOMPARE(store.directory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/drafts");
        const Draft d = claimDraft("a");
        const auto where = store.save(d);
        SCS_VERIFY_OK(where);
        QCOMPARE(*where, DraftStore::Where::OnDisk);
        const QString file = store.fileFor(d.profile, d.objectKey);
        QVERIFY(QFile::exists(file));
        const QFileDevice::Permissions unixBits
            = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
            | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
            | QFile::ExeOther;
        QCOMPARE(QFile::permissions(file) & unixBits, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFile::permissions(store.directory())
                     & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                        | QFile::WriteOther | QFile::ExeOther),
                 QFileDevice::Permissions());

        // A second store (the next start) reads it back exactly.
        DraftStore next;
        const auto loaded = next.load(d.profile, d.objectKey);
        QVERIFY(loaded);
        QCOMPARE(loaded->text, d.text);
        QCOMPARE(loaded->baseText, d.baseText);
        QCOMPARE(loaded->baseResourceVersion, d.baseResourceVersion);
        QCOMPARE(loaded->name, d.name);
        QVERIFY(loaded->savedAt.isValid());
        QVERIFY(qAbs(loaded->savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 5);
    }

    void listShouldOfferEveryDraftNewestFirst()
    {
        DraftStore store;
        QVERIFY(store.save(claimDraft("b")));
        QTest::qSleep(5);
        QVERIFY(store.save(claimDraft("c", QStringLiteral("other"))));
        const auto all = DraftStore().list();
        QVERIFY(all.size() >= 3);
        QCOMPARE(all.first().name, "c");
        QVERIFY(std::is_sorted(all.cbegin(), all.cend(), [](const Draft &x, const Draft &y) {
            return x.savedAt > y.savedAt;
        }));
        const auto local = DraftStore().list(QStringLiteral("local"));
        QVERIFY(std::none_of(local.cbegin(), local.cend(),
                             [](const Draft &x) { return x.profile != "local"; }));
    }

    void saveAgainShouldReplaceAndRemoveShouldForget()
    {
        DraftStore store;
        Draft d = claimDraft("d");
        QVERIFY(store.save(d));
        d.text = QStringLiteral("changed\n");
        QVERIFY(store.save(d));
        QCOMPARE(store.load(d.profile, d.objectKey)->text, "changed\n");
        const auto count = store.list().size();
        QVERIFY(store.remove(d.profile, d.objectKey));
        QVERIFY(!store.load(d.profile, d.objectKey));
        QCOMPARE(store.list().size(), count - 1);
        QVERIFY(store.remove(d.profile, d.objectKey)); // not there: not an error
    }

    void secretsShouldStayInMemory_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("a Secret") << "v1" << "Secret"
                                  << "apiVersion: v1\nkind: Secret\nstringData:\n  pw: hunter2\n";
        QTest::newRow("a Secret inside a multi-document text")
            << "" << ""
            << "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n"
               "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: {pw: hunter2}\n";
        QTest::newRow("a broken text that names a Secret")
            << "" << "" << "kind: Secret\nstringData:\n  pw: [hunter2\n";
        // Issue 15, item 9: every spelling, decided by parsing.
        QTest::newRow("a Secret inside a List")
            << "v1" << "List"
            << "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n"
               "  metadata: {name: c}\n- apiVersion: v1\n  kind: Secret\n  metadata: {name: s}\n"
               "  stringData: {pw: hunter2}\n";
        QTest::newRow("JSON") << "" << ""
                              << R"({"apiVersion": "v1", "kind": "Secret",)"
                                 R"( "stringData": {"pw": "hunter2"}})";
        QTest::newRow("a JSON List") << "" << ""
                                     << R"({"kind":"List","items":[{"kind":"Secret",)"
                                        R"("apiVersion":"v1","data":{"pw":"hunter2"}}]})";
        QTest::newRow("a comment after the kind")
            << "" << "" << "apiVersion: v1\nkind: Secret # the password\nstringData: {pw: hunter2}\n";
        QTest::newRow("a quoted kind") << "" << ""
                                       << "apiVersion: \"v1\"\n\"kind\": 'Secret'\n"
                                          "stringData: {pw: hunter2}\n";
        QTest::newRow("a broken text with an indented kind")
            << "" << "" << "items:\n  - kind:   Secret  # x\n    data: {pw: [hunter2\n";
        QTest::newRow("a Secret without an apiVersion yet")
            << "" << "" << "kind: Secret\nstringData: {pw: hunter2}\n";
    }

    void otherObjectsShouldStillBeSavedOnDisk()
    {
        DraftStore store;
        Draft d;
        d.profile = QStringLiteral("local");
        d.objectKey = QStringLiteral("configmap");
        d.apiVersion = QStringLiteral("v1");
        d.kind = QStringLiteral("ConfigMap");
        d.text = QStringLiteral("apiVersion: v1\nkind: ConfigMap\n# a Secret is elsewhere\n"
                                "data: {secretName: db}\n---\n\"just text\"\n");
        const auto where = store.save(d);
        QVERIFY(where);
        QCOMPARE(*where, DraftStore::Where::OnDisk);
        QVERIFY(store.remove(d.profile, d.objectKey));
    }
    void secretsShouldStayInMemory()
    {
        QFETCH(QString, apiVersion);
        QFETCH(QString, kind);
        QFETCH(QString, text);
        DraftStore store;
        Draft d;
        d.profile = QStringLiteral("local");
        d.objectKey = QStringLiteral("secret-") + QTest::currentDataTag();
        d.apiVersion = apiVersion;
        d.kind = kind;
        d.text = text;
        const auto where = store.save(d);
        QVERIFY(where);
        QCOMPARE(*where, DraftStore::Where::InMemory);
        QVERIFY(!QFile::exists(store.fileFor(d.profile, d.objectKey)));
        QCOMPARE(store.load(d.profile, d.objectKey)->text, text); // this session still has it
        QVERIFY(!DraftStore().load(d.profile, d.objectKey)); // the next start does not
        // Nothing of it anywhere in the drafts folder.
        const auto files = QDir(store.directory()).entryInfoList(QDir::Files);
        for (const QFileInfo &f : files) {
            QFile in(f.absoluteFilePath());
            QVERIFY(in.open(QIODevice::ReadOnly));
            QVERIFY(!in.readAll().contains("hunter2"));
        }
        QVERIFY(store.remove(d.profile, d.objectKey));
        QVERIFY(!store.load(d.profile, d.objectKey));
    }

    void aDraftTurningIntoASecretShouldLeaveTheDisk()
    {
        DraftStore store;
        Draft d = claimDraft("e");
        QVERIFY(store.save(d));
        QVERIFY(QFile::exists(store.fileFor(d.profile, d.objectKey)));
        d.text = QStringLiteral("apiVersion: v1\nkind: Secret\ndata: {}\n");
        QCOMPARE(*store.save(d), DraftStore::Where::InMemory);
        QVERIFY(!QFile::exists(store.fileFor(d.profile, d.objectKey)));
    }

    void unreadableFilesShouldBeSkippedNotDeleted()
    {
        DraftStore store;
        QVERIFY(store.save(claimDraft("f")));
        const QString junk = store.directory() + "/junk.json";
        QFile out(junk);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{ not json");
        out.close();
        const auto all = store.list();
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const Draft &x) { return x.name == "f"; }));
        QVERIFY(QFile::exists(junk));
    }

    void aDraftStoreInAFolderThatCannotBeMadeShouldSaySo()
    {
        QTemporaryDir tmp;
        QFile blocker(tmp.path() + "/file");
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DraftStore store(tmp.path() + "/file/drafts");
        const auto where = store.save(claimDraft("g"));
        QVERIFY(!where);
        QCOMPARE(where.error().kind, Error::Kind::Io);
        QVERIFY(!where.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
