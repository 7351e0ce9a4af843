#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace scs::portforward {
class PortForward;
class PortForwards;
} // namespace scs::portforward

namespace scs::workspace {
class Workspace;
class WorkspaceRegistry;
} // namespace scs::workspace

namespace scs::ui {

class PortForwardDialog;
class PortForwardList;
class Workbench;

// Port forwarding in the window: the object action "Port Forward…" (table menu and Object
// menu) on a Pod or a Service, enabled where the rules allow create on pods/portforward in its
// namespace, asks for the ports (PortForwardDialog) and starts a forward with the Workspace's
// client; View > Port Forwards shows the list (PortForwardList, in a window of its own). The
// forwards stop when their Workspace closes (they use its client) and stay listed as stopped;
// showing another connection leaves them running.
// The workbench and the registry must outlive the controller; GUI thread only.
class PortForwardController : public QObject
{
    Q_OBJECT

public:
    PortForwardController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                          QObject *parent = nullptr);
    ~PortForwardController() override;

    [[nodiscard]] QAction *portForwardAction() const { return m_forward; }
    [[nodiscard]] QAction *showListAction() const { return m_showList; }
    [[nodiscard]] portforward::PortForwards *forwards() const { return m_forwards; }
    // Whether `object` is a Pod or a Service with a name.
    [[nodiscard]] static bool canForward(const QJsonObject &object);

    // Opens the dialog for `object` (window-modal, not blocking); accepting starts the forward
    // and shows the list. nullptr when there is no Workspace or nothing to forward to.
    PortForwardDialog *askPortForward(const QJsonObject &object);
    // Starts a forward to `object`'s `remotePort` on 127.0.0.1:`localPort` (0: any free port)
    // and lists it; nullptr without a Workspace.
    portforward::PortForward *startForward(const QJsonObject &object, quint16 remotePort,
                                           quint16 localPort);
    // Shows (and raises) the list's window; returns the list.
    PortForwardList *showList();
    [[nodiscard]] PortForwardList *list() const;

private:
    void setWorkspace(workspace::Workspace *workspace);
    void updateAction();

    Workbench &m_workbench;
    QPointer<workspace::Workspace> m_workspace;
    portforward::PortForwards *m_forwards;
    QAction *m_forward;
    QAction *m_showList;
    QPointer<QWidget> m_listWindow;
    QPointer<PortForwardList> m_list;
    QPointer<PortForwardDialog> m_dialog;
};

} // namespace scs::ui
