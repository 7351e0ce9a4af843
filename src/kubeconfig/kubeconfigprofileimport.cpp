#include "kubeconfig/kubeconfigprofileimport.h"

#include "kubeconfig/kubeconfiglogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigImport)
};

QString str(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

QStringList strList(const YAML::Node &node)
{
    QStringList result;
    if (node && node.IsSequence()) {
        for (const auto &item : node)
            result.append(str(item));
    }
    return result;
}

// Finds `name` in a kubeconfig list such as `clusters: [{name: x, cluster: {...}}]` and returns
// the inner map under `key`.
YAML::Node namedEntry(const YAML::Node &list, const QString &name, const char *key)
{
    if (!list || !list.IsSequence())
        return {};
    for (const auto &entry : list) {
        if (entry.IsMap() && str(entry["name"]) == name)
            return entry[key];
    }
    return {};
}

struct OidcLogin
{
    QString issuer;
    QString clientId;
    QStringList scopes;
    QString caFile;
};

// Reads kubelogin's flags in both spellings: --flag=value and --flag value.
std::optional<OidcLogin> kubeloginArguments(const QString &command, QStringList args)
{
    const QString program = QFileInfo(command).completeBaseName();
    if (program == QLatin1String("kubectl") && args.size() >= 2
        && args.at(0) == QLatin1String("oidc-login")) {
        args.removeFirst();
    } else if (program != QLatin1String("kubelogin")
               && program != QLatin1String("kubectl-oidc_login")
               && program != QLatin1String("kubectl-oidc-login")) {
        return std::nullopt;
    }
    if (args.isEmpty() || args.first() != QLatin1String("get-token"))
        return std::nullopt;

    OidcLogin login;
    for (qsizetype i = 1; i < args.size(); ++i) {
        QString flag = args.at(i);
        QString value;
        const auto eq = flag.indexOf(QLatin1Char('='));
        if (eq > 0) {
            value = flag.mid(eq + 1);
            flag.truncate(eq);
        } else if (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1String("--"))) {
            value = args.at(++i);
        }
        if (flag == QLatin1String("--oidc-issuer-url"))
            login.issuer = value;
        else if (flag == QLatin1String("--oidc-client-id"))
            login.clientId = value;
        else if (flag == QLatin1String("--oidc-extra-scope"))
            login.scopes += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (flag == QLatin1String("--certificate-authority"))
            login.caFile = value;
    }
    if (login.issuer.isEmpty())
        return std::nullopt;
    return login;
}

std::optional<OidcLogin> oidcLoginOf(const YAML::Node &user)
{
    if (!user || !user.IsMap())
        return std::nullopt;
    if (const auto exec = user["exec"]; exec && exec.IsMap())
        return kubeloginArguments(str(exec["command"]), strList(exec["args"]));
    if (const auto provider = user["auth-provider"];
        provider && provider.IsMap() && str(provider["name"]) == QLatin1String("oidc")) {
        const auto config = provider["config"];
        OidcLogin login;
        login.issuer = str(config["idp-issuer-url"]);
        login.clientId = str(config["client-id"]);
        login.scopes = str(config["extra-scopes"]).split(QLatin1Char(','), Qt::SkipEmptyParts);
        login.caFile = str(config["idp-certificate-authority"]);
        if (login.issuer.isEmpty())
            return std::nullopt;
        return login;
    }
    return std::nullopt;
}

QString resolvePath(const QString &path, const QString &kubeconfigPath)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || kubeconfigPath.isEmpty())
        return path;
    return QDir::cleanPath(QFileInfo(kubeconfigPath).absoluteDir().filePath(path));
}

Error parseError(const QString &filePath, const QString &message, int line = 0, int column = 0)
{
    Error error{Error::Kind::Parse, message, {}, {}, filePath, line, column};
    error.detail = QStringLiteral("kubeconfig %1:%2:%3: %4").arg(filePath).arg(line).arg(column)
                       .arg(message);
    return error;
}
} // namespace

