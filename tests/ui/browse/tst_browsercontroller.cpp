// The browse UI against the local stack, offscreen: real Keycloak sign-in (the login form
// scripted by FormLoginAgent), real kube-apiserver. alice sees tenant-a only, carol every tenant;
// an object made by the real kubectl shows up in the open table within a second, and so do its
// change and deletion; screenshots of tree + table, form and YAML of a Cluster claim.

#include "auth/session.h"
#include "common/formloginagent.h"
#include "common/stackenv.h"
#include "kube/watcher.h"
#include "models/resourcetablemodel.h"
#include "models/tenanttreemodel.h"
#include "profiles/profilestore.h"
#include "workspace/workspaceregistry.h"
#include "ui/browse/browsercontroller.h"
#include "ui/browse/relatedobjectspane.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "ui/common/eventspane.h"
#include "ui/shell/mainwindow.h"
#include "ui/common/objectformview.h"
#include "ui/browse/resourcetableview.h"
#include "ui/common/yamlview.h"
#include "stacksession.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace scs;
using scs::ui::BrowserController;
using scs::ui::MainWindow;

class TestBrowserController : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;

    std::unique_ptr<auth::Session> signIn(const QString &user)
    {
        return test::signInAs(m_env, m_profile, user);
    }

    // kubectl as admin, started without blocking the event loop; milliseconds from its start
    // until `done` holds (kubectl's own start-up included: an upper bound), or -1.
    qint64 kubectlThenWait(const QStringList &args, const std::function<bool()> &done)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(m_env.value(QStringLiteral("SCS_KUBECTL")),
                      QStringList{QStringLiteral("--kubeconfig"),
                                  m_env.value(QStringLiteral("SCS_ADMIN_KUBECONFIG"))}
                          + args);
        const bool arrived = QTest::qWaitFor(done, 5000);
        const qint64 elapsed = timer.elapsed();
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 10000))
            qWarning() << "kubectl" << args << "did not finish";
        if (process.exitCode() != 0)
            qWarning() << "kubectl" << args << "failed:" << process.readAll();
        return arrived ? elapsed : -1;
    }

    // kubectl as admin with `input` on stdin; its exit code.
    int kubectl(const QStringList &args, const QByteArray &input = {})
    {
        return test::adminKubectl(m_env, args, nullptr, input);
    }

    // Refreshes discovery (again and again: the server's own discovery follows a new CRD a
    // moment later) until `done` holds.
    static bool refreshUntil(BrowserController &browser, const std::function<bool()> &done)
    {
        return QTest::qWaitFor([&] {
            if (done())
                return true;
            if (!browser.discovery()->isRefreshing())
                browser.discovery()->refresh();
            return false;
        }, 30000);
    }

    static int rowOfName(const models::ResourceTableModel &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(models::ResourceTableModel::NameRole).toString() == name)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(test::setUpStackProfile(m_env, m_dir, m_profile, m_profiles));
    }

    void aliceShouldSeeTenantAButNotTenantB()
    {
        auto session = signIn(QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        QVERIFY(browser.treeModel());
        QAbstractItemModelTester tester(browser.treeModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::waitForTenants(browser));
        QCOMPARE(browser.treeModel()->tenants(), QStringList{QStringLiteral("tenant-a")});
        QVERIFY(browser.treeModel()->mayI(
            QStringLiteral("tenant-a"), QStringLiteral("delete"),
            *browser.discovery()->find(QStringLiteral("clusters"),
                                       QStringLiteral("api.scs.community"))));
        QVERIFY(!browser.treeModel()->mayI(QStringLiteral("tenant-a"), QStringLiteral("delete"),
                                           *browser.discovery()->find(QStringLiteral("pods"))));
        QCOMPARE(window.navigationTree()->model()->rowCount(), 1);

        session->signOut();
        QVERIFY(!browser.treeModel());
        QCOMPARE(window.navigationTree()->model()->index(0, 0).data().toString(), m_profile.name);
    }

    void carolShouldSeeEveryTenant()
    {
        auto session = signIn(QStringLiteral("carol"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        QAbstractItemModelTester tester(browser.treeModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::waitForTenants(browser));
        const QStringList tenants = browser.treeModel()->tenants();
        QVERIFY2(tenants.contains(QStringLiteral("tenant-a"))
                     && tenants.contains(QStringLiteral("tenant-b")),
                 qPrintable(tenants.join(QLatin1Char(','))));
        QVERIFY(!tenants.contains(QStringLiteral("kube-system"))); // not labelled as a tenant
        QVERIFY(!browser.treeModel()->mayI(QStringLiteral("tenant-b"), QStringLiteral("create"),
                                           *browser.discovery()->find(QStringLiteral("configmaps"))));
        window.setUserStatus(QStringLiteral("carol"), {});
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(500); // counts
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("browser-carol-tree")).isEmpty());
    }

    void kubectlChangesShouldReachTheOpenTableWithinASecond()
    {
        auto session = signIn(QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        QAbstractItemModelTester tester(browser.tableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        workspaces.setSession(session.get());
        QVERIFY(test::waitForTenants(browser));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(browser.openKind(QStringLiteral("tenant-a"), QStringLiteral("configmaps"),
                                     QString()));
        QVERIFY(browser.watcher());
        QTRY_COMPARE_WITH_TIMEOUT(browser.watcher()->state(), kube::Watcher::State::Watching,
                                  10000);
        QCOMPARE(window.detailsPage(MainWindow::DetailsTab::Table), browser.tableView());
        QVERIFY(rowOfName(*browser.tableModel(), QStringLiteral("tenant-info")) >= 0);
        QSignalSpy resets(browser.tableModel(), &QAbstractItemModel::modelReset);

        const QString name = QStringLiteral("browse-it-%1").arg(QDateTime::currentMSecsSinceEpoch());
        models::ResourceTableModel &model = *browser.tableModel();
        const qint64 created = kubectlThenWait(
            {QStringLiteral("-n"), QStringLiteral("tenant-a"), QStringLiteral("create"),
             QStringLiteral("configmap"), name, QStringLiteral("--from-literal=k=v")},
            [&] { return rowOfName(model, name) >= 0; });
        QVERIFY2(created >= 0, "created object never appeared");

        // The text filter narrows the view (not the model); the selected object shows up in
        // the YAML and Form tabs.
        browser.tableView()->filterEdit()->setText(name);
        QCOMPARE(browser.tableView()->sortFilterProxy()->rowCount(), 1);
        QVERIFY(browser.tableView()->selectUid(
            model.index(rowOfName(model, name), 0).data(models::ResourceTableModel::UidRole)
                .toString()));
        QTRY_VERIFY(browser.yamlView()->text().contains(QStringLiteral("name: ") + name));
        QVERIFY(!browser.yamlView()->text().contains(QStringLiteral("managedFields")));
        QVERIFY(browser.eventsPane()->isVisible());

        const qint64 updated = kubectlThenWait(
            {QStringLiteral("-n"), QStringLiteral("tenant-a"), QStringLiteral("patch"),
             QStringLiteral("configmap"), name, QStringLiteral("--type=merge"),
             QStringLiteral("-p"), QStringLiteral(R"({"data":{"k2":"v2"}})")},
            [&] { return browser.yamlView()->text().contains(QStringLiteral("k2: v2")); });
        QVERIFY2(updated >= 0, "update never reached the YAML view");

        const qint64 deleted = kubectlThenWait(
            {QStringLiteral("-n"), QStringLiteral("tenant-a"), QStringLiteral("delete"),
             QStringLiteral("configmap"), name, QStringLiteral("--wait=false")},
            [&] { return rowOfName(model, name) < 0; });
        QVERIFY2(deleted >= 0, "deletion never arrived");
        QCOMPARE(browser.tableView()->sortFilterProxy()->rowCount(), 0);
        QVERIFY(browser.yamlView()->text().isEmpty());
        qInfo("kubectl start -> table: create %lld ms, update %lld ms, delete %lld ms", created,
              updated, deleted);
        QVERIFY2(created < 1000 && updated < 1000 && deleted < 1000, "slower than a second");
        QCOMPARE(resets.size(), 0);
        browser.tableView()->filterEdit()->clear();

        // The label selector goes to the server.
        browser.tableView()->labelSelectorEdit()->setText(QStringLiteral("nothing=here"));
        QTest::keyClick(browser.tableView()->labelSelectorEdit(), Qt::Key_Return);
        QCOMPARE(browser.watcher()->options().labelSelector, QStringLiteral("nothing=here"));
        QTRY_VERIFY(browser.watcher()->isSynced());
        QCOMPARE(model.rowCount(), 0);
    }

    void aNewCustomResourceKindShouldAppearAfterDiscoveryRefreshes()
    {
        auto session = signIn(QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        QVERIFY(test::waitForTenants(browser));
        models::TenantTreeModel *tree = browser.treeModel();
        QAbstractItemModelTester tester(tree,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(browser.openKind(QStringLiteral("tenant-a"), QStringLiteral("configmaps"),
                                     QString()));
        QSignalSpy resets(tree, &QAbstractItemModel::modelReset);

        // In the claims group, which alice's role covers with "*".
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        const QString plural = QStringLiteral("uiprobe") + stamp + QLatin1Char('s');
        const QString crd = plural + QStringLiteral(".api.scs.community");
        const QByteArray manifest = QStringLiteral(R"(apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: %1
spec:
  group: api.scs.community
  scope: Namespaced
  names: {plural: %2, singular: uiprobe%3, kind: UiProbe%3, listKind: UiProbe%3List}
  versions:
  - name: v1alpha1
    served: true
    storage: true
    schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
)").arg(crd, plural, stamp).toUtf8();
        QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                         manifest),
                 0);
        const auto shown = [&] {
            return tree->kindIndex(QStringLiteral("tenant-a"), plural,
                                   QStringLiteral("api.scs.community"))
                .isValid();
        };
        const bool appeared = refreshUntil(browser, shown);
        QCOMPARE(kubectl({QStringLiteral("delete"), QStringLiteral("crd"), crd,
                          QStringLiteral("--wait=true")}),
                 0);
        QVERIFY2(appeared, "the new kind never reached the tree");
        QVERIFY(refreshUntil(browser, [&] { return !shown(); }));
        QCOMPARE(resets.size(), 0);
    }

    void shouldShowAClusterClaimInTableFormAndYaml()
    {
        auto session = signIn(QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.setUserStatus(QStringLiteral("alice"), {}); // SessionController's job in the app
        QVERIFY(test::waitForTenants(browser));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(browser.openKind(QStringLiteral("tenant-a"), QStringLiteral("clusters"),
                                     QStringLiteral("api.scs.community")));
        QTRY_VERIFY_WITH_TIMEOUT(browser.watcher()->isSynced(), 10000);
        const int row = rowOfName(*browser.tableModel(), QStringLiteral("demo"));
        QVERIFY(row >= 0);
        QVERIFY(browser.tableView()->selectUid(browser.tableModel()
                                                   ->index(row, 0)
                                                   .data(models::ResourceTableModel::UidRole)
                                                   .toString()));
        // Printer columns of the CRD came with the Table.
        QStringList headers;
        for (int c = 0; c < browser.tableModel()->columnCount(); ++c)
            headers.append(browser.tableModel()->headerData(c, Qt::Horizontal).toString());
        QVERIFY2(headers.size() > 2, qPrintable(headers.join(QLatin1Char(','))));
        QTRY_VERIFY_WITH_TIMEOUT(browser.eventsPane()->watcher()
                                     && browser.eventsPane()->watcher()->isSynced(),
                                 10000);
        QTest::qWait(1500); // schema for the tool tips, counts in the tree
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("browser-claim-table")).isEmpty());

        window.showDetailsTab(MainWindow::DetailsTab::Form);
        QTreeWidget *fields = browser.formView()->fields();
        QStringList sections;
        for (int i = 0; i < fields->topLevelItemCount(); ++i)
            sections.append(fields->topLevelItem(i)->text(0));
        QCOMPARE(sections, (QStringList{QStringLiteral("Metadata"), QStringLiteral("Spec"),
                                        QStringLiteral("Status")}));
        QVERIFY(browser.formView()->conditions()->rowCount() >= 2); // Synced, Ready
        // Descriptions come from the OpenAPI document, fetched lazily: under load it may still be
        // on its way after the wait above.
        QTRY_VERIFY_WITH_TIMEOUT(!browser.formView()->fields()->topLevelItem(1)->child(0)
                                      ->toolTip(0).isEmpty(),
                                 15000);
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("browser-claim-form")).isEmpty());

        window.showDetailsTab(MainWindow::DetailsTab::Yaml);
        const QString yaml = browser.yamlView()->text();
        QVERIFY(yaml.startsWith(QStringLiteral("apiVersion: api.scs.community/")));
        QVERIFY(yaml.contains(QStringLiteral("kind: Cluster")));
        QVERIFY(!yaml.contains(QStringLiteral("managedFields")));
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("browser-claim-yaml")).isEmpty());
        window.showDetailsTab(MainWindow::DetailsTab::Table);
    }

    // Filter-as-you-type over the tree (matches, their parents, nothing else) and the Related
    // tab: a ConfigMap owned by another (ownerReferences) lists its owner; the owner lists it
    // (found in the open table); one activation goes there.
    void shouldFilterTheTreeAndShowRelatedObjects()
    {
        const QString owner = QStringLiteral("related-owner");
        const QString owned = QStringLiteral("related-owned");
        kubectl({QStringLiteral("-n"), QStringLiteral("tenant-a"), QStringLiteral("delete"),
                 QStringLiteral("configmap"), owner, owned, QStringLiteral("--ignore-not-found")});
        QCOMPARE(kubectl({QStringLiteral("-n"), QStringLiteral("tenant-a"),
                          QStringLiteral("create"), QStringLiteral("configmap"), owner}),
                 0);
        QByteArray ownerUid;
        QCOMPARE(test::adminKubectl(m_env,
                                    {QStringLiteral("-n"), QStringLiteral("tenant-a"),
                                     QStringLiteral("get"), QStringLiteral("configmap"), owner,
                                     QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.uid}")},
                                    &ownerUid),
                 0);
        QVERIFY(!ownerUid.isEmpty());
        const QByteArray manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "
            + owned.toUtf8() + "\n  namespace: tenant-a\n  ownerReferences:\n"
            "  - apiVersion: v1\n    kind: ConfigMap\n    name: " + owner.toUtf8()
            + "\n    uid: " + ownerUid.trimmed() + "\n";
        QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                         manifest),
                 0);

        auto session = signIn(QStringLiteral("carol"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.setUserStatus(QStringLiteral("carol"), {});
        QVERIFY(test::waitForTenants(browser));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The filter: tenant-b and what is under it go, tenant-a stays.
        QLineEdit *filter = window.findChild<QLineEdit *>(QStringLiteral("navigationFilter"));
        QVERIFY(filter);
        QVERIFY(filter->isEnabled());
        QTreeView *tree = window.navigationTree();
        const QModelIndex profile = tree->model()->index(0, 0);
        const int before = tree->model()->rowCount(profile);
        QVERIFY(before >= 2);
        QTest::keyClicks(filter, QStringLiteral("TENANT-A"));
        QTRY_COMPARE(tree->model()->rowCount(profile), 1);
        QCOMPARE(tree->model()->index(0, 0, profile).data(models::TenantTreeModel::TenantRole)
                     .toString(),
                 QStringLiteral("tenant-a"));
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("browser-tree-filter")).isEmpty());
        filter->clear();
        QTRY_COMPARE(tree->model()->rowCount(profile), before);

        // Related: the owned object names its owner; the owner finds it in the open table.
        QVERIFY(test::openKindSynced(browser, QStringLiteral("tenant-a"),
                                     QStringLiteral("configmaps")));
        const int ownedRow = rowOfName(*browser.tableModel(), owned);
        QVERIFY(ownedRow >= 0);
        QVERIFY(browser.tableView()->selectUid(
            browser.tableModel()->index(ownedRow, 0)
                .data(models::ResourceTableModel::UidRole).toString()));
        window.showDetailsTab(MainWindow::DetailsTab::Related);
        QTreeWidget *related = browser.relatedPane()->tree();
        QTreeWidgetItem *owners = related->topLevelItem(0);
        QCOMPARE(owners->childCount(), 1);
        QCOMPARE(owners->child(0)->text(0), QStringLiteral("ConfigMap"));
        QCOMPARE(owners->child(0)->text(1), owner);
        QVERIFY(browser.relatedPane()->searchedText().contains(QStringLiteral("open table")));

        // One activation: the owner becomes current, and it lists the owned one.
        browser.relatedPane()->activate(owners->child(0));
        QTRY_COMPARE(browser.workspace()->selection()->object()["metadata"].toObject()["name"]
                         .toString(),
                     owner);
        QTreeWidgetItem *ownedGroup = related->topLevelItem(1);
        QTRY_VERIFY(ownedGroup->childCount() == 1 && ownedGroup->child(0)->text(1) == owned);
        QCOMPARE(related->topLevelItem(0)->child(0)->text(0), QStringLiteral("none"));
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("browser-related")).isEmpty());
        window.showDetailsTab(MainWindow::DetailsTab::Table);
        kubectl({QStringLiteral("-n"), QStringLiteral("tenant-a"), QStringLiteral("delete"),
                 QStringLiteral("configmap"), owner, owned, QStringLiteral("--ignore-not-found")});
    }

    // Columns a person would choose: a long generated name reads in full, even when another
    // kind was open before; Age stays narrow instead of taking the spare width.
    void tableColumnsShouldFitNamesAndKeepAgeNarrow()
    {
        const QString name = QStringLiteral("walk-capi-workload-cluster-kubeconfig-%1-xyz")
                                 .arg(QDateTime::currentMSecsSinceEpoch() % 100000);
        QCOMPARE(kubectl({QStringLiteral("-n"), QStringLiteral("tenant-a"),
                          QStringLiteral("create"), QStringLiteral("configmap"), name,
                          QStringLiteral("--from-literal=k=v")}),
                 0);
        auto session = signIn(QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.setUserStatus(QStringLiteral("alice"), {});
        QVERIFY(test::waitForTenants(browser));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Another kind with short names first: its widths must not stay.
        QVERIFY(test::openKindSynced(browser, QStringLiteral("tenant-a"),
                                     QStringLiteral("clusters"),
                                     QStringLiteral("cluster.x-k8s.io"), 20000));
        QTRY_VERIFY(browser.tableModel()->rowCount() > 0);
        QVERIFY(test::openKindSynced(browser, QStringLiteral("tenant-a"),
                                     QStringLiteral("configmaps"), {}, 20000));
        QTRY_VERIFY(rowOfName(*browser.tableModel(), name) >= 0);
        QTest::qWait(200);
        QTableView *table = browser.tableView()->table();
        const int needed = table->fontMetrics().horizontalAdvance(name);
        const int em = table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        const int age = browser.tableModel()->ageColumn();
        QVERIFY2(table->columnWidth(0) >= needed,
                 qPrintable(QStringLiteral("name column %1 px, the name needs %2 px")
                                .arg(table->columnWidth(0))
                                .arg(needed)));
        QVERIFY2(table->columnWidth(age) <= 8 * em,
                 qPrintable(QStringLiteral("Age column %1 px").arg(table->columnWidth(age))));
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("browser-table-columns")).isEmpty());
        kubectl({QStringLiteral("-n"), QStringLiteral("tenant-a"), QStringLiteral("delete"),
                 QStringLiteral("configmap"), name, QStringLiteral("--wait=false")});
    }
};

QTEST_MAIN(TestBrowserController)
#include "tst_browsercontroller.moc"
