#include "orders/clustersmodel.h"

#include "kube/apipath.h"
#include "kube/kubeclient.h"
#include "kube/watcher.h"
#include "orders/orderslogging.h"
#include "orders/upgradeplan.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs::orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClustersModel)
};

QString defaultPath(const QString &group, const QString &version, const QString &tenant,
                    const QString &plural)
{
    return u"/apis/"_s + group + u'/' + version + u"/namespaces/"_s + kube::pathSegment(tenant)
        + u'/' + plural;
}

QString keyOf(const QJsonObject &object)
{
    const QJsonObject metadata = object.value("metadata"_L1).toObject();
    return metadata.value("namespace"_L1).toString() + u'/' + metadata.value("name"_L1).toString();
}

QString counts(int ready, int desired)
{
    return QString::number(ready) + u'/' + QString::number(desired);
}
// "<class> <version>" per SCS upgrade target of a Cluster API cluster of a stack's class.
QStringList targetsOf(const QList<OrderType> &types, const ClusterStatus &s)
{
    QStringList targets;
    if (s.ref.kind != OrderKind::ClusterApi || s.deleting)
        return targets;
    bool fromRelease = false;
    for (const OrderType &t : types)
        fromRelease = fromRelease || (t.clusterClass == s.clusterClass && t.fromRelease());
    // A class no longer offered (its release gone) still names its stack; a plain class
    // whose name looks like one does not (it is among the types, without a release).
    bool plain = false;
    for (const OrderType &t : types)
        plain = plain || (t.clusterClass == s.clusterClass && !t.fromRelease());
    if (plain && !fromRelease)
        return targets;
    for (const UpgradeTarget &t : orders::upgradeTargets(types, s.clusterClass, s.version))
        targets.append(t.clusterClass + u' ' + t.version);
    return targets;
}
} // namespace

ClustersModel::ClustersModel(kube::KubeClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

ClustersModel::~ClustersModel() = default;

void ClustersModel::clear()
{
    for (kube::Watcher *w : std::as_const(m_watchers)) {
        w->stop();
        w->deleteLater();
    }
    m_watchers.clear();
    m_watchesClaims = false;
    m_watchesClusterApi = false;
    beginResetModel();
    m_rows.clear();
    m_machineDeployments.clear();
    endResetModel();
}

void ClustersModel::setTenant(const QString &tenant, bool claims, bool clusterApi,
                              const QString &claimPath, const QString &clusterApiPath)
{
    clear();
    m_tenant = tenant;
    if (!m_client || tenant.isEmpty())
        return;
    m_watchesClaims = claims;
    m_watchesClusterApi = clusterApi;
    kube::Watcher::Options options;
    options.table = false; // the whole objects: status and spec are parsed here
    auto connectKind = [this](kube::Watcher *w, OrderKind kind) {
        connect(w, &kube::Watcher::added, this, [this, kind](const QList<kube::WatchItem> &items) {
            for (const kube::WatchItem &item : items)
                applyAdded(kind, item.object());
        });
        connect(w, &kube::Watcher::modified, this,
                [this, kind](const kube::WatchItem &item) { applyModified(kind, item.object()); });
        connect(w, &kube::Watcher::deleted, this,
                [this, kind](const kube::WatchItem &item) { applyDeleted(kind, item.object()); });
    };
    if (claims) {
        auto *w = new kube::Watcher(
            m_client,
            claimPath.isEmpty()
                ? defaultPath(u"api.scs.community"_s, u"v1alpha1"_s, tenant, u"clusters"_s)
                : claimPath,
            options, this);
        connectKind(w, OrderKind::Claim);
        startWatcher(w);
    }
    if (clusterApi) {
        auto *w = new kube::Watcher(
            m_client,
            clusterApiPath.isEmpty()
                ? defaultPath(u"cluster.x-k8s.io"_s, u"v1beta1"_s, tenant, u"clusters"_s)
                : clusterApiPath,
            options, this);
        connectKind(w, OrderKind::ClusterApi);
        startWatcher(w);
        // Ready workers per pool live on the MachineDeployments, not on the v1beta1 Cluster.
        QString mdPath = clusterApiPath.isEmpty()
            ? defaultPath(u"cluster.x-k8s.io"_s, u"v1beta1"_s, tenant, u"clusters"_s)
            : clusterApiPath;
        mdPath.chop(u"clusters"_s.size());
        mdPath += u"machinedeployments"_s;
        kube::Watcher::Options mdOptions = options;
        mdOptions.labelSelector = u"cluster.x-k8s.io/cluster-name"_s;
        auto *md = new kube::Watcher(m_client, mdPath, mdOptions, this);
        connect(md, &kube::Watcher::added, this, [this](const QList<kube::WatchItem> &items) {
            for (const kube::WatchItem &item : items)
                applyMachineDeployment(item.object());
        });
        connect(md, &kube::Watcher::modified, this,
                [this](const kube::WatchItem &item) { applyMachineDeployment(item.object()); });
        connect(md, &kube::Watcher::deleted, this, [this](const kube::WatchItem &item) {
            applyMachineDeployment(item.object(), true);
        });
        startWatcher(md);
    }
}

void ClustersModel::startWatcher(kube::Watcher *watcher)
{
    m_watchers.append(watcher);
    connect(watcher, &kube::Watcher::synced, this, [this] {
        if (isSynced())
            Q_EMIT synced();
    });
    connect(watcher, &kube::Watcher::errorOccurred, this, &ClustersModel::errorOccurred);
    watcher->start();
}

bool ClustersModel::isSynced() const
{
    return std::all_of(m_watchers.begin(), m_watchers.end(),
                       [](const kube::Watcher *w) { return w->isSynced(); });
}

std::optional<int> ClustersModel::count(OrderKind kind) const
{
    const bool watched = kind == OrderKind::Claim ? m_watchesClaims : m_watchesClusterApi;
    if (!watched || !isSynced())
        return std::nullopt;
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [kind](const Row &row) { return row.status.ref.kind == kind; }));
}

int ClustersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClustersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClustersModel::ageText(const QDateTime &created) const
{
    if (!created.isValid())
        return {};
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const qint64 s = std::max<qint64>(0, created.secsTo(now));
    if (s < 120)
        return Tr::tr("%1s").arg(s);
    if (s < 2 * 3600)
        return Tr::tr("%1m").arg(s / 60);
    if (s < 48 * 3600)
        return Tr::tr("%1h").arg(s / 3600);
    return Tr::tr("%1d").arg(s / 86400);
}

QVariant ClustersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterStatus &s = m_rows.at(index.row()).status;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s.ref.name;
        case Type:
            return s.ref.kind == OrderKind::Claim ? kindDisplayName(s.ref.kind)
                                                  : kindDisplayName(s.ref.kind) + u" ("_s
                    + s.clusterClass + u')';
        case Phase:
            return s.displayPhase();
        case Version: {
            // A claim orders a minor ("1.33") and reports the patch it runs ("v1.33.5"): that is
            // no pending upgrade, so only the running version is shown then.
            const bool runsOrdered = s.runningVersion == s.version
                || (!s.version.isEmpty()
                    && s.runningVersion.startsWith(QString(u'v' + s.version + u'.')));
            if (runsOrdered)
                return s.runningVersion;
            return s.runningVersion.isEmpty() ? s.version
                                              : s.runningVersion + u" → "_s + s.version;
        }
        case ControlPlane:
            return counts(s.controlPlaneReady, s.controlPlaneDesired);
        case Workers:
            return counts(s.workersReady(), s.workersDesired());
        case Age:
            return ageText(s.created);
        case Conditions:
            return s.conditionSummary();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Conditions) {
            QStringList lines;
            for (const ClusterCondition &c : s.conditions) {
                QString line = c.type + u'=' + c.status;
                if (!c.reason.isEmpty())
                    line += u' ' + c.reason;
                if (!c.message.isEmpty())
                    line += u": "_s + c.message;
                lines.append(line);
            }
            return lines.join(u'\n');
        }
        if (index.column() == Workers) {
            QStringList lines;
            for (const PoolStatus &p : s.workers) {
                QString line = p.name + u": "_s
                    + (p.readyKnown ? counts(p.ready, p.desired)
                                    : u"?/"_s + QString::number(p.desired));
                if (p.autoscaling)
                    line += u" ("_s + autoscalingText(*p.autoscaling) + u')';
                lines.append(line);
            }
            return lines.join(u'\n');
        }
        if (index.column() == Version) {
            const QStringList targets = targetsOf(m_types, s);
            if (!targets.isEmpty())
                return Tr::tr("Upgrade available: %1").arg(targets.join(u", "_s));
        }
        if (index.column() == Age && s.created.isValid())
            return s.created.toLocalTime().toString(Qt::ISODate);
        return {};
    case StatusRole:
        return QVariant::fromValue(s);
    case RefRole:
        return QVariant::fromValue(s.ref);
    case KindRole:
        return int(s.ref.kind);
    case ReadyRole:
        return s.ready;
    case FailedRole:
        return s.failed;
    case DeletingRole:
        return s.deleting;
    case PhaseRole:
        return s.displayPhase();
    case UpgradeTargetsRole:
        return targetsOf(m_types, s);
    case SortRole:
        switch (index.column()) {
        case ControlPlane:
            return s.controlPlaneReady;
        case Workers:
            return s.workersReady();
        case Age:
            return s.created;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant ClustersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return Tr::tr("Name");
    case Type:
        return Tr::tr("Type");
    case Phase:
        return Tr::tr("Phase");
    case Version:
        return Tr::tr("Version");
    case ControlPlane:
        return Tr::tr("Control plane");
    case Workers:
        return Tr::tr("Workers");
    case Age:
        return Tr::tr("Age");
    case Conditions:
        return Tr::tr("Conditions");
    default:
        return {};
    }
}

