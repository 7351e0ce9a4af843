#include "ui/exec/execcontroller.h"

#include "exec/execsession.h"
#include "exec/podpicker.h"
#include "ui/common/workbench.h"
#include "ui/exec/execdialog.h"
#include "ui/exec/exectab.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>
#include <QJsonArray>

namespace scs::ui {

namespace {

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

QStringList containersOf(const QJsonObject &pod)
{
    QStringList names;
    const QJsonArray containers = pod.value(QLatin1String("spec"))
                                      .toObject()
                                      .value(QLatin1String("containers"))
                                      .toArray();
    for (const QJsonValue &c : containers)
        names.append(c.toObject().value(QLatin1String("name")).toString());
    return names;
}

} // namespace

ExecController::ExecController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                               QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_shell(new QAction(QIcon::fromTheme(QStringLiteral("utilities-terminal")), tr("S&hell…"),
                          this))
{
    m_shell->setObjectName(QStringLiteral("shellAction"));
    m_shell->setStatusTip(tr("Open a shell in a container of the selected pod"));
    m_shell->setEnabled(false);
    connect(m_shell, &QAction::triggered, this, [this] {
        if (m_active)
            openShell(m_active->selection()->object());
    });
    m_workbench.addAction(Workbench::Menu::Object, m_shell);
    m_workbench.addObjectAction(m_shell);
    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceChanged, this,
            &ExecController::setRegistryWorkspace);
    setRegistryWorkspace(workspaces.current());
}

ExecController::~ExecController()
{
    for (const Tab &t : std::as_const(m_tabs)) {
        if (t.tab)
            m_workbench.closePanelTab(t.tab);
    }
}

bool ExecController::isPod(const QJsonObject &object)
{
    return object.value(QLatin1String("kind")).toString() == QLatin1String("Pod")
        && object.value(QLatin1String("apiVersion")).toString() == QLatin1String("v1")
        && !metadataOf(object).value(QLatin1String("name")).toString().isEmpty()
        && object.value(QLatin1String("status"))
                   .toObject()
                   .value(QLatin1String("phase"))
                   .toString()
            == QLatin1String("Running");
}

bool ExecController::isWorkload(const QJsonObject &object)
{
    const QString kind = object.value(QLatin1String("kind")).toString();
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    if (metadataOf(object).value(QLatin1String("name")).toString().isEmpty())
        return false;
    if (apiVersion.startsWith(QLatin1String("apps/"))) {
        return kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet")
            || kind == QLatin1String("DaemonSet") || kind == QLatin1String("ReplicaSet");
    }
    return apiVersion.startsWith(QLatin1String("batch/")) && kind == QLatin1String("Job");
}

bool ExecController::canExec(const QJsonObject &object)
{
    return isPod(object) || isWorkload(object);
}

void ExecController::setRegistryWorkspace(workspace::Workspace *workspace)
{
    if (workspace == m_registryWorkspace)
        return;
    if (m_registryWorkspace)
        unwatch(m_registryWorkspace);
    m_registryWorkspace = workspace;
    if (workspace) {
        watch(workspace);
        m_active = workspace; // the shown connection's objects, not the last one's
    }
    updateAction();
}

void ExecController::follow(workspace::Workspace *workspace)
{
    if (!workspace || m_followed.contains(workspace))
        return;
    m_followed.append(workspace);
    watch(workspace);
    connect(workspace, &QObject::destroyed, this, [this, workspace] {
        m_followed.removeAll(nullptr);
        closeTabsOf(workspace);
        updateAction();
    });
    updateAction();
}

void ExecController::watch(workspace::Workspace *workspace)
{
    const QPointer<workspace::Workspace> guard(workspace);
    connect(workspace->selection(), &workspace::Selection::objectShown, this, [this, guard] {
        if (guard)
            m_active = guard;
        updateAction();
    });
    connect(workspace->selection(), &workspace::Selection::collectionChanged, this,
            &ExecController::updateAction);
    connect(workspace, &workspace::Workspace::accessRulesChanged, this,
            &ExecController::updateAction);
    if (!m_active)
        m_active = workspace;
}

