#pragma once

// Kubeconfigs for ordered clusters: a Cluster API `Cluster` (cluster.x-k8s.io) in a tenant
// namespace of the Central API. Two kinds, decided per cluster:
//   - OIDC: the cluster's API server trusts the Central API's Keycloak (its topology variables
//     carry an OIDC setting with the profile's issuer). The kubeconfig names the cluster's
//     endpoint and CA and the same user entry as the profile (console exec plugin or
//     kubelogin), so nobody's credential is written.
//   - Admin: the `<cluster>-kubeconfig` Secret that Cluster API writes (a cluster-admin client
//     certificate), when the user may read it. The file then holds a credential: people are
//     warned, the file is written 0600.
//
// Use from the UI (the clusters view): ClusterAccessLoader reads what is needed through the
// session's KubeClient, then ui::ClusterKubeconfigDialog (ui/kubeconfig/clusterkubeconfigdialog.h)
// previews and writes it. Scripts and tests call generate/merge/writeClusterKubeconfig.

#include "common/error.h"
#include "kubeconfig/kubeconfigwriter.h"
#include "profiles/connectionprofile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace scs {

namespace kube {
class KubeClient;
}

struct ClusterAccess
{
    enum class Kind {
        Oidc, // the cluster trusts the profile's issuer
        Admin, // the Secret's admin kubeconfig
    };

    QString tenant; // the Cluster's namespace
    QString cluster; // metadata.name
    Kind kind = Kind::Oidc;
    QUrl server; // https://host:port from spec.controlPlaneEndpoint (Admin: the Secret's)
    QByteArray caPem; // the cluster's CA; empty when unknown (Oidc: ask for a CA file)
    QString caSource; // where the CA came from, for people ("Secret alpha-kubeconfig")
    // Admin only: the Secret's kubeconfig. Holds a private key: never log it.
    QByteArray adminKubeconfig;
    // Why OIDC was not possible (shown with the admin warning), empty for Kind::Oidc.
    QString oidcUnavailableReason;
};

// --- Decisions on a Cluster object (JSON as the API server returns it) -------------------------

// Ready: the Ready condition is True (or, without conditions, status.phase Provisioned with
// controlPlaneReady).
[[nodiscard]] bool clusterIsReady(const QJsonObject &cluster);
// https://<spec.controlPlaneEndpoint.host>:<port>; Invalid when the endpoint is not set yet.
[[nodiscard]] Result<QUrl> clusterEndpoint(const QJsonObject &cluster);
// Whether the cluster's API server accepts the profile's ID tokens: a topology variable whose
// value is an object with an issuer URL (issuer_url / issuerUrl / issuerURL) equal to the
// profile's issuer (trailing slashes ignored) and, when it names one, the profile's client ID
// (client_id / clientId / clientID). Empty string: it does; else the reason it does not.
[[nodiscard]] QString clusterOidcMismatch(const QJsonObject &cluster,
                                          const ConnectionProfile &profile);

// Reads the Cluster, then the `<cluster>-kubeconfig` Secret (key `value`) and, for the CA of
// an OIDC kubeconfig when that Secret is not readable, the `<cluster>-ca` Secret (`tls.crt`).
// Ends with loaded(ClusterAccess), or failed(Error): NotFound (no such cluster), Invalid (not
// ready, no endpoint), Forbidden (no OIDC trust and the admin Secret is not readable).
// Lives in the client's thread; the client must outlive the loader.
class ClusterAccessLoader : public QObject
{
    Q_OBJECT

public:
    explicit ClusterAccessLoader(kube::KubeClient *client, QObject *parent = nullptr);

    void load(const QString &tenant, const QString &cluster);

Q_SIGNALS:
    // Exactly one of the two, once per load().
    void loaded(const scs::ClusterAccess &access);
    void failed(const scs::Error &error);

private:
    void onCluster(const QJsonObject &cluster);
    void onKubeconfigSecret(const Result<QJsonDocument> &secret);
    void onCaSecret(const Result<QJsonDocument> &secret);
    void finish(const Result<ClusterAccess> &result);

    QPointer<kube::KubeClient> m_client;
    ClusterAccess m_access;
    QString m_oidcMismatch;
};

// --- Writing -------------------------------------------------------------------------------------

struct ClusterKubeconfigExport
{
    ConnectionProfile profile; // issuer, client and the user entry's name (OIDC)
    ClusterAccess access;
    KubeconfigExport::UserKind userKind = KubeconfigExport::UserKind::ConsolePlugin;
    QString consoleProgram; // absolute path of scs-console, for ConsolePlugin
    QStringList kubeloginExtraArgs;
    bool setCurrentContext = false;

    // Cluster and context entry: "<cluster>.<tenant>@<profile>" (OIDC) or
    // "<cluster>.<tenant>-admin@<profile>" (Admin). User: the profile's user entry (OIDC,
    // shared with the tenant contexts) or "<cluster>.<tenant>-admin@<profile>" (Admin).
    [[nodiscard]] QString clusterName() const;
    [[nodiscard]] QString contextName() const;
    [[nodiscard]] QString userName() const;
};

// A standalone kubeconfig. Admin: the Secret's cluster and user under the names above.
[[nodiscard]] Result<QByteArray> generateClusterKubeconfig(const ClusterKubeconfigExport &request);
// The same rules as mergeKubeconfig/writeKubeconfig (text kept, clashes, backup, 0600).
[[nodiscard]] Result<KubeconfigMerge> mergeClusterKubeconfig(const QByteArray &existing,
                                                             const QString &file,
                                                             const ClusterKubeconfigExport &request);
[[nodiscard]] Result<KubeconfigWrite> writeClusterKubeconfig(const QString &path,
                                                             const ClusterKubeconfigExport &request,
                                                             bool replace);

} // namespace scs
