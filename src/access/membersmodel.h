#pragma once

#include "access/rbac.h"
#include "common/error.h"
#include "kube/discovery.h"

#include <QAbstractTableModel>
#include <QPointer>

class QTimer;

namespace scs::kube {
class KubeClient;
class Watcher;
} // namespace scs::kube

namespace scs::access {

// The members of one tenant, live: one row per subject per binding that reaches the namespace
// (its RoleBindings and every ClusterRoleBinding the viewer may list), with the role in plain
// words, where it comes from and since when. Four Watchers (RoleBindings and Roles of the
// namespace, ClusterRoleBindings, ClusterRoles) feed a Policy; every change recomputes
// members() and turns the difference into precise row inserts, removals and dataChanged (rows
// are keyed by Grant::key()). Lists the viewer may not read leave their part out
// (policy().clusterRolesReadable etc. say which).
//
// Names are shown without the API server's prefix ("alice"); the prefixed name is in
// SubjectNameRole and the tool tip. The viewer's own rows (Identity::matches) are marked.
//
// Where the Central API serves Keycloak groups as objects (setGroupResource), the tenant's
// Group objects are followed too (a fifth Watcher, outside the policy) and a group row names
// the object that stands for its realm group (KeycloakGroups::objectFor: IdentityColumn,
// IdentityObjectRole); their changes are dataChanged of that column.
// Lives in the client's thread; the client must outlive the model.
class MembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        RoleColumn,
        FromColumn,
        SinceColumn,
        IdentityColumn,
        ColumnCount
    };
    enum DataRole {
        SubjectNameRole = Qt::UserRole + 1, // "oidc:alice", as bound
        SubjectKindRole, // "User", "Group", "ServiceAccount"
        IsSelfRole, // bool: the viewer (or one of the viewer's groups)
        IsSystemRole, // bool: Subject::isSystem()
        BindingKindRole, // "RoleBinding", "ClusterRoleBinding"
        BindingNameRole,
        RoleNameRole, // "ClusterRole scs:tenant"
        GrantKeyRole,
        IdentityObjectRole, // metadata.name of the subject's Keycloak Group object, "" if none
    };

    explicit MembersModel(kube::KubeClient *client, QObject *parent = nullptr);
    ~MembersModel() override;

    // Who the viewer is (marks the own rows) and the prefixes to leave out of shown names.
    void setIdentity(const Identity &identity);
    void setPrefixes(const QString &usernamePrefix, const QString &groupsPrefix);
    // The Crossplane Keycloak provider's Group kind (KeycloakGroups::isGroupResource) as
    // discovery has it; nullopt: not served (no identity objects). Takes effect at once.
    void setGroupResource(const std::optional<kube::ApiResource> &resource);
    [[nodiscard]] const std::optional<kube::ApiResource> &groupResource() const
    {
        return m_groupResource;
    }
    // The Group object (metadata.name) standing for `subject`, "" if none.
    [[nodiscard]] QString identityObjectOf(const Subject &subject) const;
    // Follows `namespaceName` (stops following the previous one); "" stops.
    void setNamespace(const QString &namespaceName);
    [[nodiscard]] QString namespaceName() const { return m_namespace; }

    [[nodiscard]] const Policy &policy() const { return m_policy; }
    [[nodiscard]] const QList<Grant> &grants() const { return m_rows; }
    [[nodiscard]] const Grant *grant(int row) const;
    // All four lists arrived (or were refused), and policy() and the rows were built from them
    // (the rebuild after the lists is debounced: before it, the policy is still empty).
    [[nodiscard]] bool isSynced() const;
    // "alice" for "oidc:alice" (the prefix of the subject's kind taken off).
    [[nodiscard]] QString displayName(const Subject &subject) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void synced();
    // A list could not be read (403 on ClusterRoleBindings is normal for tenant users).
    void errorOccurred(const scs::Error &error);

private:
    struct Source
    {
        kube::Watcher *watcher = nullptr;
        bool done = false; // synced or refused
        bool readable = false;
    };
    void stop();
    void watchGroups();
    void groupsChanged();
    Source makeSource(const QString &path);
    void scheduleRebuild();
    void rebuild();
    [[nodiscard]] bool sourcesDone() const;

    QPointer<kube::KubeClient> m_client;
    QString m_namespace;
    Identity m_identity;
    QString m_userPrefix;
    QString m_groupPrefix;
    QList<Source> m_sources; // roleBindings, roles, clusterRoleBindings, clusterRoles
    Policy m_policy;
    QList<Grant> m_rows;
    QTimer *m_rebuild;
    std::optional<kube::ApiResource> m_groupResource;
    kube::Watcher *m_groups = nullptr; // the tenant's Keycloak Group objects
    QList<QJsonObject> m_groupObjects;
    bool m_syncedOnce = false;
};

} // namespace scs::access
