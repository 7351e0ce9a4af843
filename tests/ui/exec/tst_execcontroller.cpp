// ExecController in the real window against the local stack. The workload API server's node
// (virtual-kubelet in the stack's Go program) runs exec as a real process with a pty; alice is
// cluster-admin there. The test makes the workload cluster's Workspace itself (alice's OIDC
// session as its token source), shows a running pod of the demo Deployment in its Selection,
// triggers "Shell…", accepts the dialog's defaults, types `echo hello && ls` + Enter into the
// TerminalWidget and waits for the answer on its screen; then exit shows "Exited with 0",
// Run Again starts anew, closing the tab ends the session. A command that is not in the
// container says so. For the demo Deployment the dialog is about one of its running pods.
// On the Central API, where tenants may not exec, the action stays off.
// Saves screenshots of the dialog and of the window with the shell tab.
#include "auth/session.h"
#include "common/stackenv.h"
#include "exec/execsession.h"
#include "kube/kubeclient.h"
#include "profiles/profilestore.h"
#include "ui/common/terminal/terminalwidget.h"
#include "ui/exec/execcontroller.h"
#include "ui/exec/execdialog.h"
#include "ui/exec/exectab.h"
#include "ui/shell/mainwindow.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"
#include "accessibilitytesthelpers.h"
#include "stacksession.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::ui;

