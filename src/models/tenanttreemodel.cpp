#include "models/tenanttreemodel.h"

#include "common/startuptrace.h"
#include "kube/kubeclient.h"
#include "models/modelslogging.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace scs::models {

struct TenantTreeModel::Node
{
    NodeType type = NodeType::Message;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QString text;
    QString toolTip;
    QString tenant;
    Category category = Category::Other;
    kube::ApiResource resource;
    MessageKind messageKind = MessageKind::Loading;
    int count = -1;
    bool fetched = false; // tenant: kinds asked for; category: counts asked for
    mutable size_t rowHint = 0; // where it was last seen: row() in O(1) among 2,000 tenants

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->rowHint = children.size();
        children.push_back(std::move(child));
        return children.back().get();
    }
    [[nodiscard]] int row() const
    {
        if (!parent)
            return 0;
        if (rowHint < parent->children.size() && parent->children[rowHint].get() == this)
            return int(rowHint);
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this) {
                rowHint = i;
                return int(i);
            }
        }
        return -1;
    }
};

namespace {

const QString kTenantLabel = QStringLiteral("scs.community/tenant");
const QString kDisplayNameAnnotation = QStringLiteral("scs.community/display-name");

bool isBuiltInGroup(const QString &group)
{
    return group.isEmpty() || !group.contains(QLatin1Char('.')) || group.endsWith(u".k8s.io");
}

// Claims first (Cluster first within), then Cluster API (Cluster first), then by kind.
int claimRank(const kube::ApiResource &r)
{
    const int group = r.group == QLatin1String("api.scs.community") ? 0 : 1;
    return group * 2 + (r.kind == QLatin1String("Cluster") ? 0 : 1);
}

// Short enough for the tree, where two kinds share a name (SCS claim and CAPI Cluster).
QString groupLabel(const QString &group)
{
    if (group == QLatin1String("api.scs.community"))
        return TenantTreeModel::tr("SCS");
    if (group == QLatin1String("cluster.x-k8s.io"))
        return TenantTreeModel::tr("Cluster API");
    return group.isEmpty() ? TenantTreeModel::tr("core") : group;
}

QString accessKey(const QString &verb, const kube::ApiResource &r)
{
    return verb + QLatin1Char(' ') + r.plural + QLatin1Char('.') + r.group;
}

const QString kAccessReviewPath
    = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");

} // namespace

