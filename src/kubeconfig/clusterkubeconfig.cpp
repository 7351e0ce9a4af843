#include "kubeconfig/clusterkubeconfig.h"

#include "kube/apipath.h"
#include "kubeconfig/kubeconfiglogging.h"
#include "kube/kubeclient.h"
#include "kubeconfig/kubeconfigwriter.h"
#include "kubeconfig/kubeconfigyaml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QDir>
#include <QJsonDocument>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterKubeconfig)
};

using kubeconfigyaml::Entry;
using kubeconfigyaml::ListSpec;
using kubeconfigyaml::str;

std::string s(const QString &text)
{
    return text.toStdString();
}

QString withoutTrailingSlashes(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = object.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString clusterPath(const QString &tenant, const QString &cluster)
{
    return QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/namespaces/%1/clusters/%2")
        .arg(kube::pathSegment(tenant), kube::pathSegment(cluster));
}

QString secretPath(const QString &tenant, const QString &name)
{
    return QStringLiteral("/api/v1/namespaces/%1/secrets/%2")
        .arg(kube::pathSegment(tenant), kube::pathSegment(name));
}

// The cluster and user of the admin kubeconfig's current context (else its first context).
struct AdminEntries
{
    YAML::Node cluster; // the inner maps
    YAML::Node user;
    QString server;
};

Result<AdminEntries> adminEntries(const QByteArray &kubeconfig, const QString &origin)
{
    auto loaded = kubeconfigyaml::load(kubeconfig, origin);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (auto invalid = kubeconfigyaml::validate(*loaded, origin))
        return std::unexpected(*invalid);
    const YAML::Node root = *loaded;
    const YAML::Node contexts = root["contexts"];
    if (!contexts || !contexts.IsSequence() || contexts.size() == 0)
        return fail(Error::Kind::Invalid, Tr::tr("The admin kubeconfig in %1 has no context.")
                                              .arg(origin));
    YAML::Node context = contexts[0]["context"];
    const QString current = str(root["current-context"]);
    for (const auto &item : contexts) {
        if (!current.isEmpty() && str(item["name"]) == current)
            context = item["context"];
    }
    auto find = [&root](const char *list, const char *inner, const QString &name) {
        for (const auto &item : root[list]) {
            if (str(item["name"]) == name)
                return YAML::Node(item[inner]);
        }
        return YAML::Node();
    };
    AdminEntries entries;
    entries.cluster = find("clusters", "cluster", str(context["cluster"]));
    entries.user = find("users", "user", str(context["user"]));
    if (!entries.cluster || !entries.user)
        return fail(Error::Kind::Invalid,
                    Tr::tr("The admin kubeconfig in %1 names a cluster or user it does not "
                           "define.")
                        .arg(origin));
    entries.server = str(entries.cluster["server"]);
    return entries;
}

YAML::Node item(const char *inner, const QString &name, const YAML::Node &content)
{
    YAML::Node entry(YAML::NodeType::Map);
    entry["name"] = s(name);
    entry[inner] = YAML::Clone(content);
    return entry;
}

Result<QList<ListSpec>> entriesFor(const ClusterKubeconfigExport &request)
{
    const ClusterAccess &access = request.access;
    YAML::Node context(YAML::NodeType::Map);
    context["cluster"] = s(request.clusterName());
    context["user"] = s(request.userName());
    QList<ListSpec> lists{{"clusters", "cluster", "cluster", {}},
                          {"users", "user", "user", {}},
                          {"contexts", "context", "context", {}}};
    if (access.kind == ClusterAccess::Kind::Admin) {
        auto admin = adminEntries(access.adminKubeconfig,
                                  Tr::tr("Secret %1-kubeconfig").arg(access.cluster));
        if (!admin)
            return std::unexpected(admin.error());
        lists[0].entries.append({request.clusterName(),
                                 item("cluster", request.clusterName(), admin->cluster)});
        lists[1].entries.append({request.userName(),
                                 item("user", request.userName(), admin->user)});
    } else {
        if (request.userKind == KubeconfigExport::UserKind::ConsolePlugin
            && !QDir::isAbsolutePath(request.consoleProgram)) {
            return fail(Error::Kind::Invalid,
                        Tr::tr("The path of the console program must be absolute."));
        }
        if (!access.server.isValid() || access.server.isEmpty())
            return fail(Error::Kind::Invalid,
                        Tr::tr("The cluster %1 has no API endpoint yet.").arg(access.cluster));
        YAML::Node cluster(YAML::NodeType::Map);
        cluster["server"] = s(access.server.toString());
        if (!access.caPem.isEmpty())
            cluster["certificate-authority-data"] = access.caPem.toBase64().toStdString();
        lists[0].entries.append(
            {request.clusterName(), item("cluster", request.clusterName(), cluster)});
        KubeconfigExport user;
        user.profile = request.profile;
        user.userKind = request.userKind;
        user.consoleProgram = request.consoleProgram;
        user.kubeloginExtraArgs = request.kubeloginExtraArgs;
        lists[1].entries.append({request.userName(), kubeconfigyaml::userNode(user)});
    }
    lists[2].entries.append({request.contextName(), item("context", request.contextName(),
                                                         context)});
    return lists;
}
} // namespace

