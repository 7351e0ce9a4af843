// The New Tenant wizard against the local stack, offscreen, driven through its real widgets:
// carol (platform operator) creates tenant-c with the group tenant-c-admins as admins (role
// scs:tenant, the stack's tenant role, offered because it exists) and a quota; the review shows
// exactly the objects that are then on the server; the tree shows tenant-c at once. dave (only
// in tenant-c-admins) then signs in, sees exactly tenant-c and, as he
// may not create namespaces, is not offered "New Tenant…". Screenshots of every page.
// Objects: namespace tenant-c (deleted at the end; the stack's provisioner finalizes it).

#include "accessibilitytesthelpers.h"
#include "models/tenanttreemodel.h"
#include "profiles/profilestore.h"
#include "stacksession.h"
#include "ui/browse/browsercontroller.h"
#include "ui/common/editor/yamleditor.h"
#include "ui/shell/mainwindow.h"
#include "ui/tenants/newtenantcreatepage.h"
#include "ui/tenants/newtenantlimitspage.h"
#include "ui/tenants/newtenantnamepage.h"
#include "ui/tenants/newtenantreviewpage.h"
#include "ui/tenants/newtenantwizard.h"
#include "ui/tenants/tenantscontroller.h"
#include "uitesthelpers.h"
#include "workspace/workspaceregistry.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using scs::ui::NewTenantWizard;

namespace {
const QString kTenant = QStringLiteral("tenant-c");
} // namespace

