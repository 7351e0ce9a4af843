#pragma once

#include "common/error.h"
#include "kube/discovery.h"
#include "models/accessrules.h"
#include "models/requestqueue.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace scs::kube {
class KubeClient;
}

namespace scs::models {

// The navigation tree of one signed-in profile: profile -> tenant namespaces -> groups of resource
// kinds (SCS claims and Cluster API first, then workloads, configuration, access control, other
// custom resources, the rest) -> kinds, with object counts where they are cheap.
//
// Which tenants: the namespaces the user may list (GET /api/v1/namespaces; those labelled
// scs.community/tenant when any are, else all). Where listing is Forbidden (tenant users), the
// profile's `tenants` plus those derived from the ID token's groups with groupPattern() (named
// capture "tenant"; "tenant-a-admins" -> "tenant-a"). Each tenant is checked with a
// SelfSubjectRulesReview; tenants with nothing to list are dropped once that is known, and only
// the kinds the user may list are shown. The rules are kept (rulesFor) for "may I" checks.
//
// Scale (thousands of tenants): listed tenants are shown as soon as the list is in; their
// reviews are asked lazily and a few at a time (RequestQueue, maxReviewsInFlight()): first for a
// tenant expanded or selected (requestRules), then for those the view shows (setVisibleTenants),
// never all up front. Until its review is answered an expanded tenant shows one "Checking
// access…" child and no kinds; mayI() is false. The few hint tenants of the Forbidden path are
// all reviewed (through the same queue) before tenantsLoaded, as before. Counts go through a
// second queue of the same bound.
//
// Cluster-scoped kinds (namespaces, CRDs, cluster classes where cluster-scoped, ...) go under one
// more node after the tenants, "Cluster-scoped resources": a Tenant node whose TenantRole is
// empty, so that ApiResource::collectionPath(tenant) is right for its kinds. It is shown only
// when the user may list at least one of them. A rules review needs a namespace, so cluster
// scope is asked with one SelfSubjectAccessReview (verb list) per cluster-scoped kind once
// tenants and discovery are in; other verbs are asked for on demand (requestClusterAccess) and
// answered by accessChanged().
//
//   reload() ──> listing namespaces ──ok──────────> reviewing each ──all answered──> tenants
//                        └──Forbidden──> candidates ──┘                └─none─> "no tenants"
//                        └──other error──> message node + errorOccurred
//
// Lazy: a tenant's kinds are built when the view first expands it (fetchMore, queued), and a
// group's counts are asked for (one `limit=1` metadata list per kind) when it is first
// expanded. New discovery data rebuilds expanded tenants by removing and inserting rows, never
// a reset. The KubeClient must outlive the model; GUI thread only. Icons come from the view
// (NodeTypeRole, CategoryRole).
class TenantTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeType { Profile, Tenant, Category, Kind, Message };
    Q_ENUM(NodeType)
    // In display order.
    enum class Category {
        Claims,
        Workloads,
        Configuration,
        AccessControl,
        Identity, // Keycloak objects of the Crossplane Keycloak provider
        CustomResources,
        Other
    };
    Q_ENUM(Category)
    enum class MessageKind { Loading, Empty, Error };
    Q_ENUM(MessageKind)

    enum Role {
        NodeTypeRole = Qt::UserRole + 1, // NodeType
        TenantRole, // the namespace, for tenant, category and kind nodes
        CategoryRole, // Category, for category and kind nodes
        ResourceRole, // kube::ApiResource, for kind nodes
        CountRole, // int, objects of a kind; -1 while unknown
        MessageKindRole, // MessageKind, for message nodes
        QualifiedNameRole, // "clusters.api.scs.community"
    };
    Q_ENUM(Role)

    TenantTreeModel(kube::KubeClient *client, const QString &profileName,
                    QObject *parent = nullptr);
    ~TenantTreeModel() override;

    // Where namespaces cannot be listed: the profile's tenants and the ID token's groups
    // (without the "oidc:" prefix). Takes effect with the next reload().
    void setTenantHints(const QStringList &profileTenants, const QStringList &groups);
    void setGroupPattern(const QRegularExpression &pattern);
    // A cluster that is not the Central API has no tenants: every namespace listed is shown,
    // labelled as a tenant or not. Takes effect with the next reload().
    void setAllNamespaces(bool all) { m_allNamespaces = all; }
    [[nodiscard]] QRegularExpression groupPattern() const { return m_pattern; }
    // "^(?<tenant>.+)-(admins|viewers|members)$"
    [[nodiscard]] static QRegularExpression defaultGroupPattern();
    [[nodiscard]] static QStringList tenantsFromGroups(const QStringList &groups,
                                                       const QRegularExpression &pattern);

    // The resource kinds the server serves (from Discovery); rebuilds expanded tenants.
    void setResources(const QList<kube::ApiResource> &resources);
    // Follows `discovery` (resources now and after every refresh). Not owned.
    void setDiscovery(kube::Discovery *discovery);

    [[nodiscard]] static Category categoryOf(const kube::ApiResource &resource);
    [[nodiscard]] static QString categoryName(Category category);

