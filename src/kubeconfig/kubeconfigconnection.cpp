#include "kubeconfig/kubeconfigconnection.h"

#include "kubeconfig/clientcertificatepem.h"
#include "kubeconfig/kubeconfig.h"
#include "kubeconfig/kubeconfiglogging.h"
#include "kubeconfig/kubeconfigyaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

#include <optional>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigConnection)
};

using kubeconfigyaml::str;

constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;
const auto kExecV1 = QStringLiteral("client.authentication.k8s.io/v1");
const auto kExecV1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");

Error invalid(const QString &message, const QString &detail, const QString &file = {})
{
    return Error{Error::Kind::Invalid, message, detail, {}, file, 0, 0};
}

QString resolvePath(const QString &path, const QString &file)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || file.isEmpty())
        return path;
    return QDir::cleanPath(QFileInfo(file).absoluteDir().filePath(path));
}

// The inner map of the list entry called `name` (the first, as kubectl reads one file); an
// entry without one is an empty map.
std::optional<YAML::Node> findEntry(const YAML::Node &root, const char *list, const char *inner,
                                    const QString &name)
{
    if (!root.IsMap())
        return std::nullopt;
    const YAML::Node entries = root[list];
    if (!entries || !entries.IsSequence())
        return std::nullopt;
    for (const auto &entry : entries) {
        if (str(entry["name"]) == name) {
            const YAML::Node node = entry[inner];
            if (node && node.IsMap())
                return node;
            return YAML::Node(YAML::NodeType::Map);
        }
    }
    return std::nullopt;
}

bool isSet(const YAML::Node &node)
{
    if (!node || node.IsNull())
        return false;
    if (node.IsScalar())
        return !node.Scalar().empty();
    return node.size() > 0;
}

bool isTrue(const YAML::Node &node)
{
    return node && node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "True");
}

// A file a kubeconfig names: read whole, or a message naming who named it.
Result<QByteArray> readNamedFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(invalid(Tr::tr("The file %1 named by %2 cannot be read: %3")
                                           .arg(QDir::toNativeSeparators(path), what,
                                                file.errorString()),
                                       QStringLiteral("cannot read %1: %2")
                                           .arg(path, file.errorString())));
    }
    if (file.size() > kMaxFileSize) {
        return std::unexpected(invalid(Tr::tr("The file %1 named by %2 is too large.")
                                           .arg(QDir::toNativeSeparators(path), what),
                                       QStringLiteral("%1 too large").arg(path)));
    }
    return file.readAll();
}

// `<key>-data` (strict base64) or `<key>` (a file), kubectl's pair; both set is refused as
// kubectl's validation does.
Result<QByteArray> dataOrFile(const YAML::Node &entry, const char *fileKey, const char *dataKey,
                              const QString &file, const QString &what)
{
    const QString path = resolvePath(str(entry[fileKey]), file);
    const QString data = str(entry[dataKey]);
    if (!path.isEmpty() && !data.isEmpty()) {
        return std::unexpected(invalid(Tr::tr("%1 sets both %2 and %3; use one of them.")
                                           .arg(what, QLatin1String(fileKey),
                                                QLatin1String(dataKey)),
                                       QStringLiteral("both %1 and %2").arg(
                                           QLatin1String(fileKey), QLatin1String(dataKey))));
    }
    if (!data.isEmpty()) {
        // Go's decoder (client-go reads these as []byte) skips line breaks, nothing else.
        QByteArray text = data.toLatin1();
        text.replace('\n', QByteArray()).replace('\r', QByteArray());
        auto decoded = QByteArray::fromBase64Encoding(text,
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty() || data.toLatin1() != data.toUtf8()) {
            return std::unexpected(invalid(Tr::tr("%1 of %2 is not valid base64.")
                                               .arg(QLatin1String(dataKey), what),
                                           QStringLiteral("%1: bad base64").arg(
                                               QLatin1String(dataKey))));
        }
        return decoded.decoded;
    }
    if (!path.isEmpty())
        return readNamedFile(path, what);
    return QByteArray();
}

QString subjectOf(const QSslCertificate &certificate)
{
    QStringList parts;
    for (const QString &cn : certificate.subjectInfo(QSslCertificate::CommonName))
        parts.append(QStringLiteral("CN=") + cn);
    for (const QString &o : certificate.subjectInfo(QSslCertificate::Organization))
        parts.append(QStringLiteral("O=") + o);
    return parts.join(QStringLiteral(", "));
}

