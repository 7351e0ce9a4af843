#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace scs::kube {
class KubeClient;
}

namespace scs::logs {
class LogSource;
struct LogOptions;
} // namespace scs::logs

namespace scs::workspace {
class Workspace;
class WorkspaceRegistry;
} // namespace scs::workspace

namespace scs::ui {

class LogsView;
class Workbench;

// Pod logs in the window: the object action "Logs" (table menu and Object menu) on a Pod, a
// Deployment, StatefulSet, DaemonSet, ReplicaSet or Job (where the rules allow get on pods/log
// in its namespace) opens a window with a LogsView: one
// container's stream for a pod (a chooser for its containers), the pods its selector picks
// for a workload (logs::WorkloadLogs, all containers or one). Changing what to read in the
// view makes a new source. A window stays open while another connection is shown and closes
// when its own Workspace goes (its streams use that client). The workbench and the registry must outlive the controller; GUI thread only.
class LogsController : public QObject
{
    Q_OBJECT

public:
    LogsController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                   QObject *parent = nullptr);
    ~LogsController() override;

    [[nodiscard]] QAction *logsAction() const { return m_logs; }
    // Whether `object` (a Pod or a workload) has logs the console can show.
    [[nodiscard]] static bool hasLogs(const QJsonObject &object);

    // Opens the logs of `object` (a Pod or a workload, as the server has it) in a new window
    // and returns its view (owned by the window); nullptr with a message in the banner when
    // there is no Workspace or the workload has no usable selector.
    LogsView *openLogs(const QJsonObject &object);
    [[nodiscard]] QList<LogsView *> openViews() const;

private:
    void setWorkspace(workspace::Workspace *workspace);
    void updateAction();
    [[nodiscard]] static logs::LogSource *makeSource(kube::KubeClient *client,
                                                     const QJsonObject &object,
                                                     const QString &selector,
                                                     const logs::LogOptions &options);
    void closeAll();

    Workbench &m_workbench;
    QPointer<workspace::Workspace> m_workspace;
    QAction *m_logs;
    QList<QPointer<QWidget>> m_windows;
};

} // namespace scs::ui
