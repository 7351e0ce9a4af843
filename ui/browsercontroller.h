#pragma once

#include "kube/discovery.h"
#include "kube/openapi.h"

#include <QObject>
#include <QPointer>
#include <QRegularExpression>

#include <optional>

class QAbstractProxyModel;
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
    void onCurrentObjectChanged(const QString &uid);
    void showCurrentObject();
    void updateTreeCount();
    void onWatchError(const Error &error);

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
    std::optional<kube::OpenApiSchema> m_schema;

    ResourceTableView *m_tableView;
    ObjectFormView *m_formView;
    YamlView *m_yamlView;
    EventsPane *m_eventsPane;
};

} // namespace scs::ui