TenantTreeModel::TenantTreeModel(kube::KubeClient *client, const QString &profileName,
                                 QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
    , m_profileName(profileName)
    , m_pattern(defaultGroupPattern())
    , m_root(std::make_unique<Node>())
{
    auto profile = std::make_unique<Node>();
    profile->type = NodeType::Profile;
    profile->text = profileName;
    if (client)
        profile->toolTip = client->profile().apiUrl.toString();
    m_root->add(std::move(profile));
}

TenantTreeModel::~TenantTreeModel() = default;

QRegularExpression TenantTreeModel::defaultGroupPattern()
{
    return QRegularExpression(QStringLiteral("^(?<tenant>.+)-(admins|viewers|members)$"));
}

QStringList TenantTreeModel::tenantsFromGroups(const QStringList &groups,
                                               const QRegularExpression &pattern)
{
    QStringList tenants;
    for (QString group : groups) {
        if (group.startsWith(QLatin1String("oidc:")))
            group = group.mid(5);
        const auto match = pattern.match(group);
        if (!match.hasMatch())
            continue;
        QString tenant = match.captured(QStringLiteral("tenant"));
        if (tenant.isEmpty())
            tenant = match.captured(1);
        if (!tenant.isEmpty() && !tenants.contains(tenant))
            tenants.append(tenant);
    }
    return tenants;
}

void TenantTreeModel::setTenantHints(const QStringList &profileTenants, const QStringList &groups)
{
    m_profileTenants = profileTenants;
    m_groups = groups;
}

void TenantTreeModel::setGroupPattern(const QRegularExpression &pattern)
{
    m_pattern = pattern;
}

TenantTreeModel::Category TenantTreeModel::categoryOf(const kube::ApiResource &r)
{
    const QString &g = r.group;
    if (g == QLatin1String("api.scs.community") || g == QLatin1String("cluster.x-k8s.io")
        || g.endsWith(QLatin1String(".cluster.x-k8s.io"))) {
        return Category::Claims;
    }
    static const QStringList workloadGroups{
        QStringLiteral("apps"), QStringLiteral("batch"), QStringLiteral("autoscaling"),
        QStringLiteral("networking.k8s.io"), QStringLiteral("discovery.k8s.io"),
        QStringLiteral("policy")};
    static const QStringList coreWorkloads{
        QStringLiteral("pods"), QStringLiteral("replicationcontrollers"),
        QStringLiteral("services"), QStringLiteral("endpoints"),
        QStringLiteral("podtemplates")};
    static const QStringList coreConfig{
        QStringLiteral("configmaps"), QStringLiteral("secrets"),
        QStringLiteral("serviceaccounts"), QStringLiteral("resourcequotas"),
        QStringLiteral("limitranges"), QStringLiteral("persistentvolumeclaims")};
    if (workloadGroups.contains(g) || (g.isEmpty() && coreWorkloads.contains(r.plural)))
        return Category::Workloads;
    if (g.isEmpty() && coreConfig.contains(r.plural))
        return Category::Configuration;
    if (g == QLatin1String("rbac.authorization.k8s.io"))
        return Category::AccessControl;
    // The Crossplane Keycloak provider's groups, cluster-scoped (keycloak.crossplane.io,
    // group.keycloak.crossplane.io, ...) and namespaced (keycloak.m.crossplane.io, ...).
    for (const QLatin1String provider : {QLatin1String("keycloak.crossplane.io"),
                                         QLatin1String("keycloak.m.crossplane.io")}) {
        if (g == provider || (g.endsWith(provider) && g.at(g.size() - provider.size() - 1) == u'.'))
            return Category::Identity;
    }
    if (!isBuiltInGroup(g))
        return Category::CustomResources;
    return Category::Other;
}

QString TenantTreeModel::categoryName(Category category)
{
    switch (category) {
    case Category::Claims:
        return tr("Claims and Clusters");
    case Category::Workloads:
        return tr("Workloads");
    case Category::Configuration:
        return tr("Configuration");
    case Category::AccessControl:
        return tr("Access Control");
    case Category::Identity:
        return tr("Identity");
    case Category::CustomResources:
        return tr("Custom Resources");
    case Category::Other:
        return tr("Other");
    }
    return {};
}

void TenantTreeModel::setDiscovery(kube::Discovery *discovery)
{
    if (m_discovery)
        m_discovery->disconnect(this);
    m_discovery = discovery;
    if (!discovery)
        return;
    connect(discovery, &kube::Discovery::refreshed, this,
            [this] { setResources(m_discovery->resources()); });
    if (!discovery->resources().isEmpty())
        setResources(discovery->resources());
}

void TenantTreeModel::setResources(const QList<kube::ApiResource> &resources)
{
    if (resources == m_resources)
        return;
    m_resources = resources;
    Node *profile = m_root->children.front().get();
    for (const auto &child : profile->children) {
        if (child->type == NodeType::Tenant && child->fetched)
            showCheckingOrKinds(child.get());
    }
    reviewClusterScope();
}

QStringList TenantTreeModel::tenants() const
{
    QStringList out;
    for (const auto &child : m_root->children.front()->children) {
        if (child->type == NodeType::Tenant && !child->tenant.isEmpty())
            out.append(child->tenant);
    }
    return out;
}

const AccessRules *TenantTreeModel::rulesFor(const QString &tenant) const
{
    const auto it = m_rules.constFind(tenant);
    return it == m_rules.cend() ? nullptr : &it.value();
}

bool TenantTreeModel::mayI(const QString &tenant, const QString &verb,
                           const kube::ApiResource &resource) const
{
    if (tenant.isEmpty() && !resource.namespaced)
        return clusterAccess(verb, resource).value_or(false);
    const AccessRules *rules = rulesFor(tenant);
    return rules && rules->allows(verb, resource.group, resource.plural);
}

std::optional<bool> TenantTreeModel::clusterAccess(const QString &verb,
                                                   const kube::ApiResource &resource) const
{
    const auto it = m_clusterAccess.constFind(accessKey(verb, resource));
    if (it == m_clusterAccess.cend())
        return std::nullopt;
    return *it;
}

void TenantTreeModel::requestClusterAccess(const QString &verb, const kube::ApiResource &resource)
{
    const QString key = accessKey(verb, resource);
    if (!m_client || !m_loadContext || m_clusterAsked.contains(key))
        return;
    m_clusterAsked.insert(key);
    const bool listRound = verb == QLatin1String("list");
    if (listRound)
        ++m_pendingClusterReviews;
    // The list round (one per cluster-scoped kind) waits behind the tenants' reviews; a verb
    // asked for an open table is urgent.
    const auto priority
        = listRound ? RequestQueue::Priority::Background : RequestQueue::Priority::Urgent;
    const QJsonObject review{
        {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("resourceAttributes"),
                      QJsonObject{{QStringLiteral("verb"), verb},
                                  {QStringLiteral("group"), resource.group},
                                  {QStringLiteral("resource"), resource.plural}}}}},
    };
    m_reviews->enqueue(QStringLiteral("access ") + key, priority,
                       [this, key, listRound, review](RequestQueue::Done done) {
    m_client->post(kAccessReviewPath, QJsonDocument(review))
        ->onJson(m_loadContext, [this, key, listRound, done](const Result<QJsonDocument> &answer) {
            done();
            bool allowed = false;
            if (answer) {
                allowed = answer->object()
                              .value(QLatin1String("status"))
                              .toObject()
                              .value(QLatin1String("allowed"))
                              .toBool();
            } else {
                qCDebug(lcModels).noquote() << "access review" << key
                                          << "failed:" << answer.error().detail;
            }
            m_clusterAccess.insert(key, allowed);
            if (listRound && --m_pendingClusterReviews == 0)
                updateClusterNode();
            Q_EMIT accessChanged();
        });
                       });
}

