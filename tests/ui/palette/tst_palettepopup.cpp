// The command palette without a server: Ctrl+K opens it over the window, the menu bar's
// commands are in it with their shortcuts, typing filters and ranks, the keyboard moves and
// opens, Escape closes, favourites of the profile come first, and the path row appears for
// "kind/name". Screenshot: palette-commands.png.

#include "palette/favouritesstore.h"
#include "profiles/profilestore.h"
#include "ui/palette/palettecontroller.h"
#include "ui/palette/palettepopup.h"
#include "ui/shell/mainwindow.h"
#include "workspace/workspaceregistry.h"
#include "accessibilitytesthelpers.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using palette::PaletteItem;

class TestPalettePopup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;

    QString favouritesDir() const { return m_dir.filePath(QStringLiteral("palette")); }

    static QStringList shownTexts(const ui::PaletteController &palette)
    {
        QStringList texts;
        for (int item : palette.popup()->shownItems())
            texts.append(item < 0 ? QStringLiteral("<path>") : palette.index().item(item).text);
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SCS"));
        QCoreApplication::setApplicationName(QStringLiteral("scs-console-test"));
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        ConnectionProfile p;
        p.name = QStringLiteral("demo");
        p.apiUrl = QUrl(QStringLiteral("https://api.example:6443"));
        p.issuerUrl = QUrl(QStringLiteral("https://id.example/realms/scs"));
        QVERIFY(m_store->save(p));
        QVERIFY(m_store->setCurrentProfile(p.name));
    }

    void shouldOpenWithCtrlKAndRunACommandFromTheKeyboard()
    {
        ui::MainWindow window(*m_store);
        workspace::WorkspaceRegistry workspaces;
        ui::PaletteController palette(window.workbench(), workspaces, favouritesDir());
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showDetailsTab(ui::MainWindow::DetailsTab::Table);

        ui::PalettePopup *popup = palette.popup();
        QVERIFY(popup->isHidden());
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popup->lineEdit()->hasFocus());
        QVERIFY(!popup->accessibleName().isEmpty());
        QVERIFY(!popup->lineEdit()->accessibleName().isEmpty());
        QVERIFY(!popup->listView()->accessibleName().isEmpty());
        const QStringList nameless = test::namelessControls(popup);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        const QStringList order = test::tabOrderProblems(popup);
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
        // Nothing typed: every enabled menu command, Find Anything itself left out.
        QStringList all = shownTexts(palette);
        QVERIFY2(all.contains(QStringLiteral("View › YAML")),
                 qPrintable(all.join(QLatin1Char(','))));
        QVERIFY(all.contains(QStringLiteral("File › Connection Profiles…")));
        QVERIFY(!all.contains(QStringLiteral("View › Find Anything…")));
        QVERIFY(!all.contains(QStringLiteral("File › Sign Out"))); // disabled: not offered
        // Shortcuts are shown.
        for (int i = 0; i < palette.index().size(); ++i) {
            if (palette.index().item(i).text == QStringLiteral("View › YAML"))
                QCOMPARE(palette.index().item(i).detail,
                         QKeySequence(Qt::CTRL | Qt::Key_3).toString(QKeySequence::NativeText));
        }

        QTest::keyClicks(popup->lineEdit(), QStringLiteral("vyaml"));
        QStringList shown = shownTexts(palette);
        QVERIFY2(!shown.isEmpty() && shown.first() == QStringLiteral("View › YAML"),
                 qPrintable(shown.join(QLatin1Char(','))));
        QVERIFY(!shown.contains(QStringLiteral("File › Quit")));
        test::saveScreenshot(&window, QStringLiteral("palette-commands"));
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(popup->isHidden());
        QTRY_COMPARE(window.currentDetailsTab(), ui::MainWindow::DetailsTab::Yaml);

        // Up/Down move, Escape closes without running anything.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup->lineEdit(), QStringLiteral("view"));
        QCOMPARE(popup->currentRow(), 0);
        QTest::keyClick(popup->lineEdit(), Qt::Key_Down);
        QTest::keyClick(popup->lineEdit(), Qt::Key_Down);
        QCOMPARE(popup->currentRow(), 2);
        QTest::keyClick(popup->lineEdit(), Qt::Key_Up);
        QCOMPARE(popup->currentRow(), 1);
        QTest::keyClick(popup->lineEdit(), Qt::Key_Escape);
        QVERIFY(popup->isHidden());
        QCOMPARE(window.currentDetailsTab(), ui::MainWindow::DetailsTab::Yaml);
    }

    void shouldListFavouritesFirstAndOfferPaths()
    {
        {
            palette::FavouritesStore store(QStringLiteral("demo"), favouritesDir());
            store.setFavourite({palette::PaletteRef::Type::Object, QStringLiteral("tenant-a"),
                                QStringLiteral("configmaps"), {}, QStringLiteral("tenant-info")},
                               true);
            store.addRecent({palette::PaletteRef::Type::Tenant, QStringLiteral("tenant-b"), {},
                             {}, {}});
        }
        ui::MainWindow window(*m_store);
        workspace::WorkspaceRegistry workspaces;
        ui::PaletteController palette(window.workbench(), workspaces, favouritesDir());
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        palette.findAction()->trigger();
        ui::PalettePopup *popup = palette.popup();
        QVERIFY(popup->isVisible());
        QStringList shown = shownTexts(palette);
        QVERIFY(shown.size() > 2);
        QCOMPARE(shown.mid(0, 2),
                 (QStringList{"tenant-a/configmaps/tenant-info", "tenant-b"}));

        // A path gets the "Go to" row first; signed out, Enter says why nothing happens.
        QSignalSpy failed(&palette, &ui::PaletteController::failed);
        QTest::keyClicks(popup->lineEdit(), QStringLiteral("configmaps/tenant-info"));
        shown = shownTexts(palette);
        QCOMPARE(shown.first(), QStringLiteral("<path>"));
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        QCOMPARE(failed.count(), 1);
        QVERIFY(popup->isVisible());
        auto *message = popup->findChild<QLabel *>(QStringLiteral("paletteMessage"));
        QVERIFY(message && message->text() == failed.first().first().toString());
        test::saveScreenshot(&window, QStringLiteral("palette-path"));

        // Ctrl+Shift+D on a favourite unpins it (kept across a new store).
        popup->lineEdit()->clear();
        QCOMPARE(shownTexts(palette).first(), QStringLiteral("tenant-a/configmaps/tenant-info"));
        QTest::keyClick(popup->lineEdit(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(palette::FavouritesStore(QStringLiteral("demo"), favouritesDir())
                    .favourites()
                    .isEmpty());
    }
};

QTEST_MAIN(TestPalettePopup)
#include "tst_palettepopup.moc"