Result<void> readCluster(const YAML::Node &cluster, const QString &clusterName,
                         const QString &file, KubeconfigConnection &out)
{
    const QString what = Tr::tr("the cluster \"%1\"").arg(clusterName);
    const QString server = str(cluster["server"]);
    if (server.isEmpty()) {
        return std::unexpected(invalid(Tr::tr("The cluster \"%1\" has no server.").arg(clusterName),
                                       QStringLiteral("cluster %1: no server").arg(clusterName)));
    }
    const QUrl url(server, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return std::unexpected(invalid(Tr::tr("The server of the cluster \"%1\" is not an https "
                                              "URL.")
                                           .arg(clusterName),
                                       QStringLiteral("cluster %1: bad server URL").arg(clusterName)));
    }
    if (url.scheme() != QLatin1String("https")) {
        return std::unexpected(invalid(
            Tr::tr("The cluster \"%1\" is reached over plain http. The console sends credentials "
                   "only over https.")
                .arg(clusterName),
            QStringLiteral("cluster %1: http").arg(clusterName)));
    }
    if (isTrue(cluster["insecure-skip-tls-verify"])) {
        return std::unexpected(invalid(
            Tr::tr("The cluster \"%1\" turns off the check of the server's certificate "
                   "(insecure-skip-tls-verify). The console always checks it: give the cluster "
                   "its CA (certificate-authority-data) instead.")
                .arg(clusterName),
            QStringLiteral("cluster %1: insecure-skip-tls-verify").arg(clusterName)));
    }
    if (isSet(cluster["proxy-url"])) {
        return std::unexpected(invalid(
            Tr::tr("The cluster \"%1\" is reached through a proxy (proxy-url), which the console "
                   "does not support.")
                .arg(clusterName),
            QStringLiteral("cluster %1: proxy-url").arg(clusterName)));
    }
    auto ca = dataOrFile(cluster, "certificate-authority", "certificate-authority-data", file,
                         what);
    if (!ca)
        return std::unexpected(ca.error());
    if (!ca->isEmpty() && QSslCertificate::fromData(*ca, QSsl::Pem).isEmpty()) {
        return std::unexpected(invalid(Tr::tr("The CA of the cluster \"%1\" holds no PEM "
                                              "certificate.")
                                           .arg(clusterName),
                                       QStringLiteral("cluster %1: CA not PEM").arg(clusterName)));
    }
    out.clusterName = clusterName;
    out.profile.apiUrl = url;
    out.profile.caData = *ca;
    out.profile.tlsServerName = str(cluster["tls-server-name"]);

    out.clusterInfo = QJsonObject{{QStringLiteral("server"), server}};
    if (!ca->isEmpty())
        out.clusterInfo.insert(QStringLiteral("certificate-authority-data"),
                               QString::fromLatin1(ca->toBase64()));
    if (!out.profile.tlsServerName.isEmpty())
        out.clusterInfo.insert(QStringLiteral("tls-server-name"), out.profile.tlsServerName);
    return {};
}

