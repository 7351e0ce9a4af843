#pragma once

#include "profiles/connectionprofile.h"

#include <QObject>
#include <QRegularExpression>
#include <QStringList>

namespace scs {
namespace kube {
class Discovery;
class KubeClient;
class OpenApi;
class TokenSource;
} // namespace kube
namespace models {
class TenantTreeModel;
}
} // namespace scs

namespace scs::workspace {

class ConnectionState;
class Selection;

// One signed-in connection to an API server: what every feature is handed. It owns the
// KubeClient (whose bearer tokens come from `tokens`), Discovery, OpenApi, the tenant tree,
// the Selection and the ConnectionState, and answers allows() from the access rules the tree
// has fetched.
//
// Lifetime: WorkspaceRegistry makes one when a session signs in and deletes it when the session
// signs out, needs a new sign-in or goes away; a second connection (an ordered cluster or a
// kubeconfig context beside the Central API) is a second Workspace, made and closed by the same
// registry. Features follow WorkspaceRegistry::workspaceChanged and drop a pointer when its
// connection closes. GUI thread only.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // What the connection is: the Central API (tenants are namespaces labelled as such, or
    // found from the groups) or a cluster opened beside it (every namespace that may be listed
    // is shown; there are no tenants).
    enum class Kind { CentralApi, Cluster };

    // `tokens` must outlive the workspace. Nothing is fetched until start().
    Workspace(const ConnectionProfile &profile, kube::TokenSource *tokens,
              const QStringList &groups, QObject *parent = nullptr);
    Workspace(const ConnectionProfile &profile, kube::TokenSource *tokens, Kind kind,
              const QStringList &groups, QObject *parent = nullptr);
    ~Workspace() override;

    // QSettings "tenants/groupPattern" (a regular expression with a capture "tenant"), else
    // TenantTreeModel::defaultGroupPattern().
    [[nodiscard]] static QRegularExpression groupPattern();

    [[nodiscard]] const ConnectionProfile &profile() const { return m_profile; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] kube::TokenSource *tokenSource() const { return m_tokens; }
    [[nodiscard]] kube::KubeClient *client() const { return m_client; }
    [[nodiscard]] kube::Discovery *discovery() const { return m_discovery; }
    [[nodiscard]] kube::OpenApi *openApi() const { return m_openApi; }
    [[nodiscard]] models::TenantTreeModel *tenantTree() const { return m_tree; }
    [[nodiscard]] Selection *selection() const { return m_selection; }
    // Whether the Central API and the issuer can be reached now.
    [[nodiscard]] ConnectionState *connectionState() const { return m_connection; }

    // Lists the tenants and discovers the API (again, for a refresh). When the Central API
    // answers again after an outage and the tenant list had failed, this happens by itself.
    void start();
    void refresh();

    // The one "may the user do this" check for every action a feature offers (Delete, Edit,
    // New, Order, ...), from the rules reviews already fetched: `namespaceName` empty asks about
    // cluster scope (answered by access reviews, asked on first use: false until the answer is
    // in, then accessRulesChanged()). False while not yet known; asking about a tenant whose
    // rules were not reviewed yet asks for them (then accessRulesChanged()).
    [[nodiscard]] bool allows(const QString &verb, const QString &group, const QString &resource,
                              const QString &namespaceName) const;
    // The same for the kind open in the Selection (false when none is open or the kind does not
    // support the verb).
    [[nodiscard]] bool allowsOnCurrentKind(const QString &verb) const;

Q_SIGNALS:
    // The rules behind allows() changed (tenants reviewed, cluster access answered).
    void accessRulesChanged();

private:
    ConnectionProfile m_profile;
    Kind m_kind;
    kube::TokenSource *m_tokens;
    kube::KubeClient *m_client;
    kube::Discovery *m_discovery;
    kube::OpenApi *m_openApi;
    models::TenantTreeModel *m_tree;
    Selection *m_selection;
    ConnectionState *m_connection;
    bool m_apiUnreachable = false;
};

} // namespace scs::workspace
