#include "workspace/workspace.h"

#include "common/startuptrace.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/openapi.h"
#include "models/tenanttreemodel.h"
#include "workspace/connectionstate.h"
#include "workspace/selection.h"

#include <QSettings>

namespace scs::workspace {

Workspace::Workspace(const ConnectionProfile &profile, kube::TokenSource *tokens,
                     const QStringList &groups, QObject *parent)
    : Workspace(profile, tokens, Kind::CentralApi, groups, parent)
{
}

Workspace::Workspace(const ConnectionProfile &profile, kube::TokenSource *tokens, Kind kind,
                     const QStringList &groups, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_kind(kind)
    , m_tokens(tokens)
    , m_client(new kube::KubeClient(profile, tokens, this))
    , m_discovery(new kube::Discovery(m_client, this))
    , m_openApi(new kube::OpenApi(m_client, this))
    , m_tree(new models::TenantTreeModel(m_client, profile.name, this))
    , m_selection(new Selection(this))
    , m_connection(new ConnectionState(m_client, tokens, this))
{
    m_tree->setTenantHints(profile.tenants, groups);
    m_tree->setGroupPattern(groupPattern());
    m_tree->setDiscovery(m_discovery);
    m_tree->setAllNamespaces(kind == Kind::Cluster);
    connect(m_discovery, &kube::Discovery::changed, m_openApi, &kube::OpenApi::invalidate);
    if (StartupTrace::enabled()) {
        if (!m_discovery->resources().isEmpty()) {
            StartupTrace::mark(QStringLiteral("discovery from cache"),
                               QStringLiteral("%1 kinds").arg(m_discovery->resources().size()));
        }
        auto *first = new QObject(this); // the first refresh's end only
        connect(m_discovery, &kube::Discovery::refreshed, first, [this, first] {
            const bool cached = m_discovery->isFromCache();
            StartupTrace::mark(QStringLiteral("discovery done"),
                               QStringLiteral("%1 kinds, from cache: %2")
                                   .arg(m_discovery->resources().size())
                                   .arg(cached ? QLatin1String("yes") : QLatin1String("no")));
            first->deleteLater();
        });
        connect(m_discovery, &kube::Discovery::failed, first, [first] {
            StartupTrace::mark(QStringLiteral("discovery failed"));
            first->deleteLater();
        });
    }
    connect(m_tree, &models::TenantTreeModel::accessChanged, this,
            &Workspace::accessRulesChanged);
    // Back after an outage: a tenant list that failed meanwhile (its error in the tree) is
    // fetched again, so that nothing stale stays on screen.
    connect(m_connection, &ConnectionState::changed, this, [this] {
        const bool unreachable
            = m_connection->outage(ConnectionState::Service::CentralApi).has_value();
        const bool recovered = m_apiUnreachable && !unreachable;
        m_apiUnreachable = unreachable;
        if (recovered && m_tree->hasFailed())
            refresh();
    });
}

Workspace::~Workspace()
{
    // The tree and the OpenAPI cache talk through the client: they go first.
    delete m_connection;
    delete m_selection;
    delete m_tree;
    delete m_openApi;
    delete m_discovery;
    delete m_client;
}

QRegularExpression Workspace::groupPattern()
{
    const QString pattern = QSettings().value(QStringLiteral("tenants/groupPattern")).toString();
    if (!pattern.isEmpty()) {
        QRegularExpression re(pattern);
        if (re.isValid())
            return re;
    }
    return models::TenantTreeModel::defaultGroupPattern();
}

void Workspace::start()
{
    refresh();
}

void Workspace::refresh()
{
    m_tree->reload();
    m_discovery->refresh();
}

bool Workspace::allows(const QString &verb, const QString &group, const QString &resource,
                       const QString &namespaceName) const
{
    if (namespaceName.isEmpty()) {
        kube::ApiResource r;
        r.group = group;
        r.plural = resource;
        return m_tree->clusterAccess(verb, r).value_or(false);
    }
    const models::AccessRules *rules = m_tree->rulesFor(namespaceName);
    if (!rules && !m_tree->rulesKnown(namespaceName)) {
        // Reviews are lazy (thousands of tenants): asking about a tenant asks for its rules;
        // accessRulesChanged() follows the answer.
        m_tree->requestRules(namespaceName);
    }
    return rules && rules->allows(verb, group, resource);
}

bool Workspace::allowsOnCurrentKind(const QString &verb) const
{
    const auto &resource = m_selection->resource();
    return resource && resource->supports(verb)
        && allows(verb, resource->group, resource->plural, m_selection->tenant());
}

} // namespace scs::workspace
