#include "kubeconfig/kubeconfigwriter.h"

#include "kubeconfig/kubeconfig.h"
#include "kubeconfig/kubeconfiglogging.h"
#include "kubeconfig/kubeconfigyaml.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigWriter)
};

using kubeconfigyaml::canonical;
using kubeconfigyaml::str;

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// Backups hold credentials (and kubeconfigs pile up): the newest this many are kept.
constexpr int kKeptBackups = 5;

// While it lives, every file and folder this process creates is owner-only from the start
// (umask 077): a kubeconfig, its temporary file and its backup never exist, even for a moment,
// with permissions another user could open them with; folders made on the way (~/.kube) get
// 0700. The umask is process-wide: the writer runs in the GUI thread, which makes no other
// files meanwhile.
class OwnerOnlyCreation
{
public:
#ifdef Q_OS_UNIX
    OwnerOnlyCreation()
        : m_old(::umask(S_IRWXG | S_IRWXO))
    {}
    ~OwnerOnlyCreation() { ::umask(m_old); }

private:
    mode_t m_old;
#endif
};

// kubectl's (client-go's) lock: "<file>.lock" created exclusively while a kubeconfig is
// rewritten, removed afterwards. Held, we write; found, another program is writing.
class KubeconfigLock
{
public:
    explicit KubeconfigLock(const QString &path)
        : m_lockPath(path + QStringLiteral(".lock"))
    {}
    ~KubeconfigLock()
    {
        if (m_held)
            QFile::remove(m_lockPath);
    }

    Result<void> acquire()
    {
        QFile lock(m_lockPath);
        if (lock.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_held = true;
            return {};
        }
        return std::unexpected(Error{
            Error::Kind::Conflict,
            Tr::tr("Another program (kubectl?) is changing this kubeconfig: the lock file %1 "
                   "exists. Try again in a moment; if no such program is running, delete the "
                   "lock file.")
                .arg(QDir::toNativeSeparators(m_lockPath)),
            QStringLiteral("lock %1: %2").arg(m_lockPath, lock.errorString()), {}, m_lockPath,
            0, 0});
    }

private:
    QString m_lockPath;
    bool m_held = false;
};

// Removes all but the newest kKeptBackups "<file>.<stamp>.bak" beside `path`.
void pruneBackups(const QString &path)
{
    const QFileInfo info(path);
    QFileInfoList backups = QDir(info.absolutePath())
                                .entryInfoList({info.fileName() + QStringLiteral(".*.bak")},
                                               QDir::Files | QDir::Hidden);
    std::ranges::sort(backups, [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime ta = a.lastModified(), tb = b.lastModified();
        return ta != tb ? ta > tb : a.fileName() > b.fileName();
    });
    for (qsizetype i = kKeptBackups; i < backups.size(); ++i) {
        if (QFile::remove(backups.at(i).absoluteFilePath()))
            qCInfo(lcKubeconfig) << "removed old kubeconfig backup" << backups.at(i).fileName();
    }
}

std::string s(const QString &text)
{
    return text.toStdString();
}

using kubeconfigyaml::Entry;
using kubeconfigyaml::ListSpec;

Result<YAML::Node> clusterNode(const KubeconfigExport &request)
{
    YAML::Node cluster(YAML::NodeType::Map);
    cluster["server"] = s(request.profile.apiUrl.toString());
    if (!request.profile.caFile.isEmpty()) {
        QFile ca(request.profile.caFile);
        if (!ca.open(QIODevice::ReadOnly)) {
            return fail(Error::Kind::Io,
                        Tr::tr("The CA bundle %1 of the profile cannot be read: %2")
                            .arg(QDir::toNativeSeparators(request.profile.caFile),
                                 ca.errorString()),
                        ca.errorString());
        }
        cluster["certificate-authority-data"] = ca.readAll().toBase64().toStdString();
    }
    YAML::Node entry(YAML::NodeType::Map);
    entry["name"] = s(request.clusterName());
    entry["cluster"] = cluster;
    return entry;
}

