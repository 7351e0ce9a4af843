// File > Open Kubeconfig Context… in the real window against the local stack: alice is signed
// in to the Central API; the command opens the dialog on $KUBECONFIG (the workload cluster's
// admin kubeconfig, a client certificate), Open makes it a connection of its own beside the
// Central API, shown at once: its tree lists every namespace and its pods are in the table.
// Opening the same context again shows that connection instead of a second one; signing out of
// the Central API leaves it open (it does not use the console's sign-in). The file is never
// written. Screenshot: open-kubeconfig-context-window.

#include "auth/session.h"
#include "models/resourcetablemodel.h"
#include "models/tenanttreemodel.h"
#include "profiles/profilestore.h"
#include "stacksession.h"
#include "ui/browse/browsercontroller.h"
#include "ui/browse/connectionspane.h"
#include "ui/kubeconfig/kubeconfigcontroller.h"
#include "ui/kubeconfig/openkubeconfigcontextdialog.h"
#include "ui/shell/mainwindow.h"
#include "uitesthelpers.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace scs;
using namespace scs::ui;

class TestOpenKubeconfigContext : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    QString m_kubeconfig;
    QByteArray m_content;

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Runs File > Open Kubeconfig Context… and opens the file's current context.
    static bool openCurrentContext(QWidget &window, KubeconfigController &kubeconfigs)
    {
        kubeconfigs.openContextAction()->trigger();
        OpenKubeconfigContextDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = window.findChild<OpenKubeconfigContextDialog *>();
                return dialog && dialog->isVisible();
            }, 10000))
            return false;
        auto *open = dialog->findChild<QPushButton *>(QStringLiteral("openContext"));
        if (!open || !QTest::qWaitFor([&] { return open->isEnabled(); }, 10000))
            return false;
        const QPointer<OpenKubeconfigContextDialog> guard(dialog);
        QTest::mouseClick(open, Qt::LeftButton);
        return QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(test::setUpStackProfile(m_env, m_dir, m_profile, m_profiles));
        m_kubeconfig = m_env.value(QStringLiteral("SCS_WORKLOAD_ADMIN_KUBECONFIG"));
        m_content = read(m_kubeconfig);
        QVERIFY2(m_content.contains("client-certificate-data"), qPrintable(m_kubeconfig));
        qputenv("KUBECONFIG", m_kubeconfig.toLocal8Bit());
    }

    void shouldOpenTheCurrentContextBesideTheCentralApi()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        auto *pane = new ConnectionsPane(window.workbench(), workspaces); // the window owns it
        KubeconfigController kubeconfigs(window.workbench(), workspaces,
                                         QStringLiteral("scs-console"));
        workspaces.setSession(session.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitForTenants(browser));
        workspace::Workspace *central = workspaces.central();
        QVERIFY(central);

        QVERIFY(openCurrentContext(window, kubeconfigs));
        QCOMPARE(workspaces.workspaces().size(), 2);
        workspace::Workspace *opened = workspaces.current();
        QVERIFY(opened && opened != central);
        QCOMPARE(opened->profile().apiUrl,
                 QUrl(m_env.value(QStringLiteral("SCS_WORKLOAD_API_URL"))));
        QCOMPARE(workspaces.owner(opened), nullptr); // its own credential, not the sign-in
        QVERIFY(pane->isVisible() && pane->itemOf(opened));
        QCOMPARE(browser.workspace(), opened);
        QVERIFY(test::waitForTenants(browser));
        QVERIFY2(browser.treeModel()->tenants().contains(QStringLiteral("demo")),
                 qPrintable(browser.treeModel()->tenants().join(u',')));
        QVERIFY(test::openKindSynced(browser, QStringLiteral("demo"), QStringLiteral("pods"), {},
                                     20000));
        QTRY_VERIFY_WITH_TIMEOUT(browser.tableModel()->rowCount() > 0, 10000);
        QVERIFY(browser.tableModel()->item(0).name().startsWith(QLatin1String("web-")));
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("open-kubeconfig-context-window"))
                     .isEmpty());

        // The same context again: the open connection is shown, no second one.
        workspaces.setCurrent(central);
        QVERIFY(openCurrentContext(window, kubeconfigs));
        QCOMPARE(workspaces.workspaces().size(), 2);
        QCOMPARE(workspaces.current(), opened);

        // Signing out of the Central API leaves it open.
        session->signOut();
        QTRY_COMPARE(workspaces.workspaces().size(), 1);
        QCOMPARE(workspaces.current(), opened);
        QCOMPARE(read(m_kubeconfig), m_content);
    }
};

QTEST_MAIN(TestOpenKubeconfigContext)
#include "tst_openkubeconfigcontext.moc"
