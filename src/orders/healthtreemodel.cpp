#include "orders/healthtreemodel.h"

#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/watcher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QVariant>

#include <functional>

#include <memory>

using namespace Qt::StringLiterals;

namespace scs::orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HealthTreeModel)
};
} // namespace

struct HealthTreeModel::Item
{
    HealthNode node; // children of node unused: the items below hold them
    Item *parent = nullptr;
    std::vector<std::unique_ptr<Item>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

HealthTreeModel::HealthTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_rootItem(std::make_unique<Item>())
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(50);
    connect(&m_coalesce, &QTimer::timeout, this, &HealthTreeModel::rebuild);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &HealthTreeModel::pollClaim);
}

HealthTreeModel::~HealthTreeModel()
{
    stop();
}

void HealthTreeModel::setRoot(const HealthNode &root)
{
    m_root = std::make_unique<HealthNode>(root);
    // The invisible item has exactly one child: the root.
    if (m_rootItem->children.empty()) {
        beginInsertRows({}, 0, 0);
        auto item = std::make_unique<Item>();
        item->parent = m_rootItem.get();
        item->node.kind = root.kind;
        item->node.name = root.name;
        m_rootItem->children.push_back(std::move(item));
        endInsertRows();
    } else if (m_rootItem->children.front()->node.key() != root.key()) {
        clear();
        m_root = std::make_unique<HealthNode>(root);
        setRoot(root);
        return;
    }
    sync(m_rootItem->children.front().get(), root, index(0, 0));
    Q_EMIT treeChanged();
}

void HealthTreeModel::clear()
{
    if (m_rootItem->children.empty())
        return;
    beginRemoveRows({}, 0, int(m_rootItem->children.size()) - 1);
    m_rootItem->children.clear();
    endRemoveRows();
    m_root.reset();
}

void HealthTreeModel::sync(Item *item, const HealthNode &node, const QModelIndex &at)
{
    HealthNode flat = node;
    flat.children.clear();
    const bool changed = item->node.state != flat.state
        || item->node.worstCondition != flat.worstCondition
        || item->node.severity != flat.severity || item->node.version != flat.version
        || item->node.phase != flat.phase;
    item->node = flat;
    if (changed)
        Q_EMIT dataChanged(at.siblingAtColumn(0), at.siblingAtColumn(ColumnCount - 1));

    // Remove children that are gone (from the back, so rows stay right).
    for (int i = int(item->children.size()) - 1; i >= 0; --i) {
        const QString key = item->children[size_t(i)]->node.key();
        const bool kept = std::any_of(node.children.begin(), node.children.end(),
                                      [&](const HealthNode &c) { return c.key() == key; });
        if (!kept) {
            beginRemoveRows(at, i, i);
            item->children.erase(item->children.begin() + i);
            endRemoveRows();
        }
    }
    // Insert new ones where they belong; keep the order of `node` (moves are rare: a node
    // that changed place is removed and inserted again).
    for (size_t i = 0; i < node.children.size(); ++i) {
        const HealthNode &c = node.children[i];
        if (i < item->children.size() && item->children[i]->node.key() == c.key())
            continue;
        for (size_t j = i + 1; j < item->children.size(); ++j) {
            if (item->children[j]->node.key() == c.key()) {
                beginRemoveRows(at, int(j), int(j));
                item->children.erase(item->children.begin() + qsizetype(j));
                endRemoveRows();
                break;
            }
        }
        beginInsertRows(at, int(i), int(i));
        auto child = std::make_unique<Item>();
        child->parent = item;
        child->node.kind = c.kind;
        child->node.name = c.name;
        item->children.insert(item->children.begin() + qsizetype(i), std::move(child));
        endInsertRows();
    }
    for (size_t i = 0; i < node.children.size(); ++i)
        sync(item->children[i].get(), node.children[i], index(int(i), 0, at));
}

QModelIndex HealthTreeModel::indexOf(Item *item, int column) const
{
    if (!item || item == m_rootItem.get())
        return {};
    return createIndex(item->row(), column, item);
}

