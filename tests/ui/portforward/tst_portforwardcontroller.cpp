// PortForwardController in the real window against the workload cluster of the local stack
// (its node serves port-forward): alice signed in to the workload API server, a `web` pod of
// `demo` selected in the browser's table; "Port Forward…" is enabled by her rules, opens the
// dialog with the pod's container port, and accepting it lists an active forward that the real
// curl fetches the pod's page through; Copy Address copies it, Stop closes the local port.
// On the Central API, where her tenant role reads pods but may not forward to them, the action
// stays disabled. Screenshots of the dialog and the list.
#include "auth/session.h"
#include "common/stackenv.h"
#include "kube/kubeclient.h"
#include "models/tenanttreemodel.h"
#include "portforward/portforward.h"
#include "portforward/portforwards.h"
#include "profiles/profilestore.h"
#include "ui/browse/browsercontroller.h"
#include "ui/portforward/portforwardcontroller.h"
#include "ui/portforward/portforwarddialog.h"
#include "ui/portforward/portforwardlist.h"
#include "ui/shell/mainwindow.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"
#include "accessibilitytesthelpers.h"
#include "stacksession.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QScopeGuard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace scs;
using namespace scs::ui;

class TestPortForwardController : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;

    // A running demo pod's name, as the workspace's client sees it.
    QString runningPod(kube::KubeClient *client)
    {
        QString found;
        const bool ok = QTest::qWaitFor([&] {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("labelSelector"),
                               m_env.value(QStringLiteral("SCS_DEMO_POD_SELECTOR")));
            bool done = false;
            client->get(QStringLiteral("/api/v1/namespaces/demo/pods"), query)
                ->onJson(this, [&](const Result<QJsonDocument> &answer) {
                    done = true;
                    if (!answer)
                        return;
                    for (const QJsonValue &p : answer->object().value(u"items").toArray()) {
                        const QJsonObject pod = p.toObject();
                        if (pod.value(u"status").toObject().value(u"phase").toString()
                                == u"Running"
                            && !pod.value(u"metadata").toObject().contains(u"deletionTimestamp"))
                            found = pod.value(u"metadata").toObject().value(u"name").toString();
                    }
                });
            return QTest::qWaitFor([&] { return done; }, 10000) && !found.isEmpty();
        }, 30000);
        return ok ? found : QString();
    }

    static QString curl(const QString &address)
    {
        QProcess process;
        process.start(QStringLiteral("curl"),
                      {QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("20"),
                       QStringLiteral("http://%1/").arg(address)});
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000))
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(test::setUpStackProfile(m_env, m_dir, m_profile, m_profiles));
        // The workload cluster trusts the same issuer: alice signs in to it directly.
        m_profile.apiUrl = QUrl(m_env.value(QStringLiteral("SCS_WORKLOAD_API_URL")));
        QVERIFY(m_profile.apiUrl.isValid());
        QVERIFY(m_profiles->save(m_profile));
    }

    // On the Central API alice reads tenant-a's pods, but her tenant role does not allow
    // create on pods/portforward: the action stays disabled for her pod there.
    void shouldNotOfferPortForwardWithoutTheRight()
    {
        const QString name = QStringLiteral("pf-ui-%1").arg(QDateTime::currentMSecsSinceEpoch());
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
                                              "  - name: app\n"
                                              "    image: registry.example/app:1\n"
                                              "    ports: [{containerPort: 8080}]\n")
                                   .arg(name)
                                   .toUtf8();
        const auto cleanup = qScopeGuard([&] {
            test::adminKubectl(m_env, {"-n", "tenant-a", "delete", "pod,serviceaccount", name,
                                       "--ignore-not-found", "--wait=false"});
        });
        QCOMPARE(test::adminKubectl(m_env, {"apply", "-f", "-"}, nullptr, pod), 0);
        ConnectionProfile central = m_profile;
        central.apiUrl = QUrl(m_env.value(QStringLiteral("SCS_API_URL")));
        QVERIFY(m_profiles->save(central));
        const auto restore = qScopeGuard([&] { (void)m_profiles->save(m_profile); });
        auto session = test::signInAs(m_env, central, QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        PortForwardController forwards(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        QVERIFY(test::waitForTenants(browser));
        QVERIFY(test::openKindSynced(browser, QStringLiteral("tenant-a"), QStringLiteral("pods")));
        workspace::Selection *selection = workspaces.current()->selection();
        QVERIFY(QTest::qWaitFor([&] {
            if (selection->object().value(u"metadata").toObject().value(u"name").toString()
                == name)
                return true;
            selection->requestSelect(name);
            return false;
        }, 10000));
        QVERIFY(PortForwardController::canForward(selection->object()));
        // Her rules for tenant-a are in (she may get the pod), and they do not allow it.
        QTRY_VERIFY(workspaces.current()->tenantTree()->rulesKnown(QStringLiteral("tenant-a")));
        QVERIFY(workspaces.current()->allows(QStringLiteral("get"), {}, QStringLiteral("pods"),
                                             QStringLiteral("tenant-a")));
        QTest::qWait(300);
        QVERIFY(!forwards.portForwardAction()->isEnabled());
        QVERIFY(!workspaces.current()->allows(QStringLiteral("create"), {},
                                               QStringLiteral("pods/portforward"),
                                               QStringLiteral("tenant-a")));
    }

    void shouldForwardToTheSelectedPodAndStop()
    {
        auto session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(session);
        MainWindow window(*m_profiles);
        window.show();
        workspace::WorkspaceRegistry workspaces;
        BrowserController browser(window.workbench(), workspaces);
        PortForwardController forwards(window.workbench(), workspaces);
        workspaces.setSession(session.get());
        QTRY_VERIFY(workspaces.current());
        QVERIFY(window.objectActions().contains(forwards.portForwardAction()));
        const QString pod = runningPod(workspaces.current()->client());
        QVERIFY(!pod.isEmpty());

        // The pod, selected in the browser's table.
        QVERIFY(test::waitForTenants(browser));
        QVERIFY(test::openKindSynced(browser, QStringLiteral("demo"), QStringLiteral("pods")));
        workspace::Selection *selection = workspaces.current()->selection();
        QVERIFY(QTest::qWaitFor([&] {
            if (selection->object().value(u"metadata").toObject().value(u"name").toString()
                == pod)
                return true;
            selection->requestSelect(pod);
            return false;
        }, 10000));
        QTRY_VERIFY_WITH_TIMEOUT(forwards.portForwardAction()->isEnabled(), 10000);

        forwards.portForwardAction()->trigger();
        PortForwardDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<PortForwardDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->remotePortBox()->count(), 1);
        QCOMPARE(dialog->remotePortBox()->currentText(), QStringLiteral("8080 (http, web)"));
        QCOMPARE(dialog->remotePort(), quint16(8080));
        // The same local port when free, else a free one near it.
        QVERIFY(dialog->localPort() != 0);
        QVERIFY(portforward::PortForward::isLocalPortFree(dialog->localPort()));
        QVERIFY2(dialog->hint().contains(QString::number(dialog->localPort())),
                 qPrintable(dialog->hint()));
        QVERIFY(!test::saveScreenshot(dialog, QStringLiteral("port-forward-dialog")).isEmpty());
        QCOMPARE(test::mnemonicClashes(dialog), QStringList());
        QCOMPARE(test::namelessControls(dialog), QStringList());
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        // The list shows the forward, active.
        QTRY_VERIFY(forwards.list() && forwards.list()->isVisible());
        PortForwardList *list = forwards.list();
        QCOMPARE(forwards.forwards()->rowCount(), 1);
        portforward::PortForward *forward = forwards.forwards()->forwardAt(0);
        QTRY_COMPARE_WITH_TIMEOUT(forward->state(), portforward::PortForward::State::Active,
                                  10000);
        const QString address = forward->localAddress();
        QVERIFY(!address.isEmpty());

        // The real curl reaches the pod's page through it.
        const QString page = curl(address);
        QVERIFY2(page.contains(QStringLiteral("Hello from %1").arg(pod)), qPrintable(page));
        QTRY_COMPARE(forward->totalConnections(), 1);
        QTRY_VERIFY(forward->bytesFromPod() > 0);

        const QAbstractItemModel *model = list->table()->model();
        QCOMPARE(model->data(model->index(0, portforward::PortForwards::Target)).toString(),
                 QStringLiteral("pod demo/%1").arg(pod));
        QCOMPARE(model->data(model->index(0, portforward::PortForwards::Local)).toString(),
                 address);
        QCOMPARE(model->data(model->index(0, portforward::PortForwards::State)).toString(),
                 QStringLiteral("Active"));
        QTRY_VERIFY(model->data(model->index(0, portforward::PortForwards::Connections))
                        .toString()
                        .startsWith(QStringLiteral("0 open, 1 in all")));
        QVERIFY(list->stopButton()->isEnabled());
        QVERIFY(list->openButton()->isEnabled()); // 8080 speaks HTTP
        QVERIFY(list->copyButton()->isEnabled());
        QTest::qWait(300); // the byte counts' throttled update
        QCOMPARE(test::mnemonicClashes(list), QStringList());
        QCOMPARE(test::namelessControls(list), QStringList());
        const QString shot = test::saveScreenshot(list->window(), QStringLiteral("port-forwards"));
        QVERIFY(!shot.isEmpty());
        qInfo() << "screenshot" << shot;

        QTest::mouseClick(list->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), address);

        // Stop: the port closes, the row stays as stopped.
        QTest::mouseClick(list->stopButton(), Qt::LeftButton);
        QCOMPARE(forward->state(), portforward::PortForward::State::Stopped);
        QCOMPARE(model->data(model->index(0, portforward::PortForwards::State)).toString(),
                 QStringLiteral("Stopped"));
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost,
                              quint16(address.section(QLatin1Char(':'), 1).toUInt()));
        QVERIFY(!refused.waitForConnected(2000));
        QVERIFY(!list->stopButton()->isEnabled());
        QVERIFY(list->clearButton()->isEnabled());
        QTest::mouseClick(list->clearButton(), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 0);
    }
};

QTEST_MAIN(TestPortForwardController)
#include "tst_portforwardcontroller.moc"
