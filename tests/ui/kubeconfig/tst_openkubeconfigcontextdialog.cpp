// File > Open Kubeconfig Context…, driven through its widgets: a real kubeconfig's contexts with
// server, namespace and how each signs in (a token, a client certificate made by openssl, an
// exec plugin; an auth-provider context greyed with its reason); Open hands over the
// connection and a token source that works; an exec plugin that is missing or fails leaves a
// message and hands nothing over; a malformed file is refused with its line; the file is never
// written. Screenshots: open-kubeconfig-context*.png.

#include "common/testcertificates.h"
#include "ui/kubeconfig/openkubeconfigcontextdialog.h"
#include "uitesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace scs;
using namespace scs::ui;

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Opened
{
    int calls = 0;
    KubeconfigConnection connection;
    std::unique_ptr<kube::TokenSource> tokens;
};
} // namespace

class TestOpenKubeconfigContextDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_content;

    QString write(const QString &name, const QByteArray &content, bool executable = false)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        if (executable)
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                | QFileDevice::ExeOwner);
        return path;
    }

    static OpenKubeconfigContextDialog::OpenHandler handler(Opened &opened)
    {
        return [&opened](const KubeconfigConnection &c, std::unique_ptr<kube::TokenSource> t) {
            ++opened.calls;
            opened.connection = c;
            opened.tokens = std::move(t);
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto pair = test::makeTestKeyPair(m_dir.path(), QStringLiteral("admin"),
                                                QStringLiteral("/O=system:masters/CN=admin"));
        QVERIFY(!pair.keyPem.isEmpty());
        write(QStringLiteral("good-plugin"),
              "#!/bin/sh\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":"
              "\"ExecCredential\",\"status\":{\"token\":\"from-plugin\"}}'\n",
              true);
        write(QStringLiteral("failing-plugin"),
              "#!/bin/sh\necho 'error: you must sign in first (try kubelogin)' >&2\nexit 1\n", true);
        m_content = "apiVersion: v1\nkind: Config\ncurrent-context: admin@prod\n"
                    "clusters:\n- name: prod\n  cluster:\n    server: https://prod.example.com:6443\n"
                    "    certificate-authority-data: " + pair.certificatePem.toBase64() + "\n"
                    "contexts:\n"
                    "- name: dev\n  context: {cluster: prod, user: token-user, namespace: team-a}\n"
                    "- name: admin@prod\n  context: {cluster: prod, user: admin}\n"
                    "- name: plugin\n  context: {cluster: prod, user: plugin-user, namespace: apps}\n"
                    "- name: broken-plugin\n  context: {cluster: prod, user: failing}\n"
                    "- name: missing-plugin\n  context: {cluster: prod, user: missing}\n"
                    "- name: old-oidc\n  context: {cluster: prod, user: oidc}\n"
                    "- name: tenant-a@prod\n  context: {cluster: prod, user: console}\n"
                    "users:\n- name: token-user\n  user: {token: abc.def}\n"
                    "- name: admin\n  user:\n    client-certificate-data: "
                    + pair.certificatePem.toBase64() + "\n    client-key-data: "
                    + pair.keyPem.toBase64() + "\n"
                    "- name: plugin-user\n  user:\n    exec:\n"
                    "      apiVersion: client.authentication.k8s.io/v1\n"
                    "      command: ./good-plugin\n      interactiveMode: IfAvailable\n"
                    "- name: failing\n  user:\n    exec:\n"
                    "      apiVersion: client.authentication.k8s.io/v1\n"
                    "      command: ./failing-plugin\n      interactiveMode: Never\n"
                    "- name: missing\n  user:\n    exec:\n"
                    "      apiVersion: client.authentication.k8s.io/v1\n"
                    "      command: no-such-credential-plugin\n      interactiveMode: Never\n"
                    "      installHint: Install no-such-credential-plugin from your admin.\n"
                    "- name: oidc\n  user:\n    auth-provider: {name: oidc, config: {client-id: x}}\n"
                    "- name: console\n  user:\n    exec:\n"
                    "      apiVersion: client.authentication.k8s.io/v1\n"
                    "      command: /no/such/dir/scs-console\n"
                    "      args: [get-token, --profile, prod]\n      interactiveMode: IfAvailable\n";
        m_path = write(QStringLiteral("config"), m_content);
        // The dialog's default: the first file of KUBECONFIG.
        qputenv("KUBECONFIG", (m_path + QDir::listSeparator() + m_dir.filePath(QStringLiteral("other")))
                                  .toLocal8Bit());
    }

    void cleanup()
    {
        // Nothing is ever written to the kubeconfig, nor a lock or backup made beside it.
        QCOMPARE(readFile(m_path), m_content);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("config*")}, QDir::Files),
                 QStringList{QStringLiteral("config")});
    }

    void shouldListTheContextsOfTheDefaultKubeconfig()
    {
        Opened opened;
        OpenKubeconfigContextDialog dialog(handler(opened));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.path(), m_path);
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("kubeconfigContexts"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 7);
        const QTreeWidgetItem *dev = list->topLevelItem(0);
        QCOMPARE(dev->text(0), QStringLiteral("dev"));
        QCOMPARE(dev->text(1), QStringLiteral("https://prod.example.com:6443"));
        QCOMPARE(dev->text(2), QStringLiteral("team-a"));
        QCOMPARE(dev->text(3), QStringLiteral("Token"));
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("admin@prod (current)"));
        QCOMPARE(list->topLevelItem(1)->text(3),
                 QStringLiteral("Client certificate (CN=admin, O=system:masters)"));
        QCOMPARE(list->topLevelItem(2)->text(3), QStringLiteral("Program good-plugin (exec plugin)"));
        QCOMPARE(list->topLevelItem(5)->text(3), QStringLiteral("Cannot be opened"));
        // The current context is selected.
        QCOMPARE(list->currentItem(), list->topLevelItem(1));
        auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openContext"));
        QVERIFY(open->isEnabled());
        QVERIFY(test::mnemonicClashes(&dialog).isEmpty());
        QVERIFY(!test::saveScreenshot(&dialog, QStringLiteral("open-kubeconfig-context")).isEmpty());

        // A context the console refuses: greyed, the reason shown, Open disabled.
        QVERIFY(dialog.selectContext(QStringLiteral("old-oidc")));
        QVERIFY(!open->isEnabled());
        QVERIFY2(dialog.message().contains(QLatin1String("auth-provider (oidc)")),
                 qPrintable(dialog.message()));
        QVERIFY(!test::saveScreenshot(&dialog, QStringLiteral("open-kubeconfig-context-refused"))
                     .isEmpty());
        dialog.openSelected();
        QCOMPARE(opened.calls, 0);
    }

    void shouldHandOverATokenContext()
    {
        Opened opened;
        OpenKubeconfigContextDialog dialog(handler(opened));
        dialog.show();
        QVERIFY(dialog.selectContext(QStringLiteral("dev")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("openContext")),
                          Qt::LeftButton);
        QCOMPARE(opened.calls, 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(opened.connection.contextName, QStringLiteral("dev"));
        QCOMPARE(opened.connection.profile.apiUrl, QUrl(QStringLiteral("https://prod.example.com:6443")));
        QCOMPARE(opened.connection.profile.tenants, QStringList{QStringLiteral("team-a")});
        QVERIFY(opened.tokens);
        QCOMPARE(opened.tokens->bearerToken(), QStringLiteral("abc.def"));
    }

    void shouldHandOverACertificateContext()
    {
        Opened opened;
        OpenKubeconfigContextDialog dialog(handler(opened));
        dialog.show();
        dialog.openSelected(); // the current context, admin@prod
        QCOMPARE(opened.calls, 1);
        QVERIFY(!opened.tokens->clientCertificate().isNull());
        QVERIFY(opened.tokens->bearerToken().isEmpty());
    }

    void shouldRunAnExecPluginBeforeHandingOver()
    {
        Opened opened;
        OpenKubeconfigContextDialog dialog(handler(opened));
        dialog.show();
        QVERIFY(dialog.selectContext(QStringLiteral("plugin")));
        dialog.openSelected();
        QTRY_COMPARE(opened.calls, 1);
        QCOMPARE(opened.tokens->bearerToken(), QStringLiteral("from-plugin"));
    }

    void shouldUseTheSignedInSessionForTheConsolesOwnGetToken()
    {
        Opened opened;
        OpenKubeconfigContextDialog dialog(handler(opened));
        dialog.show();
        QVERIFY(dialog.selectContext(QStringLiteral("tenant-a@prod")));
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("kubeconfigContexts"));
        QCOMPARE(list->currentItem()->text(3), QStringLiteral("SCS Console sign-in (profile prod)"));
        dialog.setSignedInProfile(QStringLiteral("prod"));
        dialog.openSelected(); // the program does not exist: it must not be run
        QCOMPARE(opened.calls, 1);
        QVERIFY(!opened.tokens);
        QCOMPARE(opened.connection.auth.exec.consoleProfile(), QStringLiteral("prod"));
    }

    void shouldRunTheConsolesGetTokenForAnotherProfile()
    {
        Opened opened;
        OpenKubeconfigContextDialog dialog(handler(opened));
        dialog.show();
        dialog.setSignedInProfile(QStringLiteral("staging"));
        QVERIFY(dialog.selectContext(QStringLiteral("tenant-a@prod")));
        dialog.openSelected();
        QTRY_VERIFY2(dialog.message().contains(QLatin1String("cannot be found")),
                     qPrintable(dialog.message()));
        QCOMPARE(opened.calls, 0);
    }

    void shouldShowWhyAPluginFailed_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("message");
        QTest::newRow("failing") << QStringLiteral("broken-plugin")
                                 << QStringLiteral("It said: error: you must sign in first");
        QTest::newRow("missing") << QStringLiteral("missing-plugin")
                                 << QStringLiteral("cannot be found. Install no-such-credential-plugin");
    }

    void shouldShowWhyAPluginFailed()
    {
        QFETCH(QString, context);
        QFETCH(QString, message);
        Opened opened;
        OpenKubeconfigContextDialog dialog(handler(opened));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectContext(context));
        dialog.openSelected();
        QTRY_VERIFY2(dialog.message().contains(message), qPrintable(dialog.message()));
        QCOMPARE(opened.calls, 0);
        QVERIFY(dialog.isVisible());
        auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openContext"));
        QTRY_VERIFY(open->isEnabled()); // another try is possible
        if (context == QLatin1String("broken-plugin"))
            QVERIFY(!test::saveScreenshot(&dialog, QStringLiteral("open-kubeconfig-context-failed"))
                         .isEmpty());
    }

    void shouldRefuseAMalformedFile()
    {
        const QByteArray broken = "apiVersion: v1\nkind: Config\nclusters:\n- name: x\n  cluster: [\n";
        const QString path = write(QStringLiteral("broken/kubeconfig"), QByteArray());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("broken"))));
        write(QStringLiteral("broken/kubeconfig"), broken);
        Opened opened;
        OpenKubeconfigContextDialog dialog(handler(opened));
        dialog.show();
        dialog.setPath(m_dir.filePath(QStringLiteral("broken/kubeconfig")));
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("kubeconfigContexts"));
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY2(dialog.message().contains(QLatin1String("not valid YAML")),
                 qPrintable(dialog.message()));
        QVERIFY(dialog.message().contains(QLatin1String("line")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("openContext"))->isEnabled());
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("broken/kubeconfig"))), broken);
        QVERIFY(!test::saveScreenshot(&dialog, QStringLiteral("open-kubeconfig-context-malformed"))
                     .isEmpty());

        dialog.setPath(m_dir.filePath(QStringLiteral("does-not-exist")));
        QVERIFY(dialog.message().contains(QLatin1String("There is no file")));
        Q_UNUSED(path)
    }
};

QTEST_MAIN(TestOpenKubeconfigContextDialog)
#include "tst_openkubeconfigcontextdialog.moc"
