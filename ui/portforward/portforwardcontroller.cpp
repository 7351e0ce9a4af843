#include "ui/portforward/portforwardcontroller.h"

#include "portforward/portforward.h"
#include "portforward/portforwards.h"
#include "ui/common/workbench.h"
#include "ui/portforward/portforwarddialog.h"
#include "ui/portforward/portforwardlist.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>
#include <QVBoxLayout>
#include <QWidget>

namespace scs::ui {

namespace {

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

} // namespace

PortForwardController::PortForwardController(Workbench &workbench,
                                             workspace::WorkspaceRegistry &workspaces,
                                             QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_forwards(new portforward::PortForwards(this))
    , m_forward(new QAction(QIcon::fromTheme(QStringLiteral("network-connect")),
                            tr("Port &Forward…"), this))
    , m_showList(new QAction(tr("Port For&wards"), this))
{
    m_forward->setObjectName(QStringLiteral("portForwardAction"));
    m_forward->setStatusTip(tr("Forward a local port to the selected pod or Service"));
    m_forward->setEnabled(false);
    m_showList->setObjectName(QStringLiteral("showPortForwardsAction"));
    m_showList->setStatusTip(tr("Show the active port forwards"));
    connect(m_forward, &QAction::triggered, this, [this] {
        if (m_workspace)
            askPortForward(m_workspace->selection()->object());
    });
    connect(m_showList, &QAction::triggered, this, &PortForwardController::showList);
    m_workbench.addAction(Workbench::Menu::Object, m_forward);
    m_workbench.addObjectAction(m_forward);
    m_workbench.addAction(Workbench::Menu::View, m_showList, /*separatorBefore=*/true);
    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceChanged, this,
            &PortForwardController::setWorkspace);
    setWorkspace(workspaces.current());
}

PortForwardController::~PortForwardController()
{
    m_forwards->stopAll();
    if (m_dialog)
        delete m_dialog;
    if (m_listWindow)
        delete m_listWindow;
}

bool PortForwardController::canForward(const QJsonObject &object)
{
    const QString kind = object.value(QLatin1String("kind")).toString();
    return object.value(QLatin1String("apiVersion")).toString() == QLatin1String("v1")
        && (kind == QLatin1String("Pod") || kind == QLatin1String("Service"))
        && !metadataOf(object).value(QLatin1String("name")).toString().isEmpty();
}

void PortForwardController::setWorkspace(workspace::Workspace *workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_workspace) {
        m_workspace->selection()->disconnect(this);
        m_workspace->disconnect(this);
    }
    // Forwards keep running while another connection is shown: they end with their own
    // connection (startForward), not with a switch.
    if (m_dialog)
        m_dialog->reject();
    m_workspace = workspace;
    if (workspace) {
        connect(workspace->selection(), &workspace::Selection::objectShown, this,
                &PortForwardController::updateAction);
        connect(workspace->selection(), &workspace::Selection::collectionChanged, this,
                &PortForwardController::updateAction);
        connect(workspace, &workspace::Workspace::accessRulesChanged, this,
                &PortForwardController::updateAction);
    }
    updateAction();
}

void PortForwardController::updateAction()
{
    const QJsonObject object = m_workspace ? m_workspace->selection()->object() : QJsonObject();
    // Forwarding is its own permission (create on pods/portforward), apart from reading pods;
    // a Service forward goes to one of its pods, so the same right is needed.
    m_forward->setEnabled(m_workspace && canForward(object)
                          && m_workspace->allows(
                              QStringLiteral("create"), {}, QStringLiteral("pods/portforward"),
                              metadataOf(object).value(QLatin1String("namespace")).toString()));
}

PortForwardDialog *PortForwardController::askPortForward(const QJsonObject &object)
{
    if (!m_workspace || !canForward(object))
        return nullptr;
    if (m_dialog)
        m_dialog->reject();
    auto *dialog = new PortForwardDialog(object, m_workbench.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, object] {
        if (startForward(object, dialog->remotePort(), dialog->localPort()))
            showList();
    });
    dialog->open();
    return dialog;
}

portforward::PortForward *PortForwardController::startForward(const QJsonObject &object,
                                                              quint16 remotePort,
                                                              quint16 localPort)
{
    if (!m_workspace || !canForward(object) || remotePort == 0)
        return nullptr;
    const QJsonObject metadata = metadataOf(object);
    auto *forward = new portforward::PortForward(
        m_workspace->client(), metadata.value(QLatin1String("namespace")).toString(),
        object.value(QLatin1String("kind")).toString(),
        metadata.value(QLatin1String("name")).toString(), remotePort, localPort);
    m_forwards->add(forward);
    // The forward uses the Workspace's client: it ends when its connection closes (sign-out,
    // Close Connection), not when another connection is shown.
    connect(m_workspace.data(), &QObject::destroyed, forward, &portforward::PortForward::stop);
    forward->start();
    return forward;
}

PortForwardList *PortForwardController::list() const
{
    return m_list;
}

PortForwardList *PortForwardController::showList()
{
    if (!m_listWindow) {
        auto *window = new QWidget(m_workbench.window(), Qt::Window);
        window->setObjectName(QStringLiteral("portForwardsWindow"));
        window->setWindowTitle(tr("Port Forwards"));
        auto *layout = new QVBoxLayout(window);
        layout->setContentsMargins(0, 0, 0, 0);
        m_list = new PortForwardList(m_forwards, window);
        layout->addWidget(m_list);
        window->resize(960, 280);
        m_listWindow = window;
    }
    m_listWindow->show();
    m_listWindow->raise();
    m_listWindow->activateWindow();
    return m_list;
}

} // namespace scs::ui
