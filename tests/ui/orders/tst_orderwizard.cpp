// The order wizard against the local stack, offscreen, driven through its real widgets:
// alice orders a Cluster API cluster of the stack's ClusterClass with two worker pools and a
// changed variable, and a Central API claim in three clicks; the objects on the server hold
// exactly what the review page showed; the provisioner makes them ready and the clusters view
// sees the phases in order; invalid input stops at the field before any request; bob, a viewer
// of tenant-a, is not offered "Order" there. An autoscaled pool is ordered, shown, rescaled and
// ordered again with "Order Like This…" and through a template file. Screenshots of every page.

#include "yaml/objectyaml.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/openapi.h"
#include "orders/clustersmodel.h"
#include "orders/orderservice.h"
#include "orderstesthelpers.h"
#include "profiles/profilestore.h"
#include "workspace/workspaceregistry.h"
#include "ui/browse/browsercontroller.h"
#include "ui/common/quotaoverview.h"
#include "ui/orders/clustersview.h"
#include "ui/shell/mainwindow.h"
#include "ui/orders/ordercontroller.h"
#include "ui/orders/orderwizard.h"
#include "ui/orders/scaleclusterdialog.h"
#include "ui/orders/schemaform.h"
#include "ui/common/editor/yamleditor.h"
#include "accessibilitytesthelpers.h"
#include "uitesthelpers.h"
#include "yaml/yaml.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QAction>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace scs;
using scs::ui::OrderWizard;

namespace {
const QString kTenant = QStringLiteral("tenant-a");
const QString kClass = QStringLiteral("openstack-scs-1-33-v1");
const QString kCapiId = QStringLiteral("clusters.cluster.x-k8s.io/openstack-scs-1-33-v1");
const QString kDiskVar = QStringLiteral("spec.topology.variables[worker_root_disk_gb].value");
const QString kExternalIdVar = QStringLiteral("spec.topology.variables[external_id].value");
const QString kIssuerVar
    = QStringLiteral("spec.topology.variables[oidc_config].value.issuer_url");
} // namespace