Result<ExecPluginConfig> readExec(const YAML::Node &exec, const QString &userName,
                                  const QString &file)
{
    ExecPluginConfig config;
    config.apiVersion = str(exec["apiVersion"]);
    if (config.apiVersion != kExecV1 && config.apiVersion != kExecV1beta1) {
        return std::unexpected(invalid(
            Tr::tr("The user \"%1\" runs a credential plugin of API version \"%2\"; the console "
                   "supports %3 and %4.")
                .arg(userName, config.apiVersion.left(80), kExecV1, kExecV1beta1),
            QStringLiteral("user %1: exec apiVersion %2").arg(userName, config.apiVersion.left(80))));
    }
    config.command = str(exec["command"]);
    if (config.command.isEmpty()) {
        return std::unexpected(invalid(Tr::tr("The credential plugin of the user \"%1\" names no "
                                              "command.")
                                           .arg(userName),
                                       QStringLiteral("user %1: exec without command").arg(userName)));
    }
    // client-go: a command with a path separator is relative to the kubeconfig's folder.
    if (config.command.contains(QLatin1Char('/')))
        config.command = resolvePath(config.command, file);
    if (const YAML::Node args = exec["args"]; args && args.IsSequence()) {
        for (const auto &arg : args)
            config.args.append(str(arg));
    }
    if (const YAML::Node env = exec["env"]; env && env.IsSequence()) {
        for (const auto &var : env) {
            const QString name = str(var["name"]);
            if (name.isEmpty() || name.contains(QLatin1Char('='))) {
                return std::unexpected(invalid(
                    Tr::tr("The credential plugin of the user \"%1\" sets an environment "
                           "variable without a valid name.")
                        .arg(userName),
                    QStringLiteral("user %1: exec env without name").arg(userName)));
            }
            config.env.append({name, str(var["value"])});
        }
    }
    config.interactiveMode = str(exec["interactiveMode"]);
    if (config.interactiveMode.isEmpty()) {
        if (config.apiVersion == kExecV1) {
            // kubectl refuses the same.
            return std::unexpected(invalid(
                Tr::tr("The credential plugin of the user \"%1\" does not say its "
                       "interactiveMode, which %2 requires.")
                    .arg(userName, kExecV1),
                QStringLiteral("user %1: v1 exec without interactiveMode").arg(userName)));
        }
        config.interactiveMode = QStringLiteral("IfAvailable"); // v1beta1's default
    }
    if (config.interactiveMode == QLatin1String("Always")) {
        return std::unexpected(invalid(
            Tr::tr("The credential plugin of the user \"%1\" always asks questions in a "
                   "terminal (interactiveMode: Always), which the console does not have. Use "
                   "kubectl in a terminal, or set interactiveMode: IfAvailable if the program "
                   "can do without.")
                .arg(userName),
            QStringLiteral("user %1: interactiveMode Always").arg(userName)));
    }
    if (config.interactiveMode != QLatin1String("Never")
        && config.interactiveMode != QLatin1String("IfAvailable")) {
        return std::unexpected(invalid(
            Tr::tr("The credential plugin of the user \"%1\" has an unknown interactiveMode "
                   "\"%2\".")
                .arg(userName, config.interactiveMode.left(40)),
            QStringLiteral("user %1: interactiveMode %2").arg(userName, config.interactiveMode.left(40))));
    }
    config.provideClusterInfo = isTrue(exec["provideClusterInfo"]);
    config.installHint = str(exec["installHint"]);
    return config;
}

Result<KubeconfigUserAuth> readUser(const YAML::Node &user, const QString &userName,
                                    const QString &file)
{
    KubeconfigUserAuth auth;
    auth.userName = userName;
    const QString what = Tr::tr("the user \"%1\"").arg(userName);
    if (isSet(user["auth-provider"])) {
        return std::unexpected(invalid(
            Tr::tr("The user \"%1\" signs in through an auth-provider (%2). kubectl no longer "
                   "supports these, and neither does the console: use an exec plugin such as "
                   "kubelogin instead.")
                .arg(userName, str(user["auth-provider"]["name"]).left(40)),
            QStringLiteral("user %1: auth-provider").arg(userName)));
    }
    if (isSet(user["username"]) || isSet(user["password"])) {
        return std::unexpected(invalid(
            Tr::tr("The user \"%1\" signs in with a username and password (basic "
                   "authentication), which Kubernetes no longer offers and the console does not "
                   "support.")
                .arg(userName),
            QStringLiteral("user %1: basic auth").arg(userName)));
    }
    for (const char *key : {"as", "as-uid", "as-groups", "as-user-extra"}) {
        if (isSet(user[key])) {
            return std::unexpected(invalid(
                Tr::tr("The user \"%1\" acts as someone else (%2: impersonation), which the "
                       "console does not support.")
                    .arg(userName, QLatin1String(key)),
                QStringLiteral("user %1: impersonation").arg(userName)));
        }
    }

    const QString token = str(user["token"]);
    const QString tokenFile = resolvePath(str(user["tokenFile"]), file);
    const bool hasExec = isSet(user["exec"]);

    auto certificate = dataOrFile(user, "client-certificate", "client-certificate-data", file,
                                  what);
    if (!certificate)
        return std::unexpected(certificate.error());
    auto key = dataOrFile(user, "client-key", "client-key-data", file, what);
    if (!key)
        return std::unexpected(key.error());
    if (certificate->isEmpty() != key->isEmpty()) {
        return std::unexpected(invalid(
            Tr::tr("The user \"%1\" has a client certificate without its key, or a key without "
                   "its certificate.")
                .arg(userName),
            QStringLiteral("user %1: certificate/key pair incomplete").arg(userName)));
    }
    if (!certificate->isEmpty()) {
        auto loaded = clientCertificateFromPem(*certificate, *key, what);
        if (!loaded)
            return std::unexpected(loaded.error());
        auth.clientCertificate = *loaded;
        auth.clientCertificateSubject = subjectOf(loaded->certificate);
    }

    if (hasExec && (!token.isEmpty() || !tokenFile.isEmpty() || !certificate->isEmpty())) {
        // kubectl would use the token or certificate and silently skip the plugin.
        return std::unexpected(invalid(
            Tr::tr("The user \"%1\" has a credential plugin (exec) and also a token or a client "
                   "certificate; kubectl would ignore the plugin. Keep only one of them.")
                .arg(userName),
            QStringLiteral("user %1: exec together with token or certificate").arg(userName)));
    }

    if (!token.isEmpty()) {
        auth.bearer = KubeconfigUserAuth::Bearer::Token; // kubectl: token before tokenFile
        auth.token = token;
    } else if (!tokenFile.isEmpty()) {
        auto content = readNamedFile(tokenFile, what);
        if (!content)
            return std::unexpected(content.error());
        auth.bearer = KubeconfigUserAuth::Bearer::TokenFile;
        auth.tokenFile = tokenFile;
        auth.token = QString::fromUtf8(content->trimmed());
        if (auth.token.isEmpty()) {
            return std::unexpected(invalid(Tr::tr("The token file %1 of the user \"%2\" is "
                                                  "empty.")
                                               .arg(QDir::toNativeSeparators(tokenFile), userName),
                                           QStringLiteral("user %1: empty token file").arg(userName)));
        }
    } else if (hasExec) {
        if (!user["exec"].IsMap()) {
            return std::unexpected(invalid(Tr::tr("The exec entry of the user \"%1\" is not a "
                                                  "map.")
                                               .arg(userName),
                                           QStringLiteral("user %1: exec not a map").arg(userName)));
        }
        auto exec = readExec(user["exec"], userName, file);
        if (!exec)
            return std::unexpected(exec.error());
        auth.bearer = KubeconfigUserAuth::Bearer::Exec;
        auth.exec = *exec;
    }
    return auth;
}

