#include "profiles/profilestore.h"
#include "ui/shell/profiledialog.h"
#include "accessibilitytesthelpers.h"
#include "uitesthelpers.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using scs::ui::ProfileDialog;

class TestProfileDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString storePath() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }

    static QLineEdit *edit(ProfileDialog &dialog, ProfileField field)
    {
        return dialog.findChild<QLineEdit *>(QStringLiteral("edit_%1").arg(int(field)));
    }

    static void type(ProfileDialog &dialog, ProfileField field, const QString &text)
    {
        QLineEdit *line = edit(dialog, field);
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, text);
        // leaving the field is what marks it as touched
        QMetaObject::invokeMethod(line, "editingFinished");
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QFile::remove(storePath()); }

    void everyControlShouldHaveANameAndTabShouldReachItInOrder()
    {
        ProfileStore store(storePath());
        ProfileDialog dialog(store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addProfile();
        const QStringList nameless = test::namelessControls(&dialog);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        const QStringList order = test::tabOrderProblems(&dialog);
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
    }

    void shouldShowErrorsBesideTheFieldsAndNotSave()
    {
        ProfileStore store(storePath());
        ProfileDialog dialog(store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addProfile();
        type(dialog, ProfileField::Name, QStringLiteral("prod"));
        type(dialog, ProfileField::ApiUrl, QStringLiteral("http://api.example:6443"));
        QVERIFY(dialog.fieldMessage(ProfileField::ApiUrl).contains(QLatin1String("https://")));
        // untouched fields stay quiet until Save is pressed
        QVERIFY(dialog.fieldMessage(ProfileField::IssuerUrl).isEmpty());

        QVERIFY(!dialog.save());
        QVERIFY(!dialog.fieldMessage(ProfileField::IssuerUrl).isEmpty());
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(store.profiles().isEmpty());

        dialog.findChild<QRadioButton *>()->setChecked(false);
        const auto radios = dialog.findChildren<QRadioButton *>();
        radios.at(1)->setChecked(true); // "PEM file"
        auto *ca = dialog.findChild<QLineEdit *>(QStringLiteral("caFileEdit"));
        ca->setText(QStringLiteral(SCS_SOURCE_DIR "/tests/core/data/not-a-cert.pem"));
        QVERIFY2(dialog.fieldMessage(ProfileField::CaFile).contains(QLatin1String("no PEM")),
                 qPrintable(dialog.fieldMessage(ProfileField::CaFile)));
        dialog.resize(900, 600);
        QVERIFY(!test::saveScreenshot(&dialog, QStringLiteral("profiledialog-errors")).isEmpty());

        // fixing the values clears the messages and saves
        type(dialog, ProfileField::ApiUrl, QStringLiteral("https://api.example:6443"));
        type(dialog, ProfileField::IssuerUrl, QStringLiteral("https://id.example/realms/scs"));
        ca->setText(QStringLiteral(SCS_SOURCE_DIR "/tests/core/data/ca.pem"));
        QVERIFY(dialog.save());
        QVERIFY(dialog.fieldMessage(ProfileField::ApiUrl).isEmpty());
        QVERIFY(!dialog.hasUnsavedChanges());
        const auto saved = store.profile(QStringLiteral("prod"));
        QVERIFY(saved);
        QCOMPARE(saved->apiUrl, QUrl(QStringLiteral("https://api.example:6443")));
        QCOMPARE(saved->caFile, QStringLiteral(SCS_SOURCE_DIR "/tests/core/data/ca.pem"));
    }

    void shouldEditAndRenameAnExistingProfile()
    {
        ProfileStore store(storePath());
        ConnectionProfile p;
        p.name = QStringLiteral("old");
        p.apiUrl = QUrl(QStringLiteral("https://a.example"));
        p.issuerUrl = QUrl(QStringLiteral("https://id.example/realms/scs"));
        QVERIFY(store.save(p));
        ProfileDialog dialog(store);
        dialog.show();
        QCOMPARE(edit(dialog, ProfileField::Name)->text(), QStringLiteral("old"));
        type(dialog, ProfileField::Name, QStringLiteral("new"));
        type(dialog, ProfileField::Tenants, QStringLiteral("tenant-a tenant-b"));
        QVERIFY(dialog.save());
        QCOMPARE(store.names(), QStringList{QStringLiteral("new")});
        QCOMPARE(store.profile(QStringLiteral("new"))->tenants,
                 (QStringList{QStringLiteral("tenant-a"), QStringLiteral("tenant-b")}));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profileList"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("new"));
    }

    // The prefixes the API server puts before OIDC names: shown, checked, saved; a profile
    // saved from the dialog keeps them (they used to fall back to "oidc:").
    void shouldEditThePrefixesWithValidation()
    {
        ProfileStore store(storePath());
        ConnectionProfile p;
        p.name = QStringLiteral("kc");
        p.apiUrl = QUrl(QStringLiteral("https://a.example"));
        p.issuerUrl = QUrl(QStringLiteral("https://id.example/realms/scs"));
        p.groupsPrefix = QStringLiteral("kcgroup:");
        QVERIFY(store.save(p));
        ProfileDialog dialog(store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(edit(dialog, ProfileField::UsernamePrefix)->text(), QStringLiteral("oidc:"));
        QCOMPARE(edit(dialog, ProfileField::GroupsPrefix)->text(), QStringLiteral("kcgroup:"));
        // Another field changed: the prefixes stay as they were.
        type(dialog, ProfileField::Tenants, QStringLiteral("tenant-a"));
        QVERIFY(dialog.save());
        QCOMPARE(store.profile(QStringLiteral("kc"))->groupsPrefix, QStringLiteral("kcgroup:"));
        QCOMPARE(store.profile(QStringLiteral("kc"))->usernamePrefix, QStringLiteral("oidc:"));

        type(dialog, ProfileField::UsernamePrefix, QStringLiteral("system:"));
        QVERIFY2(dialog.fieldMessage(ProfileField::UsernamePrefix).contains(u"reserved"),
                 qPrintable(dialog.fieldMessage(ProfileField::UsernamePrefix)));
        type(dialog, ProfileField::GroupsPrefix, QStringLiteral("-"));
        QVERIFY(dialog.fieldMessage(ProfileField::GroupsPrefix).contains(u"empty"));
        QVERIFY(!dialog.save());
        type(dialog, ProfileField::GroupsPrefix, QStringLiteral("o dc:"));
        QVERIFY(dialog.fieldMessage(ProfileField::GroupsPrefix).contains(u"blanks"));
        QVERIFY(!dialog.save());
        QCOMPARE(store.profile(QStringLiteral("kc"))->groupsPrefix, QStringLiteral("kcgroup:"));

        // Empty is "none"; blanks around a prefix are dropped.
        type(dialog, ProfileField::UsernamePrefix, QString());
        type(dialog, ProfileField::GroupsPrefix, QStringLiteral(" keycloak: "));
        QVERIFY(dialog.fieldMessage(ProfileField::UsernamePrefix).isEmpty());
        QVERIFY(dialog.fieldMessage(ProfileField::GroupsPrefix).isEmpty());
        QVERIFY(dialog.save());
        ProfileStore reread(storePath());
        QCOMPARE(reread.profile(QStringLiteral("kc"))->usernamePrefix, QString());
        QCOMPARE(reread.profile(QStringLiteral("kc"))->groupsPrefix, QStringLiteral("keycloak:"));
        test::saveScreenshot(&dialog, QStringLiteral("profile-dialog-prefixes"));
    }

    void shouldImportFromAKubeconfig()
    {
        ProfileStore store(storePath());
        ProfileDialog dialog(store);
        dialog.show();
        QVERIFY(dialog.importFromFile(
            QStringLiteral(SCS_SOURCE_DIR "/tests/core/data/kubeconfig/kubelogin-equals.yaml")));
        QCOMPARE(edit(dialog, ProfileField::Name)->text(), QStringLiteral("central"));
        QCOMPARE(edit(dialog, ProfileField::IssuerUrl)->text(),
                 QStringLiteral("https://id.central.example/realms/scs"));
        QCOMPARE(edit(dialog, ProfileField::Tenants)->text(), QStringLiteral("tenant-a tenant-b"));
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(store.profiles().isEmpty()); // nothing stored before the person saves
        QVERIFY(dialog.save());
        QCOMPARE(store.profile(QStringLiteral("central"))->extraScopes,
                 (QStringList{QStringLiteral("offline_access"), QStringLiteral("groups"),
                              QStringLiteral("email")}));
    }

    void shouldExplainAMalformedKubeconfigAndKeepTheForm()
    {
        ProfileStore store(storePath());
        ProfileDialog dialog(store);
        dialog.show();
        dialog.addProfile();
        type(dialog, ProfileField::Name, QStringLiteral("typed by hand"));
        QVERIFY(!dialog.importFromFile(
            QStringLiteral(SCS_SOURCE_DIR "/tests/core/data/kubeconfig/malformed.yaml")));
        QVERIFY2(dialog.importMessage().contains(QLatin1String("malformed.yaml:7:")),
                 qPrintable(dialog.importMessage()));
        QCOMPARE(edit(dialog, ProfileField::Name)->text(), QStringLiteral("typed by hand"));
        QVERIFY(dialog.hasUnsavedChanges());
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