QModelIndex HealthTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    Item *p = parent.isValid() ? static_cast<Item *>(parent.internalPointer())
                               : m_rootItem.get();
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex HealthTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    auto *item = static_cast<Item *>(child.internalPointer());
    return indexOf(item->parent);
}

int HealthTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Item *p = parent.isValid() ? static_cast<Item *>(parent.internalPointer())
                                     : m_rootItem.get();
    return int(p->children.size());
}

int HealthTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HealthTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const HealthNode &n = static_cast<Item *>(index.internalPointer())->node;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Object:
            return QString(n.kind + u'/' + n.name);
        case Ready:
            return n.state == HealthNode::State::Ready      ? Tr::tr("True")
                : n.state == HealthNode::State::NotReady ? Tr::tr("False")
                                                          : Tr::tr("Unknown");
        case Version:
            return n.version;
        case Phase:
            return n.phase;
        case Condition:
            return n.worstCondition;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Condition ? n.worstCondition : QVariant();
    case StateRole:
        return int(n.state);
    case SeverityRole:
        return n.severity;
    case KindRole:
        return n.kind;
    default:
        return {};
    }
}

QVariant HealthTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Object:
        return Tr::tr("Object");
    case Ready:
        return Tr::tr("Ready");
    case Version:
        return Tr::tr("Version");
    case Phase:
        return Tr::tr("Phase");
    case Condition:
        return Tr::tr("Condition");
    default:
        return {};
    }
}

QModelIndex HealthTreeModel::find(const QString &kind, const QString &name) const
{
    const QString key = kind + u'/' + name;
    std::function<QModelIndex(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < rowCount(parent); ++r) {
            const QModelIndex i = index(r, 0, parent);
            if (i.data().toString() == key)
                return i;
            if (const QModelIndex found = walk(i); found.isValid())
                return found;
        }
        return QModelIndex();
    };
    return walk({});
}

void HealthTreeModel::stop()
{
    qDeleteAll(m_watchers);
    m_watchers.clear();
    m_poll.stop();
    m_coalesce.stop();
    ++m_pollSerial;
}

void HealthTreeModel::addWatcher(const QString &resource, const QString &group,
                                 const QString &label, const QString &field)
{
    if (!m_discovery || !m_client)
        return;
    const auto r = m_discovery->find(resource, group);
    if (!r)
        return;
    kube::Watcher::Options options;
    options.table = false;
    options.labelSelector = label;
    options.fieldSelector = field;
    auto *w = new kube::Watcher(m_client, r->collectionPath(m_ref.tenant), options, this);
    w->setProperty("scsKind", r->kind); // list items may come without their kind
    connect(w, &kube::Watcher::added, this, [this] { m_coalesce.start(); });
    connect(w, &kube::Watcher::modified, this, [this] { m_coalesce.start(); });
    connect(w, &kube::Watcher::deleted, this, [this] { m_coalesce.start(); });
    connect(w, &kube::Watcher::synced, this, [this] { m_coalesce.start(); });
    m_watchers.append(w);
    w->start();
}

void HealthTreeModel::follow(kube::KubeClient *client, kube::Discovery *discovery,
                             const ClusterRef &ref)
{
    stop();
    clear();
    m_client = client;
    m_discovery = discovery;
    m_ref = ref;
    if (!client)
        return;
    if (ref.kind == OrderKind::Claim) {
        pollClaim();
        m_poll.start();
        return;
    }
    const QString label = u"cluster.x-k8s.io/cluster-name="_s + ref.name;
    const QString capi = u"cluster.x-k8s.io"_s;
    addWatcher(u"clusters"_s, capi, {}, u"metadata.name="_s + ref.name);
    addWatcher(u"kubeadmcontrolplanes"_s, u"controlplane.cluster.x-k8s.io"_s, label, {});
    addWatcher(u"machinedeployments"_s, capi, label, {});
    addWatcher(u"machinesets"_s, capi, label, {});
    addWatcher(u"machines"_s, capi, label, {});
    addWatcher(u"openstackclusters"_s, u"infrastructure.cluster.x-k8s.io"_s, label, {});
    addWatcher(u"openstackmachines"_s, u"infrastructure.cluster.x-k8s.io"_s, label, {});
    addWatcher(u"clusteraddons"_s, u"clusterstack.x-k8s.io"_s, {},
               u"metadata.name=cluster-addon-"_s + ref.name);
}

