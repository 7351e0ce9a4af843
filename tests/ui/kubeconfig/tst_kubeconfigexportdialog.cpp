// The export dialog, driven through its widgets: the preview is the exact YAML of the entries,
// the summary names what is added and replaced, a clash asks before replacing, a broken
// kubeconfig is refused with file and line and left untouched, the written file is 0600, and
// the kubectl commands go to the clipboard. Plus the cluster dialog's admin warning (with the
// private key masked in its preview) and its replace question. No network: the dialogs only
// write local files.

#include "kubeconfig/clusterkubeconfig.h"
#include "kubeconfig/kubeconfig.h"
#include "ui/kubeconfig/clusterkubeconfigdialog.h"
#include "ui/kubeconfig/kubeconfigexportdialog.h"
#include "accessibilitytesthelpers.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::ui;

namespace {
ConnectionProfile profile()
{
    ConnectionProfile p;
    p.name = QStringLiteral("local-stack");
    p.apiUrl = QUrl(QStringLiteral("https://api.example.com:6443"));
    p.issuerUrl = QUrl(QStringLiteral("https://id.example.com/realms/scs"));
    p.clientId = QStringLiteral("scs-console");
    return p;
}

const QByteArray kHandWritten = "apiVersion: v1\nkind: Config\n# my clusters\nclusters:\n"
                                "- name: prod\n  cluster:\n    server: https://prod.example.com\n"
                                "- name: local-stack\n  cluster:\n"
                                "    server: https://old.example.com\n"
                                "users:\n- name: me\n  user:\n    token: abc\n"
                                "contexts:\n- name: prod\n  context:\n    cluster: prod\n"
                                "    user: me\ncurrent-context: prod\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}
} // namespace

class TestKubeconfigExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_consoleProgram = QStringLiteral("/usr/bin/scs-console");

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The default kubeconfig of this test: the first file of KUBECONFIG.
        qputenv("KUBECONFIG", path(QStringLiteral("default/config")).toLocal8Bit());
    }

    void bothDialogsShouldNameEveryControlAndTabInOrder()
    {
        KubeconfigExportDialog exportDialog(profile(), {QStringLiteral("tenant-a"),
                                                        QStringLiteral("tenant-b")},
                                            m_consoleProgram);
        ClusterKubeconfigDialog clusterDialog(profile(), m_consoleProgram);
        for (QDialog *dialog : {static_cast<QDialog *>(&exportDialog),
                                static_cast<QDialog *>(&clusterDialog)}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QStringList nameless = test::namelessControls(dialog);
            QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
            const QStringList order = test::tabOrderProblems(dialog);
            QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
            dialog->hide();
        }
    }

    // Both dialogs read a typed file name the same way: "~" is the home directory, relative
    // names are taken from the current directory, the result is clean and absolute.
    void bothDialogsShouldResolveATypedFileAlike_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("home") << "~/kube/../kube/alice.yaml"
                              << QDir::homePath() + QStringLiteral("/kube/alice.yaml");
        QTest::newRow("relative") << "sub/./x.yaml"
                                  << QDir::current().absoluteFilePath(QStringLiteral("sub/x.yaml"));
        QTest::newRow("absolute") << "/tmp//y.yaml" << "/tmp/y.yaml";
        QTest::newRow("spaces around") << "  /tmp/z.yaml " << "/tmp/z.yaml";
    }

    void bothDialogsShouldResolveATypedFileAlike()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        KubeconfigExportDialog exportDialog(profile(), {QStringLiteral("tenant-a")},
                                            m_consoleProgram);
        exportDialog.setTargetFile(typed);
        QCOMPARE(exportDialog.targetPath(), expected);
        ClusterKubeconfigDialog clusterDialog(profile(), m_consoleProgram);
        clusterDialog.setTargetFile(typed);
        QCOMPARE(clusterDialog.targetPath(), expected);
    }

    void shouldPreviewTheExactEntriesForTheCheckedTenants()
    {
        KubeconfigExportDialog dialog(profile(), {QStringLiteral("tenant-a"),
                                                  QStringLiteral("tenant-b")},
                                      m_consoleProgram);
        dialog.show();
        auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("preview"));
        auto *changes = dialog.findChild<QLabel *>(QStringLiteral("changes"));
        QVERIFY(preview && changes);
        QCOMPARE(dialog.targetPath(), path(QStringLiteral("default/config")));
        QCOMPARE(preview->toPlainText().toUtf8(), *generateKubeconfig(dialog.request()));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("tenant-b@local-stack")));
        QVERIFY(changes->text().contains(QStringLiteral("A new file")));

        dialog.setTenantChecked(QStringLiteral("tenant-b"), false);
        QVERIFY(!preview->toPlainText().contains(QStringLiteral("tenant-b@local-stack")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("get-token")));

        dialog.setUserKind(KubeconfigExport::UserKind::Kubelogin);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("oidc-login")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("local-stack-kubelogin")));

        dialog.setTenantChecked(QStringLiteral("tenant-a"), false);
        auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("export"));
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(changes->text().contains(QStringLiteral("at least one tenant")));
    }

    void shouldAskBeforeReplacingAndKeepTheRestOfTheFile()
    {
        const QString file = path(QStringLiteral("clash/config"));
        writeFile(file, kHandWritten);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                        | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        KubeconfigExportDialog dialog(profile(), {QStringLiteral("tenant-a"),
                                                  QStringLiteral("tenant-b")},
                                      m_consoleProgram);
        dialog.setTargetFile(file);
        dialog.setSetCurrentContext(true);
        dialog.resize(1000, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *changes = dialog.findChild<QLabel *>(QStringLiteral("changes"));
        QVERIFY2(changes->text().contains(QStringLiteral("cluster local-stack")),
                 qPrintable(changes->text()));
        QVERIFY(changes->text().contains(QStringLiteral("Replaces")));
        test::saveScreenshot(&dialog, QStringLiteral("kubeconfig-export-dialog"));

        // Cancel: nothing written.
        dialog.exportKubeconfig();
        auto *confirm = dialog.findChild<QMessageBox *>(QStringLiteral("confirmReplace"));
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QStringLiteral("cluster local-stack")));
        test::saveScreenshot(confirm, QStringLiteral("kubeconfig-export-replace"));
        confirm->button(QMessageBox::Cancel)->click();
        QCOMPARE(readFile(file), kHandWritten);
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("confirmReplace"))); // closed

        // Replace: written, the hand-written entries byte for byte, a backup, 0600.
        dialog.exportKubeconfig();
        confirm = dialog.findChild<QMessageBox *>(QStringLiteral("confirmReplace"));
        QVERIFY(confirm);
        for (QAbstractButton *button : confirm->buttons()) {
            if (confirm->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
        const QByteArray written = readFile(file);
        QVERIFY(written.startsWith("apiVersion: v1\nkind: Config\n# my clusters\nclusters:\n"
                                   "- name: prod\n  cluster:\n    server: https://prod.example.com\n"));
        QVERIFY(written.contains("- name: me\n  user:\n    token: abc\n"));
        QVERIFY2(written.contains("current-context: tenant-a@local-stack"), written.constData());
        QVERIFY(!written.contains("old.example.com"));
        QCOMPARE(QFileInfo(file).permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("result"));
        QVERIFY(result->isVisible());
        QVERIFY(result->text().contains(QStringLiteral(".bak")));
        const QStringList backups = QDir(QFileInfo(file).absolutePath())
                                        .entryList({QStringLiteral("config.*.bak")});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(readFile(QFileInfo(file).absolutePath() + QLatin1Char('/') + backups.first()),
                 kHandWritten);
        QVERIFY(changes->text().contains(QStringLiteral("nothing changes")));
        test::saveScreenshot(&dialog, QStringLiteral("kubeconfig-export-done"));
    }

    void shouldRefuseABrokenKubeconfigWithFileAndLine()
    {
        const QString file = path(QStringLiteral("broken/config"));
        const QByteArray broken = "apiVersion: v1\nkind: Config\nclusters:\n- name: x\n"
                                  "  cluster: [unclosed\n";
        writeFile(file, broken);
        KubeconfigExportDialog dialog(profile(), {QStringLiteral("tenant-a")}, m_consoleProgram);
        dialog.setTargetFile(file);
        dialog.show();
        auto *changes = dialog.findChild<QLabel *>(QStringLiteral("changes"));
        QVERIFY2(changes->text().contains(file), qPrintable(changes->text()));
        QVERIFY(changes->text().contains(QStringLiteral("Nothing will be written")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("export"))->isEnabled());
        dialog.exportKubeconfig();
        QCOMPARE(readFile(file), broken);
        test::saveScreenshot(&dialog, QStringLiteral("kubeconfig-export-broken"));
    }

    void shouldCopyKubectlCommands()
    {
        KubeconfigExportDialog dialog(profile(), {QStringLiteral("tenant-a"),
                                                  QStringLiteral("tenant-b")},
                                      m_consoleProgram);
        dialog.copyKubectlCommands();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("kubectl --context tenant-a@local-stack get "
                                "clusters.api.scs.community\n"
                                "kubectl --context tenant-b@local-stack get "
                                "clusters.api.scs.community\n"));
        // Another file than the default one is named; odd names are quoted for the shell; the
        // context name has no blank to quote.
        ConnectionProfile spaced = profile();
        spaced.name = QStringLiteral("my stack");
        KubeconfigExportDialog other(spaced, {QStringLiteral("tenant-a")}, m_consoleProgram);
        other.setTargetFile(path(QStringLiteral("other config")));
        QCOMPARE(other.kubectlCommands(),
                 QStringLiteral("kubectl --kubeconfig '%1' --context tenant-a@my-stack get "
                                "clusters.api.scs.community\n")
                     .arg(path(QStringLiteral("other config"))));
    }

    void shouldWarnAboutAdminCredentialsAndMaskTheKey()
    {
        ClusterAccess access;
        access.tenant = QStringLiteral("tenant-a");
        access.cluster = QStringLiteral("alpha");
        access.kind = ClusterAccess::Kind::Admin;
        access.server = QUrl(QStringLiteral("https://127.0.0.1:6443"));
        access.caSource = QStringLiteral("Secret alpha-kubeconfig");
        access.oidcUnavailableReason = QStringLiteral(
            "The cluster does not trust the Central API's sign-in server.");
        access.adminKubeconfig =
            "apiVersion: v1\nkind: Config\nclusters:\n- name: alpha\n  cluster:\n"
            "    server: https://127.0.0.1:6443\n    certificate-authority-data: Q0E=\n"
            "users:\n- name: alpha-admin\n  user:\n    client-certificate-data: Q0VSVA==\n"
            "    client-key-data: U0VDUkVUS0VZ\ncontexts:\n- name: alpha-admin@alpha\n"
            "  context:\n    cluster: alpha\n    user: alpha-admin\n"
            "current-context: alpha-admin@alpha\n";
        ConnectionProfile p = profile();
        ClusterKubeconfigDialog dialog(p, m_consoleProgram);
        dialog.setAccess(access);
        dialog.setTargetFile(path(QStringLiteral("admin/config")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("adminWarning"));
        QVERIFY(warning && warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("Admin credentials")));
        auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("preview"));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("alpha.tenant-a-admin@local-stack")));
        QVERIFY(!preview->toPlainText().contains(QStringLiteral("U0VDUkVUS0VZ")));
        test::saveScreenshot(&dialog, QStringLiteral("kubeconfig-cluster-admin-warning"));
        dialog.exportKubeconfig();
        const QByteArray written = readFile(path(QStringLiteral("admin/config")));
        QVERIFY(written.contains("U0VDUkVUS0VZ")); // the file has the key, 0600
        QCOMPARE(QFileInfo(path(QStringLiteral("admin/config"))).permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    // The cluster dialog asks the same question as the export dialog (askReplaceEntries) when
    // its entries clash with the file's: Cancel leaves the file, Replace writes it.
    void shouldAskBeforeReplacingClusterEntries()
    {
        ClusterAccess access;
        access.tenant = QStringLiteral("tenant-a");
        access.cluster = QStringLiteral("beta");
        access.kind = ClusterAccess::Kind::Admin;
        access.server = QUrl(QStringLiteral("https://127.0.0.1:6443"));
        access.adminKubeconfig =
            "apiVersion: v1\nkind: Config\nclusters:\n- name: beta\n  cluster:\n"
            "    server: https://127.0.0.1:6443\n    certificate-authority-data: Q0E=\n"
            "users:\n- name: beta-admin\n  user:\n    client-certificate-data: Q0VSVA==\n"
            "    client-key-data: U0VDUkVUS0VZ\ncontexts:\n- name: beta-admin@beta\n"
            "  context:\n    cluster: beta\n    user: beta-admin\n"
            "current-context: beta-admin@beta\n";
        const QString file = path(QStringLiteral("cluster-clash/config"));
        {
            ClusterKubeconfigDialog first(profile(), m_consoleProgram);
            first.setAccess(access);
            first.setTargetFile(file);
            first.exportKubeconfig(); // new file: nothing clashes, no question
            QVERIFY(!first.findChild<QMessageBox *>(QStringLiteral("confirmReplace")));
        }
        // Someone points the cluster entry elsewhere: writing again would replace it.
        QByteArray changed = readFile(file);
        QVERIFY(changed.contains("https://127.0.0.1:6443"));
        changed.replace("https://127.0.0.1:6443", "https://old.example.com:6443");
        writeFile(file, changed);

        ClusterKubeconfigDialog dialog(profile(), m_consoleProgram);
        dialog.setAccess(access);
        dialog.setTargetFile(file);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.exportKubeconfig();
        auto *confirm = dialog.findChild<QMessageBox *>(QStringLiteral("confirmReplace"));
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(QDir::toNativeSeparators(file))
                     && confirm->text().contains(QStringLiteral("cluster ")),
                 qPrintable(confirm->text()));
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
        test::saveScreenshot(confirm, QStringLiteral("kubeconfig-cluster-replace"));
        confirm->button(QMessageBox::Cancel)->click();
        QCOMPARE(readFile(file), changed);
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("confirmReplace")));

        dialog.exportKubeconfig();
        confirm = dialog.findChild<QMessageBox *>(QStringLiteral("confirmReplace"));
        QVERIFY(confirm);
        for (QAbstractButton *button : confirm->buttons()) {
            if (confirm->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
        const QByteArray written = readFile(file);
        QVERIFY(written.contains("https://127.0.0.1:6443"));
        QVERIFY(!written.contains("old.example.com"));
        QVERIFY(!QDir(QFileInfo(file).absolutePath())
                     .entryList({QStringLiteral("config.*.bak")})
                     .isEmpty());
    }
};

QTEST_MAIN(TestKubeconfigExportDialog)
#include "tst_kubeconfigexportdialog.moc"