Result<QList<ImportedProfile>> importProfilesFromKubeconfig(const QByteArray &content,
                                                            const QString &filePath)
{
    YAML::Node root;
    try {
        root = YAML::Load(content.toStdString());
    } catch (const YAML::Exception &e) {
        return std::unexpected(parseError(
            filePath, Tr::tr("This is not valid YAML: %1").arg(QString::fromStdString(e.msg)),
            e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1));
    }
    if (!root.IsMap()) {
        return std::unexpected(
            parseError(filePath, Tr::tr("This is not a kubeconfig: the file is not a YAML map.")));
    }
    const QString kind = str(root["kind"]);
    if (!kind.isEmpty() && kind != QLatin1String("Config")) {
        return std::unexpected(parseError(
            filePath, Tr::tr("This is not a kubeconfig: its kind is \"%1\", not \"Config\".")
                          .arg(kind)));
    }
    const auto contexts = root["contexts"];
    if (!contexts || !contexts.IsSequence() || contexts.size() == 0) {
        return std::unexpected(parseError(filePath, Tr::tr("The kubeconfig has no contexts.")));
    }

    QList<ImportedProfile> result;
    for (const auto &entry : contexts) {
        if (!entry.IsMap())
            continue;
        const QString contextName = str(entry["name"]);
        const auto context = entry["context"];
        if (!context || !context.IsMap())
            continue;
        const QString clusterName = str(context["cluster"]);
        const auto cluster = namedEntry(root["clusters"], clusterName, "cluster");
        const auto user = namedEntry(root["users"], str(context["user"]), "user");
        const auto login = oidcLoginOf(user);
        if (!cluster || !cluster.IsMap() || !login) {
            qCDebug(lcKubeconfig) << "context" << contextName << "does not sign in through OIDC";
            continue;
        }

        ConnectionProfile profile;
        profile.name = clusterName.isEmpty() ? contextName : clusterName;
        profile.apiUrl = QUrl(str(cluster["server"]));
        profile.issuerUrl = QUrl(login->issuer);
        if (!login->clientId.isEmpty())
            profile.clientId = login->clientId;
        profile.extraScopes = login->scopes;
        profile.extraScopes.removeAll(QStringLiteral("openid"));
        profile.extraScopes.removeDuplicates();

        QByteArray caPem;
        const QString caData = str(cluster["certificate-authority-data"]);
        if (!caData.isEmpty()) {
            caPem = QByteArray::fromBase64(caData.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (caPem.isEmpty() || QSslCertificate::fromData(caPem, QSsl::Pem).isEmpty()) {
                return std::unexpected(parseError(
                    filePath, Tr::tr("The certificate-authority-data of cluster \"%1\" is not a "
                                     "base64-encoded PEM certificate.")
                                  .arg(clusterName)));
            }
        } else {
            const QString clusterCa = str(cluster["certificate-authority"]);
            profile.caFile = resolvePath(clusterCa.isEmpty() ? login->caFile : clusterCa, filePath);
        }

        const QString ns = str(context["namespace"]);
        auto same = std::ranges::find_if(result, [&profile](const ImportedProfile &p) {
            return p.profile.apiUrl == profile.apiUrl && p.profile.issuerUrl == profile.issuerUrl
                && p.profile.clientId == profile.clientId;
        });
        if (same == result.end()) {
            ImportedProfile imported{profile, {}, caPem};
            result.append(imported);
            same = std::prev(result.end());
        }
        same->contexts.append(contextName);
        if (!ns.isEmpty() && !same->profile.tenants.contains(ns))
            same->profile.tenants.append(ns);
    }

    if (result.isEmpty()) {
        Error error{Error::Kind::Invalid,
                    Tr::tr("No context in this kubeconfig signs in through OIDC (kubelogin or "
                           "the oidc auth-provider), so there is nothing to import."),
                    {}, {}, filePath, 0, 0};
        return std::unexpected(error);
    }
    qCDebug(lcKubeconfig) << "imported" << result.size() << "profiles from" << filePath;
    return result;
}

Result<QList<ImportedProfile>> importProfilesFromKubeconfigFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        Error error{Error::Kind::Io,
                    Tr::tr("The kubeconfig cannot be read: %1").arg(file.errorString()),
                    {}, {}, filePath, 0, 0};
        return std::unexpected(error);
    }
    return importProfilesFromKubeconfig(file.readAll(), filePath);
}

Result<QString> storeCaBundle(const QString &profileName, const QByteArray &pem)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/ca");
    if (!QDir().mkpath(dir)) {
        return fail(Error::Kind::Io, Tr::tr("The folder %1 cannot be created.")
                                         .arg(QDir::toNativeSeparators(dir)));
    }
    QString base = profileName;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString path = dir + QLatin1Char('/') + base + QStringLiteral(".pem");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
        return fail(Error::Kind::Io, Tr::tr("The CA bundle cannot be written to %1: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return path;
}

} // namespace scs
