// The connection state in view, against the local stack offscreen: alice's window talks to the
// real kube-apiserver through a proxy; the proxy goes down (every connection cut, new ones
// refused, as when the API server restarts). Within a few seconds the banner says what cannot
// be reached and counts down to the next retry, the open table says since when it is stale,
// and a refresh meanwhile keeps what is known. When the proxy comes back, all of it
// clears by itself. Screenshots of both states.

#include "auth/session.h"
#include "common/stackenv.h"
#include "core/tcpproxy.h"
#include "kube/watcher.h"
#include "models/resourcetablemodel.h"
#include "models/tenanttreemodel.h"
#include "profiles/profilestore.h"
#include "ui/browse/browsercontroller.h"
#include "ui/browse/resourcetableview.h"
#include "ui/connection/connectionbanner.h"
#include "ui/shell/mainwindow.h"
#include "workspace/connectionstate.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"
#include "stacksession.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using scs::ui::BrowserController;
using scs::ui::MainWindow;

class TestConnectionBanner : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(test::setUpStackProfile(m_env, m_dir, m_profile, m_profiles));
    }

    void shouldShowALostApiServerAndClearItOnRecovery()
    {
        const QUrl api = m_profile.apiUrl;
        TcpProxy proxy(api.host(), quint16(api.port()));
        ConnectionProfile viaProxy = m_profile;
        QUrl url = api;
        url.setPort(proxy.port());
        viaProxy.apiUrl = url;
        QVERIFY(m_profiles->save(viaProxy));

        auto session = test::signInAs(m_env, viaProxy, QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        ui::ConnectionBanner banner(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        window.setUserStatus(QStringLiteral("alice"), {});
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitForTenants(browser));
        QVERIFY(test::openKindSynced(browser, QStringLiteral("tenant-a"),
                                     QStringLiteral("configmaps"), {}, 20000));
        QTRY_VERIFY(browser.tableModel()->rowCount() > 0);
        auto *stale = browser.tableView()->findChild<QLabel *>(QStringLiteral("tableStale"));
        QVERIFY(stale);
        QVERIFY(stale->isHidden());
        QCOMPARE(window.bannerText(), QString());
        workspace::ConnectionState *state = workspaces.current()->connectionState();
        QVERIFY(state->isOnline());

        // The API server goes away: the banner says so within a few seconds, with the next
        // retry counted down, and the table says it is stale.
        proxy.down();
        QTRY_VERIFY_WITH_TIMEOUT(window.bannerText().contains(QStringLiteral("cannot be reached")),
                                 5000);
        QVERIFY2(window.bannerText().contains(url.host()), qPrintable(window.bannerText()));
        QTRY_VERIFY_WITH_TIMEOUT(window.bannerText().contains(QStringLiteral("Retrying in")),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(stale->isVisible(), 5000);
        QVERIFY(stale->text().startsWith(QStringLiteral("Stale since ")));
        QVERIFY(browser.tableModel()->rowCount() > 0); // what was known stays

        // F5 meanwhile: nothing to reload from, so it tries the server at once and keeps what
        // is known: the tree and the table's rows stay (marked stale), the banner stays ours.
        const int rows = browser.tableModel()->rowCount();
        window.workbench().standardAction(ui::Workbench::StandardAction::Refresh)->trigger();
        QTest::qWait(1000);
        QVERIFY(!browser.treeModel()->hasFailed());
        QCOMPARE(browser.tableModel()->rowCount(), rows);
        QVERIFY(stale->isVisible());
        QTRY_VERIFY(window.bannerText().contains(QStringLiteral("cannot be reached")));
        // The countdown moves on by itself.
        const QString before = window.bannerText();
        QTRY_VERIFY_WITH_TIMEOUT(window.bannerText() != before, 3000);
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("connection-lost")).isEmpty());

        // Back: everything clears by itself, the failed tenant list included.
        proxy.up();
        QTRY_VERIFY_WITH_TIMEOUT(state->isOnline(), 35000);
        QTRY_COMPARE_WITH_TIMEOUT(window.bannerText(), QString(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!browser.treeModel()->hasFailed()
                                     && !browser.treeModel()->isLoading(),
                                 20000);
        QVERIFY(test::openKindSynced(browser, QStringLiteral("tenant-a"),
                                     QStringLiteral("configmaps"), {}, 20000));
        QTRY_VERIFY_WITH_TIMEOUT(stale->isHidden(), 20000);
        QTRY_VERIFY(browser.tableModel()->rowCount() > 0);
        QTest::qWait(200);
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("connection-back")).isEmpty());
    }
};

QTEST_MAIN(TestConnectionBanner)
#include "tst_connectionbanner.moc"