// kubectl shows it when the command is missing. In the person's language, so a comparison of
// entries ignores it (kubeconfigyaml::canonical).
QString installHint(KubeconfigExport::UserKind kind)
{
    if (kind == KubeconfigExport::UserKind::ConsolePlugin)
        return Tr::tr("This user signs in through the SCS Console (scs-console get-token). "
                      "Install the SCS Console and sign in once.");
    return Tr::tr("This user signs in with kubelogin: install it as the kubectl plugin "
                  "oidc-login (https://github.com/int128/kubelogin).");
}

} // namespace

YAML::Node kubeconfigyaml::userNode(const KubeconfigExport &request)
{
    YAML::Node exec(YAML::NodeType::Map);
    exec["apiVersion"] = "client.authentication.k8s.io/v1";
    YAML::Node args(YAML::NodeType::Sequence);
    if (request.userKind == KubeconfigExport::UserKind::ConsolePlugin) {
        exec["command"] = s(request.consoleProgram);
        args.push_back("get-token");
        args.push_back("--profile");
        args.push_back(s(request.profile.name));
        exec["args"] = args;
        exec["installHint"] = s(installHint(request.userKind));
    } else {
        exec["command"] = "kubectl";
        args.push_back("oidc-login");
        args.push_back("get-token");
        QString issuer = request.profile.issuerUrl.toString();
        while (issuer.endsWith(QLatin1Char('/')))
            issuer.chop(1);
        args.push_back(s(QStringLiteral("--oidc-issuer-url=") + issuer));
        args.push_back(s(QStringLiteral("--oidc-client-id=") + request.profile.clientId));
        for (const QString &scope : request.profile.extraScopes)
            args.push_back(s(QStringLiteral("--oidc-extra-scope=") + scope));
        if (!request.profile.caFile.isEmpty())
            args.push_back(s(QStringLiteral("--certificate-authority=") + request.profile.caFile));
        for (const QString &extra : request.kubeloginExtraArgs)
            args.push_back(s(extra));
        exec["args"] = args;
        exec["installHint"] = s(installHint(request.userKind));
    }
    exec["interactiveMode"] = "IfAvailable";
    exec["provideClusterInfo"] = false;
    YAML::Node user(YAML::NodeType::Map);
    user["exec"] = exec;
    YAML::Node entry(YAML::NodeType::Map);
    entry["name"] = s(request.userName());
    entry["user"] = user;
    return entry;
}

namespace {
using kubeconfigyaml::userNode;

YAML::Node contextNode(const KubeconfigExport &request, const QString &tenant)
{
    YAML::Node context(YAML::NodeType::Map);
    context["cluster"] = s(request.clusterName());
    context["user"] = s(request.userName());
    context["namespace"] = s(tenant);
    YAML::Node entry(YAML::NodeType::Map);
    entry["name"] = s(request.contextName(tenant));
    entry["context"] = context;
    return entry;
}

Result<QList<ListSpec>> entriesFor(const KubeconfigExport &request)
{
    const QStringList tenants = request.effectiveTenants();
    if (tenants.isEmpty()) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("Name at least one tenant namespace to export (the profile \"%1\" "
                           "names none).")
                        .arg(request.profile.name));
    }
    if (request.userKind == KubeconfigExport::UserKind::ConsolePlugin
        && !QDir::isAbsolutePath(request.consoleProgram)) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("The path of the console program must be absolute."),
                    QStringLiteral("consoleProgram '%1'").arg(request.consoleProgram));
    }
    auto cluster = clusterNode(request);
    if (!cluster)
        return std::unexpected(cluster.error());
    QList<ListSpec> lists{{"clusters", "cluster", "cluster", {{request.clusterName(), *cluster}}},
                          {"users", "user", "user", {{request.userName(), userNode(request)}}},
                          {"contexts", "context", "context", {}}};
    for (const QString &tenant : tenants)
        lists[2].entries.append({request.contextName(tenant), contextNode(request, tenant)});
    return lists;
}