bool clusterIsReady(const QJsonObject &cluster)
{
    const QJsonObject status = cluster.value(QLatin1String("status")).toObject();
    const QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    for (const auto &value : conditions) {
        const QJsonObject condition = value.toObject();
        if (condition.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            return condition.value(QLatin1String("status")).toString() == QLatin1String("True");
    }
    return status.value(QLatin1String("phase")).toString() == QLatin1String("Provisioned")
        && status.value(QLatin1String("controlPlaneReady")).toBool();
}

Result<QUrl> clusterEndpoint(const QJsonObject &cluster)
{
    const QJsonObject endpoint = cluster.value(QLatin1String("spec"))
                                     .toObject()
                                     .value(QLatin1String("controlPlaneEndpoint"))
                                     .toObject();
    const QString host = endpoint.value(QLatin1String("host")).toString();
    const int port = endpoint.value(QLatin1String("port")).toInt(6443);
    if (host.isEmpty())
        return fail(Error::Kind::Invalid, Tr::tr("The cluster has no API endpoint yet."));
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(port > 0 ? port : 6443);
    return url;
}

QString clusterOidcMismatch(const QJsonObject &cluster, const ConnectionProfile &profile)
{
    const QString issuer = withoutTrailingSlashes(profile.issuerUrl.toString());
    const QJsonArray variables = cluster.value(QLatin1String("spec"))
                                     .toObject()
                                     .value(QLatin1String("topology"))
                                     .toObject()
                                     .value(QLatin1String("variables"))
                                     .toArray();
    QStringList otherIssuers;
    for (const auto &variable : variables) {
        const QJsonObject value = variable.toObject().value(QLatin1String("value")).toObject();
        const QString theirs = firstString(value, {"issuer_url", "issuerUrl", "issuerURL"});
        if (theirs.isEmpty())
            continue;
        if (withoutTrailingSlashes(theirs) != issuer) {
            otherIssuers.append(theirs);
            continue;
        }
        const QString client = firstString(value, {"client_id", "clientId", "clientID"});
        if (!client.isEmpty() && client != profile.clientId) {
            return Tr::tr("The cluster trusts the sign-in server for the client \"%1\", not "
                          "\"%2\".")
                .arg(client, profile.clientId);
        }
        return {};
    }
    if (!otherIssuers.isEmpty())
        return Tr::tr("The cluster trusts another sign-in server (%1).")
            .arg(otherIssuers.join(QStringLiteral(", ")));
    return Tr::tr("The cluster does not trust the Central API's sign-in server (no OIDC "
                  "setting in its variables).");
}

ClusterAccessLoader::ClusterAccessLoader(kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ClusterAccessLoader::load(const QString &tenant, const QString &cluster)
{
    m_access = {};
    m_access.tenant = tenant;
    m_access.cluster = cluster;
    m_client->get(clusterPath(tenant, cluster))->onJson(this, [this](const Result<QJsonDocument> &r) {
        if (!r)
            return finish(std::unexpected(r.error()));
        onCluster(r->object());
    });
}

void ClusterAccessLoader::onCluster(const QJsonObject &cluster)
{
    if (!clusterIsReady(cluster)) {
        return finish(fail(Error::Kind::Invalid,
                           Tr::tr("The cluster %1 is not ready yet; its kubeconfig can be "
                                  "exported once it is.")
                               .arg(m_access.cluster)));
    }
    auto endpoint = clusterEndpoint(cluster);
    if (!endpoint)
        return finish(std::unexpected(endpoint.error()));
    m_access.server = *endpoint;
    m_oidcMismatch = clusterOidcMismatch(cluster, m_client->profile());
    m_access.kind = m_oidcMismatch.isEmpty() ? ClusterAccess::Kind::Oidc
                                             : ClusterAccess::Kind::Admin;
    m_access.oidcUnavailableReason = m_oidcMismatch;
    m_client->get(secretPath(m_access.tenant, m_access.cluster + QStringLiteral("-kubeconfig")))
        ->onJson(this, [this](const Result<QJsonDocument> &r) { onKubeconfigSecret(r); });
}

void ClusterAccessLoader::onKubeconfigSecret(const Result<QJsonDocument> &secret)
{
    const QString name = m_access.cluster + QStringLiteral("-kubeconfig");
    QByteArray kubeconfig;
    if (secret) {
        kubeconfig = QByteArray::fromBase64(secret->object()
                                                .value(QLatin1String("data"))
                                                .toObject()
                                                .value(QLatin1String("value"))
                                                .toString()
                                                .toLatin1());
    }
    if (m_access.kind == ClusterAccess::Kind::Admin) {
        if (!secret) {
            Error error = secret.error();
            error.message = m_oidcMismatch + QLatin1Char(' ')
                + (error.kind == Error::Kind::Forbidden
                       ? Tr::tr("You may not read its admin kubeconfig (Secret %1).").arg(name)
                       : Tr::tr("Its admin kubeconfig (Secret %1) cannot be read: %2")
                             .arg(name, error.message));
            return finish(std::unexpected(error));
        }
        auto admin = adminEntries(kubeconfig, Tr::tr("Secret %1").arg(name));
        if (!admin)
            return finish(std::unexpected(admin.error()));
        m_access.adminKubeconfig = kubeconfig;
        m_access.server = QUrl(admin->server);
        m_access.caSource = Tr::tr("Secret %1").arg(name);
        return finish(m_access);
    }
    // OIDC: only the CA is wanted from the Secret; the credential in it is dropped here.
    if (secret) {
        if (auto admin = adminEntries(kubeconfig, name)) {
            const YAML::Node data = admin->cluster["certificate-authority-data"];
            if (data) {
                m_access.caPem = QByteArray::fromBase64(
                    QByteArray::fromStdString(data.as<std::string>()));
                m_access.caSource = Tr::tr("Secret %1").arg(name);
            }
        }
        if (!m_access.caPem.isEmpty())
            return finish(m_access);
    }
    const QString caName = m_access.cluster + QStringLiteral("-ca");
    m_client->get(secretPath(m_access.tenant, caName))
        ->onJson(this, [this](const Result<QJsonDocument> &r) { onCaSecret(r); });
}

void ClusterAccessLoader::onCaSecret(const Result<QJsonDocument> &secret)
{
    if (secret) {
        m_access.caPem = QByteArray::fromBase64(secret->object()
                                                    .value(QLatin1String("data"))
                                                    .toObject()
                                                    .value(QLatin1String("tls.crt"))
                                                    .toString()
                                                    .toLatin1());
        if (!m_access.caPem.isEmpty())
            m_access.caSource = Tr::tr("Secret %1-ca").arg(m_access.cluster);
    }
    finish(m_access); // without a CA the dialog asks for one
}

void ClusterAccessLoader::finish(const Result<ClusterAccess> &result)
{
    if (!result) {
        qCInfo(lcKubeconfig) << "cluster access" << m_access.tenant << m_access.cluster
                             << "failed:" << result.error().detail;
        Q_EMIT failed(result.error());
        return;
    }
    Q_EMIT loaded(*result);
}

QString ClusterKubeconfigExport::clusterName() const
{
    return access.cluster + QLatin1Char('.') + access.tenant
        + (access.kind == ClusterAccess::Kind::Admin ? QStringLiteral("-admin") : QString())
        + QLatin1Char('@') + profile.name;
}

QString ClusterKubeconfigExport::contextName() const
{
    return access.cluster + QLatin1Char('.') + access.tenant
        + (access.kind == ClusterAccess::Kind::Admin ? QStringLiteral("-admin") : QString())
        + QLatin1Char('@') + kubeconfigNamePart(profile.name);
}

QString ClusterKubeconfigExport::userName() const
{
    if (access.kind == ClusterAccess::Kind::Admin)
        return clusterName();
    KubeconfigExport user;
    user.profile = profile;
    user.userKind = userKind;
    return user.userName();
}

Result<KubeconfigMerge> mergeClusterKubeconfig(const QByteArray &existing, const QString &file,
                                               const ClusterKubeconfigExport &request)
{
    auto lists = entriesFor(request);
    if (!lists)
        return std::unexpected(lists.error());
    return kubeconfigyaml::mergeEntries(
        existing, file, *lists, request.setCurrentContext ? request.contextName() : QString());
}

Result<QByteArray> generateClusterKubeconfig(const ClusterKubeconfigExport &request)
{
    auto merged = mergeClusterKubeconfig({}, {}, request);
    if (!merged)
        return std::unexpected(merged.error());
    return merged->content;
}

Result<KubeconfigWrite> writeClusterKubeconfig(const QString &path,
                                               const ClusterKubeconfigExport &request,
                                               bool replace)
{
    return kubeconfigyaml::writeMerged(
        path, [&request](const QByteArray &existing, const QString &file) {
            return mergeClusterKubeconfig(existing, file, request);
        },
        replace);
}

} // namespace scs
