// The command palette against the local stack, as alice: typing tenant-a/configmaps/tenant-info
// and Enter opens the seeded object with one GET, even while the tree's filter hides tenant-a
// (the filter is cleared); a name that is not there, or not readable, leaves the palette open
// with the reason; the opened object becomes a recent item kept for the next start, and Pin to
// Favourites pins it; the names of the open table and the tree's tenants and kinds are offered;
// a tenant picked in the palette becomes current in the tree. Screenshots: palette-jump.png,
// palette-fuzzy.png.

#include "models/resourcetablemodel.h"
#include "models/tenanttreemodel.h"
#include "palette/favouritesstore.h"
#include "profiles/profilestore.h"
#include "stacksession.h"
#include "ui/browse/browsercontroller.h"
#include "ui/palette/palettecontroller.h"
#include "ui/palette/palettepopup.h"
#include "ui/shell/mainwindow.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace scs;

namespace {
const QString kTenant = QStringLiteral("tenant-a");
const QString kSeeded = QStringLiteral("tenant-info"); // tests/stack/manifests/samples-tenants.yaml
} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;

    QString favouritesDir() const { return m_dir.filePath(QStringLiteral("palette")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(test::setUpStackProfile(m_env, m_dir, m_profile, m_profiles));
    }

    void shouldJumpToATypedObjectThroughAFilteredTree()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        ui::MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ui::BrowserController browser(window.workbench(), workspaces);
        ui::PaletteController palette(window.workbench(), workspaces, favouritesDir());
        workspaces.setSession(session.get());
        window.setUserStatus(QStringLiteral("alice"), {});
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitForTenants(browser));
        QVERIFY(browser.treeModel()->tenants().contains(kTenant));

        // The tree's filter hides tenant-a (and everything else).
        QLineEdit *filter = window.navigationFilter();
        filter->setText(QStringLiteral("no-such-thing-zz"));
        QTreeView *tree = window.navigationTree();
        QTRY_COMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 0);

        QSignalSpy opened(&palette, &ui::PaletteController::objectOpened);
        QSignalSpy failed(&palette, &ui::PaletteController::failed);
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        ui::PalettePopup *popup = palette.popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup->lineEdit(), kTenant + QStringLiteral("/configmaps/") + kSeeded);
        QCOMPARE(popup->shownItems().value(0), -1); // the "Go to" row
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(popup->isHidden());
        QVERIFY(filter->text().isEmpty());
        workspace::Selection *selection = workspaces.current()->selection();
        const QString configMaps = QStringLiteral("configmaps");
        QTRY_VERIFY_WITH_TIMEOUT(selection->resource()
                                     && selection->resource()->plural == configMaps
                                     && selection->tenant() == kTenant,
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(selection->object()
                                      .value(QStringLiteral("metadata")).toObject()
                                      .value(QStringLiteral("name")).toString(),
                                  kSeeded, 10000);
        QCOMPARE(tree->currentIndex().data(models::TenantTreeModel::TenantRole).toString(),
                 kTenant);

        // It is a recent item now, also for the next start.
        const auto recents = palette::FavouritesStore(m_profile.name, favouritesDir()).recents();
        QVERIFY(!recents.isEmpty());
        QCOMPARE(recents.first().path(), kTenant + QStringLiteral("/configmaps/") + kSeeded);

        // Pin to Favourites pins what is selected: the object; kept for the next start.
        QTRY_VERIFY(palette.pinAction()->isEnabled());
        palette.pinAction()->trigger();
        const palette::PaletteRef pinned{palette::PaletteRef::Type::Object, kTenant, configMaps,
                                         {}, kSeeded};
        QVERIFY(palette::FavouritesStore(m_profile.name, favouritesDir()).isFavourite(pinned));

        // Not there: the palette stays open and says so; nothing else opens.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup->lineEdit(), QStringLiteral("configmaps/no-such-object-zz"));
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY2(failed.last().first().toString().contains(QStringLiteral("There is no ConfigMap")),
                 qPrintable(failed.last().first().toString()));
        QVERIFY(popup->isVisible());
        QCOMPARE(opened.count(), 1);
        // Not readable: a namespace outside alice's tenants.
        popup->lineEdit()->clear();
        QTest::keyClicks(popup->lineEdit(), QStringLiteral("namespaces/kube-system"));
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10000);
        QVERIFY2(failed.last().first().toString().contains(QStringLiteral("may not")),
                 qPrintable(failed.last().first().toString()));

        // The open table's names, the tree's kinds and the tenants are offered, fuzzily.
        popup->lineEdit()->clear();
        QTest::keyClicks(popup->lineEdit(), QStringLiteral("tacminfo"));
        QList<int> shown = popup->shownItems();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(palette.index().item(shown.first()).text,
                 kTenant + QStringLiteral("/configmaps/") + kSeeded);
        test::saveScreenshot(&window, QStringLiteral("palette-jump"));
        popup->lineEdit()->clear();
        QTest::keyClicks(popup->lineEdit(), QStringLiteral("tacm"));
        shown = popup->shownItems();
        QVERIFY(!shown.isEmpty());
        QVERIFY(palette.index().item(shown.first()).text.startsWith(kTenant + u'/' + configMaps));
        popup->lineEdit()->clear();
        QTest::keyClicks(popup->lineEdit(), QStringLiteral("tac"));
        test::saveScreenshot(&window, QStringLiteral("palette-fuzzy"));

        // A tenant: current in the tree.
        popup->lineEdit()->clear();
        QTest::keyClicks(popup->lineEdit(), kTenant);
        shown = popup->shownItems();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(palette.index().item(shown.first()).type, palette::PaletteItem::Type::Tenant);
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        QVERIFY(popup->isHidden());
        QCOMPARE(tree->currentIndex().data(models::TenantTreeModel::NodeTypeRole)
                     .value<models::TenantTreeModel::NodeType>(),
                 models::TenantTreeModel::NodeType::Tenant);
        QCOMPARE(tree->currentIndex().data(models::TenantTreeModel::TenantRole).toString(),
                 kTenant);
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