QByteArray emitYaml(const YAML::Node &node)
{
    YAML::Emitter out;
    out << node;
    return QByteArray(out.c_str());
}

// The item as block-sequence lines, "- name: ...", indented by `indent` blanks.
QList<QByteArray> itemLines(const YAML::Node &item, int indent)
{
    YAML::Node seq(YAML::NodeType::Sequence);
    seq.push_back(item);
    QList<QByteArray> lines = emitYaml(seq).split('\n');
    const QByteArray prefix(indent, ' ');
    for (auto &line : lines)
        line.prepend(prefix);
    return lines;
}

QByteArray keyValueLine(const char *key, const QString &value)
{
    YAML::Node map(YAML::NodeType::Map);
    map[key] = s(value);
    return emitYaml(map);
}

bool isBlankOrComment(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    return t.isEmpty() || t.startsWith('#');
}

struct Edit
{
    int first; // replace lines [first, last]; last == first - 1 inserts before `first`
    int last;
    QList<QByteArray> lines;
};

// Splices `lists` into `text`. Returns nullopt when the layout is beyond splicing (flow-style
// lists, a multi-line current-context): the caller re-emits then.
std::optional<QByteArray> splice(const QByteArray &text, const YAML::Node &root,
                                 const QList<ListSpec> &lists, const QString &currentContext,
                                 KubeconfigMerge &merge)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    const int lineCount = int(lines.size());

    // Top-level keys with the line each starts on, in file order.
    QList<std::pair<QString, int>> keys;
    for (const auto &kv : root)
        keys.append({str(kv.first), kv.first.Mark().line});
    auto keyLine = [&keys](const char *key) {
        for (const auto &[k, line] : keys) {
            if (k == QLatin1String(key))
                return line;
        }
        return -1;
    };
    auto nextKeyLine = [&keys, lineCount](int line) {
        int next = lineCount;
        for (const auto &[k, l] : keys) {
            if (l > line)
                next = std::min(next, l);
        }
        return next;
    };

    QList<Edit> edits;
    QList<QByteArray> tail;
    for (const ListSpec &spec : lists) {
        const YAML::Node list = root[spec.key];
        const int keyAt = keyLine(spec.key);
        QList<QByteArray> fresh;
        auto addFresh = [&fresh, &merge, &spec](const Entry &entry, int indent) {
            fresh += itemLines(entry.node, indent);
            merge.added.append(QLatin1String(spec.label) + QLatin1Char(' ') + entry.name);
        };
        if (keyAt < 0) {
            tail.append(QByteArray(spec.key) + ':');
            for (const Entry &entry : spec.entries)
                addFresh(entry, 0);
            tail += fresh;
            continue;
        }
        if (!list || list.IsNull() || (list.IsSequence() && list.size() == 0)) {
            if (list && list.IsSequence() && list.Mark().line != keyAt)
                return std::nullopt;
            for (const Entry &entry : spec.entries)
                addFresh(entry, 0);
            edits.append({keyAt, keyAt, QList<QByteArray>{QByteArray(spec.key) + ':'} + fresh});
            continue;
        }
        if (!list.IsSequence() || list.Style() == YAML::EmitterStyle::Flow)
            return std::nullopt;

        QList<int> starts;
        for (const auto &item : list) {
            int l = item.Mark().line;
            while (l > keyAt && !lines.value(l).trimmed().startsWith('-'))
                --l;
            starts.append(l);
        }
        const int indent = int(lines.value(starts.constFirst()).indexOf('-'));
        auto endOf = [&](qsizetype i) {
            int end = i + 1 < starts.size() ? starts.at(i + 1) - 1 : nextKeyLine(keyAt) - 1;
            while (end > starts.at(i) && isBlankOrComment(lines.value(end)))
                --end;
            return end;
        };
        for (const Entry &entry : spec.entries) {
            qsizetype found = -1;
            for (qsizetype i = 0; i < starts.size(); ++i) {
                if (str(list[i]["name"]) == entry.name) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                addFresh(entry, indent);
                continue;
            }
            if (canonical(list[found]) == canonical(entry.node))
                continue; // the same entry: nothing to replace, nothing to ask
            merge.clashes.append(QLatin1String(spec.label) + QLatin1Char(' ') + entry.name);
            edits.append({starts.at(found), endOf(found), itemLines(entry.node, indent)});
        }
        if (!fresh.isEmpty()) {
            const int after = endOf(starts.size() - 1) + 1;
            edits.append({after, after - 1, fresh});
        }
    }

    if (!currentContext.isEmpty() && str(root["current-context"]) != currentContext) {
        const int at = keyLine("current-context");
        if (at < 0) {
            tail.append(keyValueLine("current-context", currentContext));
        } else {
            const YAML::Node value = root["current-context"];
            if (value && !value.IsNull() && value.Mark().line != at)
                return std::nullopt;
            edits.append({at, at, {keyValueLine("current-context", currentContext)}});
        }
    }

    // Bottom up, so that earlier line numbers stay valid; at the same line the replacement goes
    // before the insertion in front of it.
    std::ranges::sort(edits, [](const Edit &a, const Edit &b) {
        return a.first != b.first ? a.first > b.first : a.last > b.last;
    });
    for (const Edit &edit : std::as_const(edits)) {
        lines.remove(edit.first, edit.last - edit.first + 1);
        for (qsizetype i = 0; i < edit.lines.size(); ++i)
            lines.insert(edit.first + i, edit.lines.at(i));
    }
    lines += tail;
    return lines.join('\n') + '\n';
}

