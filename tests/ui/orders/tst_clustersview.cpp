// The clusters view against the local stack, offscreen, as alice: a Cluster API cluster made by
// the admin's kubectl shows up live and goes through its phases in order (screenshot while it
// provisions); the detail page has its condition history, pools and events; Scale, Upgrade
// (only versions the class allows) and Delete (name typed to confirm) work through the view's
// actions and dialogs; "ready" is announced with the kubeconfig offer.

#include "models/tenanttreemodel.h"
#include "orders/clustersmodel.h"
#include "orders/orderservice.h"
#include "orderstesthelpers.h"
#include "profiles/profilestore.h"
#include "workspace/workspaceregistry.h"
#include "ui/browse/browsercontroller.h"
#include "ui/orders/clustersview.h"
#include "orders/healthtreemodel.h"
#include "ui/common/eventspane.h"
#include "ui/shell/mainwindow.h"
#include "ui/orders/ordercontroller.h"
#include "ui/orders/orderwizard.h"
#include "accessibilitytesthelpers.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace scs;
using orders::ClusterRef;
using orders::ClustersModel;

namespace {
const QString kTenant = QStringLiteral("tenant-a");
const QString kCapi = QStringLiteral("clusters.cluster.x-k8s.io");

// A cluster of the scs2 stack's oldest release, in the Cluster API version the stack serves
// (SCS_CAPI_VERSION: v1beta1 names the class "class", v1beta2 "classRef").
QByteArray clusterManifest(const QString &name, const QString &capiVersion)
{
    const bool v1beta2 = capiVersion == QLatin1String("v1beta2");
    QStringList lines{
        QStringLiteral("apiVersion: cluster.x-k8s.io/%1").arg(v1beta2 ? capiVersion
                                                                   : QStringLiteral("v1beta1")),
        QStringLiteral("kind: Cluster"),
        QStringLiteral("metadata:"),
        QStringLiteral("  name: %1").arg(name),
        QStringLiteral("  namespace: %1").arg(kTenant),
        QStringLiteral("spec:"),
        QStringLiteral("  topology:"),
        v1beta2 ? QStringLiteral("    classRef: {name: openstack-scs2-1-33-v1}")
                : QStringLiteral("    class: openstack-scs2-1-33-v1"),
        QStringLiteral("    version: v1.33.9"),
        QStringLiteral("    controlPlane:"),
        QStringLiteral("      replicas: 1"),
        QStringLiteral("    workers:"),
        QStringLiteral("      machineDeployments:"),
        QStringLiteral("      - class: default-worker"),
        QStringLiteral("        name: md-0"),
        QStringLiteral("        replicas: 1"),
        QStringLiteral("      - class: default-worker"),
        QStringLiteral("        name: md-1"),
        QStringLiteral("        replicas: 2"),
        QStringLiteral("    variables:"),
        QStringLiteral("    - name: networkExternalID"),
        QStringLiteral("      value: ebfe5546-f09f-4f42-ab54-094e457d42ec"),
    };
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}
} // namespace