void TenantTreeModel::reviewClusterScope()
{
    if (m_loading || m_resources.isEmpty() || !m_loadContext)
        return;
    for (const kube::ApiResource &r : std::as_const(m_resources)) {
        if (!r.namespaced && r.supports(QStringLiteral("list")))
            requestClusterAccess(QStringLiteral("list"), r);
    }
}

TenantTreeModel::Node *TenantTreeModel::clusterNode() const
{
    for (const auto &child : m_root->children.front()->children) {
        if (child->type == NodeType::Tenant && child->tenant.isEmpty())
            return child.get();
    }
    return nullptr;
}

QModelIndex TenantTreeModel::clusterIndex() const
{
    return indexOf(clusterNode());
}

void TenantTreeModel::updateClusterNode()
{
    bool any = false;
    for (const kube::ApiResource &r : std::as_const(m_resources)) {
        if (!r.namespaced && clusterAccess(QStringLiteral("list"), r).value_or(false)) {
            any = true;
            break;
        }
    }
    Node *profile = m_root->children.front().get();
    Node *existing = clusterNode();
    if (!any) {
        if (existing) {
            const int row = existing->row();
            beginRemoveRows(indexOf(profile), row, row);
            profile->children.erase(profile->children.begin() + row);
            endRemoveRows();
        }
        return;
    }
    if (existing) {
        if (existing->fetched)
            populateTenant(existing);
        return;
    }
    auto node = std::make_unique<Node>();
    node->type = NodeType::Tenant;
    node->text = tr("Cluster-scoped resources");
    node->toolTip = tr("Kinds that belong to no tenant namespace");
    const int row = int(profile->children.size());
    beginInsertRows(indexOf(profile), row, row);
    profile->add(std::move(node));
    endInsertRows();
}

// Loading ----------------------------------------------------------------------------------

void TenantTreeModel::reload()
{
    delete m_loadContext; // drops the answers of an earlier load
    m_loadContext = new QObject(this);
    m_reviews = new RequestQueue(m_maxInFlight, m_loadContext);
    m_counts = new RequestQueue(m_maxInFlight, m_loadContext);
    m_loading = true;
    m_failed = false;
    m_pendingReviews = 0;
    m_eagerReviews = false;
    m_reviewed.clear();
    m_candidates.clear();
    m_titles.clear();
    m_rules.clear();
    m_clusterAccess.clear();
    m_clusterAsked.clear();
    m_pendingClusterReviews = 0;
    std::vector<std::unique_ptr<Node>> children;
    children.push_back(message(MessageKind::Loading, tr("Loading tenants…")));
    setProfileChildren(std::move(children));
    if (!m_client)
        return;
    m_client->get(QStringLiteral("/api/v1/namespaces"))
        ->onJson(m_loadContext, [this](const Result<QJsonDocument> &a) { onNamespaces(a); });
}

