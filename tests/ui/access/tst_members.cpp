// Tenant access against the local stack, offscreen, driving the real widgets:
// - bob (admin of tenant-b) sees the members of tenant-b with his own group marked; binding
//   scs:operator is refused by RBAC (escalation) with a clear message in the review; he adds
//   alice as a reader (scs:tenant-viewer): the review shows the RoleBinding, Apply writes it and
//   the members view shows her without a reload; alice, signed in, then sees tenant-b read-only
//   (her rules there allow get/list of clusters, not create) where before she saw nothing; bob
//   removes her again (review, confirm) and the row goes.
//   (The seed makes bob a viewer of tenant-a already, so the issue's "alice adds bob to
//   tenant-a" could not fail on bob's side; this is the same flow the other way round.)
// - carol (platform operator) asks "who can delete clusters in tenant-a": exactly the groups
//   tenant-a-admins and platform-operators (Kubernetes' own identities hidden), and what the
//   group tenant-a-viewers may do, computed from the bindings (she may not ask
//   SubjectAccessReviews).
// Screenshots: the members view, the add review, the who-can answer.

#include "access/membersmodel.h"
#include "models/tenanttreemodel.h"
#include "profiles/profilestore.h"
#include "ui/access/accesscontroller.h"
#include "ui/access/addmemberdialog.h"
#include "ui/access/memberreviewdialog.h"
#include "ui/access/membersview.h"
#include "ui/access/whocandialog.h"
#include "ui/browse/browsercontroller.h"
#include "ui/common/diffview.h"
#include "ui/shell/mainwindow.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"
#include "accessibilitytesthelpers.h"
#include "stacksession.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace Qt::StringLiterals;

namespace {
const QString kTenantB = u"tenant-b"_s;
const QString kBinding = u"member-user-oidc-alice-scs-tenant-viewer"_s;
} // namespace

