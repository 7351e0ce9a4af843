#include "access/membersmodel.h"

#include "access/accesslogging.h"
#include "access/keycloakgroups.h"
#include "common/timestamps.h"
#include "kube/kubeclient.h"
#include "kube/watcher.h"

#include <QHash>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace scs::access {

namespace {
const QString kRbac = u"/apis/rbac.authorization.k8s.io/v1"_s;
}

MembersModel::MembersModel(kube::KubeClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_rebuild(new QTimer(this))
{
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(0);
    connect(m_rebuild, &QTimer::timeout, this, &MembersModel::rebuild);
}

MembersModel::~MembersModel()
{
    stop();
}

void MembersModel::setIdentity(const Identity &identity)
{
    m_identity = identity;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MembersModel::setPrefixes(const QString &usernamePrefix, const QString &groupsPrefix)
{
    m_userPrefix = usernamePrefix;
    m_groupPrefix = groupsPrefix;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MembersModel::stop()
{
    for (Source &source : m_sources)
        delete source.watcher;
    m_sources.clear();
    delete m_groups;
    m_groups = nullptr;
}

void MembersModel::setGroupResource(const std::optional<kube::ApiResource> &resource)
{
    if (resource == m_groupResource)
        return;
    m_groupResource = resource;
    watchGroups();
}

void MembersModel::watchGroups()
{
    delete m_groups;
    m_groups = nullptr;
    if (m_groupResource && !m_namespace.isEmpty() && m_client) {
        kube::Watcher::Options options;
        options.table = false;
        m_groups = new kube::Watcher(m_client, m_groupResource->collectionPath(m_namespace),
                                     options, this);
        auto changed = [this] { groupsChanged(); };
        connect(m_groups, &kube::Watcher::added, this, changed);
        connect(m_groups, &kube::Watcher::modified, this, changed);
        connect(m_groups, &kube::Watcher::deleted, this, changed);
        connect(m_groups, &kube::Watcher::synced, this, changed);
        connect(m_groups, &kube::Watcher::errorOccurred, this, [this](const Error &error) {
            // Not being allowed to read them only leaves the links out.
            qCDebug(lcAccess) << "identity objects" << error.detail;
        });
        m_groups->start();
    }
    groupsChanged();
}

void MembersModel::groupsChanged()
{
    QList<QJsonObject> objects;
    if (m_groups) {
        for (const kube::WatchItem &item : m_groups->items())
            objects.append(item.object());
    }
    if (objects == m_groupObjects)
        return;
    m_groupObjects = objects;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, IdentityColumn), index(rowCount() - 1, IdentityColumn));
}

QString MembersModel::identityObjectOf(const Subject &subject) const
{
    return KeycloakGroups::objectFor(subject, m_groupPrefix, m_groupObjects);
}

MembersModel::Source MembersModel::makeSource(const QString &path)
{
    kube::Watcher::Options options;
    options.table = false;
    auto *watcher = new kube::Watcher(m_client, path, options, this);
    const qsizetype index = m_sources.size();
    auto changed = [this] { scheduleRebuild(); };
    connect(watcher, &kube::Watcher::added, this, changed);
    connect(watcher, &kube::Watcher::modified, this, changed);
    connect(watcher, &kube::Watcher::deleted, this, changed);
    connect(watcher, &kube::Watcher::synced, this, [this, index] {
        m_sources[index].done = true;
        m_sources[index].readable = true;
        scheduleRebuild();
    });
    connect(watcher, &kube::Watcher::errorOccurred, this, [this, index](const Error &error) {
        qCDebug(lcAccess) << "members list" << m_sources.value(index).watcher->collectionPath()
                          << error.detail;
        if (error.kind == Error::Kind::Forbidden || error.kind == Error::Kind::NotFound) {
            m_sources[index].done = true;
            scheduleRebuild();
        }
        Q_EMIT errorOccurred(error);
    });
    return {watcher, false, false};
}

void MembersModel::setNamespace(const QString &namespaceName)
{
    if (namespaceName == m_namespace && !m_sources.isEmpty())
        return;
    stop();
    m_namespace = namespaceName;
    m_syncedOnce = false;
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_policy = {};
    if (namespaceName.isEmpty() || !m_client) {
        groupsChanged();
        return;
    }
    const QString ns = kRbac + u"/namespaces/"_s + namespaceName;
    for (const QString &path : QStringList{ns + u"/rolebindings"_s, ns + u"/roles"_s,
                                kRbac + u"/clusterrolebindings"_s, kRbac + u"/clusterroles"_s})
        m_sources.append(makeSource(path));
    for (Source &source : m_sources)
        source.watcher->start();
    watchGroups();
}

bool MembersModel::sourcesDone() const
{
    return !m_sources.isEmpty()
        && std::ranges::all_of(m_sources, [](const Source &s) { return s.done; });
}

bool MembersModel::isSynced() const
{
    return m_syncedOnce && sourcesDone();
}

void MembersModel::scheduleRebuild()
{
    m_rebuild->start();
}

void MembersModel::rebuild()
{
    if (m_sources.size() != 4)
        return;
    Policy policy;
    auto items = [](const Source &source) {
        return source.readable ? source.watcher->items().values() : QList<kube::WatchItem>{};
    };
    for (int i : {0, 2}) {
        for (const kube::WatchItem &item : items(m_sources[i])) {
            Binding binding = Binding::fromJson(item.object());
            binding.kind = i == 0 ? u"RoleBinding"_s : u"ClusterRoleBinding"_s;
            policy.bindings.append(binding);
        }
    }
    for (int i : {1, 3}) {
        for (const kube::WatchItem &item : items(m_sources[i])) {
            Role role = Role::fromJson(item.object());
            role.kind = i == 1 ? u"Role"_s : u"ClusterRole"_s;
            policy.roles.append(role);
        }
    }
    policy.clusterBindingsReadable = m_sources[2].readable;
    policy.clusterRolesReadable = m_sources[3].readable;
    m_policy = policy;

    const QList<Grant> fresh = members(m_policy, m_namespace);
    QHash<QString, qsizetype> freshIndex;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh[i].key(), i);
    // Removals first (from the bottom), then updates in place, then new rows at the end.
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (!freshIndex.contains(m_rows[row].key())) {
            beginRemoveRows({}, int(row), int(row));
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QHash<QString, qsizetype> known;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        known.insert(m_rows[row].key(), row);
        Grant &current = m_rows[row];
        const Grant &update = fresh[freshIndex.value(current.key())];
        if (current.since != update.since || current.subjectCount != update.subjectCount
            || current.summary.lines != update.summary.lines
            || current.summary.builtin != update.summary.builtin
            || current.summary.rulesKnown != update.summary.rulesKnown) {
            current = update;
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
    QList<Grant> added;
    for (const Grant &grant : fresh) {
        if (!known.contains(grant.key()))
            added.append(grant);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
    if (sourcesDone() && !m_syncedOnce) {
        m_syncedOnce = true;
        Q_EMIT synced();
    }
}

const Grant *MembersModel::grant(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString MembersModel::displayName(const Subject &subject) const
{
    const QString &prefix = subject.kind == "User"_L1 ? m_userPrefix
                          : subject.kind == "Group"_L1 ? m_groupPrefix
                                                        : QString();
    if (!prefix.isEmpty() && subject.name.startsWith(prefix))
        return subject.name.mid(prefix.size());
    return subject.name;
}

int MembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    const Grant *g = index.isValid() ? grant(index.row()) : nullptr;
    if (!g)
        return {};
    const bool self = m_identity.matches(g->subject);
    switch (role) {
    case SubjectNameRole: return g->subject.name;
    case SubjectKindRole: return g->subject.kind;
    case IsSelfRole: return self;
    case IsSystemRole: return g->subject.isSystem();
    case BindingKindRole: return g->bindingKind;
    case BindingNameRole: return g->bindingName;
    case RoleNameRole: return QString(g->role.kind + u' ' + g->role.name);
    case GrantKeyRole: return g->key();
    case IdentityObjectRole: return identityObjectOf(g->subject);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return self ? tr("%1 (as the API server knows it) — you").arg(g->subject.name)
                        : tr("%1 (as the API server knows it)").arg(g->subject.name);
        case RoleColumn:
            return g->summary.lines.isEmpty() ? QVariant(QString(g->role.kind + u' ' + g->role.name))
                                              : QVariant(g->summary.lines.join(u'\n'));
        case SinceColumn: return g->since;
        case IdentityColumn: {
            const QString object = identityObjectOf(g->subject);
            return object.isEmpty()
                ? QVariant()
                : QVariant(tr("The Keycloak group's object (%1 %2 in %3); click to open it")
                               .arg(m_groupResource ? m_groupResource->kind : QString(), object,
                                    m_namespace));
        }
        default: return {};
        }
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case NameColumn: {
        const QString name = g->subject.kind == "ServiceAccount"_L1
            ? QString(g->subject.namespaceName + u'/' + g->subject.name)
            : displayName(g->subject);
        return self ? tr("%1 (you)").arg(name) : name;
    }
    case TypeColumn:
        if (g->subject.kind == "User"_L1)
            return tr("User");
        if (g->subject.kind == "Group"_L1)
            return tr("Group");
        if (g->subject.kind == "ServiceAccount"_L1)
            return tr("Service account");
        return g->subject.kind;
    case RoleColumn: return QString(g->role.name + u" — "_s + g->summary.shortText());
    case FromColumn:
        return (g->bindingKind == "ClusterRoleBinding"_L1 ? tr("ClusterRoleBinding %1")
                                                           : tr("RoleBinding %1"))
            .arg(g->bindingName);
    case SinceColumn: return displayTimestamp(parseApiTimestamp(g->since));
    case IdentityColumn: {
        const QString object = identityObjectOf(g->subject);
        return object.isEmpty() ? QString() : tr("Keycloak group %1").arg(object);
    }
    default: return {};
    }
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Member");
    case TypeColumn: return tr("Type");
    case RoleColumn: return tr("Role");
    case FromColumn: return tr("Granted by");
    case SinceColumn: return tr("Since");
    case IdentityColumn: return tr("Identity object");
    default: return {};
    }
}

} // namespace scs::access