void TenantTreeModel::onNamespaces(const Result<QJsonDocument> &answer)
{
    if (answer) {
        QStringList all;
        QStringList labelled;
        QHash<QString, QString> titles;
        const QJsonArray items = answer->object().value(QLatin1String("items")).toArray();
        for (const QJsonValue &item : items) {
            const QJsonObject meta = item.toObject().value(QLatin1String("metadata")).toObject();
            const QString name = meta.value(QLatin1String("name")).toString();
            all.append(name);
            if (meta.value(QLatin1String("labels")).toObject().contains(kTenantLabel))
                labelled.append(name);
            const QString title = meta.value(QLatin1String("annotations"))
                                      .toObject()
                                      .value(kDisplayNameAnnotation)
                                      .toString();
            if (!title.isEmpty())
                titles.insert(name, title);
        }
        qCDebug(lcModels) << "namespaces listed:" << all.size() << "tenants:" << labelled.size();
        StartupTrace::mark(QStringLiteral("namespaces listed"),
                           QStringLiteral("%1 namespaces, %2 tenants")
                               .arg(all.size())
                               .arg(labelled.size()));
        m_eagerReviews = false;
        reviewCandidates(labelled.isEmpty() || m_allNamespaces ? all : labelled, titles);
        return;
    }
    if (answer.error().kind == Error::Kind::Forbidden) {
        QStringList candidates = m_profileTenants;
        for (const QString &t : tenantsFromGroups(m_groups, m_pattern)) {
            if (!candidates.contains(t))
                candidates.append(t);
        }
        qCDebug(lcModels) << "namespaces not listable; candidates:" << candidates;
        m_eagerReviews = true;
        reviewCandidates(candidates, {});
        return;
    }
    m_loading = false;
    m_failed = true;
    std::vector<std::unique_ptr<Node>> children;
    children.push_back(message(MessageKind::Error, answer.error().message));
    setProfileChildren(std::move(children));
    Q_EMIT errorOccurred(answer.error());
}

void TenantTreeModel::reviewCandidates(const QStringList &candidates,
                                       const QHash<QString, QString> &titles)
{
    m_candidates = candidates;
    std::sort(m_candidates.begin(), m_candidates.end());
    m_titles = titles;
    if (!m_eagerReviews || m_candidates.isEmpty()) {
        // Listed tenants: shown now, reviewed when looked at.
        finishLoading();
        return;
    }
    m_pendingReviews = int(m_candidates.size());
    for (const QString &tenant : std::as_const(m_candidates))
        enqueueReview(tenant, RequestQueue::Priority::Visible);
}

void TenantTreeModel::enqueueReview(const QString &tenant, RequestQueue::Priority priority)
{
    if (!m_client || !m_reviews || m_reviewed.contains(tenant))
        return;
    m_reviews->enqueue(tenant, priority, [this, tenant](RequestQueue::Done done) {
        const QJsonObject review{
            {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
            {QStringLiteral("kind"), QStringLiteral("SelfSubjectRulesReview")},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("namespace"), tenant}}},
        };
        m_client
            ->post(QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews"),
                   QJsonDocument(review))
            ->onJson(m_loadContext, [this, tenant, done](const Result<QJsonDocument> &a) {
                done();
                onReview(tenant, a);
            });
    });
}

void TenantTreeModel::requestRules(const QString &tenant)
{
    if (tenant.isEmpty() || m_loading)
        return;
    enqueueReview(tenant, RequestQueue::Priority::Urgent);
}

void TenantTreeModel::setVisibleTenants(const QStringList &tenants)
{
    if (!m_reviews || m_loading)
        return;
    QSet<QString> keys;
    for (const QString &t : tenants) {
        if (!t.isEmpty() && !m_reviewed.contains(t))
            keys.insert(t);
    }
    m_reviews->retainVisible(keys);
    for (const QString &t : tenants) {
        if (keys.contains(t))
            enqueueReview(t, RequestQueue::Priority::Visible);
    }
}