class TestExecController : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;

    ConnectionProfile workloadProfile() const
    {
        ConnectionProfile workload = m_profile;
        workload.name = QStringLiteral("workload");
        workload.apiUrl = QUrl(m_env.value(QStringLiteral("SCS_WORKLOAD_API_URL")));
        return workload;
    }

    // A running pod of the demo Deployment, as the server has it; empty when none came.
    QJsonObject runningPod(kube::KubeClient *client) const
    {
        QJsonObject found;
        (void)QTest::qWaitFor([&] {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("labelSelector"),
                               m_env.value(QStringLiteral("SCS_DEMO_POD_SELECTOR")));
            kube::KubeReply *reply = client->get(
                QStringLiteral("/api/v1/namespaces/%1/pods")
                    .arg(m_env.value(QStringLiteral("SCS_DEMO_NAMESPACE"))),
                query);
            QSignalSpy done(reply, &kube::KubeReply::finished);
            if (!done.wait(10000) || !reply->result())
                return false;
            const QJsonArray items = QJsonDocument::fromJson(*reply->result())
                                         .object()
                                         .value(QLatin1String("items"))
                                         .toArray();
            for (const QJsonValue &item : items) {
                QJsonObject pod = item.toObject();
                // A list's items carry no kind of their own.
                pod.insert(QStringLiteral("kind"), QStringLiteral("Pod"));
                pod.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
                if (ExecController::canExec(pod)
                    && !pod.value(QLatin1String("metadata"))
                            .toObject()
                            .contains(QLatin1String("deletionTimestamp"))) {
                    found = pod;
                    return true;
                }
            }
            return false;
        }, 30000);
        return found;
    }

    static void show(workspace::Workspace &workspace, const QJsonObject &pod)
    {
        const QJsonObject metadata = pod.value(QLatin1String("metadata")).toObject();
        workspace.selection()->setCollection(metadata.value(QLatin1String("namespace")).toString(),
                                             std::nullopt);
        workspace.selection()->setCurrent(metadata.value(QLatin1String("uid")).toString(), pod);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(test::setUpStackProfile(m_env, m_dir, m_profile, m_profiles));
        QVERIFY2(workloadProfile().apiUrl.isValid(), "the stack has no workload API server");
    }

    void shouldRunEchoHelloInAShellTab()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ExecController shells(window.workbench(), workspaces);
        QVERIFY(window.objectActions().contains(shells.shellAction()));
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        workspace::Workspace workload(workloadProfile(), session.get(), session->groups());
        workload.start();
        shells.follow(&workload);
        const QJsonObject pod = runningPod(workload.client());
        QVERIFY2(!pod.isEmpty(), "no running pod of the demo Deployment");
        const QString podName =
            pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        show(workload, pod);
        QTRY_VERIFY_WITH_TIMEOUT(shells.shellAction()->isEnabled(), 15000);

        shells.shellAction()->trigger();
        auto *dialog = window.findChild<ExecDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->container(), QStringLiteral("web"));
        QCOMPARE(dialog->command(), ExecDialog::automaticShell());
        QVERIFY(!test::saveScreenshot(dialog, QStringLiteral("shell-dialog")).isEmpty());
        QCOMPARE(test::namelessControls(dialog), QStringList());
        QCOMPARE(test::mnemonicClashes(dialog).join(u'\n'), QString());
        dialog->accept();

        QCOMPARE(shells.openTabs().size(), 1);
        ExecTab *tab = shells.openTabs().first();
        QCOMPARE(window.panelTabs(), QList<QWidget *>{tab});
        QVERIFY(window.panel()->isVisible());
        QCOMPARE(window.panel()->tabText(0), podName + QStringLiteral("/web"));
        TerminalWidget *terminal = tab->terminal();
        QTRY_VERIFY(terminal->hasFocus());
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), exec::ExecSession::State::Open,
                                  20000);
        QCOMPARE(tab->session()->subprotocol(), QStringLiteral("v5.channel.k8s.io"));
        // The shell's prompt, then typing as a person does.
        QTRY_VERIFY_WITH_TIMEOUT(!terminal->screenText().trimmed().isEmpty(), 10000);
        QTest::keyClicks(terminal, QStringLiteral("echo hello && ls"));
        QTest::keyClick(terminal, Qt::Key_Return);
        const auto lines = [terminal] { return terminal->screenText().split(QLatin1Char('\n')); };
        QTRY_VERIFY2_WITH_TIMEOUT(lines().contains(QStringLiteral("hello")),
                                  qPrintable(terminal->screenText()), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(terminal->screenText().contains(QStringLiteral("index.html")),
                                  qPrintable(terminal->screenText()), 10000);
        // The command line is echoed once, above its answer.
        QVERIFY(terminal->screenText().indexOf(QStringLiteral("echo hello && ls"))
                < terminal->screenText().indexOf(QStringLiteral("\nhello")));
        // The remote terminal has the widget's size.
        QTest::keyClicks(terminal, QStringLiteral("stty size"));
        QTest::keyClick(terminal, Qt::Key_Return);
        const QString size = QStringLiteral("%1 %2").arg(terminal->rows()).arg(terminal->columns());
        QTRY_VERIFY2_WITH_TIMEOUT(lines().contains(size), qPrintable(terminal->screenText()),
                                  10000);
        const QString shot = test::saveScreenshot(&window, QStringLiteral("shell-tab"));
        QVERIFY(!shot.isEmpty());
        QCOMPARE(test::namelessControls(tab), QStringList());

        // exit: the line under the terminal says how it ended; the tab's title too.
        QTest::keyClicks(terminal, QStringLiteral("exit"));
        QTest::keyClick(terminal, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(tab->statusText(), QStringLiteral("Exited with 0"), 10000);
        QVERIFY(window.panel()->tabText(0).endsWith(QStringLiteral("(ended)")));
        QVERIFY(terminal->isReadOnly());
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("shell-tab-ended")).isEmpty());

        // Run Again: a new session in the same terminal.
        tab->reconnectButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), exec::ExecSession::State::Open,
                                  20000);
        QVERIFY(tab->statusText().isEmpty());
        QCOMPARE(window.panel()->tabText(0), podName + QStringLiteral("/web"));

        // Closing the tab ends the session and hides the empty panel.
        const QPointer<exec::ExecSession> running = tab->session();
        Q_EMIT window.panel()->tabCloseRequested(0);
        QVERIFY(shells.openTabs().isEmpty());
        QTRY_VERIFY(!running);
        QVERIFY(!window.panel()->isVisible());
    }

    void shouldPickARunningPodOfADeployment()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ExecController shells(window.workbench(), workspaces);
        workspace::Workspace workload(workloadProfile(), session.get(), session->groups());
        workload.start();
        shells.follow(&workload);
        kube::KubeReply *reply = workload.client()->get(
            QStringLiteral("/apis/apps/v1/namespaces/%1/deployments/%2")
                .arg(m_env.value(QStringLiteral("SCS_DEMO_NAMESPACE")),
                     m_env.value(QStringLiteral("SCS_DEMO_DEPLOYMENT"))));
        QSignalSpy done(reply, &kube::KubeReply::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(reply->result());
        const QJsonObject deployment = QJsonDocument::fromJson(*reply->result()).object();
        show(workload, deployment);
        QTRY_VERIFY_WITH_TIMEOUT(shells.shellAction()->isEnabled(), 15000);
        shells.shellAction()->trigger();
        ExecDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<ExecDialog *>()) != nullptr, 10000);
        // The dialog is about one of the Deployment's pods.
        QVERIFY2(dialog->windowTitle().startsWith(QStringLiteral("Shell in web-")),
                 qPrintable(dialog->windowTitle()));
        QCOMPARE(dialog->container(), QStringLiteral("web"));
        dialog->reject();
        QVERIFY(shells.openTabs().isEmpty());
    }

    void shouldSayWhenTheContainerHasNoShell()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ExecController shells(window.workbench(), workspaces);
        workspace::Workspace workload(workloadProfile(), session.get(), session->groups());
        shells.follow(&workload);
        const QJsonObject pod = runningPod(workload.client());
        QVERIFY(!pod.isEmpty());
        show(workload, pod);
        ExecTab *tab = shells.openShell(pod, QStringLiteral("web"),
                                        {QStringLiteral("/bin/no-such-shell")});
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->statusText().isEmpty(), 20000);
        QVERIFY2(tab->statusText().startsWith(QStringLiteral("The container has no shell")),
                 qPrintable(tab->statusText()));
        QCOMPARE(tab->reconnectButton()->text(), QStringLiteral("&Run Again"));
    }

    void shouldNotOfferAShellWithoutTheRightToExec()
    {
        // The Central API's tenant role lets alice read tenant-a's pods, not exec into them.
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        ExecController shells(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        workspace::Workspace *central = workspaces.current();
        QVERIFY(central);
        const QJsonObject pod{
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Pod")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("app")},
                         {QStringLiteral("namespace"), QStringLiteral("tenant-a")},
                         {QStringLiteral("uid"), QStringLiteral("u1")}}},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"),
                                                    QStringLiteral("Running")}}}};
        show(*central, pod);
        // Once her rules there are in (she may list pods), Shell… stays off.
        QTRY_VERIFY_WITH_TIMEOUT(central->allows(QStringLiteral("list"), {},
                                                 QStringLiteral("pods"),
                                                 QStringLiteral("tenant-a")),
                                 15000);
        QVERIFY(!shells.shellAction()->isEnabled());
    }
};

QTEST_MAIN(TestExecController)
#include "tst_execcontroller.moc"