Result<YAML::Node> loadChecked(const QByteArray &content, const QString &file)
{
    auto root = kubeconfigyaml::load(content, file);
    if (!root)
        return std::unexpected(root.error());
    if (auto bad = kubeconfigyaml::validate(*root, file))
        return std::unexpected(*bad);
    return root;
}

Result<KubeconfigConnection> resolveIn(const YAML::Node &root, const QString &file,
                                       const QString &contextName)
{
    const QString shown = QDir::toNativeSeparators(file);
    const auto context = findEntry(root, "contexts", "context", contextName);
    if (!context) {
        return std::unexpected(Error{Error::Kind::NotFound,
                                     Tr::tr("The kubeconfig %1 has no context \"%2\".")
                                         .arg(shown, contextName),
                                     QStringLiteral("no context %1").arg(contextName), {}, file,
                                     0, 0});
    }
    KubeconfigConnection out;
    out.file = file;
    out.contextName = contextName;
    out.namespaceName = str((*context)["namespace"]);
    const QString clusterName = str((*context)["cluster"]);
    const QString userName = str((*context)["user"]);
    if (clusterName.isEmpty()) {
        return std::unexpected(invalid(Tr::tr("The context \"%1\" names no cluster.").arg(contextName),
                                       QStringLiteral("context %1: no cluster").arg(contextName),
                                       file));
    }
    const auto cluster = findEntry(root, "clusters", "cluster", clusterName);
    if (!cluster) {
        return std::unexpected(invalid(Tr::tr("The context \"%1\" names the cluster \"%2\", which "
                                              "%3 does not define.")
                                           .arg(contextName, clusterName, shown),
                                       QStringLiteral("context %1: cluster %2 missing")
                                           .arg(contextName, clusterName),
                                       file));
    }
    if (userName.isEmpty()) {
        return std::unexpected(invalid(Tr::tr("The context \"%1\" names no user.").arg(contextName),
                                       QStringLiteral("context %1: no user").arg(contextName),
                                       file));
    }
    const auto user = findEntry(root, "users", "user", userName);
    if (!user) {
        return std::unexpected(invalid(Tr::tr("The context \"%1\" names the user \"%2\", which %3 "
                                              "does not define.")
                                           .arg(contextName, userName, shown),
                                       QStringLiteral("context %1: user missing").arg(contextName),
                                       file));
    }
    if (auto ok = readCluster(*cluster, clusterName, file, out); !ok) {
        Error error = ok.error();
        error.file = file;
        return std::unexpected(error);
    }
    auto auth = readUser(*user, userName, file);
    if (!auth) {
        Error error = auth.error();
        error.file = file;
        return std::unexpected(error);
    }
    out.auth = *auth;
    // Unique beside the Central API's profiles (drafts and caches key on the name).
    out.profile.name = QStringLiteral("kubeconfig:") + contextName;
    out.profile.issuerUrl = QUrl();
    out.profile.usernamePrefix.clear();
    out.profile.groupsPrefix.clear();
    if (!out.namespaceName.isEmpty())
        out.profile.tenants = QStringList{out.namespaceName};
    return out;
}