class TestNewTenantWizard : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;

    bool namespaceGone()
    {
        return QTest::qWaitFor(
            [this] {
                QByteArray out;
                test::adminKubectl(m_env, {QStringLiteral("get"), QStringLiteral("namespace"),
                                           kTenant, QStringLiteral("--ignore-not-found"),
                                           QStringLiteral("-o"), QStringLiteral("name")},
                                   &out);
                return out.trimmed().isEmpty();
            },
            60000);
    }

    static void next(NewTenantWizard *wizard) { wizard->button(QWizard::NextButton)->click(); }

    // The page shown: every control named, no mnemonic twice, Tab in reading order.
    static void checkAccessible(NewTenantWizard *wizard)
    {
        const QStringList nameless = test::namelessControls(wizard);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        const QStringList clashes = test::mnemonicClashes(wizard);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        const QStringList order = test::tabOrderProblems(wizard);
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
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
        // A run cut short left it behind: the stack's provisioner finalizes deleted namespaces.
        cleanupTestCase();
        QVERIFY(namespaceGone());
    }

    void cleanupTestCase()
    {
        test::adminKubectl(m_env, {QStringLiteral("delete"), QStringLiteral("namespace"), kTenant,
                                   QStringLiteral("--ignore-not-found"),
                                   QStringLiteral("--wait=false")});
    }

    void carolShouldCreateTenantCThroughTheWizard()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("carol"));
        QVERIFY(session);
        ui::MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ui::BrowserController browser(window.workbench(), workspaces);
        ui::TenantsController tenants(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.setUserStatus(QStringLiteral("carol"), {});
        window.resize(1280, 800);
        window.show();
        QVERIFY(test::waitForTenants(browser));
        QVERIFY(!browser.treeModel()->tenants().contains(kTenant));
        QTRY_VERIFY_WITH_TIMEOUT(tenants.newTenantAction()->isEnabled(), 10000);

        tenants.newTenantAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(tenants.wizard(), 10000);
        NewTenantWizard *wizard = tenants.wizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        ui::NewTenantNamePage *page = wizard->namePage();
        // The roles: admin first (the default), then the tenant role the stack has.
        QCOMPARE(page->role->currentText(), QStringLiteral("admin"));
        QCOMPARE(page->role->findText(QStringLiteral("tenant")), -1); // not on the stack
        const int scsTenant = page->role->findText(QStringLiteral("scs:tenant"));
        QVERIFY(scsTenant > 0);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

        // An invalid name stops at the page.
        QTest::keyClicks(page->name, QStringLiteral("Tenant_C"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        next(wizard);
        QCOMPARE(wizard->currentId(), int(NewTenantWizard::NamePage));
        QVERIFY2(page->status->isVisible() && page->status->text().contains(u"Tenant_C"),
                 qPrintable(page->status->text()));
        page->name->clear();
        QTest::keyClicks(page->name, kTenant);
        QCOMPARE(page->group->text(), QStringLiteral("tenant-c-admins")); // follows the name
        QTest::keyClicks(page->displayName, QStringLiteral("Tenant C"));
        page->role->setCurrentIndex(scsTenant);
        checkAccessible(wizard);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("new-tenant-1-name")).isEmpty());
        next(wizard);

        QCOMPARE(wizard->currentId(), int(NewTenantWizard::LimitsPage));
        QTest::keyClicks(wizard->limitsPage()->capiClusters, QStringLiteral("2"));
        QTest::keyClicks(wizard->limitsPage()->cpu, QStringLiteral("lots"));
        next(wizard);
        QCOMPARE(wizard->currentId(), int(NewTenantWizard::LimitsPage));
        QVERIFY2(wizard->limitsPage()->status->text().contains(u"lots"),
                 qPrintable(wizard->limitsPage()->status->text()));
        wizard->limitsPage()->cpu->clear();
        QTest::keyClicks(wizard->limitsPage()->cpu, QStringLiteral("16"));
        checkAccessible(wizard);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("new-tenant-2-limits")).isEmpty());
        next(wizard);

        QCOMPARE(wizard->currentId(), int(NewTenantWizard::ReviewPage));
        const QString yaml = wizard->reviewPage()->editor->text();
        for (const QString &line :
             {QStringLiteral("kind: Namespace"), QStringLiteral("scs.community/tenant: tenant-c"),
              QStringLiteral("scs.community/display-name: Tenant C"),
              QStringLiteral("name: oidc:tenant-c-admins"), QStringLiteral("name: scs:tenant"),
              QStringLiteral("kind: ResourceQuota"), QStringLiteral("requests.cpu: \"16\"")})
            QVERIFY2(yaml.contains(line), qPrintable(line + QLatin1Char('\n') + yaml));
        QVERIFY(!yaml.contains(QStringLiteral("LimitRange"))); // no defaults given
        QAbstractButton *create = wizard->button(QWizard::CommitButton);
        QVERIFY(create->isVisible() && create->isEnabled());
        QCOMPARE(create->text(), QStringLiteral("&Create"));
        checkAccessible(wizard);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("new-tenant-3-review")).isEmpty());
        create->click();

        QCOMPARE(wizard->currentId(), int(NewTenantWizard::CreatePage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->succeeded(), 20000);
        QListWidget *created = wizard->createPage()->created;
        QCOMPARE(created->count(), 3);
        QCOMPARE(created->item(1)->text(), QStringLiteral("rolebinding/tenant-c-admins created"));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!test::saveScreenshot(wizard, QStringLiteral("new-tenant-4-created")).isEmpty());

        // On the server: what the review showed.
        QByteArray out;
        QCOMPARE(test::adminKubectl(m_env, {QStringLiteral("get"), QStringLiteral("namespace"),
                                            kTenant, QStringLiteral("-o"),
                                            QStringLiteral("jsonpath={.metadata.annotations}")},
                                    &out),
                 0);
        QVERIFY2(out.contains("\"scs.community/display-name\":\"Tenant C\""), out.constData());
        QCOMPARE(test::adminKubectl(
                     m_env, {QStringLiteral("get"), QStringLiteral("rolebinding"),
                             QStringLiteral("-n"), kTenant, QStringLiteral("tenant-c-admins"),
                             QStringLiteral("-o"),
                             QStringLiteral("jsonpath={.roleRef.name} {.subjects[0].name}")},
                     &out),
                 0);
        QCOMPARE(out, QByteArray("scs:tenant oidc:tenant-c-admins"));

        // The tree follows at once (reloaded), with the display name.
        QTRY_VERIFY_WITH_TIMEOUT(browser.treeModel()->tenants().contains(kTenant), 20000);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!tenants.wizard());
    }

    void daveShouldSeeExactlyTenantC()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("dave"));
        QVERIFY(session);
        ui::MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ui::BrowserController browser(window.workbench(), workspaces);
        ui::TenantsController tenants(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.setUserStatus(QStringLiteral("dave"), {});
        window.resize(1280, 800);
        window.show();
        QVERIFY(test::waitForTenants(browser));
        QCOMPARE(browser.treeModel()->tenants(), QStringList{kTenant});
        // Display names come with the namespace list, which dave may not read: the name only.
        QVERIFY(browser.treeModel()->tenantIndex(kTenant).isValid());
        QTest::qWait(500);
        QVERIFY(!tenants.newTenantAction()->isEnabled()); // dave may not create namespaces
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("new-tenant-dave-tree")).isEmpty());
    }
};

QTEST_MAIN(TestNewTenantWizard)
#include "tst_newtenantwizard.moc"
