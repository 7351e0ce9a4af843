#pragma once

#include "kube/discovery.h"
#include "kube/openapi.h"

#include "models/deletion.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>

#include <optional>

class QAbstractProxyModel;
class QAction;
class QModelIndex;

namespace scs {
struct Error;
namespace auth {
class Session;
}
namespace kube {
class KubeClient;
class Watcher;
} // namespace kube
namespace models {
class ResourceTableModel;
class TenantTreeModel;
} // namespace models
} // namespace scs

namespace scs::ui {

class EventsPane;
class MainWindow;
class ObjectFormView;
class ResourceTableView;
class YamlView;

// Browsing a signed-in profile: while the session is signed in it owns a KubeClient (the
// Session is its TokenSource), Discovery, OpenApi and the TenantTreeModel shown in the window's
// tree; a kind picked in the tree opens a live table (Watcher + ResourceTableModel); the table's
// current object goes to the Form and YAML tabs and its events to the pane below, all live.
//
//   no session / signed out ──signedIn──> browsing ──signedOut | signInRequired | new session──>
//   everything dropped, the window back to its empty states
//
// The views are created once and handed to the window (which owns them). The window must
// outlive the controller; GUI thread only.
class BrowserController : public QObject
{
    Q_OBJECT

public:
    explicit BrowserController(MainWindow &window, QObject *parent = nullptr);
    ~BrowserController() override;

    // QSettings "tenants/groupPattern" (a regular expression with a capture "tenant"), else
    // TenantTreeModel::defaultGroupPattern().
    [[nodiscard]] static QRegularExpression groupPattern();

    [[nodiscard]] kube::KubeClient *client() const { return m_client; }
    [[nodiscard]] kube::Discovery *discovery() const { return m_discovery; }
    [[nodiscard]] models::TenantTreeModel *treeModel() const { return m_tree; }
    [[nodiscard]] models::ResourceTableModel *tableModel() const { return m_tableModel; }
    [[nodiscard]] kube::Watcher *watcher() const { return m_watcher; }
    [[nodiscard]] ResourceTableView *tableView() const { return m_tableView; }
    [[nodiscard]] ObjectFormView *formView() const { return m_formView; }
    [[nodiscard]] YamlView *yamlView() const { return m_yamlView; }
    [[nodiscard]] EventsPane *eventsPane() const { return m_eventsPane; }

    // Makes the kind current in the tree (expanding the tenant), which opens its table.
    // False when the tenant or kind is not (yet) in the tree.
    bool openKind(const QString &tenant, const QString &plural, const QString &group);

    // The one "may the user do this" check for every action the UI offers (Delete, Edit, New,
    // Order, ...), from the rules reviews already fetched: `namespaceName` empty asks about
    // cluster scope (answered by access reviews, asked on first use: false until the answer
    // is in, then accessRulesChanged()). False while signed out or not yet known.
    [[nodiscard]] bool allows(const QString &verb, const QString &group, const QString &resource,
                              const QString &namespaceName) const;
    // The same for the kind open in the table (false when none is open).
    [[nodiscard]] bool allowsOnCurrentKind(const QString &verb) const;
    // The collection open in the table: its tenant ("" for cluster scope) and kind.
    [[nodiscard]] QString currentNamespace() const { return m_tenant; }
    [[nodiscard]] const std::optional<kube::ApiResource> &currentResource() const
    {
        return m_resource;
    }
    // The object shown in Form and YAML (the table's current row): its uid and the live object
    // (empty when none); the current kind's schema once fetched; the OpenAPI of the session.
    [[nodiscard]] QString currentUid() const { return m_currentUid; }
    [[nodiscard]] QJsonObject currentObject() const;
    [[nodiscard]] const std::optional<kube::OpenApiSchema> &currentSchema() const
    {
        return m_schema;
    }
    [[nodiscard]] kube::OpenApi *openApi() const { return m_openApi; }
    // While an object is edited (the edit flow shows the user's text in Form and YAML), live
    // updates of the object with `uid` no longer reach the Form and YAML tabs; they still go
    // out through currentObjectShown(). Empty: none edited.
    void setEditedUid(const QString &uid);
    [[nodiscard]] QString editedUid() const { return m_editedUid; }
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
    // The current object as the server has it now: after a selection change, on every live
    // update, and with an empty object when it is gone or the collection closed (uid empty then).
    void currentObjectShown(const QString &uid, const QJsonObject &object);
    // Signed in and browsing (client, discovery, openapi exist) / about to drop them.
    void started();
    void stopping();
    // The rules behind allows() changed (tenants reviewed, cluster access answered, sign-out).
    void accessRulesChanged();
    // All DELETEs of one deleteTargets() call answered; `errors` holds the failures' messages.
    void deletionFinished(int accepted, const QStringList &errors);

public Q_SLOTS:
    // The session to follow (SessionController::sessionChanged); nullptr: none.
    void setSession(scs::auth::Session *session);

private:
    void start();
    void stop();
    void onTreeCurrentChanged(const QModelIndex &current);
    void onTenantRowsInserted(const QModelIndex &parent, int first, int last);
    void openCollection(const QString &tenant, const kube::ApiResource &resource);
    void watchCollection();
    void dropCollection();
    void requestSchema(bool retry);
    void onCurrentObjectChanged(const QString &uid);
    void showCurrentObject();
    void updateTreeCount();
    void onWatchError(const Error &error);
    void createTableActions();
    void updateTableActions();
    void confirmDelete();

    MainWindow &m_window;
    QPointer<auth::Session> m_session;
    QObject *m_sessionContext = nullptr; // parent of the connections to m_session

    kube::KubeClient *m_client = nullptr;
    kube::Discovery *m_discovery = nullptr;
    kube::OpenApi *m_openApi = nullptr;
    models::TenantTreeModel *m_tree = nullptr;
    QAbstractProxyModel *m_treeIcons = nullptr;

    kube::Watcher *m_watcher = nullptr;
    models::ResourceTableModel *m_tableModel;
    QString m_tenant;
    std::optional<kube::ApiResource> m_resource;
    QString m_currentUid;
    QString m_editedUid;
    std::optional<kube::OpenApiSchema> m_schema;

    ResourceTableView *m_tableView;
    ObjectFormView *m_formView;
    YamlView *m_yamlView;
    EventsPane *m_eventsPane;
    QAction *m_deleteAction = nullptr;
    QAction *m_copyNameAction = nullptr;
    QAction *m_copyKubectlAction = nullptr;
};

} // namespace scs::ui