int ClustersModel::rowOf(const ClusterRef &ref) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).status.ref == ref)
            return i;
    }
    return -1;
}

const ClusterStatus *ClustersModel::status(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).status : nullptr;
}

const ClusterStatus *ClustersModel::status(const ClusterRef &ref) const
{
    return status(rowOf(ref));
}

QList<ConditionTransition> ClustersModel::history(const ClusterRef &ref) const
{
    const int row = rowOf(ref);
    return row < 0 ? QList<ConditionTransition>{} : m_rows.at(row).history;
}

QStringList ClustersModel::phasesSeen(const ClusterRef &ref) const
{
    const int row = rowOf(ref);
    return row < 0 ? QStringList{} : m_rows.at(row).phases;
}

void ClustersModel::record(Row &row, const ClusterStatus &next, bool observed)
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    QList<ConditionTransition> changes;
    for (const ClusterCondition &c : next.conditions) {
        const ClusterCondition *before = row.status.condition(c.type);
        if (before && before->status == c.status && before->reason == c.reason
            && before->message == c.message)
            continue;
        changes.append({c.lastTransitionTime.isValid() ? c.lastTransitionTime : now, c.type,
                        c.status, c.reason, c.message, observed});
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ConditionTransition &a, const ConditionTransition &b) {
                         return a.at < b.at;
                     });
    const QString phase = next.displayPhase();
    if (row.phases.isEmpty() || row.phases.constLast() != phase) {
        row.phases.append(phase);
        changes.append({now, u"Phase"_s, phase, {}, {}, observed});
    }
    row.history += changes;
}

void ClustersModel::applyAdded(OrderKind kind, const QJsonObject &object)
{
    ClusterStatus next = ClusterStatus::fromObject(kind, object);
    if (next.ref.name.isEmpty())
        return;
    if (rowOf(next.ref) >= 0) {
        applyModified(kind, object);
        return;
    }
    for (const QJsonObject &md : std::as_const(m_machineDeployments))
        next.applyMachineDeployment(md);
    Row row;
    record(row, next, false);
    row.status = next;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
}

void ClustersModel::applyModified(OrderKind kind, const QJsonObject &object)
{
    ClusterStatus next = ClusterStatus::fromObject(kind, object);
    const int at = rowOf(next.ref);
    if (at < 0) {
        applyAdded(kind, object);
        return;
    }
    for (const QJsonObject &md : std::as_const(m_machineDeployments))
        next.applyMachineDeployment(md);
    Row &row = m_rows[at];
    const ClusterStatus before = row.status;
    record(row, next, true);
    row.status = next;
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    if (before.displayPhase() != next.displayPhase())
        Q_EMIT phaseChanged(next.ref, next.displayPhase());
    if (!before.ready && next.ready && !next.deleting)
        Q_EMIT clusterBecameReady(next.ref);
    if (!before.failed && next.failed) {
        const ClusterCondition *ready = next.condition(u"Ready"_s);
        Q_EMIT clusterFailed(next.ref, ready ? ready->message : QString());
    }
}

void ClustersModel::applyDeleted(OrderKind kind, const QJsonObject &object)
{
    const ClusterStatus gone = ClusterStatus::fromObject(kind, object);
    const int at = rowOf(gone.ref);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    endRemoveRows();
}

void ClustersModel::applyMachineDeployment(const QJsonObject &machineDeployment, bool deleted)
{
    const QString key = keyOf(machineDeployment);
    if (deleted)
        m_machineDeployments.remove(key);
    else
        m_machineDeployments.insert(key, machineDeployment);
    const QString tenant =
        machineDeployment.value("metadata"_L1).toObject().value("namespace"_L1).toString();
    const int at = rowOf({OrderKind::ClusterApi, tenant,
                          clusterNameOfMachineDeployment(machineDeployment)});
    if (at < 0)
        return;
    Row &row = m_rows[at];
    // Re-derive from the object so that a deleted deployment's counts go away too.
    ClusterStatus next = ClusterStatus::fromObject(OrderKind::ClusterApi, row.status.object);
    for (const QJsonObject &md : std::as_const(m_machineDeployments))
        next.applyMachineDeployment(md);
    if (next.workers == row.status.workers)
        return;
    row.status.workers = next.workers;
    Q_EMIT dataChanged(index(at, Workers), index(at, Workers));
}

} // namespace scs::orders

namespace scs::orders {

void ClustersModel::setOrderTypes(const QList<OrderType> &types)
{
    m_types = types;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Version), index(int(m_rows.size()) - 1, Version));
}

QStringList ClustersModel::upgradeTargets(const ClusterRef &ref) const
{
    const ClusterStatus *s = status(ref);
    return s ? targetsOf(m_types, *s) : QStringList{};
}

} // namespace scs::orders