void HealthTreeModel::rebuild()
{
    QJsonObject cluster;
    QList<QJsonObject> objects;
    for (kube::Watcher *w : std::as_const(m_watchers)) {
        const QString kind = w->property("scsKind").toString();
        for (const kube::WatchItem &item : w->items()) {
            QJsonObject o = item.object();
            if (!o.contains("kind"_L1))
                o.insert(u"kind"_s, kind);
            if (o.value("kind"_L1).toString() == "Cluster"_L1)
                cluster = o;
            else
                objects.append(o);
        }
    }
    if (cluster.isEmpty()) {
        clear();
        return;
    }
    setRoot(clusterHealthTree(cluster, objects));
}

void HealthTreeModel::pollClaim()
{
    if (!m_client || !m_discovery)
        return;
    const auto claims = m_discovery->find(u"clusters"_s, u"api.scs.community"_s);
    if (!claims)
        return;
    const int serial = ++m_pollSerial;
    QPointer<kube::KubeClient> client = m_client;
    QPointer<kube::Discovery> discovery = m_discovery;
    // claim -> composite -> managed resources, each read by name (get, not list).
    m_client->get(claims->collectionPath(m_ref.tenant) + u'/' + m_ref.name)
        ->onJson(this, [this, serial, client, discovery](const Result<QJsonDocument> &claim) {
            if (serial != m_pollSerial || !client || !discovery)
                return;
            if (!claim) {
                if (claim.error().kind == Error::Kind::NotFound)
                    clear();
                return;
            }
            const QJsonObject c = claim->object();
            const QJsonObject ref = c.value("spec"_L1).toObject().value("resourceRef"_L1)
                                        .toObject();
            auto pathOf = [discovery](const QJsonObject &r) -> QString {
                const QString apiVersion = r.value("apiVersion"_L1).toString();
                const QString group = apiVersion.section(u'/', 0, 0);
                for (const kube::ApiResource &res : discovery->resources()) {
                    if (res.group == group && res.kind == r.value("kind"_L1).toString()
                        && !res.namespaced)
                        return res.collectionPath() + u'/' + r.value("name"_L1).toString();
                }
                return {};
            };
            const QString xrPath = ref.isEmpty() ? QString() : pathOf(ref);
            if (xrPath.isEmpty()) {
                setRoot(claimHealthTree(c, {}, {}));
                return;
            }
            client->get(xrPath)->onJson(this, [this, serial, client, c,
                                               pathOf](const Result<QJsonDocument> &xr) {
                if (serial != m_pollSerial || !client)
                    return;
                if (!xr) {
                    setRoot(claimHealthTree(c, {}, {}));
                    return;
                }
                const QJsonObject composite = xr->object();
                const QJsonArray refs = composite.value("spec"_L1).toObject()
                                            .value("resourceRefs"_L1).toArray();
                struct State
                {
                    QList<QJsonObject> managed;
                    int pending = 0;
                };
                auto state = std::make_shared<State>();
                for (const QJsonValue &v : refs) {
                    const QString path = pathOf(v.toObject());
                    if (path.isEmpty())
                        continue;
                    ++state->pending;
                    client->get(path)->onJson(
                        this, [this, serial, state, c, composite](const Result<QJsonDocument> &m) {
                            if (serial != m_pollSerial)
                                return;
                            if (m)
                                state->managed.append(m->object());
                            if (--state->pending == 0)
                                setRoot(claimHealthTree(c, composite, state->managed));
                        });
                }
                if (state->pending == 0)
                    setRoot(claimHealthTree(c, composite, {}));
            });
        });
}

} // namespace scs::orders
