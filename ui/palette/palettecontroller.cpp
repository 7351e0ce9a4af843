#include "ui/palette/palettecontroller.h"

#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/apipath.h"
#include "models/resourcetablemodel.h"
#include "models/tenanttreemodel.h"
#include "palette/palettepath.h"
#include "ui/common/workbench.h"
#include "ui/palette/palettepopup.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>
#include <QSet>
#include <QTimer>

namespace scs::ui {

using palette::PaletteItem;
using palette::PaletteRef;
using models::TenantTreeModel;

namespace {

QString kindText(const QString &plural, const QString &group)
{
    return group.isEmpty() ? plural : plural + QLatin1Char('.') + group;
}

} // namespace

PaletteController::PaletteController(Workbench &workbench,
                                     workspace::WorkspaceRegistry &workspaces,
                                     const QString &favouritesDir, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_find(new QAction(tr("Find &Anything…"), this))
    , m_pin(new QAction(tr("&Pin to Favourites"), this))
    , m_popup(new PalettePopup(workbench.window()))
    , m_favouritesDir(favouritesDir)
{
    m_find->setObjectName(QStringLiteral("findAnythingAction"));
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_find->setStatusTip(tr("Go to a tenant, kind, object or command by typing part of its name"));
    connect(m_find, &QAction::triggered, this, &PaletteController::open);
    m_pin->setObjectName(QStringLiteral("pinAction"));
    m_pin->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_pin->setStatusTip(
        tr("Pin the selected object or kind, so that Find Anything lists it first"));
    m_pin->setEnabled(false);
    connect(m_pin, &QAction::triggered, this, [this] {
        if (m_popup->isVisible())
            pinItem(m_popup->currentItem());
        else
            pinSelection();
    });
    m_workbench.addAction(Workbench::Menu::View, m_find, /*separatorBefore=*/true);
    m_workbench.addAction(Workbench::Menu::View, m_pin);

    connect(m_popup, &PalettePopup::itemActivated, this, &PaletteController::activateItem);
    connect(m_popup, &PalettePopup::pathActivated, this, &PaletteController::goToPath);
    connect(m_popup, &PalettePopup::pinRequested, this, &PaletteController::pinItem);
    connect(m_popup, &PalettePopup::dismissed, this, [this] {
        delete m_request; // an answer that comes after closing opens nothing
        m_request = nullptr;
    });
    connect(&m_workbench, &Workbench::profileSelected, this, [this] {
        m_favourites.reset();
        m_popup->dismiss();
    });
    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceChanged, this,
            &PaletteController::setWorkspace);
    setWorkspace(workspaces.current());
}

PaletteController::~PaletteController() = default;

void PaletteController::setWorkspace(workspace::Workspace *workspace)
{
    if (m_workspace)
        m_workspace->selection()->disconnect(this);
    delete m_request;
    m_request = nullptr;
    m_workspace = workspace;
    if (workspace) {
        connect(workspace->selection(), &workspace::Selection::collectionChanged, this,
                &PaletteController::updatePinAction);
    }
    m_popup->dismiss();
    updatePinAction();
}

palette::FavouritesStore *PaletteController::favourites()
{
    const QString profile = m_workbench.selectedProfile();
    if (profile.isEmpty())
        return nullptr;
    if (!m_favourites || m_favourites->profile() != profile)
        m_favourites = std::make_unique<palette::FavouritesStore>(profile, m_favouritesDir);
    return m_favourites.get();
}

void PaletteController::open()
{
    rebuild();
    m_popup->setIndex(&m_index);
    m_popup->popup();
}

void PaletteController::rebuild()
{
    m_index.clear();
    m_commands.clear();
    QSet<QString> seen; // paths already offered (a favourite is not offered again as recent)

    for (const Workbench::MenuCommand &command : m_workbench.menuCommands()) {
        if (command.action == m_find || !command.action->isEnabled())
            continue;
        PaletteItem item;
        item.type = PaletteItem::Type::Action;
        item.text = command.path;
        item.detail = command.action->shortcut().toString(QKeySequence::NativeText);
        item.action = int(m_commands.size());
        m_commands.append(command.action);
        m_index.add(std::move(item));
    }

    const auto addRef = [&](const PaletteRef &ref, PaletteItem::Origin origin) {
        const QString path = ref.path();
        if (seen.contains(path))
            return;
        seen.insert(path);
        PaletteItem item;
        item.origin = origin;
        item.type = ref.type == PaletteRef::Type::Tenant ? PaletteItem::Type::Tenant
            : ref.type == PaletteRef::Type::Kind        ? PaletteItem::Type::Kind
                                                        : PaletteItem::Type::Object;
        item.text = path;
        item.detail = origin == PaletteItem::Origin::Favourite ? tr("Favourite") : tr("Recent");
        item.tenant = ref.tenant;
        item.plural = ref.plural;
        item.group = ref.group;
        item.name = ref.name;
        m_index.add(std::move(item));
    };
    if (palette::FavouritesStore *store = favourites()) {
        for (const PaletteRef &ref : store->favourites())
            addRef(ref, PaletteItem::Origin::Favourite);
        for (const PaletteRef &ref : store->recents())
            addRef(ref, PaletteItem::Origin::Recent);
    }
    if (!m_workspace)
        return;

    TenantTreeModel *tree = m_workspace->tenantTree();
    const QStringList tenants = tree->tenants();
    m_index.reserve(m_index.size() + tenants.size());
    for (const QString &tenant : tenants) {
        if (seen.contains(tenant))
            continue;
        PaletteItem item;
        item.type = PaletteItem::Type::Tenant;
        item.text = tenant;
        item.tenant = tenant;
        m_index.add(std::move(item));
    }
    // Kinds where the tree has them (tenants opened so far, and cluster scope): the tree is
    // lazy; any other tenant's kind is reached by typing "tenant/kind".
    const QModelIndex profile = tree->profileIndex();
    for (int t = 0; t < tree->rowCount(profile); ++t) {
        const QModelIndex tenantIndex = tree->index(t, 0, profile);
        const QString tenant = tenantIndex.data(TenantTreeModel::TenantRole).toString();
        for (int c = 0; c < tree->rowCount(tenantIndex); ++c) {
            const QModelIndex category = tree->index(c, 0, tenantIndex);
            for (int k = 0; k < tree->rowCount(category); ++k) {
                const QModelIndex kind = tree->index(k, 0, category);
                if (kind.data(TenantTreeModel::NodeTypeRole).value<TenantTreeModel::NodeType>()
                    != TenantTreeModel::NodeType::Kind) {
                    continue;
                }
                const auto resource =
                    kind.data(TenantTreeModel::ResourceRole).value<kube::ApiResource>();
                const PaletteRef ref{PaletteRef::Type::Kind, tenant, resource.plural,
                                     resource.group, {}};
                if (seen.contains(ref.path()))
                    continue;
                PaletteItem item;
                item.type = PaletteItem::Type::Kind;
                item.text = tenant.isEmpty() ? resource.plural
                                             : tenant + QLatin1Char('/') + resource.plural;
                item.detail = resource.group.isEmpty()
                    ? resource.kind
                    : QStringLiteral("%1 · %2").arg(resource.kind, resource.group);
                item.tenant = tenant;
                item.plural = resource.plural;
                item.group = resource.group;
                m_index.add(std::move(item));
            }
        }
    }
    // The names in the open table.
    const workspace::Selection *selection = m_workspace->selection();
    if (models::ResourceTableModel *table = selection->table(); table && selection->resource()) {
        const kube::ApiResource &resource = *selection->resource();
        m_index.reserve(m_index.size() + table->rowCount());
        for (int row = 0; row < table->rowCount(); ++row) {
            const kube::WatchItem &object = table->item(row);
            const PaletteRef ref{PaletteRef::Type::Object, object.namespaceName(),
                                 resource.plural, resource.group, object.name()};
            if (seen.contains(ref.path()))
                continue;
            PaletteItem item;
            item.type = PaletteItem::Type::Object;
            item.text = ref.path();
            item.detail = resource.kind;
            item.tenant = ref.tenant;
            item.plural = resource.plural;
            item.group = resource.group;
            item.name = ref.name;
            m_index.add(std::move(item));
        }
    }
}

void PaletteController::activateItem(int index)
{
    if (index < 0 || index >= m_index.size())
        return;
    const PaletteItem item = m_index.item(index);
    switch (item.type) {
    case PaletteItem::Type::Action: {
        QPointer<QAction> action = m_commands.value(item.action);
        m_popup->dismiss();
        // After the popup is gone, so that a dialog the command opens gets the focus.
        QTimer::singleShot(0, this, [action] {
            if (action && action->isEnabled())
                action->trigger();
        });
        return;
    }
    case PaletteItem::Type::Tenant:
        if (!m_workspace)
            return fail(tr("Sign in first."));
        m_popup->dismiss();
        m_workspace->selection()->requestOpenTenant(item.tenant);
        return;
    case PaletteItem::Type::Kind:
        if (!m_workspace)
            return fail(tr("Sign in first."));
        m_popup->dismiss();
        m_workspace->selection()->requestOpenKind(item.tenant, item.plural, item.group);
        return;
    case PaletteItem::Type::Object: {
        if (!m_workspace)
            return fail(tr("Sign in first."));
        const auto resource = m_workspace->discovery()->find(item.plural, item.group);
        if (!resource)
            return fail(tr("There is no kind called \"%1\".")
                            .arg(kindText(item.plural, item.group)));
        openObject(item.tenant, *resource, item.name);
        return;
    }
    }
}

void PaletteController::goToPath(const QString &text)
{
    if (!m_workspace)
        return fail(tr("Sign in first."));
    const auto path = palette::PalettePath::parse(text);
    if (!path)
        return fail(tr("Type kind/name or tenant/kind/name."));
    kube::Discovery *discovery = m_workspace->discovery();
    const auto target = palette::resolvePath(
        *path, [discovery](const QString &name) { return discovery->find(name); },
        m_workspace->tenantTree()->tenants(), m_workspace->selection()->tenant());
    if (!target)
        return fail(target.error());
    if (target->name.isEmpty()) {
        m_popup->dismiss();
        m_workspace->selection()->requestOpenKind(target->tenant, target->resource.plural,
                                                  target->resource.group);
        return;
    }
    openObject(target->tenant, target->resource, target->name);
}

void PaletteController::openObject(const QString &tenant, const kube::ApiResource &resource,
                                   const QString &name)
{
    delete m_request;
    m_request = new QObject(this);
    const QString where = tenant.isEmpty() ? tr("cluster scope") : tenant;
    m_popup->setMessage(tr("Looking for %1 \"%2\" in %3…").arg(resource.kind, name, where),
                        false);
    const QString path = resource.collectionPath(tenant) + QLatin1Char('/')
        + kube::pathSegment(name);
    m_workspace->client()->get(path)->onJson(
        m_request, [this, tenant, resource, name, where](const Result<QJsonDocument> &answer) {
            m_request->deleteLater();
            m_request = nullptr;
            if (!answer) {
                switch (answer.error().kind) {
                case Error::Kind::NotFound:
                    return fail(tr("There is no %1 \"%2\" in %3.").arg(resource.kind, name, where));
                case Error::Kind::Forbidden:
                    return fail(tr("You may not read %1 \"%2\" in %3.")
                                    .arg(resource.kind, name, where));
                default:
                    return fail(answer.error().message);
                }
            }
            if (!m_workspace)
                return;
            m_popup->dismiss();
            m_workspace->selection()->requestOpenObject(tenant, resource.plural, resource.group,
                                                        name);
            if (palette::FavouritesStore *store = favourites())
                store->addRecent({PaletteRef::Type::Object, tenant, resource.plural,
                                  resource.group, name});
            Q_EMIT objectOpened(tenant, resource.plural, name);
        });
}

void PaletteController::fail(const QString &message)
{
    m_popup->setMessage(message, true);
    Q_EMIT failed(message);
}

PaletteRef PaletteController::refOf(const PaletteItem &item) const
{
    switch (item.type) {
    case PaletteItem::Type::Tenant:
        return {PaletteRef::Type::Tenant, item.tenant, {}, {}, {}};
    case PaletteItem::Type::Kind:
        return {PaletteRef::Type::Kind, item.tenant, item.plural, item.group, {}};
    case PaletteItem::Type::Object:
    case PaletteItem::Type::Action:
        break;
    }
    return {PaletteRef::Type::Object, item.tenant, item.plural, item.group, item.name};
}

void PaletteController::pinItem(int index)
{
    palette::FavouritesStore *store = favourites();
    if (!store || index < 0 || index >= m_index.size())
        return;
    const PaletteItem &item = m_index.item(index);
    if (item.type == PaletteItem::Type::Action) {
        m_popup->setMessage(tr("Commands cannot be pinned."), true);
        return;
    }
    const PaletteRef ref = refOf(item);
    const bool pin = !store->isFavourite(ref);
    store->setFavourite(ref, pin);
    rebuild();
    m_popup->refresh();
    m_popup->setMessage(pin ? tr("Pinned %1.").arg(ref.path()) : tr("Unpinned %1.").arg(ref.path()),
                        false);
}

void PaletteController::pinSelection()
{
    palette::FavouritesStore *store = favourites();
    if (!store || !m_workspace)
        return;
    const workspace::Selection *selection = m_workspace->selection();
    if (!selection->resource())
        return;
    const kube::ApiResource &resource = *selection->resource();
    const QString name = selection->object()
                             .value(QStringLiteral("metadata")).toObject()
                             .value(QStringLiteral("name")).toString();
    const PaletteRef ref = name.isEmpty()
        ? PaletteRef{PaletteRef::Type::Kind, selection->tenant(), resource.plural, resource.group,
                     {}}
        : PaletteRef{PaletteRef::Type::Object, selection->tenant(), resource.plural,
                     resource.group, name};
    const bool pin = !store->isFavourite(ref);
    store->setFavourite(ref, pin);
    m_workbench.showStatusMessage(pin ? tr("Pinned %1 to the favourites.").arg(ref.path())
                                      : tr("Removed %1 from the favourites.").arg(ref.path()),
                                  5000);
}

void PaletteController::updatePinAction()
{
    m_pin->setEnabled(m_workspace && m_workspace->selection()->resource().has_value());
}

} // namespace scs::ui
