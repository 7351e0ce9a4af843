#pragma once

#include "common/error.h"
#include "kubeconfig/clusterkubeconfig.h"
#include "profiles/connectionprofile.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace scs::kube {
class KubeClient;
class TokenSource;
} // namespace scs::kube

namespace scs {

// Finds out how to open an ordered cluster (a Cluster API `Cluster` in a tenant of the Central
// API) as a connection of its own, signed in with the console's session:
//
//   open(tenant, cluster) ──ClusterAccessLoader──> endpoint and CA
//     ├─ the cluster declares it trusts the issuer ──SelfSubjectReview with the session's
//     │    current token──> ok: ready(profile, name) | 401: adminRequired | other: failed
//     └─ it does not (Kind::Admin) ──> adminRequired(access) (its admin kubeconfig, read)
//   not ready, no endpoint, no such cluster, nothing readable ──> failed
//
// Exactly one of ready / adminRequired / failed per open(). The profile handed to ready() has
// the cluster's URL, its CA in caData (memory only) besides the Central API's CA file (for the
// issuer), the Central API's issuer, client and name prefixes, and the name
// "<cluster>.<tenant>@<central profile>" (the kubeconfig export's context name), so that drafts
// and caches keep it apart. The probe sends the current token once and never refreshes the
// session. Both the client and the token source must outlive the connector; GUI thread only.
class ClusterConnector : public QObject
{
    Q_OBJECT

public:
    ClusterConnector(kube::KubeClient *central, kube::TokenSource *session,
                     QObject *parent = nullptr);

    void open(const QString &tenant, const QString &cluster);
    // The second step alone: whether the cluster at `profile.apiUrl` accepts the session.
    void verify(const ConnectionProfile &profile, const QString &displayName);

    // The profile of `access` (see the class comment) for the Central API's `central`.
    [[nodiscard]] static ConnectionProfile profileFor(const ConnectionProfile &central,
                                                      const ClusterAccess &access);
    // "demo (tenant-a)": how the tree names an opened cluster.
    [[nodiscard]] static QString displayNameFor(const ClusterAccess &access);

    // The way in when the cluster does not accept the session: the current context (Cluster
    // API writes one; else the first) of `access`'s admin kubeconfig, named
    // "<cluster>.<tenant>-admin@<central profile>" and shown as "demo (tenant-a, admin)", its
    // client certificate held in memory by `tokens`. Fails with the kubeconfig's problem.
    struct AdminConnection
    {
        ConnectionProfile profile;
        QString displayName;
        std::unique_ptr<kube::TokenSource> tokens;
    };
    [[nodiscard]] static Result<AdminConnection> adminConnection(const ClusterAccess &access,
                                                                 const QString &centralProfile);

Q_SIGNALS:
    // The cluster accepts the session: open it with `profile` and the session as TokenSource.
    void ready(const scs::ConnectionProfile &profile, const QString &displayName);
    // It does not accept the session (`reason` says why, translated). `access` holds the admin
    // kubeconfig when the user may read it (Kind::Admin), else only endpoint and CA.
    void adminRequired(const scs::ClusterAccess &access, const QString &reason);
    void failed(const scs::Error &error);

private:
    void onLoaded(const ClusterAccess &access);

    QPointer<kube::KubeClient> m_central;
    QPointer<kube::TokenSource> m_session;
    ClusterAccess m_access;
    QObject *m_pending = nullptr; // parent of this open()'s loader and probe
};

} // namespace scs