void TenantTreeModel::onReview(const QString &tenant, const Result<QJsonDocument> &answer)
{
    m_reviewed.insert(tenant);
    bool listable = false;
    if (answer) {
        const AccessRules rules = AccessRules::fromReview(answer->object());
        listable = rules.allowsAnyList();
        if (listable)
            m_rules.insert(tenant, rules);
        else
            qCDebug(lcModels) << "nothing to list in" << tenant;
    } else {
        qCWarning(lcModels).noquote() << "rules review of" << tenant
                                    << "failed:" << answer.error().detail;
    }
    if (m_loading) {
        if (--m_pendingReviews == 0)
            finishLoading();
        return;
    }
    if (!listable) {
        removeTenant(tenant);
    } else if (Node *node = nodeOf(tenantIndex(tenant)); node != m_root.get() && node->fetched) {
        showCheckingOrKinds(node);
    }
    Q_EMIT accessChanged();
}

void TenantTreeModel::removeTenant(const QString &tenant)
{
    const QModelIndex index = tenantIndex(tenant);
    if (!index.isValid())
        return;
    Node *profile = m_root->children.front().get();
    beginRemoveRows(indexOf(profile), index.row(), index.row());
    profile->children.erase(profile->children.begin() + index.row());
    endRemoveRows();
    if (profile->children.empty()) {
        beginInsertRows(indexOf(profile), 0, 0);
        profile->add(message(MessageKind::Empty, tr("No tenants you may see")));
        endInsertRows();
    }
}

// An expanded tenant: its kinds once its rules are in, "Checking access…" until then.
void TenantTreeModel::showCheckingOrKinds(Node *tenant)
{
    const bool known = tenant->tenant.isEmpty() || m_rules.contains(tenant->tenant);
    if (known && !m_resources.isEmpty()) {
        populateTenant(tenant);
        return;
    }
    if (!tenant->children.empty())
        return;
    const QModelIndex parentIndex = indexOf(tenant);
    beginInsertRows(parentIndex, 0, 0);
    tenant->add(message(MessageKind::Loading,
                        known ? tr("Loading kinds…") : tr("Checking access…")));
    endInsertRows();
}

void TenantTreeModel::finishLoading()
{
    m_loading = false;
    std::vector<std::unique_ptr<Node>> children;
    for (const QString &tenant : std::as_const(m_candidates)) {
        if (m_reviewed.contains(tenant) && !m_rules.contains(tenant))
            continue;
        auto node = std::make_unique<Node>();
        node->type = NodeType::Tenant;
        node->tenant = tenant;
        node->text = tenant;
        node->toolTip = m_titles.value(tenant);
        children.push_back(std::move(node));
    }
    if (children.empty())
        children.push_back(message(MessageKind::Empty, tr("No tenants you may see")));
    setProfileChildren(std::move(children));
    Q_EMIT tenantsLoaded();
    Q_EMIT accessChanged();
    reviewClusterScope();
}

void TenantTreeModel::setProfileChildren(std::vector<std::unique_ptr<Node>> children)
{
    Node *profile = m_root->children.front().get();
    const QModelIndex parentIndex = indexOf(profile);
    if (!profile->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(profile->children.size()) - 1);
        profile->children.clear();
        endRemoveRows();
    }
    if (!children.empty()) {
        beginInsertRows(parentIndex, 0, int(children.size()) - 1);
        for (auto &child : children)
            profile->add(std::move(child));
        endInsertRows();
    }
}

std::unique_ptr<TenantTreeModel::Node> TenantTreeModel::message(MessageKind kind,
                                                                const QString &text) const
{
    auto node = std::make_unique<Node>();
    node->type = NodeType::Message;
    node->messageKind = kind;
    node->text = text;
    return node;
}