class TestClustersView : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    QString m_name;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QCoreApplication::setOrganizationName(QStringLiteral("SCS"));
        QCoreApplication::setApplicationName(QStringLiteral("scs-console-test"));
        m_profile = m_env.profile();
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(m_profiles->save(m_profile));
        QVERIFY(m_profiles->setCurrentProfile(m_profile.name));
        m_name = QStringLiteral("wizard-view-%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
    }

    void cleanupTestCase()
    {
        for (const QString &name : {m_name, m_name + QStringLiteral("-later")}) {
            test::adminKubectl(m_env, {QStringLiteral("delete"), kCapi, name, QStringLiteral("-n"),
                                       kTenant, QStringLiteral("--ignore-not-found"),
                                       QStringLiteral("--wait=false")});
        }
    }

    void shouldFollowAClusterThroughItsPhasesAndScaleUpgradeDeleteIt()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        ui::MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ui::BrowserController browser(window.workbench(), workspaces);
        ui::OrderController orders(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.setUserStatus(QStringLiteral("alice"), {});
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitForTenants(browser));
        orders.showClusters(kTenant);
        ui::ClustersView *view = orders.clustersView();
        QCOMPARE(window.detailsPage(ui::MainWindow::DetailsTab::Table), view);
        ClustersModel *model = view->model();
        QVERIFY(model);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model->isSynced(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->isOrderAllowed(), 10000);
        // The seeded clusters of both kinds are there.
        QVERIFY(model->rowOf({orders::OrderKind::ClusterApi, kTenant, QStringLiteral("alpha")}) >= 0);
        QVERIFY(model->rowOf({orders::OrderKind::Claim, kTenant, QStringLiteral("demo")}) >= 0);
        // Clusters that earlier tests left being deleted (--wait=false) go first: one that
        // vanishes below would change the row count this test compares (seen in the sanitizer
        // pass, right after tst_orderwizard's clean-up).
        const auto deletingRows = [model] {
            int n = 0;
            for (int row = 0; row < model->rowCount(); ++row)
                n += model->status(row)->deleting ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(deletingRows(), 0, 60000);

        QStringList phases; // as the model announces them
        const ClusterRef ref{orders::OrderKind::ClusterApi, kTenant, m_name};
        connect(model, &ClustersModel::phaseChanged, this,
                [&phases, ref](const ClusterRef &changed, const QString &phase) {
                    if (changed == ref && (phases.isEmpty() || phases.last() != phase))
                        phases.append(phase);
                });
        QSignalSpy ready(view, &ui::ClustersView::clusterBecameReady);
        const QString capiVersion = m_env.value(QStringLiteral("SCS_CAPI_VERSION"));
        QCOMPARE(test::adminKubectl(m_env, {QStringLiteral("apply"), QStringLiteral("-f"),
                                            QStringLiteral("-")},
                                    nullptr, clusterManifest(m_name, capiVersion)),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(ref) >= 0, 5000);
        QVERIFY(view->selectCluster(ref));

        // Someone else orders a cluster meanwhile: the selected one stays selected and in its
        // row, under the cursor (no re-sort that moves it).
        const int selectedRow = view->table()->currentIndex().row();
        const int rowsBefore = view->table()->model()->rowCount();
        const ClusterRef later{orders::OrderKind::ClusterApi, kTenant,
                               m_name + QStringLiteral("-later")};
        QCOMPARE(test::adminKubectl(m_env, {QStringLiteral("apply"), QStringLiteral("-f"),
                                            QStringLiteral("-")},
                                    nullptr, clusterManifest(later.name, capiVersion)),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(later) >= 0, 5000);
        QCOMPARE(view->table()->model()->rowCount(), rowsBefore + 1);
        QCOMPARE(view->table()->currentIndex().row(), selectedRow);
        QVERIFY(view->currentCluster() == ref);
        // The tree's count of Cluster API clusters follows the view's live watch.
        const auto capiRows = [model] {
            int n = 0;
            for (int row = 0; row < model->rowCount(); ++row)
                n += model->status(row)->ref.kind == orders::OrderKind::ClusterApi ? 1 : 0;
            return n;
        };
        models::TenantTreeModel *tree = browser.treeModel();
        QVERIFY(tree);
        QTRY_COMPARE(tree->kindIndex(kTenant, QStringLiteral("clusters"),
                                     QStringLiteral("cluster.x-k8s.io"))
                         .data(models::TenantTreeModel::CountRole)
                         .toInt(),
                     capiRows());
        test::adminKubectl(m_env, {QStringLiteral("delete"), kCapi, later.name,
                                   QStringLiteral("-n"), kTenant,
                                   QStringLiteral("--wait=false")});
        // A screenshot while it provisions.
        QTRY_VERIFY_WITH_TIMEOUT(model->status(ref)
                                     && model->status(ref)->phase == QLatin1String("Provisioning"),
                                 30000);
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("clusters-view-provisioning")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(model->status(ref)->ready, 60000);
        // Other clusters of the tenant (other tests) may become ready meanwhile: ours once.
        const auto readyOfOurs = [&ready, ref] {
            return std::count_if(ready.begin(), ready.end(), [ref](const QList<QVariant> &args) {
                return args.at(0).value<ClusterRef>() == ref;
            });
        };
        QTRY_COMPARE(readyOfOurs(), 1);
        qInfo() << "phases announced:" << phases << "recorded:" << model->phasesSeen(ref);
        const int provisioning = int(phases.indexOf(QStringLiteral("Provisioning")));
        const int provisioned = int(phases.indexOf(QStringLiteral("Provisioned")));
        QVERIFY2(provisioning >= 0 && provisioned > provisioning,
                 qPrintable(phases.join(QStringLiteral(" -> "))));
        QCOMPARE(phases.last(), QStringLiteral("Provisioned"));
        QVERIFY(view->readyBar()->isVisible());
        QVERIFY(view->kubeconfigAction()->isEnabled());

        // Details: history, pools (ready counts from the MachineDeployments), events.
        QTRY_VERIFY(view->historyTable()->rowCount() >= 2);
        QCOMPARE(view->poolsTable()->rowCount(), 2);
        QCOMPARE(view->poolsTable()->item(1, 0)->text(), QStringLiteral("md-1"));
        QVERIFY(view->eventsPane()->followedUid() == model->status(ref)->uid);
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("clusters-view-ready")).isEmpty());
        {
            const QStringList nameless = test::namelessControls(&window);
            QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        }

        // The health tree: every level of the cluster, live.
        orders::HealthTreeModel *health = view->healthModel();
        // "Kind version" of every node whose kind is `kind`.
        const auto nodes = [health](const QString &kind) {
            QStringList found;
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int r = 0; r < health->rowCount(parent); ++r) {
                    const QModelIndex i = health->index(r, 0, parent);
                    if (i.data(orders::HealthTreeModel::KindRole).toString() == kind)
                        found.append(i.siblingAtColumn(orders::HealthTreeModel::Version)
                                         .data().toString());
                    walk(i);
                }
            };
            walk({});
            return found;
        };
        QTRY_COMPARE_WITH_TIMEOUT(nodes(QStringLiteral("Machine")).size(), 4, 15000);
        for (const QString &kind : {QStringLiteral("Cluster"), QStringLiteral("KubeadmControlPlane"),
                                    QStringLiteral("MachineDeployment"),
                                    QStringLiteral("MachineSet"), QStringLiteral("OpenStackCluster"),
                                    QStringLiteral("OpenStackMachine"),
                                    QStringLiteral("ClusterAddon")})
            QVERIFY2(!nodes(kind).isEmpty(), qPrintable(kind));
        QCOMPARE(nodes(QStringLiteral("MachineDeployment")).size(), 2);
        view->detailTabs()->setCurrentWidget(view->healthView());
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("clusters-health-tree")).isEmpty());
        {
            const QStringList nameless = test::namelessControls(&window);
            QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        }

        // Scale md-1 to 3 nodes.
        QSignalSpy finished(view, &ui::ClustersView::actionFinished);
        view->scaleAction()->trigger();
        auto *scale = qobject_cast<ui::ScaleClusterDialog *>(view->openDialog());
        QVERIFY(scale);
        scale->poolBox()->setCurrentText(QStringLiteral("md-1"));
        QCOMPARE(scale->replicasBox()->value(), 2);
        scale->replicasBox()->setValue(3);
        QVERIFY(!test::saveScreenshot(scale, QStringLiteral("clusters-scale-dialog")).isEmpty());
        scale->okButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QJsonObject scaled = test::serverObject(m_env, kCapi, kTenant, m_name);
        QCOMPARE(scaled.value(QLatin1String("spec")).toObject().value(QLatin1String("topology"))
                     .toObject().value(QLatin1String("workers")).toObject()
                     .value(QLatin1String("machineDeployments")).toArray().at(1).toObject()
                     .value(QLatin1String("replicas")).toInt(),
                 3);
        QTRY_COMPARE_WITH_TIMEOUT(model->status(ref)->workers.at(1).desired, 3, 5000);

        // Upgrade as SCS does: class and version together, to the next stack version of the
        // minor or to the next minor; what changes is shown; a dry run first.
        const auto topology = [this] {
            return test::serverObject(m_env, kCapi, kTenant, m_name)
                .value(QLatin1String("spec")).toObject()
                .value(QLatin1String("topology")).toObject();
        };
        QCOMPARE(model->status(ref)->version, QStringLiteral("v1.33.9"));
        // The table marks the cluster: an upgrade is available.
        QTRY_VERIFY_WITH_TIMEOUT(!model->upgradeTargets(ref).isEmpty(), 10000);
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("clusters-view-upgrade-available"))
                     .isEmpty());
        view->upgradeAction()->trigger();
        auto *upgrade = qobject_cast<ui::UpgradeClusterDialog *>(view->openDialog());
        QVERIFY(upgrade);
        QCOMPARE(upgrade->offeredTargets(),
                 (QStringList{QStringLiteral("openstack-scs2-1-33-v2 v1.33.10"),
                              QStringLiteral("openstack-scs2-1-34-v1 v1.34.7")}));
        QVERIFY(upgrade->okButton()->isEnabled());
        QVERIFY(upgrade->changesLabel()->text().contains(QStringLiteral("openstack-scs2-1-33-v2")));
        QVERIFY(upgrade->changesLabel()->text().contains(QStringLiteral("v1.33.10")));
        upgrade->dryRunButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(upgrade->dryRunLabel()->text().contains(QStringLiteral("accepts")),
                                 10000);
        QVERIFY(!test::saveScreenshot(upgrade, QStringLiteral("clusters-upgrade-dialog")).isEmpty());
        QCOMPARE(test::topologyClassOf(topology()), QStringLiteral("openstack-scs2-1-33-v1"));
        upgrade->okButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(test::topologyClassOf(topology()), QStringLiteral("openstack-scs2-1-33-v2"));
        QCOMPARE(topology().value(QLatin1String("version")).toString(),
                 QStringLiteral("v1.33.10"));
        QTRY_COMPARE_WITH_TIMEOUT(model->status(ref)->version, QStringLiteral("v1.33.10"), 5000);
        // The tree follows the rollout: new machines of the new version appear.
        QTRY_VERIFY_WITH_TIMEOUT(nodes(QStringLiteral("Machine")).contains(QStringLiteral("v1.33.10")),
                                 30000);
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("clusters-health-tree-rolling"))
                     .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(nodes(QStringLiteral("Machine")).size() == 5
                                     && !nodes(QStringLiteral("Machine"))
                                             .contains(QStringLiteral("v1.33.9")),
                                 120000);
        // The scale before is kept (the upgrade changes class and version only).
        QCOMPARE(model->status(ref)->workers.at(1).desired, 3);

        // Then the next minor, the only target left.
        view->upgradeAction()->trigger();
        upgrade = qobject_cast<ui::UpgradeClusterDialog *>(view->openDialog());
        QVERIFY(upgrade);
        QCOMPARE(upgrade->offeredTargets(),
                 QStringList{QStringLiteral("openstack-scs2-1-34-v1 v1.34.7")});
        upgrade->okButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(test::topologyClassOf(topology()), QStringLiteral("openstack-scs2-1-34-v1"));
        QTRY_COMPARE_WITH_TIMEOUT(model->status(ref)->version, QStringLiteral("v1.34.7"), 5000);

        // Now it runs the newest release: nothing to offer, never an older one.
        QTRY_VERIFY_WITH_TIMEOUT(model->upgradeTargets(ref).isEmpty(), 5000);
        view->upgradeAction()->trigger();
        upgrade = qobject_cast<ui::UpgradeClusterDialog *>(view->openDialog());
        QVERIFY(upgrade);
        QVERIFY(upgrade->offeredVersions().isEmpty());
        QVERIFY(!upgrade->okButton()->isEnabled());
        QVERIFY(!test::saveScreenshot(upgrade, QStringLiteral("clusters-upgrade-dialog-newest"))
                     .isEmpty());
        upgrade->reject();
        QCOMPARE(test::topologyClassOf(topology()), QStringLiteral("openstack-scs2-1-34-v1"));

        // Delete: only with the name typed.
        view->deleteAction()->trigger();
        auto *remove = qobject_cast<ui::DeleteClusterDialog *>(view->openDialog());
        QVERIFY(remove);
        QVERIFY(!remove->deleteButton()->isEnabled());
        QTest::keyClicks(remove->confirmEdit(), m_name.left(m_name.size() - 1));
        QVERIFY(!remove->deleteButton()->isEnabled());
        QTest::keyClicks(remove->confirmEdit(), m_name.right(1));
        QVERIFY(remove->deleteButton()->isEnabled());
        QVERIFY(!test::saveScreenshot(remove, QStringLiteral("clusters-delete-dialog")).isEmpty());
        remove->deleteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 10000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        // No "ready" banner for a cluster on its way out.
        QTRY_VERIFY_WITH_TIMEOUT(!model->status(ref) || model->status(ref)->deleting, 10000);
        // (The bar may announce another test's cluster meanwhile, never ours.)
        const auto *readyText = view->readyBar()->findChild<QLabel *>();
        QVERIFY(readyText);
        QVERIFY2(!view->readyBar()->isVisible()
                     || !readyText->text().contains(m_name + QStringLiteral(" in ")),
                 qPrintable(readyText->text()));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(ref) < 0, 30000);
        QVERIFY(test::serverObject(m_env, kCapi, kTenant, m_name).isEmpty());
    }
};

QTEST_MAIN(TestClustersView)
#include "tst_clustersview.moc"
