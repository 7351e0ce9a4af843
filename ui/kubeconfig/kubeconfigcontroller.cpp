#include "ui/kubeconfig/kubeconfigcontroller.h"

#include "kube/kubeclient.h"
#include "models/tenanttreemodel.h"
#include "ui/common/workbench.h"
#include "ui/kubeconfig/clusterkubeconfigdialog.h"
#include "ui/kubeconfig/kubeconfigexportdialog.h"
#include "ui/kubeconfig/openkubeconfigcontextdialog.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>

namespace scs::ui {

KubeconfigController::KubeconfigController(Workbench &workbench,
                                           workspace::WorkspaceRegistry &workspaces,
                                           const QString &consoleProgram, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_workspaces(workspaces)
    , m_consoleProgram(consoleProgram)
    , m_export(new QAction(QIcon::fromTheme(QStringLiteral("document-export")),
                           tr("&Export Kubeconfig…"), this))
    , m_openContext(new QAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                tr("Open &Kubeconfig Context…"), this))
{
    m_openContext->setObjectName(QStringLiteral("openKubeconfigContextAction"));
    m_openContext->setStatusTip(tr("Open a context of a kubeconfig file as a connection"));
    connect(m_openContext, &QAction::triggered, this,
            &KubeconfigController::openKubeconfigContext);
    m_workbench.addAction(Workbench::Menu::File, m_openContext, /*separatorBefore=*/true);
    m_export->setObjectName(QStringLiteral("exportKubeconfigAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setStatusTip(tr("Write a kubeconfig that works with kubectl"));
    m_export->setEnabled(false); // the tree knows the tenants once signed in
    connect(m_export, &QAction::triggered, this, &KubeconfigController::exportKubeconfig);
    m_workbench.addAction(Workbench::Menu::File, m_export);
    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceChanged, this,
            &KubeconfigController::setWorkspace);
    setWorkspace(workspaces.current());
}

KubeconfigController::~KubeconfigController() = default;

void KubeconfigController::setWorkspace(workspace::Workspace *workspace)
{
    // Tenant kubeconfigs are the Central API's: an opened cluster has none.
    if (workspace && workspace->kind() != workspace::Workspace::Kind::CentralApi)
        workspace = nullptr;
    m_workspace = workspace;
    m_export->setEnabled(workspace != nullptr);
}

void KubeconfigController::exportKubeconfig()
{
    if (!m_workspace)
        return;
    auto *dialog = new KubeconfigExportDialog(m_workspace->profile(),
                                              m_workspace->tenantTree()->tenants(),
                                              m_consoleProgram, m_workbench.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void KubeconfigController::openKubeconfigContext()
{
    auto *dialog = new OpenKubeconfigContextDialog(
        [this](const KubeconfigConnection &connection, std::unique_ptr<kube::TokenSource> tokens) {
            // The same context again: show the connection that is open already.
            for (workspace::Workspace *open : m_workspaces.workspaces()) {
                if (open->profile().name == connection.profile.name
                    && open->profile().apiUrl == connection.profile.apiUrl) {
                    m_workspaces.setCurrent(open);
                    return;
                }
            }
            if (!tokens) // the console's own get-token for the signed-in profile
                m_workspaces.openWithSession(connection.profile, connection.contextName);
            else
                m_workspaces.openConnection(connection.profile, std::move(tokens),
                                            connection.contextName);
        },
        m_workbench.window());
    if (const workspace::Workspace *central = m_workspaces.central())
        dialog->setSignedInProfile(central->profile().name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void KubeconfigController::exportClusterKubeconfig(const QString &tenant, const QString &name)
{
    if (!m_workspace)
        return;
    auto *dialog = new ClusterKubeconfigDialog(m_workspace->client(), tenant, name,
                                               m_consoleProgram, m_workbench.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace scs::ui