class TestMembers : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;

    // Alice's own rules in tenant-b, from a fresh workspace (her profile names tenant-b: she
    // may not list namespaces).
    struct AliceView
    {
        bool listed = false;
        bool mayList = false;
        bool mayCreate = false;
    };
    AliceView aliceInTenantB()
    {
        ConnectionProfile profile = m_profile;
        profile.tenants = {u"tenant-a"_s, kTenantB};
        auto session = test::signInAs(m_env, profile, u"alice"_s);
        if (!session)
            return {};
        workspace::Workspace ws(profile, session.get(), session->groups());
        ws.start();
        if (!QTest::qWaitFor([&] { return !ws.tenantTree()->isLoading()
                                          && ws.tenantTree()->tenants().contains(kTenantB); },
                             20000))
            qWarning() << "alice's tree never listed" << kTenantB;
        const QString group = u"api.scs.community"_s;
        // Rules arrive per tenant after the tree: wait for her own tenant's (she may get
        // clusters there for sure), then give tenant-b as long.
        if (!QTest::qWaitFor(
                [&] { return ws.allows(u"get"_s, group, u"clusters"_s, u"tenant-a"_s); }, 10000))
            qWarning() << "alice's rules in tenant-a never arrived";
        if (!QTest::qWaitFor([&] { return ws.allows(u"list"_s, group, u"clusters"_s, kTenantB); },
                             5000))
            qDebug() << "alice may not list clusters in" << kTenantB;
        return {ws.tenantTree()->tenants().contains(kTenantB),
                ws.allows(u"list"_s, group, u"clusters"_s, kTenantB),
                ws.allows(u"create"_s, group, u"clusters"_s, kTenantB)};
    }

    void removeLeftovers()
    {
        test::adminKubectl(m_env, {u"delete"_s, u"rolebinding"_s, kBinding, u"-n"_s, kTenantB,
                                   u"--ignore-not-found"_s});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(test::setUpStackProfile(m_env, m_dir, m_profile, m_profiles));
        removeLeftovers();
    }

    void cleanupTestCase() { removeLeftovers(); }

    void bobAddsAliceToTenantBAsReaderAndRemovesHerAgain()
    {
        // Before: alice sees tenant-b (her profile names it) but may do nothing there.
        const AliceView before = aliceInTenantB();
        QVERIFY(before.listed);
        QVERIFY(!before.mayList);

        auto session = test::signInAs(m_env, m_profile, u"bob"_s);
        QVERIFY(session);
        ui::MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ui::BrowserController browser(window.workbench(), workspaces);
        ui::AccessController access(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.setUserStatus(u"bob"_s, {});
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitForTenants(browser));
        QTRY_VERIFY(access.showMembersAction()->isEnabled());

        access.showMembers(kTenantB);
        ui::MembersView *view = access.membersView();
        QCOMPARE(window.detailsPage(ui::MainWindow::DetailsTab::Table), view);
        access::MembersModel *model = access.membersModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model->isSynced(), 15000);
        // His own group's row, marked; names without the prefix, the prefix in the tool tip.
        QTRY_VERIFY(view->rowOf(u"oidc:tenant-b-admins"_s, u"tenant-b-admins"_s) >= 0);
        const QModelIndex own = view->table()->model()->index(
            view->rowOf(u"oidc:tenant-b-admins"_s, u"tenant-b-admins"_s), 0);
        QTRY_VERIFY(own.data(access::MembersModel::IsSelfRole).toBool());
        QCOMPARE(own.data().toString(), u"tenant-b-admins (you)"_s);
        QVERIFY(own.data(Qt::ToolTipRole).toString().contains(u"oidc:tenant-b-admins"_s));
        QVERIFY(view->rowOf(u"oidc:tenant-a-admins"_s, u"tenant-a-admins"_s) < 0);
        // He may manage members of his tenant.
        QTRY_VERIFY_WITH_TIMEOUT(view->addButton()->isEnabled(), 10000);
        QVERIFY(test::namelessControls(view).isEmpty());

        // Binding the operator's role: RBAC refuses, said in words, before Apply.
        QTest::mouseClick(view->addButton(), Qt::LeftButton);
        QTRY_VERIFY(access.addDialog());
        ui::AddMemberDialog *add = access.addDialog();
        QCOMPARE(test::namelessControls(add), QStringList());
        add->nameEdit()->setText(u"alice"_s);
        QCOMPARE(add->boundNameLabel()->text(), u"Bound as: oidc:alice"_s);
        QVERIFY2(add->selectRole(u"ClusterRole"_s, u"scs:operator"_s),
                 "scs:operator (labelled scs.community/role) is offered");
        QTest::mouseClick(add->reviewButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(access.reviewDialog() && access.reviewDialog()->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(access.reviewDialog()->messageLabel()->isVisible(), 10000);
        QVERIFY2(access.reviewDialog()->messageLabel()->text().contains(u"RBAC refuses"_s),
                 qPrintable(access.reviewDialog()->messageLabel()->text()));
        access.reviewDialog()->reject();
        QTRY_VERIFY(!access.reviewDialog());

        // As a reader: reviewed, then written.
        QTest::mouseClick(view->addButton(), Qt::LeftButton);
        QTRY_VERIFY(access.addDialog());
        add = access.addDialog();
        add->nameEdit()->setText(u"alice"_s);
        QVERIFY(add->selectRole(u"ClusterRole"_s, u"scs:tenant-viewer"_s));
        QTest::mouseClick(add->reviewButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(access.reviewDialog() && access.reviewDialog()->isVisible(), 10000);
        ui::MemberReviewDialog *review = access.reviewDialog();
        const QString diff = review->diffView()->text();
        QVERIFY2(diff.contains(u"name: oidc:alice"_s), qPrintable(diff));
        QVERIFY(diff.contains(u"name: scs:tenant-viewer"_s));
        QVERIFY(diff.contains(u"kind: RoleBinding"_s));
        QVERIFY(review->diffView()->addedCount() > 0);
        QVERIFY(!review->messageLabel()->isVisible());
        QVERIFY(test::namelessControls(review).isEmpty());
        test::saveScreenshot(review, u"access-add-member-review"_s);
        // Nothing written by the review itself.
        QByteArray out;
        QVERIFY(test::adminKubectl(m_env, {u"get"_s, u"rolebinding"_s, kBinding, u"-n"_s,
                                           kTenantB, u"--ignore-not-found"_s, u"-o"_s, u"name"_s},
                                   &out) == 0);
        QVERIFY(out.trimmed().isEmpty());
        QTest::mouseClick(review->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!access.reviewDialog(), 10000);
        // Live: the row comes through the watch.
        QTRY_VERIFY_WITH_TIMEOUT(view->rowOf(u"oidc:alice"_s, kBinding) >= 0, 10000);
        QVERIFY(test::adminKubectl(m_env, {u"get"_s, u"rolebinding"_s, kBinding, u"-n"_s,
                                           kTenantB, u"-o"_s,
                                           u"jsonpath={.subjects[0].name} {.roleRef.name}"_s},
                                   &out) == 0);
        QCOMPARE(out.trimmed(), QByteArray("oidc:alice scs:tenant-viewer"));
        test::saveScreenshot(&window, u"access-members-view"_s);

        // Alice now sees tenant-b read-only.
        const AliceView after = aliceInTenantB();
        QVERIFY(after.listed);
        QVERIFY(after.mayList);
        QVERIFY(!after.mayCreate);

        // Bob removes her again: review of the deletion, then the row goes.
        QVERIFY(view->selectGrant(u"oidc:alice"_s, kBinding));
        QTRY_VERIFY(view->removeButton()->isEnabled());
        QTest::mouseClick(view->removeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(access.reviewDialog() && access.reviewDialog()->isVisible(), 10000);
        review = access.reviewDialog();
        QVERIFY(review->diffView()->removedCount() > 0);
        QCOMPARE(review->diffView()->addedCount(), 0);
        QTest::mouseClick(review->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!access.reviewDialog(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->rowOf(u"oidc:alice"_s, kBinding) < 0, 10000);
        QVERIFY(test::adminKubectl(m_env, {u"get"_s, u"rolebinding"_s, kBinding, u"-n"_s,
                                           kTenantB, u"--ignore-not-found"_s, u"-o"_s, u"name"_s},
                                   &out) == 0);
        QVERIFY(out.trimmed().isEmpty());
        workspaces.setSession(nullptr);
    }

    void carolAsksWhoCanDeleteClustersInTenantA()
    {
        auto session = test::signInAs(m_env, m_profile, u"carol"_s);
        QVERIFY(session);
        ui::MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ui::BrowserController browser(window.workbench(), workspaces);
        ui::AccessController access(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitForTenants(browser));
        QTRY_VERIFY(access.whoCanAction()->isEnabled());
        access.whoCanAction()->trigger();
        QTRY_VERIFY(access.whoCanDialog());
        ui::WhoCanDialog *dialog = access.whoCanDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->setQuery(u"tenant-a"_s, u"clusters"_s, u"api.scs.community"_s,
                                 u"delete"_s));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 15000);
        QStringList who;
        for (const access::WhoCanEntry &e : dialog->entries())
            who.append(e.subject.kind + u' ' + e.subject.name);
        who.removeDuplicates();
        who.sort();
        QCOMPARE(who, QStringList({u"Group oidc:platform-operators"_s,
                                   u"Group oidc:tenant-a-admins"_s}));
        QCOMPARE(dialog->resultTable()->rowCount(), 2);
        QVERIFY(test::namelessControls(dialog).isEmpty());
        test::saveScreenshot(dialog, u"access-who-can"_s);
        // Readers may list, not delete.
        QVERIFY(dialog->setQuery(u"tenant-a"_s, u"clusters"_s, u"api.scs.community"_s,
                                 u"list"_s));
        bool viewers = false;
        for (const access::WhoCanEntry &e : dialog->entries())
            viewers = viewers || e.subject.name == "oidc:tenant-a-viewers"_L1;
        QVERIFY(viewers);
        // What may the group tenant-a-viewers do with claims there? Carol may not ask the API
        // server: computed, and said so.
        dialog->checkSubject(u"Group"_s, u"tenant-a-viewers"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->checkLabel()->text().startsWith(u"Asking"_s), 10000);
        const QString answer = dialog->checkLabel()->text();
        QVERIFY2(answer.contains(u"oidc:tenant-a-viewers may get, list, watch "_s),
                 qPrintable(answer));
        QVERIFY(answer.contains(u"computed from the bindings"_s));
        workspaces.setSession(nullptr);
    }
};

QTEST_MAIN(TestMembers)
#include "tst_members.moc"
