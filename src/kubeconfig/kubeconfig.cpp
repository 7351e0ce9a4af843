#include "kubeconfig/kubeconfig.h"

#include "kubeconfig/kubeconfiglogging.h"
#include "kubeconfig/kubeconfigyaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kubeconfig)
};

Error parseErrorAt(const QString &file, const QString &message, const YAML::Mark &mark)
{
    const int line = mark.is_null() ? 0 : mark.line + 1;
    const int column = mark.is_null() ? 0 : mark.column + 1;
    Error error{Error::Kind::Parse, message, {}, {}, file, line, column};
    error.detail = QStringLiteral("kubeconfig %1:%2:%3: %4").arg(file).arg(line).arg(column).arg(
        message);
    return error;
}

QString resolvePath(const QString &path, const QString &file)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || file.isEmpty())
        return path;
    return QDir::cleanPath(QFileInfo(file).absoluteDir().filePath(path));
}
} // namespace

namespace kubeconfigyaml {

QString str(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

Result<YAML::Node> load(const QByteArray &content, const QString &file)
{
    try {
        return YAML::Load(content.toStdString());
    } catch (const YAML::Exception &e) {
        return std::unexpected(parseErrorAt(
            file, Tr::tr("This is not valid YAML: %1").arg(QString::fromStdString(e.msg)),
            e.mark));
    }
}

std::optional<Error> validate(const YAML::Node &root, const QString &file)
{
    if (root.IsNull())
        return std::nullopt; // an empty file is an empty kubeconfig, as for kubectl
    if (!root.IsMap())
        return parseErrorAt(file, Tr::tr("This is not a kubeconfig: the file is not a YAML map."),
                            root.Mark());
    const QString kind = str(root["kind"]);
    if (!kind.isEmpty() && kind != QLatin1String("Config")) {
        return parseErrorAt(file,
                            Tr::tr("This is not a kubeconfig: its kind is \"%1\", not \"Config\".")
                                .arg(kind),
                            root["kind"].Mark());
    }
    const std::pair<const char *, const char *> lists[] = {
        {"clusters", "cluster"}, {"users", "user"}, {"contexts", "context"}};
    for (const auto &[listKey, innerKey] : lists) {
        const YAML::Node list = root[listKey];
        if (!list || list.IsNull())
            continue;
        if (!list.IsSequence()) {
            return parseErrorAt(file,
                                Tr::tr("\"%1\" must be a list.").arg(QLatin1String(listKey)),
                                list.Mark());
        }
        QStringList names;
        for (const auto &entry : list) {
            if (!entry.IsMap() || str(entry["name"]).isEmpty()) {
                return parseErrorAt(file,
                                    Tr::tr("An entry of \"%1\" has no name.")
                                        .arg(QLatin1String(listKey)),
                                    entry.Mark());
            }
            const YAML::Node inner = entry[innerKey];
            if (inner && !inner.IsNull() && !inner.IsMap()) {
                return parseErrorAt(file,
                                    Tr::tr("\"%1\" of \"%2\" must be a map.")
                                        .arg(QLatin1String(innerKey), str(entry["name"])),
                                    inner.Mark());
            }
        }
    }
    return std::nullopt;
}

QString canonical(const YAML::Node &node)
{
    if (!node || node.IsNull())
        return QStringLiteral("~");
    if (node.IsScalar())
        return QLatin1Char('"') + str(node) + QLatin1Char('"');
    QString out;
    if (node.IsSequence()) {
        out = QStringLiteral("[");
        for (const auto &item : node)
            out += canonical(item) + QLatin1Char(',');
        return out + QLatin1Char(']');
    }
    std::map<QString, QString> sorted;
    for (const auto &kv : node) {
        if (str(kv.first) != QLatin1String("installHint")) // translated text, not a setting
            sorted[str(kv.first)] = canonical(kv.second);
    }
    out = QStringLiteral("{");
    for (const auto &[key, value] : sorted)
        out += key + QLatin1Char(':') + value + QLatin1Char(',');
    return out + QLatin1Char('}');
}

} // namespace kubeconfigyaml

using kubeconfigyaml::str;

const KubeconfigCluster *Kubeconfig::cluster(const QString &name) const
{
    const auto it = std::ranges::find(clusters, name, &KubeconfigCluster::name);
    return it == clusters.end() ? nullptr : &*it;
}

const KubeconfigContext *Kubeconfig::context(const QString &name) const
{
    const auto it = std::ranges::find(contexts, name, &KubeconfigContext::name);
    return it == contexts.end() ? nullptr : &*it;
}

QStringList kubeconfigSearchPaths(const QString &kubeconfigEnv)
{
    QStringList paths;
    for (const QString &path : kubeconfigEnv.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        const QString clean = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        if (!paths.contains(clean))
            paths.append(clean);
    }
    if (paths.isEmpty())
        paths.append(QDir::homePath() + QStringLiteral("/.kube/config"));
    return paths;
}

QStringList kubeconfigSearchPaths()
{
    return kubeconfigSearchPaths(qEnvironmentVariable("KUBECONFIG"));
}

QString defaultKubeconfigPath(const QStringList &searchPaths)
{
    if (searchPaths.size() == 1)
        return searchPaths.constFirst();
    for (const QString &path : searchPaths) {
        if (QFileInfo::exists(path))
            return path;
    }
    return searchPaths.isEmpty() ? QDir::homePath() + QStringLiteral("/.kube/config")
                                 : searchPaths.constLast();
}

QString defaultKubeconfigPath()
{
    return defaultKubeconfigPath(kubeconfigSearchPaths());
}

Result<Kubeconfig> parseKubeconfig(const QByteArray &content, const QString &file)
{
    auto root = kubeconfigyaml::load(content, file);
    if (!root)
        return std::unexpected(root.error());
    if (auto invalid = kubeconfigyaml::validate(*root, file))
        return std::unexpected(*invalid);
    Kubeconfig config;
    config.files.append(file);
    if (root->IsNull())
        return config;
    config.currentContext = str((*root)["current-context"]);
    if (const auto clusters = (*root)["clusters"]; clusters && clusters.IsSequence()) {
        for (const auto &entry : clusters) {
            const YAML::Node c = entry["cluster"];
            KubeconfigCluster cluster;
            cluster.name = str(entry["name"]);
            cluster.file = file;
            if (c && c.IsMap()) {
                cluster.server = str(c["server"]);
                cluster.certificateAuthority = resolvePath(str(c["certificate-authority"]), file);
                cluster.certificateAuthorityData = QByteArray::fromBase64(
                    str(c["certificate-authority-data"]).toLatin1());
            }
            config.clusters.append(cluster);
        }
    }
    if (const auto users = (*root)["users"]; users && users.IsSequence()) {
        for (const auto &entry : users)
            config.users.append(str(entry["name"]));
    }
    if (const auto contexts = (*root)["contexts"]; contexts && contexts.IsSequence()) {
        for (const auto &entry : contexts) {
            const YAML::Node c = entry["context"];
            KubeconfigContext context;
            context.name = str(entry["name"]);
            context.file = file;
            if (c && c.IsMap()) {
                context.cluster = str(c["cluster"]);
                context.user = str(c["user"]);
                context.ns = str(c["namespace"]);
            }
            config.contexts.append(context);
        }
    }
    return config;
}

Result<Kubeconfig> loadKubeconfigs(const QStringList &paths)
{
    Kubeconfig merged;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            Error error{Error::Kind::Io,
                        Tr::tr("The kubeconfig %1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()),
                        file.errorString(), {}, path, 0, 0};
            return std::unexpected(error);
        }
        auto one = parseKubeconfig(file.readAll(), path);
        if (!one)
            return std::unexpected(one.error());
        merged.files.append(path);
        for (const auto &c : std::as_const(one->clusters)) {
            if (!merged.cluster(c.name))
                merged.clusters.append(c);
        }
        for (const auto &u : std::as_const(one->users)) {
            if (!merged.users.contains(u))
                merged.users.append(u);
        }
        for (const auto &c : std::as_const(one->contexts)) {
            if (!merged.context(c.name))
                merged.contexts.append(c);
        }
        if (merged.currentContext.isEmpty())
            merged.currentContext = one->currentContext;
    }
    qCDebug(lcKubeconfig) << "read kubeconfigs" << merged.files;
    return merged;
}

} // namespace scs