void ExecController::unwatch(workspace::Workspace *workspace)
{
    // Its tabs stay open while another connection is shown; they close with their connection
    // (openShell).
    workspace->selection()->disconnect(this);
    workspace->disconnect(this);
    if (m_active == workspace)
        m_active = m_followed.isEmpty() ? nullptr : m_followed.constLast();
}

void ExecController::closeTabsOf(const workspace::Workspace *workspace)
{
    for (qsizetype i = m_tabs.size() - 1; i >= 0; --i) {
        const Tab &t = m_tabs.at(i);
        if (t.workspace == workspace || !t.workspace) {
            if (t.tab)
                m_workbench.closePanelTab(t.tab);
            m_tabs.removeAt(i);
        }
    }
}

void ExecController::updateAction()
{
    const QJsonObject object = m_active ? m_active->selection()->object() : QJsonObject();
    // Exec is its own right (create on pods/exec; the API server asks it for the WebSocket's
    // GET too), which the Central API's tenant roles do not give.
    m_shell->setEnabled(m_active && canExec(object)
                        && m_active->allows(
                            QStringLiteral("create"), {}, QStringLiteral("pods/exec"),
                            metadataOf(object).value(QLatin1String("namespace")).toString()));
}

ExecDialog *ExecController::openShell(const QJsonObject &object)
{
    if (!m_active || !canExec(object))
        return nullptr;
    if (isWorkload(object)) {
        // A running pod of the workload first; the dialog follows.
        auto *picker = new exec::PodPicker(m_active->client(), this);
        const QPointer<workspace::Workspace> workspace = m_active;
        connect(picker, &exec::PodPicker::picked, this,
                [this, picker, workspace](const QJsonObject &pod) {
                    picker->deleteLater();
                    if (workspace && workspace == m_active)
                        openShell(pod);
                });
        connect(picker, &exec::PodPicker::failed, this,
                [this, picker, workspace](const Error &error) {
                    picker->deleteLater();
                    if (workspace && workspace == m_active)
                        m_workbench.showBanner(error.message, Workbench::BannerKind::Error);
                });
        picker->pick(object);
        return nullptr;
    }
    const QJsonObject &pod = object;
    const QString name = metadataOf(pod).value(QLatin1String("name")).toString();
    auto *dialog = new ExecDialog(name, containersOf(pod), m_workbench.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<workspace::Workspace> workspace = m_active;
    connect(dialog, &QDialog::accepted, this, [this, dialog, pod, workspace] {
        if (workspace && workspace == m_active)
            openShell(pod, dialog->container(), dialog->command());
    });
    dialog->open();
    return dialog;
}

ExecTab *ExecController::openShell(const QJsonObject &pod, const QString &container,
                                   const QStringList &command)
{
    if (!m_active || command.isEmpty())
        return nullptr;
    exec::ExecOptions options;
    options.ns = metadataOf(pod).value(QLatin1String("namespace")).toString();
    options.pod = metadataOf(pod).value(QLatin1String("name")).toString();
    options.container = container;
    options.command = command;
    auto *tab = new ExecTab(m_active->client(), options);
    m_tabs.append({tab, m_active});
    // The session uses the Workspace's client: the tab closes when its connection does (not
    // when the window shows another one).
    connect(m_active.data(), &QObject::destroyed, tab,
            [this, workspace = m_active.data()] { closeTabsOf(workspace); });
    m_workbench.addPanelTab(tab, tab->title());
    const QPointer<ExecTab> guard(tab);
    connect(tab, &ExecTab::runningChanged, this, [this, guard](bool running) {
        if (!guard)
            return;
        m_workbench.setPanelTabTitle(guard, running ? guard->title()
                                                    : tr("%1 (ended)").arg(guard->title()),
                                     guard->statusText());
    });
    tab->start();
    return tab;
}

QList<ExecTab *> ExecController::openTabs() const
{
    QList<ExecTab *> tabs;
    for (const Tab &t : m_tabs) {
        if (t.tab)
            tabs.append(t.tab);
    }
    return tabs;
}

} // namespace scs::ui