void TenantTreeModel::populateTenant(Node *tenant)
{
    if (!tenant->tenant.isEmpty() && !m_rules.contains(tenant->tenant)) {
        // Never a kind the user may not list: nothing until the rules are in.
        return;
    }
    const AccessRules rules = m_rules.value(tenant->tenant);
    const bool clusterScope = tenant->tenant.isEmpty();
    QList<kube::ApiResource> kinds;
    for (const kube::ApiResource &r : std::as_const(m_resources)) {
        if (r.namespaced == clusterScope || !r.supports(QStringLiteral("list")))
            continue;
        const bool mayList = clusterScope
            ? clusterAccess(QStringLiteral("list"), r).value_or(false)
            : rules.allows(QStringLiteral("list"), r.group, r.plural);
        if (mayList)
            kinds.append(r);
    }
    // One node per kind: the core group's wins over a built-in duplicate (events).
    QList<kube::ApiResource> unique;
    for (const kube::ApiResource &r : std::as_const(kinds)) {
        const bool shadowed = !r.group.isEmpty() && isBuiltInGroup(r.group)
            && std::any_of(kinds.cbegin(), kinds.cend(), [&r](const kube::ApiResource &o) {
                   return o.group.isEmpty() && o.kind == r.kind;
               });
        if (!shadowed)
            unique.append(r);
    }
    std::sort(unique.begin(), unique.end(), [](const auto &a, const auto &b) {
        const Category ca = categoryOf(a);
        const Category cb = categoryOf(b);
        if (ca != cb)
            return ca < cb;
        if (ca == Category::Claims && claimRank(a) != claimRank(b))
            return claimRank(a) < claimRank(b);
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.group < b.group;
    });

    std::vector<std::unique_ptr<Node>> categories;
    for (const kube::ApiResource &r : std::as_const(unique)) {
        const Category c = categoryOf(r);
        if (categories.empty() || categories.back()->category != c) {
            auto node = std::make_unique<Node>();
            node->type = NodeType::Category;
            node->category = c;
            node->tenant = tenant->tenant;
            node->text = categoryName(c);
            categories.push_back(std::move(node));
        }
        auto kind = std::make_unique<Node>();
        kind->type = NodeType::Kind;
        kind->category = c;
        kind->tenant = tenant->tenant;
        kind->resource = r;
        const bool ambiguous
            = std::count_if(unique.cbegin(), unique.cend(),
                            [&r](const kube::ApiResource &o) { return o.kind == r.kind; })
            > 1;
        kind->text = ambiguous ? tr("%1 (%2)").arg(r.kind, groupLabel(r.group)) : r.kind;
        kind->toolTip = r.qualifiedName() + QStringLiteral(" · ") + r.groupVersion();
        categories.back()->add(std::move(kind));
    }
    if (categories.empty())
        categories.push_back(message(MessageKind::Empty, tr("Nothing you may list")));

    const QModelIndex parentIndex = indexOf(tenant);
    if (!tenant->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(tenant->children.size()) - 1);
        tenant->children.clear();
        endRemoveRows();
    }
    beginInsertRows(parentIndex, 0, int(categories.size()) - 1);
    for (auto &c : categories)
        tenant->add(std::move(c));
    endInsertRows();
}

void TenantTreeModel::requestCounts(Node *category)
{
    category->fetched = true;
    if (!m_client)
        return;
    for (const auto &kind : category->children) {
        const QString tenant = kind->tenant;
        const QString plural = kind->resource.plural;
        const QString group = kind->resource.group;
        const QString path = kind->resource.collectionPath(tenant);
        auto start = [this, tenant, plural, group, path](RequestQueue::Done done) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        m_client
            ->get(path, query,
                  QByteArrayLiteral("application/json;as=PartialObjectMetadataList;"
                                    "g=meta.k8s.io;v=v1,application/json"))
            ->onJson(m_loadContext ? m_loadContext : this,
                     [this, tenant, plural, group, done](const Result<QJsonDocument> &answer) {
                         done();
                         // Unknown rather than wrong: a failed recount drops the old number.
                         if (!answer) {
                             setCount(kindIndex(tenant, plural, group), -1);
                             return;
                         }
                         const QJsonObject list = answer->object();
                         const QJsonObject meta
                             = list.value(QLatin1String("metadata")).toObject();
                         const int items
                             = int(list.value(QLatin1String("items")).toArray().size());
                         int count = items;
                         if (!meta.value(QLatin1String("continue")).toString().isEmpty()) {
                             if (!meta.contains(QLatin1String("remainingItemCount"))) {
                                 // not cheap after all
                                 setCount(kindIndex(tenant, plural, group), -1);
                                 return;
                             }
                             count += meta.value(QLatin1String("remainingItemCount")).toInt();
                         }
                         setCount(kindIndex(tenant, plural, group), count);
                     });
        };
        if (m_counts)
            m_counts->enqueue(path, RequestQueue::Priority::Visible, std::move(start));
        else
            start([] {});
    }
}