Result<QByteArray> readKubeconfigFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(Error{Error::Kind::Io,
                                     Tr::tr("The kubeconfig %1 cannot be read: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                                     file.errorString(), {}, path, 0, 0});
    }
    if (file.size() > kMaxFileSize) {
        return std::unexpected(Error{Error::Kind::Invalid,
                                     Tr::tr("The file %1 is too large for a kubeconfig.")
                                         .arg(QDir::toNativeSeparators(path)),
                                     QStringLiteral("kubeconfig too large"), {}, path, 0, 0});
    }
    return file.readAll();
}

} // namespace

QString ExecPluginConfig::consoleProfile() const
{
    const QString program = QFileInfo(command).completeBaseName();
    if (program != QLatin1String("scs-console") || args.size() != 3
        || args.at(0) != QLatin1String("get-token") || args.at(1) != QLatin1String("--profile"))
        return {};
    return args.at(2);
}

QString KubeconfigUserAuth::description() const
{
    QString bearerPart;
    switch (bearer) {
    case Bearer::None:
        break;
    case Bearer::Token:
        bearerPart = Tr::tr("Token");
        break;
    case Bearer::TokenFile:
        bearerPart = Tr::tr("Token from %1").arg(QDir::toNativeSeparators(tokenFile));
        break;
    case Bearer::Exec:
        if (const QString profile = exec.consoleProfile(); !profile.isEmpty())
            bearerPart = Tr::tr("SCS Console sign-in (profile %1)").arg(profile);
        else
            bearerPart = Tr::tr("Program %1 (exec plugin)").arg(QFileInfo(exec.command).fileName());
        break;
    }
    QString certificatePart;
    if (!clientCertificate.isNull()) {
        certificatePart = clientCertificateSubject.isEmpty()
                              ? Tr::tr("Client certificate")
                              : Tr::tr("Client certificate (%1)").arg(clientCertificateSubject);
    }
    if (bearerPart.isEmpty() && certificatePart.isEmpty())
        return Tr::tr("No credentials");
    if (bearerPart.isEmpty())
        return certificatePart;
    if (certificatePart.isEmpty())
        return bearerPart;
    return Tr::tr("%1 and %2").arg(certificatePart, bearerPart);
}

Result<KubeconfigConnection> resolveKubeconfigContext(const QByteArray &content,
                                                      const QString &file,
                                                      const QString &contextName)
{
    auto root = loadChecked(content, file);
    if (!root)
        return std::unexpected(root.error());
    auto resolved = resolveIn(*root, file, contextName);
    if (resolved) {
        qCDebug(lcKubeconfig) << "kubeconfig context" << contextName << "of" << file << "->"
                              << resolved->profile.apiUrl.toDisplayString();
    } else {
        qCInfo(lcKubeconfig).noquote() << "kubeconfig context refused:" << resolved.error().detail;
    }
    return resolved;
}

Result<KubeconfigConnection> openKubeconfigContext(const QString &path, const QString &contextName)
{
    auto content = readKubeconfigFile(path);
    if (!content)
        return std::unexpected(content.error());
    return resolveKubeconfigContext(*content, path, contextName);
}

Result<QList<KubeconfigContextSummary>> listKubeconfigContexts(const QString &path)
{
    auto content = readKubeconfigFile(path);
    if (!content)
        return std::unexpected(content.error());
    auto parsed = parseKubeconfig(*content, path);
    if (!parsed)
        return std::unexpected(parsed.error());
    auto root = loadChecked(*content, path);
    if (!root)
        return std::unexpected(root.error());
    QList<KubeconfigContextSummary> out;
    for (const KubeconfigContext &context : std::as_const(parsed->contexts)) {
        KubeconfigContextSummary summary;
        summary.name = context.name;
        summary.cluster = context.cluster;
        summary.namespaceName = context.ns;
        summary.user = context.user;
        summary.current = context.name == parsed->currentContext;
        if (const KubeconfigCluster *cluster = parsed->cluster(context.cluster))
            summary.server = cluster->server;
        auto resolved = resolveIn(*root, path, context.name);
        if (resolved)
            summary.authDescription = resolved->auth.description();
        else
            summary.problem = resolved.error().message;
        out.append(summary);
    }
    return out;
}

} // namespace scs
