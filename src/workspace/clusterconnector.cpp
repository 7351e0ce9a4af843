#include "workspace/clusterconnector.h"

#include "kube/kubeclient.h"
#include "kube/tokensource.h"
#include "kubeconfig/kubeconfig.h"
#include "kubeconfig/kubeconfigconnection.h"
#include "kubeconfig/kubeconfiglogging.h"
#include "kubeconfig/kubeconfigtokensource.h"

#include <QCoreApplication>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterConnector)
};
} // namespace

ClusterConnector::ClusterConnector(kube::KubeClient *central, kube::TokenSource *session,
                                   QObject *parent)
    : QObject(parent)
    , m_central(central)
    , m_session(session)
{
}

ConnectionProfile ClusterConnector::profileFor(const ConnectionProfile &central,
                                               const ClusterAccess &access)
{
    ConnectionProfile p = central;
    p.name = access.cluster + QLatin1Char('.') + access.tenant + QLatin1Char('@') + central.name;
    p.apiUrl = access.server;
    p.caData = access.caPem;
    p.tenants.clear();
    return p;
}

QString ClusterConnector::displayNameFor(const ClusterAccess &access)
{
    return Tr::tr("%1 (%2)").arg(access.cluster, access.tenant);
}

Result<ClusterConnector::AdminConnection>
ClusterConnector::adminConnection(const ClusterAccess &access, const QString &centralProfile)
{
    const QString source = Tr::tr("Secret %1-kubeconfig").arg(access.cluster);
    const auto parsed = parseKubeconfig(access.adminKubeconfig, source);
    if (!parsed)
        return std::unexpected(parsed.error());
    QString context = parsed->currentContext;
    if (context.isEmpty() && !parsed->contexts.isEmpty())
        context = parsed->contexts.first().name;
    auto connection = resolveKubeconfigContext(access.adminKubeconfig, source, context);
    if (!connection)
        return std::unexpected(connection.error());
    AdminConnection admin;
    admin.profile = connection->profile;
    admin.profile.name = access.cluster + u'.' + access.tenant + QStringLiteral("-admin@")
        + centralProfile;
    admin.displayName = Tr::tr("%1 (%2, admin)").arg(access.cluster, access.tenant);
    admin.tokens = std::make_unique<KubeconfigTokenSource>(*connection);
    return admin;
}

void ClusterConnector::open(const QString &tenant, const QString &cluster)
{
    delete m_pending;
    m_pending = new QObject(this);
    m_access = {};
    if (!m_central) {
        Q_EMIT failed(Error{Error::Kind::Unavailable, Tr::tr("Not signed in."),
                            QStringLiteral("no Central API client"), {}, {}, 0, 0});
        return;
    }
    auto *loader = new ClusterAccessLoader(m_central, m_pending);
    connect(loader, &ClusterAccessLoader::loaded, this, &ClusterConnector::onLoaded);
    connect(loader, &ClusterAccessLoader::failed, this, &ClusterConnector::failed);
    loader->load(tenant, cluster);
}

void ClusterConnector::onLoaded(const ClusterAccess &access)
{
    m_access = access;
    if (access.kind == ClusterAccess::Kind::Admin) {
        Q_EMIT adminRequired(access, access.oidcUnavailableReason);
        return;
    }
    verify(profileFor(m_central->profile(), access), displayNameFor(access));
}

void ClusterConnector::verify(const ConnectionProfile &profile, const QString &displayName)
{
    if (!m_pending)
        m_pending = new QObject(this);
    if (!m_session || m_session->bearerToken().isEmpty()) {
        Q_EMIT failed(Error{Error::Kind::Unauthorized, Tr::tr("Not signed in."),
                            QStringLiteral("no bearer token for the probe"), {}, {}, 0, 0});
        return;
    }
    // The current token only: a 401 here says the cluster does not trust the issuer, and must
    // not make the Central API's session refresh.
    auto *token = new kube::StaticTokenSource(m_session->bearerToken(), m_pending);
    auto *client = new kube::KubeClient(profile, token, m_pending);
    QObject *pending = m_pending;
    client->selfSubjectReview(pending, [this, profile, displayName](
                                           const Result<kube::UserInfo> &who) {
        if (who) {
            qCInfo(lcKubeconfig) << "cluster" << profile.apiUrl.toDisplayString()
                                 << "accepts the session";
            Q_EMIT ready(profile, displayName);
        } else if (who.error().kind == Error::Kind::Unauthorized) {
            qCInfo(lcKubeconfig) << "cluster" << profile.apiUrl.toDisplayString()
                                 << "does not accept the session:" << who.error().detail;
            Q_EMIT adminRequired(m_access,
                                 Tr::tr("Its API server at %1 does not accept your sign-in.")
                                     .arg(profile.apiUrl.toDisplayString()));
        } else {
            Q_EMIT failed(who.error());
        }
        // The probe's client goes later: this is one of its reply's callbacks.
        if (m_pending) {
            m_pending->deleteLater();
            m_pending = nullptr;
        }
    });
}

} // namespace scs