class TestOrderWizard : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    QStringList m_created; // "resource/name" to delete at the end

    static bool waitForWizard(OrderWizard *wizard)
    {
        return QTest::qWaitFor([wizard] { return !wizard->isLoading() && wizard->orderType(); },
                               20000);
    }

    static void next(OrderWizard *wizard) { wizard->button(QWizard::NextButton)->click(); }

    // The page shown: every control named, Tab through it in reading order.
    static void checkAccessible(OrderWizard *wizard)
    {
        const QStringList nameless = test::namelessControls(wizard);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        const QStringList order = test::tabOrderProblems(wizard);
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
    }

    static QStringList canonicalPhases()
    {
        return {QStringLiteral("Pending"), QStringLiteral("Provisioning"),
                QStringLiteral("Provisioned")};
    }

    // The phases the model recorded for `ref` are in the provisioner's order and end ready.
    static bool phasesInOrder(const QStringList &phases)
    {
        int last = -1;
        for (const QString &phase : phases) {
            const int at = int(canonicalPhases().indexOf(phase));
            if (at < 0)
                continue; // a phase between the known ones
            if (at < last)
                return false;
            last = at;
        }
        return !phases.isEmpty() && phases.last() == QLatin1String("Provisioned");
    }

    void deleteLater(const QString &resource, const QString &name)
    {
        m_created.append(resource + QLatin1Char('/') + name);
    }

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
    }

    void cleanupTestCase()
    {
        for (const QString &object : std::as_const(m_created)) {
            const auto slash = object.indexOf(QLatin1Char('/'));
            test::adminKubectl(m_env, {QStringLiteral("delete"), object.left(slash),
                                       object.mid(slash + 1), QStringLiteral("-n"), kTenant,
                                       QStringLiteral("--ignore-not-found"),
                                       QStringLiteral("--wait=false")});
        }
    }

    void shouldOrderAClusterApiClusterWithTwoPoolsAndFollowItUntilReady()
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
        QVERIFY(test::waitForTenants(browser));
        orders.setCurrentTenant(kTenant);
        QTRY_VERIFY_WITH_TIMEOUT(orders.orderAction()->isEnabled(), 10000);

        orders.orderAction()->trigger();
        OrderWizard *wizard = orders.wizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QVERIFY(waitForWizard(wizard));
        QCOMPARE(wizard->orderableTenants(), QStringList{kTenant});
        QVERIFY(wizard->selectOrderType(kCapiId));
        QCOMPARE(wizard->tenantPage()->typeList()->currentItem()->data(0, Qt::UserRole)
                     .toString(),
                 kCapiId);
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("wizard-1-tenant")).isEmpty());
        checkAccessible(wizard);
        if (QTest::currentTestFailed())
            return;

        // Name and version.
        next(wizard);
        QCOMPARE(wizard->currentId(), int(OrderWizard::VersionPage));
        const QString name
            = QStringLiteral("wizard-capi-%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
        auto *nameEdit = wizard->versionPage()->nameEdit();
        QVERIFY(nameEdit->text().startsWith(kTenant + QStringLiteral("-cluster-")));
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, name);
        // The hand-made class has no Cluster Stack release: the version is typed in.
        QVERIFY(wizard->versionPage()->versionBox()->isEditable());
        QCOMPARE(wizard->versionPage()->versionBox()->count(), 0);
        wizard->versionPage()->versionBox()->setEditText(QStringLiteral("v1.33.5"));
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("wizard-2-version")).isEmpty());
        checkAccessible(wizard);
        if (QTest::currentTestFailed())
            return;

        // Size: two pools, the second with two nodes.
        next(wizard);
        QCOMPARE(wizard->currentId(), int(OrderWizard::SizePage));
        ui::OrderSizePage *size = wizard->sizePage();
        QCOMPARE(size->poolCount(), 1);
        size->addPoolButton()->click();
        QCOMPARE(size->poolCount(), 2);
        QCOMPARE(size->poolName(1)->text(), QStringLiteral("md-1"));
        size->poolReplicas(1)->setValue(2);
        QTest::keyClicks(size->poolFailureDomain(1), QStringLiteral("zone-b"));
        // Every pool row is really on screen inside the group box, right when the page shows it
        // (no event loop turn in between: a grab or a user sees the page as it is now).
        const QRect box = size->poolsBox()->contentsRect();
        for (int i = 0; i < size->poolCount(); ++i) {
            const QList<QWidget *> cells{size->poolName(i), size->poolClass(i),
                                         size->poolReplicas(i), size->poolFailureDomain(i)};
            for (QWidget *cell : cells) {
                QVERIFY(cell);
                QVERIFY2(cell->isVisibleTo(size), qPrintable(cell->objectName()));
                const QRect at(cell->mapTo(size->poolsBox(), QPoint(0, 0)), cell->size());
                QVERIFY2(!at.isEmpty() && box.contains(at),
                         qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside the pools box")
                                        .arg(cell->objectName())
                                        .arg(at.x())
                                        .arg(at.y())
                                        .arg(at.width())
                                        .arg(at.height())));
            }
        }
        // The rows do not overlap each other or the "Add" button below them.
        QVERIFY(size->poolName(1)->mapTo(size->poolsBox(), QPoint(0, 0)).y()
                >= size->poolName(0)->mapTo(size->poolsBox(), QPoint(0, 0)).y()
                       + size->poolName(0)->height());
        QVERIFY(size->addPoolButton()->mapTo(size->poolsBox(), QPoint(0, 0)).y()
                >= size->poolName(1)->mapTo(size->poolsBox(), QPoint(0, 0)).y()
                       + size->poolName(1)->height());
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("wizard-3-size")).isEmpty());
        checkAccessible(wizard);
        if (QTest::currentTestFailed())
            return;

        // Options: a changed variable, OIDC pre-filled with this Central API's issuer.
        next(wizard);
        QCOMPARE(wizard->currentId(), int(OrderWizard::OptionsPage));
        ui::SchemaForm *form = wizard->optionsPage()->form();
        auto *issuer = qobject_cast<QLineEdit *>(form->editorFor(kIssuerVar));
        QVERIFY(issuer);
        QCOMPARE(issuer->text(), m_profile.issuerUrl.toString());
        auto *disk = qobject_cast<QSpinBox *>(form->editorFor(kDiskVar));
        QVERIFY(disk);
        QCOMPARE(disk->value(), 50);
        disk->setValue(120);
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("wizard-4-options")).isEmpty());
        checkAccessible(wizard);
        if (QTest::currentTestFailed())
            return;

        // Review: the exact YAML, accepted by the server's dry run.
        next(wizard);
        QCOMPARE(wizard->currentId(), int(OrderWizard::ReviewPage));
        ui::OrderReviewPage *review = wizard->reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isDryRunPending(), 10000);
        QVERIFY2(review->dryRunAccepted(), qPrintable(review->statusLabel()->text()));
        const QString reviewed = review->text();
        QVERIFY(reviewed.contains(QStringLiteral("name: md-1")));
        QVERIFY(reviewed.contains(QStringLiteral("value: 120")));
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("wizard-5-review")).isEmpty());
        checkAccessible(wizard);
        if (QTest::currentTestFailed())
            return;

        // Submit.
        QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Submit"));
        next(wizard);
        deleteLater(QStringLiteral("clusters.cluster.x-k8s.io"), name);
        QCOMPARE(wizard->currentId(), int(OrderWizard::SubmitPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->submitPage()->isDone(), 15000);
        QVERIFY2(wizard->submitPage()->succeeded(),
                 qPrintable(wizard->submitPage()->statusLabel()->text()));
        // One way to leave the last page: Close, no Cancel beside it.
        QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("wizard-claim-submitted")).isEmpty());
        QVERIFY(wizard->submitPage()->followButton()->isVisible());
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("wizard-6-submitted")).isEmpty());

        // What is on the server is what the review showed (plus metadata, status, defaults).
        const auto shown = yaml::toJsonDocument(reviewed.toUtf8());
        QVERIFY(shown);
        const QJsonObject server = test::serverObject(
            m_env, QStringLiteral("clusters.cluster.x-k8s.io"), kTenant, name);
        QVERIFY(!server.isEmpty());
        QString difference;
        QVERIFY2(test::containsAll(shown->object(), server, QStringLiteral("$"), &difference),
                 qPrintable(difference));
        const QJsonArray pools = server.value(QLatin1String("spec")).toObject()
                                     .value(QLatin1String("topology")).toObject()
                                     .value(QLatin1String("workers")).toObject()
                                     .value(QLatin1String("machineDeployments")).toArray();
        QCOMPARE(pools.size(), 2);
        QCOMPARE(pools.at(1).toObject().value(QLatin1String("replicas")).toInt(), 2);

        // Follow it in the clusters view until it is ready.
        const orders::ClusterRef ref{orders::OrderKind::ClusterApi, kTenant, name};
        wizard->submitPage()->followButton()->click();
        QTRY_VERIFY(!orders.wizard());
        ui::ClustersView *view = orders.clustersView();
        QCOMPARE(window.detailsPage(ui::MainWindow::DetailsTab::Table), view);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowOf(ref) >= 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(view->currentCluster().value_or(orders::ClusterRef{}).name,
                                  name, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->status(ref)->ready, 60000);
        const QStringList phases = view->model()->phasesSeen(ref);
        qInfo() << "phases seen:" << phases;
        QVERIFY2(phasesInOrder(phases), qPrintable(phases.join(QStringLiteral(" -> "))));
        QVERIFY(phases.size() >= 2);
        QTRY_VERIFY(view->readyBar()->isVisible());
        QVERIFY(view->readyText()->text().contains(name));
        QVERIFY(view->historyTable()->rowCount() > 0);
    }

    // An scs2 class of a Cluster Stack: the type list groups by stack and minor, the version
    // is the release's, the options are upstream's camelCase variables; the dry run accepts
    // the defaults. Screenshots of every page (nothing is submitted).
    void shouldOfferAnScs2ReleaseGroupedByStackAndMinor()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        kube::KubeClient client(m_profile, session.get());
        kube::Discovery discovery(&client);
        kube::OpenApi openApi(&client, nullptr, m_dir.filePath(QStringLiteral("openapi")));
        discovery.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!discovery.resources().isEmpty() && !discovery.isRefreshing(),
                                 20000);
        orders::OrderService service(&client, &discovery, &openApi);
        OrderWizard wizard(&service, m_profile, {kTenant}, kTenant);
        wizard.resize(900, 700);
        wizard.show();
        QVERIFY(waitForWizard(&wizard));
        const QString id = QStringLiteral("clusters.cluster.x-k8s.io/openstack-scs2-1-33-v2");
        QVERIFY(wizard.selectOrderType(id));
        QTreeWidget *tree = wizard.tenantPage()->typeList();
        QTreeWidgetItem *item = tree->currentItem();
        QVERIFY(item);
        QCOMPARE(item->data(0, Qt::UserRole).toString(), id);
        // class -> minor -> stack
        QVERIFY(item->parent() && item->parent()->parent());
        QCOMPARE(item->parent()->text(0), QStringLiteral("Kubernetes 1.33"));
        QCOMPARE(item->parent()->parent()->text(0),
                 QStringLiteral("Cluster Stack openstack-scs2"));
        // Newest minor first, newest stack version first within it.
        QTreeWidgetItem *stack = item->parent()->parent();
        QCOMPARE(stack->childCount(), 2);
        QCOMPARE(stack->child(0)->text(0), QStringLiteral("Kubernetes 1.34"));
        QCOMPARE(stack->child(1)->childCount(), 2);
        QCOMPARE(stack->child(1)->child(0), item);
        QVERIFY(!(stack->flags() & Qt::ItemIsSelectable));
        QVERIFY(!test::saveScreenshot(&wizard, QStringLiteral("wizard-scs2-1-types")).isEmpty());

        next(&wizard);
        QCOMPARE(wizard.currentId(), int(OrderWizard::VersionPage));
        QComboBox *version = wizard.versionPage()->versionBox();
        QVERIFY(!version->isEditable());
        QCOMPARE(version->count(), 1);
        QCOMPARE(version->currentText(), QStringLiteral("v1.33.10"));
        QVERIFY(!test::saveScreenshot(&wizard, QStringLiteral("wizard-scs2-2-version")).isEmpty());
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(OrderWizard::SizePage));
        QVERIFY(!test::saveScreenshot(&wizard, QStringLiteral("wizard-scs2-3-size")).isEmpty());
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(OrderWizard::OptionsPage));
        QVERIFY(wizard.optionsPage()->form()->editorFor(
            QStringLiteral("spec.topology.variables[nodeCIDR].value")));
        QVERIFY(!test::saveScreenshot(&wizard, QStringLiteral("wizard-scs2-4-options")).isEmpty());
        // The list (dnsNameservers) and the rows (workerAdditionalBlockDevices) editors' Add and
        // Remove buttons (one shared helper) add and remove an entry.
        {
            QWidget *dns = wizard.optionsPage()->form()->editorFor(
                QStringLiteral("spec.topology.variables[dnsNameservers].value"));
            QVERIFY(dns);
            auto *list = dns->findChild<QListWidget *>();
            QVERIFY(list);
            const int items = list->count();
            dns->findChild<QToolButton *>(QStringLiteral("addItem"))->click();
            QCOMPARE(list->count(), items + 1);
            list->closePersistentEditor(list->currentItem());
            dns->findChild<QToolButton *>(QStringLiteral("removeItem"))->click();
            QCOMPARE(list->count(), items);
            QWidget *devices = wizard.optionsPage()->form()->editorFor(
                QStringLiteral("spec.topology.variables[workerAdditionalBlockDevices].value"));
            QVERIFY(devices);
            auto *table = devices->findChild<QTableWidget *>();
            QVERIFY(table);
            const int rows = table->rowCount();
            devices->findChild<QToolButton *>(QStringLiteral("addRow"))->click();
            QCOMPARE(table->rowCount(), rows + 1);
            devices->findChild<QToolButton *>(QStringLiteral("removeRow"))->click();
            QCOMPARE(table->rowCount(), rows);
        }
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(OrderWizard::ReviewPage));
        ui::OrderReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isDryRunPending(), 10000);
        QVERIFY2(review->dryRunAccepted(), qPrintable(review->statusLabel()->text()));
        QVERIFY(review->text().contains(QStringLiteral("version: v1.33.10")));
        QVERIFY(review->text().contains(QStringLiteral("openstack-scs2-1-33-v2")));
        QVERIFY(!test::saveScreenshot(&wizard, QStringLiteral("wizard-scs2-5-review")).isEmpty());
        wizard.reject();
    }

    void shouldOrderAClaimInThreeClicks()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        ui::MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ui::BrowserController browser(window.workbench(), workspaces);
        ui::OrderController orders(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(test::waitForTenants(browser));
        orders.setCurrentTenant(kTenant);
        QTRY_VERIFY_WITH_TIMEOUT(orders.orderAction()->isEnabled(), 10000);

        // Click 1: Order Cluster…; the claim is the first type offered.
        orders.orderAction()->trigger();
        OrderWizard *wizard = orders.wizard();
        QVERIFY(waitForWizard(wizard));
        QCOMPARE(wizard->orderType()->kind, orders::OrderKind::Claim);
        const QString name = wizard->order().name;
        QVERIFY(name.startsWith(kTenant + QStringLiteral("-cluster-")));
        deleteLater(QStringLiteral("clusters.api.scs.community"), name);
        // Click 2: Review Order.
        QAbstractButton *reviewButton = wizard->button(QWizard::CustomButton1);
        QVERIFY(reviewButton->isVisible() && reviewButton->isEnabled());
        reviewButton->click();
        QCOMPARE(wizard->currentId(), int(OrderWizard::ReviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->reviewPage()->isDryRunPending(), 10000);
        QVERIFY2(wizard->reviewPage()->dryRunAccepted(),
                 qPrintable(wizard->reviewPage()->statusLabel()->text()));
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("wizard-claim-review")).isEmpty());
        const QString reviewed = wizard->reviewPage()->text();
        // Click 3: Submit.
        next(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->submitPage()->isDone(), 15000);
        QVERIFY2(wizard->submitPage()->succeeded(),
                 qPrintable(wizard->submitPage()->statusLabel()->text()));

        const auto shown = yaml::toJsonDocument(reviewed.toUtf8());
        QVERIFY(shown);
        const QJsonObject server = test::serverObject(
            m_env, QStringLiteral("clusters.api.scs.community"), kTenant, name);
        QString difference;
        QVERIFY2(test::containsAll(shown->object(), server, QStringLiteral("$"), &difference),
                 qPrintable(difference));

        const orders::ClusterRef ref{orders::OrderKind::Claim, kTenant, name};
        wizard->submitPage()->followButton()->click();
        ui::ClustersView *view = orders.clustersView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowOf(ref) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->status(ref)->ready, 60000);
        const QStringList phases = view->model()->phasesSeen(ref);
        qInfo() << "claim phases seen:" << phases;
        QVERIFY2(phasesInOrder(phases), qPrintable(phases.join(QStringLiteral(" -> "))));
    }

    // Escape (or Cancel, or the window's close button) with input asks before it is lost;
    // without input it just closes. Alt+letter is unique on every page (Alt+N is Next).
    void wizardShouldAskBeforeLosingInputAndKeepMnemonicsApart()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        ui::MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ui::BrowserController browser(window.workbench(), workspaces);
        ui::OrderController orders(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(test::waitForTenants(browser));
        orders.setCurrentTenant(kTenant);
        QTRY_VERIFY_WITH_TIMEOUT(orders.orderAction()->isEnabled(), 10000);

        // Untouched: Escape closes at once.
        orders.orderAction()->trigger();
        QPointer<OrderWizard> wizard = orders.wizard();
        QVERIFY(waitForWizard(wizard));
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(!wizard || !wizard->isVisible());

        orders.orderAction()->trigger();
        wizard = orders.wizard();
        QVERIFY(waitForWizard(wizard));
        for (int page = OrderWizard::TenantPage; page < OrderWizard::ReviewPage; ++page) {
            QCOMPARE(wizard->currentId(), page);
            const QStringList clashes = test::mnemonicClashes(wizard);
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
            if (page == OrderWizard::VersionPage) {
                // Alt+N is Next, not a field.
                wizard->activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(wizard));
                QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
                QTRY_COMPARE(wizard->currentId(), page + 1);
                continue;
            }
            next(wizard);
            QTRY_COMPARE(wizard->currentId(), page + 1);
        }
        wizard->back();
        wizard->back();
        wizard->back();
        QCOMPARE(wizard->currentId(), int(OrderWizard::VersionPage));
        auto *name = wizard->versionPage()->findChild<QLineEdit *>();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("mine"));
        QVERIFY(wizard->hasInput());

        // Escape asks; "Continue Editing" keeps everything.
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(wizard->discardQuestion() && wizard->discardQuestion()->isVisible());
        QVERIFY(wizard->isVisible());
        QVERIFY(!test::saveScreenshot(wizard->discardQuestion(),
                                      QStringLiteral("wizard-discard-question"))
                     .isEmpty());
        wizard->discardQuestion()->findChild<QPushButton *>(QStringLiteral("continueEditingButton"))
            ->click();
        QTRY_VERIFY(!wizard->discardQuestion());
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->order().name, QStringLiteral("mine"));

        // The window's close button asks the same; "Discard Order" closes.
        wizard->close();
        QTRY_VERIFY(wizard->discardQuestion() && wizard->discardQuestion()->isVisible());
        QVERIFY(wizard->isVisible());
        wizard->discardQuestion()->findChild<QPushButton *>(QStringLiteral("discardOrderButton"))
            ->click();
        QTRY_VERIFY(!wizard || !wizard->isVisible());
    }

    // A separate client for the wizard, so that no other part of the window sends anything:
    // every request the invalid input could cause would show on this client's network manager.
    void invalidInputShouldStopAtTheFieldBeforeAnyRequest()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        kube::KubeClient client(m_profile, session.get());
        kube::Discovery discovery(&client);
        kube::OpenApi openApi(&client, nullptr, m_dir.filePath(QStringLiteral("openapi")));
        discovery.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!discovery.resources().isEmpty() && !discovery.isRefreshing(),
                                 20000);
        orders::OrderService service(&client, &discovery, &openApi);
        OrderWizard wizard(&service, m_profile, {kTenant}, kTenant);
        wizard.show();
        QVERIFY(waitForWizard(&wizard));
        QVERIFY(wizard.selectOrderType(kCapiId));
        QSignalSpy requests(client.networkAccessManager(), &QNetworkAccessManager::finished);

        // A plain class (no release): a version that is not vMAJOR.MINOR.PATCH.
        next(&wizard);
        QComboBox *version = wizard.versionPage()->versionBox();
        version->setEditText(QStringLiteral("1.33"));
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(OrderWizard::VersionPage));
        QVERIFY2(!wizard.versionPage()->versionError().isEmpty(),
                 qPrintable(wizard.versionPage()->versionError()));
        QVERIFY(!test::saveScreenshot(&wizard, QStringLiteral("wizard-invalid-version")).isEmpty());
        version->setEditText(QStringLiteral("v1.33.5"));
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(OrderWizard::SizePage));
        QVERIFY(wizard.versionPage()->versionError().isEmpty());

        // Replicas below the minimum (1 per pool).
        wizard.sizePage()->poolReplicas(0)->setValue(0);
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(OrderWizard::SizePage));
        QVERIFY2(wizard.sizePage()->poolError(0).contains(QStringLiteral("at least 1")),
                 qPrintable(wizard.sizePage()->poolError(0)));
        QVERIFY(!test::saveScreenshot(&wizard, QStringLiteral("wizard-invalid-replicas")).isEmpty());
        wizard.sizePage()->poolReplicas(0)->setValue(1);
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(OrderWizard::OptionsPage));

        // A required variable left empty, and a pattern that does not match.
        ui::SchemaForm *form = wizard.optionsPage()->form();
        auto *externalId = qobject_cast<QLineEdit *>(form->editorFor(kExternalIdVar));
        QVERIFY(externalId);
        externalId->clear();
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(OrderWizard::OptionsPage));
        QVERIFY2(form->errorFor(kExternalIdVar).contains(QStringLiteral("required")),
                 qPrintable(form->errorFor(kExternalIdVar)));
        QTest::keyClicks(externalId, QStringLiteral("not-a-uuid"));
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(OrderWizard::OptionsPage));
        QVERIFY2(form->errorFor(kExternalIdVar).contains(QStringLiteral("pattern")),
                 qPrintable(form->errorFor(kExternalIdVar)));
        QVERIFY(!test::saveScreenshot(&wizard, QStringLiteral("wizard-invalid-variable")).isEmpty());
        QTest::qWait(200);
        QCOMPARE(requests.size(), 0); // nothing went to the server

        // A broken edit in the review's YAML is stopped there too (after the first dry run).
        externalId->clear();
        QTest::keyClicks(externalId, QStringLiteral("ebfe5546-f09f-4f42-ab54-094e457d42ec"));
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(OrderWizard::ReviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.reviewPage()->isDryRunPending(), 10000);
        QVERIFY(wizard.reviewPage()->dryRunAccepted());
        auto edited = yaml::toJsonDocument(wizard.reviewPage()->text().toUtf8());
        QVERIFY(edited);
        QJsonObject object = edited->object();
        QJsonObject spec = object.value(QLatin1String("spec")).toObject();
        QJsonObject topology = spec.value(QLatin1String("topology")).toObject();
        QJsonObject workers = topology.value(QLatin1String("workers")).toObject();
        QJsonArray deployments = workers.value(QLatin1String("machineDeployments")).toArray();
        QJsonObject first = deployments.at(0).toObject();
        first.insert(QStringLiteral("replicas"), 0);
        deployments.replace(0, first);
        workers.insert(QStringLiteral("machineDeployments"), deployments);
        topology.insert(QStringLiteral("workers"), workers);
        spec.insert(QStringLiteral("topology"), topology);
        object.insert(QStringLiteral("spec"), spec);
        wizard.reviewPage()->editor()->setText(yaml::objectYaml(object));
        requests.clear();
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(OrderWizard::ReviewPage));
        QVERIFY(wizard.reviewPage()->issueList()->count() > 0);
        QVERIFY(!wizard.reviewPage()->editor()->diagnostics().isEmpty());
        QVERIFY(!test::saveScreenshot(&wizard, QStringLiteral("wizard-invalid-yaml")).isEmpty());
        QCOMPARE(requests.size(), 0);
    }

    // A pool left to the autoscaler: min/max on the size page (max below min refused there),
    // the annotations on the server and no replicas; the clusters view shows "autoscaled";
    // "Order Like This…" starts the wizard from it (no name, no identity), a template file
    // round-trips it and a malformed one changes nothing; the scale dialog turns it back.
    void shouldOrderAnAutoscaledPoolAndOrderLikeIt()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        ui::MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ui::BrowserController browser(window.workbench(), workspaces);
        ui::OrderController orders(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(test::waitForTenants(browser));
        orders.setCurrentTenant(kTenant);
        QTRY_VERIFY_WITH_TIMEOUT(orders.orderAction()->isEnabled(), 10000);
        orders.orderAction()->trigger();
        OrderWizard *wizard = orders.wizard();
        QVERIFY(wizard);
        QVERIFY(waitForWizard(wizard));
        QVERIFY(wizard->selectOrderType(kCapiId));
        next(wizard);
        const QString name
            = QStringLiteral("wizard-auto-%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
        wizard->versionPage()->nameEdit()->selectAll();
        QTest::keyClicks(wizard->versionPage()->nameEdit(), name);
        wizard->versionPage()->versionBox()->setEditText(QStringLiteral("v1.33.5"));
        next(wizard);
        QCOMPARE(wizard->currentId(), int(OrderWizard::SizePage));
        ui::OrderSizePage *size = wizard->sizePage();
        QVERIFY(size->poolAutoscale(0));
        QVERIFY(!size->poolMin(0)->isEnabled());
        size->poolAutoscale(0)->click();
        QVERIFY(size->poolAutoscale(0)->isChecked());
        QVERIFY(!size->poolReplicas(0)->isEnabled());
        QVERIFY(size->poolMin(0)->isEnabled());
        size->poolMin(0)->setValue(3);
        size->poolMax(0)->setValue(2);
        next(wizard);
        QCOMPARE(wizard->currentId(), int(OrderWizard::SizePage)); // max below min: refused
        QVERIFY2(size->poolError(0).contains(QStringLiteral("maximum")),
                 qPrintable(size->poolError(0)));
        size->poolMin(0)->setValue(1);
        size->poolMax(0)->setValue(3);
        QVERIFY(size->poolError(0).isEmpty());
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("wizard-3-size-autoscaling"))
                     .isEmpty());
        wizard->reviewNow();
        QCOMPARE(wizard->currentId(), int(OrderWizard::ReviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->reviewPage()->isDryRunPending(), 10000);
        QVERIFY2(wizard->reviewPage()->dryRunAccepted(),
                 qPrintable(wizard->reviewPage()->statusLabel()->text()));
        QVERIFY(wizard->reviewPage()->text().contains(
            QStringLiteral("cluster-api-autoscaler-node-group-max-size")));
        next(wizard);
        deleteLater(QStringLiteral("clusters.cluster.x-k8s.io"), name);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->submitPage()->isDone(), 15000);
        QVERIFY2(wizard->submitPage()->succeeded(),
                 qPrintable(wizard->submitPage()->statusLabel()->text()));

        const auto serverPool = [&] {
            return test::serverObject(m_env, QStringLiteral("clusters.cluster.x-k8s.io"),
                                      kTenant, name)
                .value(QLatin1String("spec")).toObject()
                .value(QLatin1String("topology")).toObject()
                .value(QLatin1String("workers")).toObject()
                .value(QLatin1String("machineDeployments")).toArray().at(0).toObject();
        };
        QJsonObject md = serverPool();
        QVERIFY(!md.contains(QLatin1String("replicas")));
        QCOMPARE(orders::autoscalingOf(md), std::optional(orders::Autoscaling{1, 3}));

        // The clusters view shows the pool as autoscaled.
        const orders::ClusterRef ref{orders::OrderKind::ClusterApi, kTenant, name};
        wizard->submitPage()->followButton()->click();
        QTRY_VERIFY(!orders.wizard());
        ui::ClustersView *view = orders.clustersView();
        QTRY_COMPARE_WITH_TIMEOUT(view->currentCluster().value_or(orders::ClusterRef{}).name,
                                  name, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->poolsTable()->rowCount() == 1
                                     && view->poolsTable()->item(0, 2)->text().startsWith(
                                         QStringLiteral("autoscaled 1–3")),
                                 10000);

        // Order like this: the same class, version, pools and variables; a new name. (Enabled
        // once the view knows the tenant's order types.)
        QTRY_VERIFY_WITH_TIMEOUT(view->orderLikeAction()->isEnabled(), 10000);
        const orders::OrderType *likeType = view->orderTypeOf(*view->model()->status(ref));
        QVERIFY(likeType);
        const orders::Order original =
            *orders::orderFromObject(view->model()->status(ref)->object, *likeType);
        view->orderLikeAction()->trigger();
        OrderWizard *like = orders.wizard();
        QVERIFY(like);
        QTRY_VERIFY_WITH_TIMEOUT(!like->isLoading() && like->orderType()
                                     && like->order().workers.value(0).autoscaling,
                                 20000);
        QCOMPARE(like->orderType()->id(), kCapiId);
        QCOMPARE(like->order().workers, original.workers);
        QCOMPARE(like->order().version, original.version);
        QCOMPARE(like->order().values, original.values);
        QCOMPARE(like->order().tenant, kTenant);
        QVERIFY(like->order().name != name);
        QVERIFY(!like->takenNames().isEmpty());

        // Save it as a template; a malformed file changes nothing; the template opens again.
        const QString templatePath = m_dir.filePath(QStringLiteral("order-template.yaml"));
        QVERIFY(like->saveTemplate(templatePath));
        QFile saved(templatePath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY(!text.contains(name.toUtf8()));
        QVERIFY(!text.contains("namespace"));
        QVERIFY(text.contains("cluster-api-autoscaler-node-group-min-size"));
        const QString badPath = m_dir.filePath(QStringLiteral("bad.yaml"));
        QFile bad(badPath);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nspec: [oops\n");
        bad.close();
        const orders::Order before = like->order();
        QVERIFY(!like->openTemplate(badPath));
        QVERIFY(like->templateMessage());
        QVERIFY2(like->templateMessage()->text().contains(QStringLiteral("bad.yaml")),
                 qPrintable(like->templateMessage()->text()));
        QCOMPARE(like->order(), before);
        like->templateMessage()->close();
        like->order().workers[0].autoscaling.reset();
        QVERIFY(like->openTemplate(templatePath));
        QCOMPARE(like->order().workers, original.workers);
        like->discard();
        QTRY_VERIFY(!orders.wizard());

        // The scale dialog: max below min keeps Scale disabled; then back to fixed replicas.
        QVERIFY(view->selectCluster(ref));
        QTRY_VERIFY_WITH_TIMEOUT(view->scaleAction()->isEnabled(), 10000);
        view->scaleAction()->trigger();
        auto *scale = qobject_cast<ui::ScaleClusterDialog *>(view->openDialog());
        QVERIFY(scale);
        QVERIFY(scale->autoscaleBox()->isChecked());
        QCOMPARE(scale->minBox()->value(), 1);
        QCOMPARE(scale->maxBox()->value(), 3);
        scale->maxBox()->setValue(0);
        QVERIFY(!scale->okButton()->isEnabled());
        scale->maxBox()->setValue(3);
        QVERIFY(scale->okButton()->isEnabled());
        scale->autoscaleBox()->click();
        scale->replicasBox()->setValue(2);
        QSignalSpy finished(view, &ui::ClustersView::actionFinished);
        scale->okButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        md = serverPool();
        QCOMPARE(md.value(QLatin1String("replicas")).toInt(), 2);
        QVERIFY(!orders::autoscalingOf(md));
    }

    // The stack's quota 'compute' in tenant-b allows one Cluster API cluster, and the sample
    // "beta" is it: bob's order stops at the review with the quota named and Submit disabled,
    // before the dry run (nothing is sent). The tenant's overview shows the quota used up.
    void bobsOrderOverTheQuotaShouldBeStoppedWithTheQuotaNamed()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("bob"));
        QVERIFY(session);
        ui::MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ui::BrowserController browser(window.workbench(), workspaces);
        ui::OrderController orders(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.setUserStatus(QStringLiteral("bob"), {});
        window.resize(1280, 800);
        window.show();
        QVERIFY(test::waitForTenants(browser));
        const QString tenant = QStringLiteral("tenant-b");
        const QString capi = QStringLiteral("count/clusters.cluster.x-k8s.io");

        // The overview (the clusters view a tenant opens) shows the quota, live.
        orders.setCurrentTenant(tenant);
        orders.showClusters(tenant);
        ui::QuotaOverview *quota = orders.clustersView()->quotaOverview();
        QTRY_VERIFY_WITH_TIMEOUT(quota->bar(QStringLiteral("compute"), capi), 10000);
        QVERIFY(quota->isVisible());
        QCOMPARE(quota->usageText(QStringLiteral("compute"), capi), QStringLiteral("1 / 1"));
        QCOMPARE(quota->bar(QStringLiteral("compute"), capi)->value(), 1000);
        QCOMPARE(quota->usageText(QStringLiteral("compute"),
                                  QStringLiteral("count/clusters.api.scs.community")),
                 QStringLiteral("1 / 4"));
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("tenant-quota-overview")).isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(orders.orderAction()->isEnabled(), 10000);
        orders.orderAction()->trigger();
        OrderWizard *wizard = orders.wizard();
        QVERIFY(wizard);
        QVERIFY(waitForWizard(wizard));
        QCOMPARE(wizard->tenant(), tenant);
        QCOMPARE(wizard->quotas().size(), 1);
        QVERIFY(wizard->selectOrderType(kCapiId));
        wizard->reviewNow();
        QCOMPARE(wizard->currentId(), int(OrderWizard::ReviewPage));
        QVERIFY2(wizard->reviewPage()->isStoppedByQuota(),
                 qPrintable(wizard->reviewPage()->statusLabel()->text()));
        QVERIFY(!wizard->reviewPage()->isDryRunPending()); // nothing was sent
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QListWidget *issues = wizard->reviewPage()->issueList();
        QCOMPARE(issues->count(), 1);
        QCOMPARE(issues->item(0)->text(),
                 QStringLiteral("Quota 'compute' in tenant-b allows 1 cluster "
                                "(clusters.cluster.x-k8s.io); 1 in use."));
        QVERIFY2(wizard->reviewPage()->statusLabel()->text().contains(tenant),
                 qPrintable(wizard->reviewPage()->statusLabel()->text()));
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("wizard-quota-stop")).isEmpty());
        wizard->discard();

        // A claim has room (1 of 4): not stopped.
        orders.orderAction()->trigger();
        wizard = orders.wizard();
        QVERIFY(waitForWizard(wizard));
        QCOMPARE(wizard->orderType()->kind, orders::OrderKind::Claim);
        wizard->reviewNow();
        QVERIFY(!wizard->reviewPage()->isStoppedByQuota());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->reviewPage()->isDryRunPending(), 10000);
        QVERIFY2(wizard->reviewPage()->dryRunAccepted(),
                 qPrintable(wizard->reviewPage()->statusLabel()->text()));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->discard();
    }

    void bobShouldNotBeOfferedOrderInTenantA()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("bob"));
        QVERIFY(session);
        ui::MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ui::BrowserController browser(window.workbench(), workspaces);
        ui::OrderController orders(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        QVERIFY(test::waitForTenants(browser));
        orders.setCurrentTenant(kTenant);
        QTRY_VERIFY_WITH_TIMEOUT(orders.mayOrder(kTenant).has_value(), 10000);
        QCOMPARE(*orders.mayOrder(kTenant), false);
        QVERIFY(!orders.orderAction()->isEnabled());
        orders.showClusters(kTenant);
        QVERIFY(!orders.clustersView()->isOrderAllowed());
        QVERIFY(!orders.clustersView()->orderAction()->isVisible());

        orders.setCurrentTenant(QStringLiteral("tenant-b"));
        QTRY_VERIFY_WITH_TIMEOUT(orders.orderAction()->isEnabled(), 10000);
        // The wizard offers only tenant-b, even when asked for tenant-a.
        orders.orderCluster(kTenant);
        QVERIFY(orders.wizard());
        QVERIFY(QTest::qWaitFor([&] { return !orders.wizard()->isLoading(); }, 20000));
        QCOMPARE(orders.wizard()->orderableTenants(), QStringList{QStringLiteral("tenant-b")});
        QCOMPARE(orders.wizard()->tenant(), QStringLiteral("tenant-b"));
        orders.wizard()->reject();
    }
};

QTEST_MAIN(TestOrderWizard)
#include "tst_orderwizard.moc"
