#include "common/i18n.h"
#include "profiles/profilestore.h"
#include "auth/tokenstore.h"
#include "edit/draftstore.h"
#include "ui/access/accesscontroller.h"
#include "ui/browse/browsercontroller.h"
#include "ui/common/objectviews.h"
#include "ui/edit/editcontroller.h"
#include "ui/exec/execcontroller.h"
#include "ui/kubeconfig/kubeconfigcontroller.h"
#include "ui/logs/logscontroller.h"
#include "ui/portforward/portforwardcontroller.h"
#include "ui/orders/ordercontroller.h"
#include "ui/tenants/tenantscontroller.h"
#include "ui/palette/palettecontroller.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/sessioncontroller.h"
#include "accessibilitytesthelpers.h"
#include "uitesthelpers.h"
#include "workspace/workspaceregistry.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QToolBar>
#include <QStatusBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace scs;
using scs::ui::MainWindow;
using scs::ui::Workbench;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;

    static ConnectionProfile profile(const QString &name, const QString &host)
    {
        ConnectionProfile p;
        p.name = name;
        p.apiUrl = QUrl(QStringLiteral("https://%1:6443").arg(host));
        p.issuerUrl = QUrl(QStringLiteral("https://%1:8443/realms/scs").arg(host));
        return p;
    }

    static QMenu *menu(MainWindow &window, const char *objectName)
    {
        return window.menuBar()->findChild<QMenu *>(QLatin1String(objectName));
    }

    // Issue 18: every menu command is reachable by keyboard, in every language. The window is
    // put together as
    // app/main.cpp does (every feature's menus and actions); each menu needs a mnemonic
    // unique in the menu bar, each action a mnemonic unique in its menu (or a shortcut), and no
    // shortcut is taken twice. The failure lists what lacks one.
    void checkEveryMenuCommandIsReachableByKeyboard()
    {
        MainWindow window(*m_store);
        auth::TokenStore tokens;
        ui::Workbench &workbench = window.workbench();
        ui::SessionController sessions(*m_store, tokens, workbench);
        workspace::WorkspaceRegistry workspaces;
        const ui::ObjectViews views = ui::ObjectViews::create();
        ui::BrowserController browser(workbench, workspaces, views);
        edit::DraftStore drafts(m_dir.filePath(QStringLiteral("drafts")));
        ui::EditController edits(workbench, workspaces, views, drafts);
        ui::KubeconfigController kubeconfigs(workbench, workspaces,
                                             QCoreApplication::applicationFilePath());
        ui::OrderController orders(workbench, workspaces);
        ui::TenantsController tenants(workbench, workspaces);
        ui::AccessController access(workbench, workspaces);
        ui::PaletteController palette(workbench, workspaces,
                                      m_dir.filePath(QStringLiteral("palette")));
        ui::LogsController logs(workbench, workspaces);
        ui::ExecController shells(workbench, workspaces);
        ui::PortForwardController portForwards(workbench, workspaces);

        const auto mnemonicOf = [](const QString &text) -> QChar {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) == QLatin1Char('&')) {
                    if (text.at(i + 1) != QLatin1Char('&'))
                        return text.at(i + 1).toLower();
                    ++i;
                }
            }
            return {};
        };
        QStringList problems;
        QHash<QChar, QString> menuMnemonics;
        QHash<QKeySequence, QString> shortcuts;
        int commands = 0;
        for (QAction *menuAction : window.menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu || !menuAction->isVisible())
                continue;
            const QChar m = mnemonicOf(menuAction->text());
            if (m.isNull())
                problems.append(QStringLiteral("menu %1: no mnemonic").arg(menuAction->text()));
            else if (menuMnemonics.contains(m))
                problems.append(QStringLiteral("menus %1 and %2 share &%3")
                                    .arg(menuMnemonics.value(m), menuAction->text(), m));
            menuMnemonics.insert(m, menuAction->text());
            QHash<QChar, QString> itemMnemonics;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                ++commands;
                const QString where = menuAction->text() + QStringLiteral(" > ") + a->text();
                const QChar im = mnemonicOf(a->text());
                if (im.isNull() && a->shortcut().isEmpty())
                    problems.append(where + QStringLiteral(": neither mnemonic nor shortcut"));
                if (!im.isNull() && itemMnemonics.contains(im))
                    problems.append(QStringLiteral("%1: &%2 also in %3")
                                        .arg(where, im, itemMnemonics.value(im)));
                if (!im.isNull())
                    itemMnemonics.insert(im, a->text());
                for (const QKeySequence &key : a->shortcuts()) {
                    if (shortcuts.contains(key))
                        problems.append(QStringLiteral("%1: %2 also on %3")
                                            .arg(where, key.toString(), shortcuts.value(key)));
                    shortcuts.insert(key, where);
                }
            }
        }
        qInfo("%d menus, %d commands, %d shortcuts", int(menuMnemonics.size()), commands,
              int(shortcuts.size()));
        QVERIFY(menuMnemonics.size() >= 5); // File, Edit, View, Clusters, Help at least
        QVERIFY(commands >= 15);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SCS"));
        QCoreApplication::setApplicationName(QStringLiteral("scs-console-test"));
        QStandardPaths::setTestModeEnabled(true);
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(m_store->save(profile(QStringLiteral("local stack"), QStringLiteral("127.0.0.1"))));
        QVERIFY(m_store->save(profile(QStringLiteral("production"),
                                      QStringLiteral("api.central.example"))));
        QVERIFY(m_store->setCurrentProfile(QStringLiteral("local stack")));
    }

    void shouldOfferTheMenusAndShortcuts()
    {
        MainWindow window(*m_store);
        QMenu *file = menu(window, "fileMenu");
        QVERIFY(file && menu(window, "viewMenu") && menu(window, "helpMenu"));
        QStringList texts;
        for (QAction *a : file->actions()) {
            if (!a->isSeparator())
                texts.append(a->text());
        }
        QCOMPARE(texts, (QStringList{"&Connection Profiles…", "Sign &In…", "Sign &Out", "&Quit"}));
        QCOMPARE(window.signInAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(window.signOutAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QCOMPARE(window.profilesAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    }

    void everyMenuCommandShouldBeReachableByKeyboard()
    {
        checkEveryMenuCommandIsReachableByKeyboard();
    }

    // Features plug in through the workbench only: their File entries go above Quit, their
    // menus before Help, their object actions to every table, in registration order.
    void shouldTakeFeaturesThroughTheWorkbench()
    {
        MainWindow window(*m_store);
        Workbench &workbench = window.workbench();
        QAction exportAction(QStringLiteral("Export"));
        QAction orderAction(QStringLiteral("Order"));
        QAction editAction(QStringLiteral("Edit"));
        workbench.addAction(Workbench::Menu::File, &exportAction, /*separatorBefore=*/true);
        QMenu *clusters = workbench.addMenu(QStringLiteral("&Clusters"),
                                            QStringLiteral("clustersMenu"));
        clusters->addAction(&orderAction);
        workbench.addToolBarAction(&orderAction, /*separatorBefore=*/true);
        QSignalSpy objectActionsChanged(&workbench, &Workbench::objectActionsChanged);
        workbench.addObjectAction(nullptr);
        workbench.addObjectAction(&editAction);
        workbench.addAction(Workbench::Menu::Object, &editAction);

        const QList<QAction *> file = menu(window, "fileMenu")->actions();
        const qsizetype exportAt = file.indexOf(&exportAction);
        QVERIFY(exportAt > 0);
        QVERIFY(file.at(exportAt - 1)->isSeparator());
        QVERIFY(file.at(exportAt + 1)->isSeparator());
        QCOMPARE(file.last()->text(), QStringLiteral("&Quit"));
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus, (QStringList{"&File", "&View", "&Object", "&Clusters", "&Help"}));
        QVERIFY(menu(window, "objectMenu")->actions().contains(&editAction));
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar && bar->actions().contains(&orderAction));
        QCOMPARE(workbench.objectActions(), (QList<QAction *>{nullptr, &editAction}));
        QCOMPARE(objectActionsChanged.count(), 2);
        QCOMPARE(workbench.window(), &window);
        workbench.showStatusMessage(QStringLiteral("hello"), 1000);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("hello"));
        workbench.showBanner(QStringLiteral("note"), Workbench::BannerKind::Info);
        QCOMPARE(window.bannerText(), QStringLiteral("note"));
        QCOMPARE(workbench.standardAction(Workbench::StandardAction::SignIn),
                 window.signInAction());
    }

    void shouldShowTheProfileInToolbarTreeAndStatusBar()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *box = window.findChild<QComboBox *>(QStringLiteral("profileBox"));
        QCOMPARE(box->count(), 2);
        QCOMPARE(box->currentText(), QStringLiteral("local stack"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigationTree"));
        QCOMPARE(tree->model()->rowCount(), 2);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("local stack"));
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QCOMPARE(connection->text(), QStringLiteral("local stack (127.0.0.1)"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text(),
                 QStringLiteral("Not signed in"));

        QVERIFY(window.selectProfile(QStringLiteral("production")));
        QCOMPARE(connection->text(), QStringLiteral("production (api.central.example)"));
        QCOMPARE(m_store->currentProfile(), QStringLiteral("production"));
        QVERIFY(!window.selectProfile(QStringLiteral("nope")));
        QVERIFY(window.selectProfile(QStringLiteral("local stack")));
    }

    void shouldFollowProfileChanges()
    {
        MainWindow window(*m_store);
        auto *box = window.findChild<QComboBox *>(QStringLiteral("profileBox"));
        QVERIFY(m_store->save(profile(QStringLiteral("staging"), QStringLiteral("staging.example"))));
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->currentText(), QStringLiteral("local stack"));
        QVERIFY(m_store->remove(QStringLiteral("staging")));
        QCOMPARE(box->count(), 2);
    }

    void shouldSwitchDetailsWithShortcuts()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentDetailsTab(), MainWindow::DetailsTab::Form);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentDetailsTab(), MainWindow::DetailsTab::Yaml);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentDetailsTab(), MainWindow::DetailsTab::Table);
    }

    void shouldRememberGeometrySplitterAndTab()
    {
        {
            MainWindow window(*m_store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1100, 700);
            window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({333, 700});
            window.showDetailsTab(MainWindow::DetailsTab::Yaml);
            window.close();
        }
        MainWindow again(*m_store);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1100, 700));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(), 333);
        QCOMPARE(again.currentDetailsTab(), MainWindow::DetailsTab::Yaml);
        again.resize(1280, 800);
        again.showDetailsTab(MainWindow::DetailsTab::Table);
        again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({280, 1000});
        again.close();
    }

    void shouldListLibraryVersionsInAbout()
    {
        const QStringList versions = ui::AboutDialog::libraryVersions();
        QVERIFY(versions.first().startsWith(QStringLiteral("Qt 6.")));
        QVERIFY(versions.join(QLatin1Char('\n')).contains(QLatin1String("QtKeychain 0.")));
        QVERIFY(versions.join(QLatin1Char('\n')).contains(QLatin1String("yaml-cpp 0.")));
        ui::AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!test::saveScreenshot(&dialog, QStringLiteral("about")).isEmpty());
    }

    void everyControlShouldHaveAnAccessibleName()
    {
        MainWindow window(*m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList nameless = test::namelessControls(&window);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        ui::AboutDialog about;
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        const QStringList inAbout = test::namelessControls(&about);
        QVERIFY2(inAbout.isEmpty(), qPrintable(inAbout.join(QLatin1Char('\n'))));
        const QStringList order = test::tabOrderProblems(&about);
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
    }

    void shouldFollowDarkAndHighContrastPalettes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<QColor>("text");
        QTest::newRow("dark") << QStringLiteral("dark") << QColor(0x2b, 0x2b, 0x2b)
                              << QColor(0xe0, 0xe0, 0xe0);
        QTest::newRow("high contrast") << QStringLiteral("highcontrast") << QColor(Qt::black)
                                       << QColor(Qt::white);
    }

    // The system palette reaches every label, and no hard-coded colour makes one unreadable.
    void shouldFollowDarkAndHighContrastPalettes()
    {
        QFETCH(QString, name);
        QFETCH(QColor, background);
        QFETCH(QColor, text);
        const QPalette before = QApplication::palette();
        QPalette dark = before;
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button,
                                QPalette::AlternateBase})
            dark.setColor(role, role == QPalette::Base ? background.darker(120) : background);
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(role, text);
        dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        QApplication::setPalette(dark);
        {
            MainWindow window(*m_store);
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showBanner(QStringLiteral("A banner in the %1 palette").arg(name),
                              Workbench::BannerKind::Warning);
            QCOMPARE(window.palette().color(QPalette::Window), dark.color(QPalette::Window));
            const QStringList unreadable = test::lowContrastLabels(&window);
            QVERIFY(!test::saveScreenshot(&window, QStringLiteral("mainwindow-") + name)
                         .isEmpty());
            QApplication::setPalette(before);
            QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(QLatin1Char('\n'))));
        }
        QApplication::setPalette(before);
    }

    void shouldSaveAScreenshotAt1280x800()
    {
        MainWindow window(*m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1280, 800));
        const QString path = test::saveScreenshot(&window, QStringLiteral("mainwindow"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(QImage(path).size(), QSize(1280, 800));
    }

    // Last: it installs the German translators on the application for good.
    void shouldShowGermanWhenAsked()
    {
        const QLocale locale = installTranslations(*QCoreApplication::instance(),
                                                   localeFromLanguageOption(QStringLiteral("de")));
        QCOMPARE(locale.language(), QLocale::German);
        MainWindow window(*m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(menu(window, "fileMenu")->title(), QStringLiteral("&Datei"));
        QCOMPARE(menu(window, "helpMenu")->title(), QStringLiteral("&Hilfe"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text(),
                 QStringLiteral("Nicht angemeldet"));
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("mainwindow-de")).isEmpty());
        checkEveryMenuCommandIsReachableByKeyboard(); // German mnemonics clash differently
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
