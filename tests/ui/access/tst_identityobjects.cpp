// Identity objects against the local stack, offscreen, driving the real widgets: the stack
// serves the Crossplane Keycloak provider's CRDs (tests/stack/manifests/02-keycloak-crds.yaml)
// and seeds tenant-a's realm groups as Group objects (06-identity.yaml). alice (tenant-a-admins)
// finds them in the tree under "Identity"; in the members view of tenant-a her group's row
// links to its Group, and one click there opens that object (tree, table and Selection move
// to it); a click elsewhere in the row does not navigate.
// Screenshots: identity-tree (the Identity category with the Groups), access-members-identity
// (the members view with the links).

#include "access/keycloakgroups.h"
#include "access/membersmodel.h"
#include "models/resourcetablemodel.h"
#include "models/tenanttreemodel.h"
#include "profiles/profilestore.h"
#include "ui/access/accesscontroller.h"
#include "ui/access/membersview.h"
#include "ui/browse/browsercontroller.h"
#include "ui/browse/resourcetableview.h"
#include "ui/shell/mainwindow.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"
#include "stacksession.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace scs;
using namespace Qt::StringLiterals;

namespace {
const QString kTenantA = u"tenant-a"_s;
const QString kGroupApi = u"group.keycloak.m.crossplane.io"_s;
} // namespace

class TestIdentityObjects : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;

    static QString currentCategory(QTreeView *tree)
    {
        return tree->currentIndex().parent().data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(test::setUpStackProfile(m_env, m_dir, m_profile, m_profiles));
    }

    void aliceFindsHerGroupsUnderIdentityAndFollowsTheMembersLink()
    {
        auto session = test::signInAs(m_env, m_profile, u"alice"_s);
        QVERIFY(session);
        ui::MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ui::BrowserController browser(window.workbench(), workspaces);
        ui::AccessController access(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.setUserStatus(u"alice"_s, {});
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitForTenants(browser));
        QTreeView *tree = window.workbench().navigationTree();
        QVERIFY(tree);

        // The tree: Keycloak Groups of tenant-a under "Identity", with the two seeded groups.
        QVERIFY(test::openKindSynced(browser, kTenantA, u"groups"_s, kGroupApi, 15000));
        QCOMPARE(currentCategory(tree), u"Identity"_s);
        QCOMPARE(tree->currentIndex().parent().data(models::TenantTreeModel::CategoryRole)
                     .value<models::TenantTreeModel::Category>(),
                 models::TenantTreeModel::Category::Identity);
        QTRY_COMPARE(browser.tableModel()->rowCount(), 2);
        tree->expand(tree->currentIndex().parent());
        test::saveScreenshot(&window, u"identity-tree"_s);

        // The members view of tenant-a: her group's row links to its Group object.
        access.showMembers(kTenantA);
        ui::MembersView *view = access.membersView();
        QCOMPARE(window.detailsPage(ui::MainWindow::DetailsTab::Table), view);
        access::MembersModel *model = access.membersModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model->isSynced(), 15000);
        QVERIFY(model->groupResource());
        QCOMPARE(model->groupResource()->group, kGroupApi);
        QTRY_VERIFY(view->rowOf(u"oidc:tenant-a-admins"_s, u"tenant-a-admins"_s) >= 0);
        const int row = view->rowOf(u"oidc:tenant-a-admins"_s, u"tenant-a-admins"_s);
        QAbstractItemModel *shown = view->table()->model();
        const QModelIndex link = shown->index(row, access::MembersModel::IdentityColumn);
        QTRY_COMPARE(link.data(access::MembersModel::IdentityObjectRole).toString(),
                     u"tenant-a-admins"_s);
        QCOMPARE(link.data().toString(), u"Keycloak group tenant-a-admins"_s);
        QVERIFY(link.data(Qt::FontRole).value<QFont>().underline());
        // The viewers' group has its object too; a user has none.
        const int viewers = view->rowOf(u"oidc:tenant-a-viewers"_s, u"tenant-a-viewers"_s);
        QVERIFY(viewers >= 0);
        QCOMPARE(shown->index(viewers, access::MembersModel::IdentityColumn)
                     .data(access::MembersModel::IdentityObjectRole).toString(),
                 u"tenant-a-viewers"_s);
        for (int r = 0; r < shown->rowCount(); ++r) {
            const QModelIndex i = shown->index(r, access::MembersModel::IdentityColumn);
            if (i.data(access::MembersModel::SubjectKindRole).toString() != u"Group"_s)
                QVERIFY(i.data(access::MembersModel::IdentityObjectRole).toString().isEmpty());
        }
        view->table()->scrollTo(link);
        test::saveScreenshot(&window, u"access-members-identity"_s);

        // A click on the member's name does not navigate.
        const QModelIndex name = shown->index(row, access::MembersModel::NameColumn);
        QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {},
                          view->table()->visualRect(name).center());
        QTest::qWait(200);
        QCOMPARE(window.detailsPage(ui::MainWindow::DetailsTab::Table), view);

        // One click on the link opens the Group: the tree, the table and the Selection move.
        view->table()->scrollTo(link);
        QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {},
                          view->table()->visualRect(link).center());
        workspace::Selection *selection = browser.workspace()->selection();
        QTRY_COMPARE_WITH_TIMEOUT(
            selection->object()["metadata"_L1]["name"_L1].toString(), u"tenant-a-admins"_s,
            10000);
        QVERIFY(selection->resource());
        QCOMPARE(selection->resource()->group, kGroupApi);
        QCOMPARE(selection->resource()->kind, u"Group"_s);
        QCOMPARE(selection->tenant(), kTenantA);
        QCOMPARE(selection->object()["spec"_L1]["forProvider"_L1]["name"_L1].toString(),
                 u"tenant-a-admins"_s);
        QCOMPARE(window.detailsPage(ui::MainWindow::DetailsTab::Table),
                 static_cast<QWidget *>(browser.tableView()));
        QCOMPARE(currentCategory(tree), u"Identity"_s);
        test::saveScreenshot(&window, u"identity-group-opened"_s);
        workspaces.setSession(nullptr);
    }
};

QTEST_MAIN(TestIdentityObjects)
#include "tst_identityobjects.moc"
