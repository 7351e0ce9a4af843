#pragma once

#include "kube/discovery.h"
#include "kube/openapi.h"

#include "models/deletion.h"
#include "ui/common/objectviews.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class QAbstractProxyModel;
class QAction;
class QTimer;
class QModelIndex;

namespace scs {
struct Error;
namespace kube {
class KubeClient;
class Watcher;
} // namespace kube
namespace models {
class ResourceTableModel;
class TenantTreeFilterModel;
class TenantTreeModel;
} // namespace models
namespace workspace {
class Workspace;
class WorkspaceRegistry;
} // namespace workspace
} // namespace scs

namespace scs::ui {

class RelatedObjectsPane;
class ResourceTableView;
class Workbench;

// Browsing a signed-in connection: it shows the Workspace's tenant tree in the window's
// navigation tree; a kind picked there opens a live table (Watcher + ResourceTableModel); the
// table's current object goes to the Form and YAML views and its events to the pane below,
// all live, and into the Workspace's Selection for the other features.
//
//   no workspace ──workspaceChanged(ws)──> browsing ──workspaceChanged(nullptr)──> everything
//   dropped, the window back to its empty states
//
// The views are handed to the window (which owns them). The window and the registry must
// outlive the controller; GUI thread only.
class BrowserController : public QObject
{
    Q_OBJECT

public:
    BrowserController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                      const ObjectViews &views = ObjectViews::create(),
                      QObject *parent = nullptr);
    ~BrowserController() override;

    // The connection browsed (nullptr while signed out), and parts of it for convenience.
    [[nodiscard]] workspace::Workspace *workspace() const;
    [[nodiscard]] kube::KubeClient *client() const;
    [[nodiscard]] kube::Discovery *discovery() const;
    [[nodiscard]] models::TenantTreeModel *treeModel() const;
    [[nodiscard]] models::ResourceTableModel *tableModel() const { return m_tableModel; }
    [[nodiscard]] kube::Watcher *watcher() const { return m_watcher; }
    [[nodiscard]] ResourceTableView *tableView() const { return m_tableView; }
    [[nodiscard]] const ObjectViews &objectViews() const { return m_views; }
    [[nodiscard]] ObjectFormView *formView() const { return m_views.form; }
    [[nodiscard]] YamlView *yamlView() const { return m_views.yaml; }
    [[nodiscard]] EventsPane *eventsPane() const { return m_views.events; }
    [[nodiscard]] RelatedObjectsPane *relatedPane() const { return m_related; }

    // Makes the kind current in the tree (expanding the tenant), which opens its table.
    // False when the tenant or kind is not (yet) in the tree.
    bool openKind(const QString &tenant, const QString &plural, const QString &group);
    // Makes the tenant current in the tree; false when it is not in the tree.
    bool openTenant(const QString &tenant);
    // openKind(), then makes the object `name` current once its row is there (also when the
    // kind opens later, once the tenant's kinds arrive). openKind's answer.
    bool openObject(const QString &tenant, const QString &plural, const QString &group,
                    const QString &name);
    // All three land even where the tree's filter hides the target: the filter is cleared.

    // Workspace::allows(); false while signed out.
    [[nodiscard]] bool allows(const QString &verb, const QString &group, const QString &resource,
                              const QString &namespaceName) const;
    // What the table's selection stands for, in the table's order.
    [[nodiscard]] QList<models::DeletionTarget> selectedTargets() const;

    // Table actions (context menu and the table's tool bar); enabled/visible follow the
    // selection and allows().
    [[nodiscard]] QAction *deleteAction() const { return m_deleteAction; }
    [[nodiscard]] QAction *copyNameAction() const { return m_copyNameAction; }
    [[nodiscard]] QAction *copyKubectlAction() const { return m_copyKubectlAction; }
    // `kubectl get <kind> <names> -n <ns> -o yaml` for the selection (empty when none).
    [[nodiscard]] QString kubectlCommandForSelection() const;

    // Deletes `targets` with `policy` (no confirmation: deleteAction() asks first). Results go
    // to the status bar; failures to the banner and deletionFinished().
    void deleteTargets(const QList<models::DeletionTarget> &targets,
                       models::PropagationPolicy policy);

Q_SIGNALS:
    // All DELETEs of one deleteTargets() call answered; `errors` holds the failures' messages.
    void deletionFinished(int accepted, const QStringList &errors);

private:
    void setWorkspace(workspace::Workspace *workspace);
    void start();
    void stop();
    void onTreeCurrentChanged(const QModelIndex &current);
    void onTenantRowsInserted(const QModelIndex &parent, int first, int last);
    // The tree's model index (through the filter and the icons) of a TenantTreeModel index.
    [[nodiscard]] QModelIndex toView(const QModelIndex &treeIndex) const;
    // toView(), clearing the tree's filter first when it hides `treeIndex`.
    [[nodiscard]] QModelIndex toViewUnfiltered(const QModelIndex &treeIndex);
    void onFilterChanged(const QString &text);
    // Tells the tree which tenants the view shows, so their rules are asked next.
    void reportVisibleTenants();
    void openCollection(const QString &tenant, const kube::ApiResource &resource);
    void watchCollection();
    void dropCollection();
    void requestSchema(bool retry);
    void onCurrentObjectChanged(const QString &uid);
    void showCurrentObject();
    void selectByName(const QString &name);
    void updateTreeCount();
    void onWatchError(const Error &error);
    void createTableActions();
    void addWorkbenchObjectActions();
    void updateTableActions();
    void confirmDelete();

    Workbench &m_workbench;
    QPointer<workspace::Workspace> m_workspace;
    QAbstractProxyModel *m_treeIcons = nullptr;
    models::TenantTreeFilterModel *m_treeFilter = nullptr;
    QTimer *m_visibleTimer = nullptr;
    // openKind() for a tenant whose rules were not in yet: done when its kinds arrive.
    struct PendingOpen
    {
        QString tenant, plural, group;
        QString name; // openObject(): the object to select once the kind is open
    };
    std::optional<PendingOpen> m_pendingOpen;

    kube::Watcher *m_watcher = nullptr;
    models::ResourceTableModel *m_tableModel;
    QString m_tenant;
    std::optional<kube::ApiResource> m_resource;
    QString m_currentUid;

    ResourceTableView *m_tableView;
    RelatedObjectsPane *m_related;
    QString m_pendingSelect; // selectByName() before the object's row arrived
    ObjectViews m_views;
    QAction *m_deleteAction = nullptr;
    QAction *m_copyNameAction = nullptr;
    QAction *m_copyKubectlAction = nullptr;
    int m_workbenchActionsShown = 0;
};

} // namespace scs::ui