void TenantTreeModel::recount()
{
    recountUnder(m_root.get());
}

void TenantTreeModel::recountUnder(Node *node)
{
    if (node->type == NodeType::Category) {
        if (node->fetched)
            requestCounts(node);
        return;
    }
    for (const auto &child : node->children)
        recountUnder(child.get());
}

void TenantTreeModel::setCount(const QModelIndex &kindIndex, int count)
{
    Node *node = nodeOf(kindIndex);
    if (!node || node->type != NodeType::Kind || node->count == count)
        return;
    node->count = count;
    Q_EMIT dataChanged(kindIndex, kindIndex, {Qt::DisplayRole, CountRole});
}

// Lookup -----------------------------------------------------------------------------------

QModelIndex TenantTreeModel::profileIndex() const
{
    return index(0, 0);
}

QModelIndex TenantTreeModel::tenantIndex(const QString &tenant) const
{
    for (const auto &child : m_root->children.front()->children) {
        if (child->type == NodeType::Tenant && child->tenant == tenant)
            return indexOf(child.get());
    }
    return {};
}

QModelIndex TenantTreeModel::kindIndex(const QString &tenant, const QString &plural,
                                       const QString &group) const
{
    const QModelIndex t = tenantIndex(tenant);
    if (!t.isValid())
        return {};
    for (const auto &category : nodeOf(t)->children) {
        for (const auto &kind : category->children) {
            if (kind->resource.plural == plural && kind->resource.group == group)
                return indexOf(kind.get());
        }
    }
    return {};
}

QModelIndex TenantTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

TenantTreeModel::Node *TenantTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

// QAbstractItemModel -------------------------------------------------------------------------

QModelIndex TenantTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex TenantTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int TenantTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int TenantTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool TenantTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (node->type == NodeType::Tenant && !node->fetched)
        return true;
    return !node->children.empty();
}

bool TenantTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (!parent.isValid())
        return false;
    return (node->type == NodeType::Tenant || node->type == NodeType::Category) && !node->fetched;
}

void TenantTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (!parent.isValid() || node->fetched)
        return;
    if (node->type == NodeType::Tenant) {
        node->fetched = true;
        // Queued: views call fetchMore from within their handling of other changes (rows just
        // inserted under an expanded node); inserting right there would nest two changes.
        const QString tenant = node->tenant;
        QMetaObject::invokeMethod(
            this,
            [this, tenant] {
                Node *t = nodeOf(tenantIndex(tenant));
                if (t && t->type == NodeType::Tenant && t->children.empty())
                    showCheckingOrKinds(t);
            },
            Qt::QueuedConnection);
        requestRules(tenant);
    } else if (node->type == NodeType::Category) {
        requestCounts(node);
    }
}

QVariant TenantTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (node->type == NodeType::Kind && node->count >= 0)
            return tr("%1 · %2").arg(node->text).arg(node->count);
        if (node->type == NodeType::Tenant && m_titles.contains(node->tenant))
            return tr("%1 (%2)").arg(node->text, m_titles.value(node->tenant));
        return node->text;
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case NodeTypeRole:
        return QVariant::fromValue(node->type);
    case TenantRole:
        return node->tenant.isEmpty() ? QVariant() : QVariant(node->tenant);
    case CategoryRole:
        if (node->type == NodeType::Category || node->type == NodeType::Kind)
            return QVariant::fromValue(node->category);
        return {};
    case ResourceRole:
        return node->type == NodeType::Kind ? QVariant::fromValue(node->resource) : QVariant();
    case CountRole:
        return node->type == NodeType::Kind ? QVariant(node->count) : QVariant();
    case MessageKindRole:
        return node->type == NodeType::Message ? QVariant::fromValue(node->messageKind)
                                               : QVariant();
    case QualifiedNameRole:
        return node->type == NodeType::Kind ? QVariant(node->resource.qualifiedName())
                                            : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags TenantTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (nodeOf(index)->type == NodeType::Message)
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> TenantTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeTypeRole, "nodeType");
    names.insert(TenantRole, "tenant");
    names.insert(CategoryRole, "category");
    names.insert(ResourceRole, "resource");
    names.insert(CountRole, "count");
    names.insert(MessageKindRole, "messageKind");
    names.insert(QualifiedNameRole, "qualifiedName");
    return names;
}

} // namespace scs::models