    [[nodiscard]] bool isLoading() const { return m_loading; }
    // The last reload() ended in an error (the message node shows it) until the next reload().
    [[nodiscard]] bool hasFailed() const { return m_failed; }
    [[nodiscard]] QStringList tenants() const;
    // The rules of `tenant`, or nullptr when it is not shown.
    [[nodiscard]] const AccessRules *rulesFor(const QString &tenant) const;
    [[nodiscard]] bool mayI(const QString &tenant, const QString &verb,
                            const kube::ApiResource &resource) const;
    // Cluster scope: what an access review said about `verb` on `resource`, nullopt while not
    // asked or unanswered. requestClusterAccess asks (once per verb and kind and load).
    [[nodiscard]] std::optional<bool> clusterAccess(const QString &verb,
                                                    const kube::ApiResource &resource) const;
    void requestClusterAccess(const QString &verb, const kube::ApiResource &resource);
    // Asks for the rules of `tenant` (urgent: it was expanded or selected), unless known or
    // already asked. setVisibleTenants: the tenants the view shows now are asked next; those that
    // scrolled away before their turn are not asked.
    void requestRules(const QString &tenant);
    void setVisibleTenants(const QStringList &tenants);
    [[nodiscard]] bool rulesKnown(const QString &tenant) const { return m_reviewed.contains(tenant); }
    // At most this many reviews (and, separately, count lists) in flight; takes effect with the
    // next reload(). 6 by default.
    void setMaxRequestsInFlight(int n) { m_maxInFlight = n; }
    // This load's queues (nullptr before the first reload()); for tests and the benchmark.
    [[nodiscard]] const RequestQueue *reviewQueue() const { return m_reviews; }
    [[nodiscard]] const RequestQueue *countQueue() const { return m_counts; }

    // The "Cluster" node, invalid while the user may list nothing cluster-scoped.
    [[nodiscard]] QModelIndex clusterIndex() const;

    [[nodiscard]] QModelIndex profileIndex() const;
    [[nodiscard]] QModelIndex tenantIndex(const QString &tenant) const;
    // A kind node, by plural and group; invalid when not there (or the tenant not yet expanded).
    [[nodiscard]] QModelIndex kindIndex(const QString &tenant, const QString &plural,
                                        const QString &group) const;
    // Updates a kind's count (a view that watches the collection knows it exactly).
    void setCount(const QModelIndex &kindIndex, int count);
    // Asks again for the counts of every group whose counts were asked for (the same cheap
    // `limit=1` lists): counts of kinds nobody watches follow what others create and delete.
    // A count that cannot be had cheaply any more, or whose list fails, becomes unknown (-1)
    // rather than staying wrong.
    void recount();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    // Finds the tenants again (drops what was shown, keeps the profile node).
    void reload();

Q_SIGNALS:
    void tenantsLoaded();
    // What the user may do changed: tenants' rules reviewed, or cluster access answered.
    void accessChanged();
    void errorOccurred(const scs::Error &error);

private:
    struct Node;

    void onNamespaces(const Result<QJsonDocument> &answer);
    void reviewCandidates(const QStringList &candidates, const QHash<QString, QString> &titles);
    void onReview(const QString &tenant, const Result<QJsonDocument> &answer);
    void enqueueReview(const QString &tenant, RequestQueue::Priority priority);
    void removeTenant(const QString &tenant);
    void showCheckingOrKinds(Node *tenant);
    void finishLoading();
    void setProfileChildren(std::vector<std::unique_ptr<Node>> children);
    void populateTenant(Node *tenant);
    void requestCounts(Node *category);
    void recountUnder(Node *node);
    void reviewClusterScope();
    void updateClusterNode();
    [[nodiscard]] Node *clusterNode() const;
    [[nodiscard]] std::unique_ptr<Node> message(MessageKind kind, const QString &text) const;
    [[nodiscard]] QModelIndex indexOf(const Node *node) const;
    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;

    QPointer<kube::KubeClient> m_client;
    QPointer<kube::Discovery> m_discovery;
    QString m_profileName;
    QStringList m_profileTenants;
    QStringList m_groups;
    QRegularExpression m_pattern;
    QList<kube::ApiResource> m_resources;
    std::unique_ptr<Node> m_root;
    QObject *m_loadContext = nullptr; // parent of this load's callbacks; replaced by reload()
    bool m_loading = false;
    bool m_failed = false;
    int m_pendingReviews = 0; // hint tenants not yet reviewed (Forbidden path)
    bool m_eagerReviews = false; // hint tenants: review all before showing
    bool m_allNamespaces = false;
    int m_maxInFlight = 6;
    RequestQueue *m_reviews = nullptr; // children of m_loadContext
    RequestQueue *m_counts = nullptr;
    QSet<QString> m_reviewed; // answered (listable or not) this load
    QStringList m_candidates;
    QHash<QString, QString> m_titles; // tenant -> display name (namespace annotation)
    QHash<QString, AccessRules> m_rules; // reviewed tenants with something to list
    QHash<QString, bool> m_clusterAccess; // "verb plural.group" -> allowed, this load
    QSet<QString> m_clusterAsked; // keys asked for this load (answered or not)
    int m_pendingClusterReviews = 0;
};

} // namespace scs::models

Q_DECLARE_METATYPE(scs::kube::ApiResource)
