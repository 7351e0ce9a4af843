// "Open" on a ready ordered cluster, in the real window against the local stack, as alice:
// an unsaved edit on the Central API goes to a draft when the window switches away; the cluster
// (whose API server, the stack's workload API server, trusts the same issuer) opens beside the
// Central API with her own sign-in and shows in the Connections pane under it; its tree lists
// every namespace; the pods of the demo Deployment are in the table; Logs on the Deployment
// shows their lines arriving; clicking the Central API switches back (tenant-a there, the draft
// offered and restored; the logs window stays and keeps following); Close closes the cluster
// and its logs window; signing out closes what was opened from it.
// Inside the opened cluster, a shell tab in a pod answers `echo hello && ls` and a port
// forwarded to the pod serves its page to the real curl, still while the Central API is shown.
// Screenshots: open-cluster-tree, open-cluster-pods, open-cluster-logs, open-cluster-back,
// open-cluster-shell, open-cluster-port-forwards.

#include "auth/session.h"
#include "edit/draftstore.h"
#include "kube/watcher.h"
#include "models/resourcetablemodel.h"
#include "models/tenanttreemodel.h"
#include "orders/clustersmodel.h"
#include "orderstesthelpers.h"
#include "profiles/profilestore.h"
#include "stacksession.h"
#include "ui/browse/browsercontroller.h"
#include "ui/browse/connectionspane.h"
#include "ui/browse/resourcetableview.h"
#include "exec/execsession.h"
#include "portforward/portforward.h"
#include "portforward/portforwards.h"
#include "ui/common/terminal/terminalwidget.h"
#include "ui/edit/editcontroller.h"
#include "ui/exec/execcontroller.h"
#include "ui/exec/execdialog.h"
#include "ui/exec/exectab.h"
#include "ui/portforward/portforwardcontroller.h"
#include "ui/portforward/portforwarddialog.h"
#include "ui/portforward/portforwardlist.h"
#include "ui/common/editor/yamleditor.h"
#include "ui/logs/logscontroller.h"
#include "ui/logs/logsview.h"
#include "ui/orders/clustersview.h"
#include "ui/orders/ordercontroller.h"
#include "ui/shell/mainwindow.h"
#include "uitesthelpers.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QProcess>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace scs;
using namespace scs::ui;

namespace {
const QString kTenant = QStringLiteral("tenant-a");

QStringList namesIn(const models::ResourceTableModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.item(row).name());
    return names;
}

QString curl(const QString &address)
{
    QProcess process;
    process.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("--max-time"),
                                           QStringLiteral("20"),
                                           QStringLiteral("http://%1/").arg(address)});
    // The forward answers from this thread's event loop: wait with it running.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void click(QTreeWidget *tree, QTreeWidgetItem *item)
{
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
}
} // namespace