// The layout could not be kept: apply the same change to the parsed document and emit it.
QByteArray reemit(const YAML::Node &original, const QList<ListSpec> &lists,
                  const QString &currentContext, KubeconfigMerge &merge)
{
    merge = {};
    merge.formattingKept = false;
    YAML::Node root = YAML::Clone(original);
    for (const ListSpec &spec : lists) {
        auto listOf = [&root](const char *key) -> YAML::Node {
            const YAML::Node existing = std::as_const(root)[key];
            if (existing.IsSequence())
                return existing;
            return YAML::Node(YAML::NodeType::Sequence);
        };
        YAML::Node list = listOf(spec.key);
        for (const Entry &entry : spec.entries) {
            bool found = false;
            for (std::size_t i = 0; i < list.size(); ++i) {
                if (str(list[i]["name"]) != entry.name)
                    continue;
                found = true;
                if (canonical(list[i]) != canonical(entry.node)) {
                    merge.clashes.append(QLatin1String(spec.label) + QLatin1Char(' ')
                                         + entry.name);
                    list[i] = entry.node;
                }
            }
            if (!found) {
                list.push_back(entry.node);
                merge.added.append(QLatin1String(spec.label) + QLatin1Char(' ') + entry.name);
            }
        }
        list.SetStyle(YAML::EmitterStyle::Block);
        root[spec.key] = list;
    }
    root.SetStyle(YAML::EmitterStyle::Block);
    if (!currentContext.isEmpty())
        root["current-context"] = s(currentContext);
    return emitYaml(root) + '\n';
}

// The merged text must read back as the original plus exactly the console's entries.
bool verify(const QByteArray &merged, const YAML::Node &original, const QList<ListSpec> &lists)
{
    YAML::Node root;
    try {
        root = YAML::Load(merged.toStdString());
    } catch (const YAML::Exception &) {
        return false;
    }
    if (!root.IsMap() || kubeconfigyaml::validate(root, {}))
        return false;
    for (const ListSpec &spec : lists) {
        QStringList ours;
        for (const Entry &entry : spec.entries)
            ours.append(entry.name);
        QStringList before;
        if (const YAML::Node list = original[spec.key]; list && list.IsSequence()) {
            for (const auto &item : list) {
                if (!ours.contains(str(item["name"])))
                    before.append(canonical(item));
            }
        }
        QStringList after;
        qsizetype found = 0;
        for (const auto &item : root[spec.key]) {
            const QString name = str(item["name"]);
            const qsizetype at = ours.indexOf(name);
            if (at < 0) {
                after.append(canonical(item));
            } else {
                if (canonical(item) != canonical(spec.entries.at(at).node))
                    return false;
                ++found;
            }
        }
        if (after != before || found != ours.size())
            return false;
    }
    return true;
}
} // namespace

