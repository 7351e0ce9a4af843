#include "ui/logs/logscontroller.h"

#include "logs/logstream.h"
#include "logs/workloadlogs.h"
#include "ui/common/workbench.h"
#include "ui/logs/logsview.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>
#include <QJsonArray>
#include <QVBoxLayout>
#include <QWidget>

namespace scs::ui {

namespace {

QString kindOf(const QJsonObject &object)
{
    return object.value(QLatin1String("kind")).toString();
}

QString groupOf(const QJsonObject &object)
{
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : apiVersion.left(slash);
}

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

// The containers of a pod spec (a Pod's spec, or a workload's spec.template.spec).
QStringList containersOf(const QJsonObject &podSpec)
{
    QStringList names;
    for (const QJsonValue &c : podSpec.value(QLatin1String("containers")).toArray())
        names.append(c.toObject().value(QLatin1String("name")).toString());
    return names;
}

QJsonObject podSpecOf(const QJsonObject &object)
{
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    if (kindOf(object) == QLatin1String("Pod"))
        return spec;
    return spec.value(QLatin1String("template"))
        .toObject()
        .value(QLatin1String("spec"))
        .toObject();
}

} // namespace

LogsController::LogsController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                               QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_logs(new QAction(QIcon::fromTheme(QStringLiteral("text-x-log")), tr("&Logs"), this))
{
    m_logs->setObjectName(QStringLiteral("logsAction"));
    m_logs->setStatusTip(tr("Follow the log of the selected pod, or of a workload's pods"));
    m_logs->setEnabled(false);
    connect(m_logs, &QAction::triggered, this, [this] {
        if (m_workspace)
            openLogs(m_workspace->selection()->object());
    });
    m_workbench.addAction(Workbench::Menu::Object, m_logs, /*separatorBefore=*/true);
    m_workbench.addObjectAction(m_logs);
    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceChanged, this,
            &LogsController::setWorkspace);
    setWorkspace(workspaces.current());
}

LogsController::~LogsController()
{
    closeAll();
}

bool LogsController::hasLogs(const QJsonObject &object)
{
    const QString kind = kindOf(object);
    const QString group = groupOf(object);
    if (metadataOf(object).value(QLatin1String("name")).toString().isEmpty())
        return false;
    if (group.isEmpty())
        return kind == QLatin1String("Pod");
    if (group == QLatin1String("apps")) {
        return kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet")
            || kind == QLatin1String("DaemonSet") || kind == QLatin1String("ReplicaSet");
    }
    return group == QLatin1String("batch") && kind == QLatin1String("Job");
}

void LogsController::setWorkspace(workspace::Workspace *workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_workspace) {
        // A switch keeps the Workspace open: nothing of ours may stay connected to it.
        m_workspace->disconnect(this);
        m_workspace->selection()->disconnect(this);
    }
    // Open windows stay while another connection is shown; each closes with its own
    // connection (openLogs).
    m_workspace = workspace;
    if (workspace) {
        connect(workspace->selection(), &workspace::Selection::objectShown, this,
                &LogsController::updateAction);
        connect(workspace->selection(), &workspace::Selection::collectionChanged, this,
                &LogsController::updateAction);
        connect(workspace, &workspace::Workspace::accessRulesChanged, this,
                &LogsController::updateAction);
    }
    updateAction();
}

void LogsController::updateAction()
{
    const QJsonObject object = m_workspace ? m_workspace->selection()->object() : QJsonObject();
    // Reading a log is its own permission (get on pods/log), which tenants of the Central API
    // do not have while they may read the pods themselves.
    m_logs->setEnabled(m_workspace && hasLogs(object)
                       && m_workspace->allows(
                           QStringLiteral("get"), {}, QStringLiteral("pods/log"),
                           metadataOf(object).value(QLatin1String("namespace")).toString()));
}

logs::LogSource *LogsController::makeSource(kube::KubeClient *client, const QJsonObject &object,
                                            const QString &selector,
                                            const logs::LogOptions &options)
{
    const QString ns = metadataOf(object).value(QLatin1String("namespace")).toString();
    if (kindOf(object) == QLatin1String("Pod")) {
        return new logs::LogStream(client, ns,
                                   metadataOf(object).value(QLatin1String("name")).toString(),
                                   options);
    }
    return new logs::WorkloadLogs(client, ns, selector, options);
}

LogsView *LogsController::openLogs(const QJsonObject &object)
{
    if (!m_workspace || !hasLogs(object))
        return nullptr;
    const bool pod = kindOf(object) == QLatin1String("Pod");
    QString selector;
    if (!pod) {
        const Result<QString> found = logs::WorkloadLogs::selectorOf(object);
        if (!found) {
            m_workbench.showBanner(found.error().message, Workbench::BannerKind::Error);
            return nullptr;
        }
        selector = *found;
    }
    const QString name = metadataOf(object).value(QLatin1String("name")).toString();
    auto *window = new QWidget(m_workbench.window(), Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setObjectName(QStringLiteral("logsWindow"));
    window->setWindowTitle(tr("Logs of %1 %2").arg(kindOf(object), name));
    auto *view = new LogsView(window);
    view->setWindowTitle(name);
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    const QStringList containers = containersOf(podSpecOf(object));
    view->setContainers(containers, pod ? QString() : tr("All containers"));
    // The window reads through the connection it was opened on, also while another one is
    // shown, and closes with it (its streams use that client).
    const QPointer<workspace::Workspace> owner = m_workspace;
    const QPointer<LogsView> guard(view);
    connect(view, &LogsView::optionsChanged, this, [guard, owner, object, selector] {
        if (guard && owner)
            guard->setSource(makeSource(owner->client(), object, selector, guard->options()));
    });
    connect(owner.data(), &QObject::destroyed, window, &QWidget::close);
    view->setSource(makeSource(owner->client(), object, selector, view->options()));
    window->resize(1000, 640);
    window->show();
    m_windows.append(window);
    return view;
}

QList<LogsView *> LogsController::openViews() const
{
    QList<LogsView *> views;
    for (const QPointer<QWidget> &window : m_windows) {
        if (window)
            views.append(window->findChild<LogsView *>());
    }
    return views;
}

void LogsController::closeAll()
{
    for (const QPointer<QWidget> &window : std::as_const(m_windows)) {
        if (window)
            window->close();
    }
    m_windows.clear();
}

} // namespace scs::ui