class TestOpenCluster : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    QString m_cluster;
    QString m_configMap;
    QString m_adminCluster;

    QByteArray clusterYaml(const QString &name, bool oidc) const
    {
        QByteArray yaml = clusterYaml();
        yaml.replace(m_cluster.toUtf8(), name.toUtf8());
        if (!oidc)
            yaml.truncate(yaml.indexOf("    - name: oidc_config"));
        return yaml;
    }

    QByteArray clusterYaml() const
    {
        // A cluster whose topology says its API server trusts the console's issuer (as the
        // kubeconfig export reads it); the stack's provisioner points it at the workload API
        // server, which does.
        return "apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nmetadata:\n  name: "
            + m_cluster.toUtf8() + "\n  namespace: " + kTenant.toUtf8()
            + "\nspec:\n  topology:\n    class: openstack-scs-1-33-v1\n"
              "    version: v1.33.5\n    controlPlane:\n      replicas: 1\n"
              "    variables:\n    - name: external_id\n"
              "      value: ebfe5546-f09f-4f42-ab54-094e457d42ec\n"
              "    - name: oidc_config\n      value:\n        issuer_url: "
            + m_env.value(QStringLiteral("SCS_OIDC_ISSUER")).toUtf8()
            + "\n        client_id: scs-console\n";
    }

    // Selects `name` in the open table through the Selection, as a click would.
    static bool select(BrowserController &browser, const QString &name)
    {
        workspace::Selection *selection = browser.workspace()->selection();
        return QTest::qWaitFor([&] {
            if (selection->object()
                    .value(QLatin1String("metadata"))
                    .toObject()
                    .value(QLatin1String("name"))
                    .toString()
                == name)
                return true;
            selection->requestSelect(name);
            return false;
        }, 15000);
    }

    // Opens the cluster from the clusters view; true once it is the current connection.
    // `answer`, when set, is called once the admin warning is up (it accepts or cancels it).
    static bool openFromClustersView(OrderController &orders,
                                     workspace::WorkspaceRegistry &workspaces,
                                     const orders::ClusterRef &ref,
                                     const std::function<void(QMessageBox *)> &answer = {})
    {
        orders.showClusters(kTenant);
        ClustersView *view = orders.clustersView();
        if (!QTest::qWaitFor([&] {
                const orders::ClusterStatus *s = view->model() ? view->model()->status(ref)
                                                               : nullptr;
                return s && s->ready;
            }, 60000)) {
            qWarning() << "cluster" << ref.name << "never became ready in the view";
            return false;
        }
        if (!view->selectCluster(ref)
            || !QTest::qWaitFor([&] { return view->openClusterAction()->isEnabled(); }, 5000))
            return false;
        QSignalSpy finished(&orders, &OrderController::openFinished);
        view->openClusterAction()->trigger();
        if (answer) {
            if (!QTest::qWaitFor([&] { return orders.adminWarning() != nullptr; }, 20000)) {
                qWarning() << "no admin warning for" << ref.name;
                return false;
            }
            answer(orders.adminWarning());
        }
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000)) {
            qWarning() << "opening" << ref.name << "did not finish";
            return false;
        }
        if (!finished.first().at(0).toBool()) {
            qWarning() << "opening failed:" << finished.first().at(1).toString();
            return false;
        }
        return workspaces.current() && workspaces.current() != workspaces.central();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(test::setUpStackProfile(m_env, m_dir, m_profile, m_profiles));
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
        m_cluster = QStringLiteral("open-") + stamp;
        m_configMap = QStringLiteral("open-edit-") + stamp;
        m_adminCluster = QStringLiteral("open-admin-") + stamp;
        QCOMPARE(test::adminKubectl(m_env, {"apply", "-f", "-"}, nullptr, clusterYaml()), 0);
        QCOMPARE(test::adminKubectl(m_env, {"apply", "-f", "-"}, nullptr,
                                    clusterYaml(m_adminCluster, false)),
                 0);
        const QByteArray configMap = QStringLiteral("apiVersion: v1\nkind: ConfigMap\n"
                                                    "metadata: {name: %1, namespace: %2}\n"
                                                    "data: {note: before}\n")
                                         .arg(m_configMap, kTenant)
                                         .toUtf8();
        QCOMPARE(test::adminKubectl(m_env, {"apply", "-f", "-"}, nullptr, configMap), 0);
    }

    void cleanupTestCase()
    {
        test::adminKubectl(m_env, {"-n", kTenant, "delete", "--ignore-not-found", "--wait=false",
                                   QStringLiteral("clusters.cluster.x-k8s.io/") + m_cluster,
                                   QStringLiteral("clusters.cluster.x-k8s.io/") + m_adminCluster,
                                   QStringLiteral("configmap/") + m_configMap});
    }

    void shouldOpenAReadyClusterBesideTheCentralApiAndComeBack()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        QTemporaryDir draftsDir;
        edit::DraftStore drafts(draftsDir.path());
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        auto *pane = new ConnectionsPane(window.workbench(), workspaces); // the window owns it
        EditController edits(window.workbench(), workspaces, browser.objectViews(), drafts);
        LogsController logs(window.workbench(), workspaces);
        OrderController orders(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitForTenants(browser));
        workspace::Workspace *central = workspaces.central();
        QVERIFY(central);
        QVERIFY(!pane->isVisible()); // one connection: the window looks as before

        // An edit on the Central API, not yet saved (the autosave has not run).
        QVERIFY(test::openKindSynced(browser, kTenant, QStringLiteral("configmaps")));
        QVERIFY(select(browser, m_configMap));
        QTRY_VERIFY_WITH_TIMEOUT(edits.editAction()->isEnabled(), 10000);
        edits.editAction()->trigger();
        QVERIFY(edits.isEditing());
        QTextCursor cursor = edits.yamlEditor()->textEdit()->document()->find(
            QStringLiteral("note: before"));
        QVERIFY(!cursor.isNull());
        cursor.insertText(QStringLiteral("note: typed before the switch"));
        QVERIFY(edits.hasUnsavedChanges());
        QVERIFY(drafts.list(m_profile.name).isEmpty());

        // Open the cluster: the window switches to it, the edit went to a draft on the way.
        const orders::ClusterRef ref{orders::OrderKind::ClusterApi, kTenant, m_cluster};
        QVERIFY(openFromClustersView(orders, workspaces, ref));
        workspace::Workspace *cluster = workspaces.current();
        QCOMPARE(cluster->kind(), workspace::Workspace::Kind::Cluster);
        QCOMPARE(cluster->profile().apiUrl,
                 QUrl(m_env.value(QStringLiteral("SCS_WORKLOAD_API_URL"))));
        QVERIFY(cluster->profile().caData.startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(workspaces.owner(cluster), central);
        QCOMPARE(browser.workspace(), cluster);
        QVERIFY(!edits.isEditing());
        const QList<edit::Draft> saved = drafts.list(m_profile.name);
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved.first().text.contains(QStringLiteral("note: typed before the switch")));

        // The Connections pane: the Central API with the cluster under it, the cluster bold.
        QVERIFY(pane->isVisible());
        QTreeWidgetItem *centralItem = pane->itemOf(central);
        QTreeWidgetItem *clusterItem = pane->itemOf(cluster);
        QVERIFY(centralItem && clusterItem);
        QCOMPARE(clusterItem->parent(), centralItem);
        QCOMPARE(clusterItem->text(0), QStringLiteral("%1 (%2)").arg(m_cluster, kTenant));
        QVERIFY(clusterItem->font(0).bold());
        QVERIFY(!centralItem->font(0).bold());

        // Its tree lists every namespace (no tenant labels there).
        QVERIFY(test::waitForTenants(browser));
        const QStringList namespaces = browser.treeModel()->tenants();
        QVERIFY2(namespaces.contains(QStringLiteral("demo"))
                     && namespaces.contains(QStringLiteral("kube-system"))
                     && namespaces.contains(QStringLiteral("default")),
                 qPrintable(namespaces.join(u',')));
        QVERIFY(!namespaces.contains(kTenant));
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("open-cluster-tree")).isEmpty());

        // The demo Deployment's pods.
        QVERIFY(test::openKindSynced(browser, QStringLiteral("demo"), QStringLiteral("pods"), {},
                                     20000));
        QTRY_VERIFY_WITH_TIMEOUT(
            namesIn(*browser.tableModel()).filter(QRegularExpression(QStringLiteral("^web-")))
                    .size()
                >= 1,
            10000);
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("open-cluster-pods")).isEmpty());

        // Logs of the Deployment: its pods' lines arrive, each with the pod's prefix.
        QVERIFY(test::openKindSynced(browser, QStringLiteral("demo"),
                                     QStringLiteral("deployments"), QStringLiteral("apps"),
                                     20000));
        QVERIFY(select(browser, QStringLiteral("web")));
        QTRY_VERIFY_WITH_TIMEOUT(logs.logsAction()->isEnabled(), 10000);
        logs.logsAction()->trigger();
        QCOMPARE(logs.openViews().size(), 1);
        LogsView *view = logs.openViews().first();
        const QRegularExpression tick(QStringLiteral("web-[^:\\s]+: tick \\d+"));
        QTRY_VERIFY_WITH_TIMEOUT(tick.match(view->textView()->toPlainText()).hasMatch(), 20000);
        QVERIFY(!test::saveScreenshot(view->window(), QStringLiteral("open-cluster-logs"))
                     .isEmpty());

        // Back to the Central API with a click: tenant-a is there, the draft offered again.
        click(pane->tree(), pane->itemOf(central));
        QCOMPARE(workspaces.current(), central);
        QCOMPARE(browser.workspace(), central);
        // The cluster's logs window stays, still reading through the cluster.
        QCOMPARE(logs.openViews().size(), 1);
        QCOMPARE(logs.openViews().first(), view);
        const int linesBefore = view->textView()->blockCount();
        QTRY_VERIFY_WITH_TIMEOUT(view->textView()->blockCount() > linesBefore, 15000);
        QCOMPARE(workspaces.workspaces().size(), 2); // the cluster stays open
        QVERIFY(browser.treeModel()->tenants().contains(kTenant));
        QVERIFY(test::openKindSynced(browser, kTenant, QStringLiteral("configmaps")));
        QVERIFY(select(browser, m_configMap));
        QTRY_VERIFY_WITH_TIMEOUT(window.bannerText().contains(QStringLiteral("Unsaved draft")),
                                 10000);
        edits.restoreDraftAction()->trigger();
        QVERIFY(edits.isEditing());
        QVERIFY(edits.yamlEditor()->text().contains(
            QStringLiteral("note: typed before the switch")));
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("open-cluster-back")).isEmpty());

        // Close from the pane: the cluster goes, the pane hides again.
        QPointer<workspace::Workspace> watchCluster(cluster);
        click(pane->tree(), pane->itemOf(cluster));
        QCOMPARE(workspaces.current(), cluster);
        QVERIFY(pane->closeButton()->isEnabled());
        QTest::mouseClick(pane->closeButton(), Qt::LeftButton);
        QVERIFY(!watchCluster);
        QTRY_VERIFY(logs.openViews().isEmpty()); // its stream used the cluster's client
        QCOMPARE(workspaces.current(), central);
        QVERIFY(!pane->isVisible());
        QVERIFY(!pane->closeButton()->isEnabled()); // the Central API's is not closed here

        // Opened again, as an object action on the Cluster in the browser's table, then
        // signing out closes it together with the Central API's.
        QVERIFY(test::openKindSynced(browser, kTenant, QStringLiteral("clusters"),
                                     QStringLiteral("cluster.x-k8s.io"), 20000));
        QVERIFY(window.objectActions().contains(orders.openObjectAction()));
        QVERIFY(select(browser, m_cluster));
        QTRY_VERIFY_WITH_TIMEOUT(orders.openObjectAction()->isEnabled(), 10000);
        QSignalSpy reopened(&orders, &OrderController::openFinished);
        orders.openObjectAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(reopened.size(), 1, 20000);
        QVERIFY(reopened.first().first().toBool());
        QCOMPARE(workspaces.workspaces().size(), 2);
        QCOMPARE(workspaces.current()->kind(), workspace::Workspace::Kind::Cluster);
        session->signOut();
        QTRY_VERIFY(workspaces.workspaces().isEmpty());
        QCOMPARE(workspaces.current(), nullptr);
        QCOMPARE(browser.workspace(), nullptr);
    }

    // The whole path in one window: open the ordered cluster, pick a running `web` pod
    // in its table, run `echo hello && ls` in a shell tab and read the answer, forward the
    // pod's port and fetch the page with curl; the forward keeps working while the Central API
    // is shown, and closing the cluster ends the shell and the forward.
    void shouldRunAShellAndForwardAPortInsideTheOpenedCluster()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        auto *pane = new ConnectionsPane(window.workbench(), workspaces);
        OrderController orders(window.workbench(), workspaces);
        ExecController shells(window.workbench(), workspaces);
        PortForwardController forwards(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitForTenants(browser));
        workspace::Workspace *central = workspaces.central();
        const orders::ClusterRef ref{orders::OrderKind::ClusterApi, kTenant, m_cluster};
        QVERIFY(openFromClustersView(orders, workspaces, ref));
        workspace::Workspace *cluster = workspaces.current();
        QVERIFY(test::waitForTenants(browser));

        // A running pod of the demo Deployment, picked in the table.
        QVERIFY(test::openKindSynced(browser, QStringLiteral("demo"), QStringLiteral("pods"), {},
                                     20000));
        QString pod;
        QVERIFY(QTest::qWaitFor([&] {
            for (const QString &name : namesIn(*browser.tableModel())) {
                if (!name.startsWith(QLatin1String("web-")) || !select(browser, name))
                    continue;
                const QJsonObject object = cluster->selection()->object();
                if (object.value(u"status").toObject().value(u"phase").toString() == u"Running"
                    && !object.value(u"metadata").toObject().contains(u"deletionTimestamp")) {
                    pod = name;
                    return true;
                }
            }
            return false;
        }, 30000));

        // Shell…: the dialog's defaults (the pod's container, the automatic shell), a tab.
        QTRY_VERIFY_WITH_TIMEOUT(shells.shellAction()->isEnabled(), 15000);
        shells.shellAction()->trigger();
        ExecDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<ExecDialog *>()) != nullptr
                                     && dialog->isVisible(),
                                 10000);
        QCOMPARE(dialog->container(), QStringLiteral("web"));
        dialog->accept();
        QTRY_COMPARE(shells.openTabs().size(), 1);
        ExecTab *tab = shells.openTabs().first();
        TerminalWidget *terminal = tab->terminal();
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), exec::ExecSession::State::Open,
                                  20000);
        QTRY_VERIFY_WITH_TIMEOUT(!terminal->screenText().trimmed().isEmpty(), 10000);
        QTest::keyClicks(terminal, QStringLiteral("echo hello && ls"));
        QTest::keyClick(terminal, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(
            terminal->screenText().split(QLatin1Char('\n')).contains(QStringLiteral("hello")),
            qPrintable(terminal->screenText()), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(terminal->screenText().contains(QStringLiteral("index.html")),
                                  qPrintable(terminal->screenText()), 10000);
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("open-cluster-shell")).isEmpty());

        // Port Forward… on the same pod: the real curl gets the pod's page through it.
        QVERIFY(select(browser, pod));
        QTRY_VERIFY_WITH_TIMEOUT(forwards.portForwardAction()->isEnabled(), 10000);
        forwards.portForwardAction()->trigger();
        PortForwardDialog *forwardDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((forwardDialog = window.findChild<PortForwardDialog *>())
                                         != nullptr
                                     && forwardDialog->isVisible(),
                                 10000);
        QCOMPARE(forwardDialog->remotePort(), quint16(8080));
        QTest::mouseClick(forwardDialog->buttons()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE(forwards.forwards()->rowCount(), 1);
        QPointer<portforward::PortForward> forward = forwards.forwards()->forwardAt(0);
        QTRY_COMPARE_WITH_TIMEOUT(forward->state(), portforward::PortForward::State::Active,
                                  10000);
        const QString address = forward->localAddress();
        QString page = curl(address);
        QVERIFY2(page.contains(pod), qPrintable(page));
        QVERIFY(forwards.list());
        QVERIFY(!test::saveScreenshot(forwards.list()->window(),
                                      QStringLiteral("open-cluster-port-forwards"))
                     .isEmpty());

        // Showing the Central API leaves the cluster's forward running.
        click(pane->tree(), pane->itemOf(central));
        QCOMPARE(workspaces.current(), central);
        QCOMPARE(forward->state(), portforward::PortForward::State::Active);
        page = curl(address);
        QVERIFY2(page.contains(pod), qPrintable(page));

        // Closing the cluster ends its shell and its forward.
        workspaces.closeConnection(cluster);
        QTRY_VERIFY(shells.openTabs().isEmpty());
        QVERIFY(!forward || forward->state() == portforward::PortForward::State::Stopped);
        session->signOut();
    }

    // A cluster whose topology does not say it trusts the issuer: opening warns about the
    // cluster-admin credential first; cancelled, nothing opens; accepted, the cluster opens with
    // its admin kubeconfig's client certificate and lists its namespaces.
    void shouldOpenWithTheAdminKubeconfigOnlyAfterTheWarning()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        auto *pane = new ConnectionsPane(window.workbench(), workspaces);
        OrderController orders(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitForTenants(browser));
        const orders::ClusterRef ref{orders::OrderKind::ClusterApi, kTenant, m_adminCluster};

        QString warning;
        QVERIFY(!openFromClustersView(orders, workspaces, ref, [&](QMessageBox *box) {
            warning = box->informativeText();
            QVERIFY(!test::saveScreenshot(box, QStringLiteral("open-cluster-admin-warning"))
                         .isEmpty());
            box->button(QMessageBox::Cancel)->click();
        }));
        QVERIFY(warning.contains(QStringLiteral("cluster-admin")));
        QCOMPARE(workspaces.workspaces().size(), 1);

        QVERIFY(openFromClustersView(orders, workspaces, ref, [](QMessageBox *box) {
            box->findChild<QPushButton *>(QStringLiteral("openAsAdmin"))->click();
        }));
        workspace::Workspace *cluster = workspaces.current();
        QCOMPARE(workspaces.owner(cluster), workspaces.central());
        QCOMPARE(workspaces.displayName(cluster),
                 QStringLiteral("%1 (%2, admin)").arg(m_adminCluster, kTenant));
        QCOMPARE(cluster->profile().apiUrl,
                 QUrl(m_env.value(QStringLiteral("SCS_WORKLOAD_API_URL"))));
        QVERIFY(test::waitForTenants(browser));
        QVERIFY(browser.treeModel()->tenants().contains(QStringLiteral("demo")));
        QVERIFY(pane->itemOf(cluster));
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("open-cluster-admin")).isEmpty());
        session->signOut();
        QTRY_VERIFY(workspaces.workspaces().isEmpty());
    }
};

QTEST_MAIN(TestOpenCluster)
#include "tst_opencluster.moc"
