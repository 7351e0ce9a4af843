// LogsController in the real window against the local stack: alice selects a pod of tenant-a
// in the table; "Logs" stays disabled while her rules do not allow get on pods/log (the
// Central API's tenant role), and with a grant it opens a window whose LogsView follows the
// pod: Pending (no kubelet in the stack), then deleted. Saves a screenshot of the window.
#include "auth/session.h"
#include "common/stackenv.h"
#include "profiles/profilestore.h"
#include "ui/browse/browsercontroller.h"
#include "ui/logs/logscontroller.h"
#include "ui/logs/logsview.h"
#include "ui/shell/mainwindow.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"
#include "stacksession.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QDateTime>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::ui;

class TestLogsController : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    QString m_pod;

    QByteArray grant() const
    {
        return QStringLiteral("apiVersion: rbac.authorization.k8s.io/v1\n"
                              "kind: Role\n"
                              "metadata: {name: %1, namespace: tenant-a}\n"
                              "rules:\n"
                              "- {apiGroups: [\"\"], resources: [pods/log], verbs: [get]}\n"
                              "---\n"
                              "apiVersion: rbac.authorization.k8s.io/v1\n"
                              "kind: RoleBinding\n"
                              "metadata: {name: %1, namespace: tenant-a}\n"
                              "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, "
                              "name: %1}\n"
                              "subjects:\n"
                              "- {apiGroup: rbac.authorization.k8s.io, kind: Group, "
                              "name: \"oidc:tenant-a-admins\"}\n")
            .arg(m_pod)
            .toUtf8();
    }

    // With alice signed in (by the caller): opens tenant-a's pods and selects m_pod.
    bool selectPod(BrowserController &browser, workspace::WorkspaceRegistry &workspaces)
    {
        if (!test::waitForTenants(browser)
            || !test::openKindSynced(browser, QStringLiteral("tenant-a"), QStringLiteral("pods")))
            return false;
        workspace::Selection *selection = workspaces.current()->selection();
        return QTest::qWaitFor([&] {
            if (selection->object()
                    .value(QLatin1String("metadata"))
                    .toObject()
                    .value(QLatin1String("name"))
                    .toString()
                == m_pod)
                return true;
            selection->requestSelect(m_pod);
            return false;
        }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(test::setUpStackProfile(m_env, m_dir, m_profile, m_profiles));
        m_pod = QStringLiteral("logs-ui-%1").arg(QDateTime::currentMSecsSinceEpoch());
        // No controller manager makes the "default" service account in the stack.
        const QByteArray pod = QStringLiteral("apiVersion: v1\n"
                                              "kind: ServiceAccount\n"
                                              "metadata: {name: %1, namespace: tenant-a}\n"
                                              "---\n"
                                              "apiVersion: v1\n"
                                              "kind: Pod\n"
                                              "metadata: {name: %1, namespace: tenant-a}\n"
                                              "spec:\n"
                                              "  serviceAccountName: %1\n"
                                              "  automountServiceAccountToken: false\n"
                                              "  containers:\n"
                                              "  - {name: app, image: registry.example/app:1}\n"
                                              "  - {name: sidecar, image: registry.example/s:1}\n")
                                   .arg(m_pod)
                                   .toUtf8();
        QCOMPARE(test::adminKubectl(m_env, {"apply", "-f", "-"}, nullptr, pod), 0);
    }

    void cleanupTestCase()
    {
        test::adminKubectl(m_env, {"-n", "tenant-a", "delete",
                                   "pod,serviceaccount,role,rolebinding", m_pod,
                                   "--ignore-not-found", "--wait=false"});
    }

    void shouldNotOfferLogsWithoutTheRightToReadThem()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        LogsController logs(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        QVERIFY(selectPod(browser, workspaces));
        QVERIFY(window.objectActions().contains(logs.logsAction()));
        QTest::qWait(500); // the rules are in (the table is open), nothing will enable it
        QVERIFY(!logs.logsAction()->isEnabled());
    }

    void shouldFollowThePodInAWindowOnceAllowed()
    {
        QCOMPARE(test::adminKubectl(m_env, {"apply", "-f", "-"}, nullptr, grant()), 0);
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        LogsController logs(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        QVERIFY(selectPod(browser, workspaces));
        QTRY_VERIFY_WITH_TIMEOUT(logs.logsAction()->isEnabled(), 10000);
        logs.logsAction()->trigger();
        QCOMPARE(logs.openViews().size(), 1);
        LogsView *view = logs.openViews().first();
        QVERIFY(view->window()->windowTitle().contains(m_pod));
        QCOMPARE(view->options().container, QStringLiteral("app")); // the first of two
        QTRY_VERIFY_WITH_TIMEOUT(view->statusText().contains(QStringLiteral("Pending")), 10000);
        const QString shot = test::saveScreenshot(view->window(), QStringLiteral("logs-window"));
        QVERIFY(!shot.isEmpty());
        QCOMPARE(test::adminKubectl(m_env, {"-n", "tenant-a", "delete", "pod", m_pod,
                                            "--grace-period=0", "--force"}),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(view->statusText().contains(QStringLiteral("gone")), 40000);
        // Signing out closes the window (its stream used the Workspace's client).
        session->signOut();
        QTRY_VERIFY(logs.openViews().isEmpty());
    }
};

QTEST_MAIN(TestLogsController)
#include "tst_logscontroller.moc"