QStringList KubeconfigExport::effectiveTenants() const
{
    QStringList result = tenants.isEmpty() ? profile.tenants : tenants;
    result.removeDuplicates();
    return result;
}

QString KubeconfigExport::clusterName() const
{
    return profile.name;
}

QString KubeconfigExport::userName() const
{
    return userKind == UserKind::ConsolePlugin ? profile.name
                                               : profile.name + QStringLiteral("-kubelogin");
}

QString kubeconfigNamePart(const QString &profileName)
{
    QString out;
    out.reserve(profileName.size());
    for (const QChar c : profileName) {
        const bool keep = c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_')
            || c == QLatin1Char('-');
        if (keep)
            out.append(c);
        else if (!out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("profile") : out;
}

QString KubeconfigExport::contextName(const QString &tenant) const
{
    return tenant + QLatin1Char('@') + kubeconfigNamePart(profile.name);
}

Result<QByteArray> generateKubeconfig(const KubeconfigExport &request)
{
    auto merged = mergeKubeconfig({}, {}, request);
    if (!merged)
        return std::unexpected(merged.error());
    return merged->content;
}

Result<KubeconfigMerge> mergeKubeconfig(const QByteArray &existing, const QString &file,
                                        const KubeconfigExport &request)
{
    auto lists = entriesFor(request);
    if (!lists)
        return std::unexpected(lists.error());
    const QString current = request.setCurrentContext
        ? request.contextName(request.effectiveTenants().constFirst())
        : QString();
    return kubeconfigyaml::mergeEntries(existing, file, *lists, current);
}

Result<KubeconfigMerge> kubeconfigyaml::mergeEntries(const QByteArray &existing,
                                                     const QString &file,
                                                     const QList<ListSpec> &specs,
                                                     const QString &current)
{
    const QList<ListSpec> *lists = &specs;
    auto loaded = kubeconfigyaml::load(existing, file);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (auto invalid = kubeconfigyaml::validate(*loaded, file))
        return std::unexpected(*invalid);

    KubeconfigMerge merge;
    if (loaded->IsNull()) {
        // A new file (or one with only comments, which stay on top).
        QByteArray text = existing;
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += '\n';
        text += "apiVersion: v1\nkind: Config\n";
        // A file of its own always names a current context: without one, plain kubectl falls
        // back to localhost:8080. The first context is the natural choice.
        QString fileCurrent = current;
        for (const ListSpec &spec : *lists) {
            if (fileCurrent.isEmpty() && qstrcmp(spec.key, "contexts") == 0
                && !spec.entries.isEmpty())
                fileCurrent = spec.entries.constFirst().name;
        }
        YAML::Node empty = YAML::Load(text.toStdString());
        auto spliced = splice(text, empty, *lists, fileCurrent, merge);
        Q_ASSERT(spliced);
        if (!spliced || !verify(*spliced, empty, *lists))
            return fail(Error::Kind::Invalid, Tr::tr("The kubeconfig could not be generated."));
        merge.content = *spliced;
        if (fileCurrent.isEmpty())
            merge.content += "current-context: \"\"\n";
        merge.content += "preferences: {}\n";
        return merge;
    }

    auto spliced = splice(existing, *loaded, *lists, current, merge);
    if (spliced && verify(*spliced, *loaded, *lists)) {
        merge.content = *spliced;
    } else {
        qCInfo(lcKubeconfig) << "kubeconfig layout kept only in part, re-emitting" << file;
        merge.content = reemit(*loaded, *lists, current, merge);
        if (!verify(merge.content, *loaded, *lists))
            return fail(Error::Kind::Invalid,
                        Tr::tr("The kubeconfig could not be merged."),
                        QStringLiteral("re-emitted kubeconfig did not verify"));
    }
    return merge;
}

Result<QList<KubeconfigWrite>> writeKubeconfigChain(const QStringList &chain,
                                                    const KubeconfigExport &request,
                                                    bool replace)
{
    if (chain.size() <= 1) {
        auto one = writeKubeconfig(chain.value(0, defaultKubeconfigPath()), request, replace);
        if (!one)
            return std::unexpected(one.error());
        return QList<KubeconfigWrite>{*one};
    }
    auto lists = entriesFor(request);
    if (!lists)
        return std::unexpected(lists.error());
    const QString fallback = defaultKubeconfigPath(chain);
    // What each existing file defines, in the chain's order.
    QHash<QString, YAML::Node> roots;
    for (const QString &file : chain) {
        if (!QFileInfo::exists(file))
            continue;
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            return fail(Error::Kind::Io,
                        Tr::tr("The kubeconfig %1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(file), in.errorString()));
        }
        auto root = kubeconfigyaml::load(in.readAll(), file);
        if (!root)
            return std::unexpected(root.error());
        roots.insert(file, *root);
    }
    auto definedIn = [&](const char *key, const QString &name) -> QString {
        for (const QString &file : chain) {
            const auto it = roots.constFind(file);
            if (it == roots.cend() || !(*it)[key] || !(*it)[key].IsSequence())
                continue;
            for (const YAML::Node &item : (*it)[key]) {
                if (item.IsMap() && kubeconfigyaml::str(item["name"]) == name)
                    return file;
            }
        }
        return fallback;
    };
    QString currentFile = fallback;
    for (const QString &file : chain) {
        const auto it = roots.constFind(file);
        if (it != roots.cend() && !kubeconfigyaml::str((*it)["current-context"]).isEmpty()) {
            currentFile = file;
            break;
        }
    }
    const QString current = request.setCurrentContext
        ? request.contextName(request.effectiveTenants().constFirst())
        : QString();
    // file -> its share of the entries; only files that get something are touched (a file
    // that does not exist is made only when kubectl would make it), the default file first.
    QStringList files;
    QHash<QString, QList<ListSpec>> shares;
    auto shareOf = [&](const QString &file) -> QList<ListSpec> & {
        if (!files.contains(file)) {
            files.append(file);
            for (const ListSpec &s : std::as_const(*lists))
                shares[file].append({s.key, s.inner, s.label, {}});
        }
        return shares[file];
    };
    for (const ListSpec &spec : std::as_const(*lists)) {
        for (const Entry &entry : spec.entries) {
            for (ListSpec &s : shareOf(definedIn(spec.key, entry.name))) {
                if (qstrcmp(s.key, spec.key) == 0)
                    s.entries.append(entry);
            }
        }
    }
    if (!current.isEmpty())
        shareOf(currentFile);
    std::ranges::stable_partition(files, [&](const QString &f) { return f == fallback; });
    auto mergeFor = [&](const QString &file) {
        return [&, file](const QByteArray &existing, const QString &name) {
            return kubeconfigyaml::mergeEntries(existing, name, shares.value(file),
                                                file == currentFile ? current : QString());
        };
    };
    // Every clash in every file first: nothing is written unless all of it may be.
    QStringList clashes;
    for (const QString &file : std::as_const(files)) {
        QByteArray existing;
        if (QFile in(file); in.exists() && in.open(QIODevice::ReadOnly))
            existing = in.readAll();
        const auto merged = mergeFor(file)(existing, file);
        if (!merged)
            return std::unexpected(merged.error());
        clashes += merged->clashes;
    }
    if (!clashes.isEmpty() && !replace) {
        return std::unexpected(Error{Error::Kind::Conflict,
                                     Tr::tr("The kubeconfig already has entries of the same name: "
                                            "%1. Replace them?")
                                         .arg(clashes.join(QStringLiteral(", "))),
                                     clashes.join(QStringLiteral(", ")), {}, fallback, 0, 0});
    }
    QList<KubeconfigWrite> written;
    for (const QString &file : std::as_const(files)) {
        auto one = kubeconfigyaml::writeMerged(file, mergeFor(file), replace);
        if (!one)
            return std::unexpected(one.error());
        written.append(*one);
    }
    return written;
}

Result<KubeconfigWrite> writeKubeconfig(const QString &path, const KubeconfigExport &request,
                                        bool replace)
{
    return kubeconfigyaml::writeMerged(
        path, [&request](const QByteArray &existing, const QString &file) {
            return mergeKubeconfig(existing, file, request);
        },
        replace);
}

Result<KubeconfigWrite> kubeconfigyaml::writeMerged(
    const QString &path,
    const std::function<Result<KubeconfigMerge>(const QByteArray &, const QString &)> &mergeInto,
    bool replace)
{
    KubeconfigWrite result;
    result.path = path;
    const OwnerOnlyCreation ownerOnly;
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath())) { // the lock file goes beside the kubeconfig
        return fail(Error::Kind::Io, Tr::tr("The folder %1 cannot be created.")
                                         .arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    KubeconfigLock lock(path);
    if (auto locked = lock.acquire(); !locked)
        return std::unexpected(locked.error());
    QByteArray existing;
    const bool exists = QFileInfo::exists(path);
    if (exists) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Error error{Error::Kind::Io,
                        Tr::tr("The kubeconfig %1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()),
                        file.errorString(), {}, path, 0, 0};
            return std::unexpected(error);
        }
        existing = file.readAll();
    }
    auto merged = mergeInto(existing, path);
    if (!merged)
        return std::unexpected(merged.error());
    result.merge = *merged;
    if (!merged->clashes.isEmpty() && !replace) {
        Error error{Error::Kind::Conflict,
                    Tr::tr("The kubeconfig already has entries of the same name: %1. "
                           "Replace them?")
                        .arg(merged->clashes.join(QStringLiteral(", "))),
                    merged->clashes.join(QStringLiteral(", ")), {}, path, 0, 0};
        return std::unexpected(error);
    }
    if (exists && merged->content == existing) {
        QFile::setPermissions(path, kOwnerOnly);
        return result; // nothing changes: no write, no backup
    }

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(Error::Kind::Io, Tr::tr("The folder %1 cannot be created.")
                                         .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (exists) {
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QString backup = path + QLatin1Char('.') + stamp + QStringLiteral(".bak");
        for (int i = 1; QFileInfo::exists(backup); ++i)
            backup = path + QLatin1Char('.') + stamp + QLatin1Char('-') + QString::number(i)
                + QStringLiteral(".bak");
        QSaveFile copy(backup);
        if (!copy.open(QIODevice::WriteOnly) || !copy.setPermissions(kOwnerOnly)
            || copy.write(existing) != existing.size() || !copy.commit()) {
            return fail(Error::Kind::Io,
                        Tr::tr("The backup %1 cannot be written: %2")
                            .arg(QDir::toNativeSeparators(backup), copy.errorString()),
                        copy.errorString());
        }
        result.backupPath = backup;
        pruneBackups(path);
    }
    QSaveFile file(path);
    // The temporary file gets owner-only permissions before any credential setting lands in it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)
        || file.write(merged->content) != merged->content.size() || !file.commit()) {
        return fail(Error::Kind::Io,
                    Tr::tr("The kubeconfig %1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    file.errorString());
    }
    QFile::setPermissions(path, kOwnerOnly);
    qCInfo(lcKubeconfig) << "wrote kubeconfig" << path << "added" << merged->added << "replaced"
                         << merged->clashes << "backup" << result.backupPath;
    return result;
}

} // namespace scs
