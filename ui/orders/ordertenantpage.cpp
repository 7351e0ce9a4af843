#include "ui/orders/ordertenantpage.h"

#include "ui/orders/orderwizard.h"

#include <QComboBox>
#include <QHash>
#include <QFormLayout>
#include <QLabel>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

using orders::OrderKind;
using orders::OrderType;

namespace {

// "cluster-1 (Central API cluster)"-like line for the type list.
QString typeTitle(const OrderType &type)
{
    if (type.kind == OrderKind::Claim)
        return OrderWizard::tr("%1 (SCS Central API claim)").arg(type.displayName);
    return OrderWizard::tr("%1 (Cluster API, class %2)").arg(type.displayName, type.clusterClass);
}

constexpr int kIndexRole = Qt::UserRole + 1; // index into OrderWizard::orderTypes()

} // namespace

OrderTenantPage::OrderTenantPage(OrderWizard &wizard)
    : m_wizard(wizard)
    , m_tenants(new QComboBox(this))
    , m_types(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"orderTenantPage"_s);
    setTitle(tr("Where and what"));
    setSubTitle(tr("Pick the tenant the cluster belongs to and what to order there."));
    m_tenants->setObjectName(u"tenantBox"_s);
    m_types->setObjectName(u"typeList"_s);
    m_types->setHeaderHidden(true);
    m_types->setRootIsDecorated(true);
    m_types->setAccessibleName(tr("What to order"));
    m_status->setObjectName(u"tenantStatus"_s);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Tenant:"), m_tenants);
    auto *typeLabel = new QLabel(tr("&Order:"), this);
    typeLabel->setBuddy(m_types);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(typeLabel);
    layout->addWidget(m_types, 1);
    layout->addWidget(m_status);

    connect(m_tenants, &QComboBox::currentTextChanged, this, [this](const QString &tenant) {
        if (!tenant.isEmpty() && tenant != m_wizard.tenant())
            m_wizard.loadTenant(tenant);
    });
    connect(m_types, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kIndexRole).isValid())
            m_wizard.setTypeIndex(item->data(0, kIndexRole).toInt());
    });
}

bool OrderTenantPage::isComplete() const
{
    return !m_wizard.isLoading() && m_wizard.orderType() != nullptr;
}

void OrderTenantPage::refresh()
{
    {
        const QSignalBlocker blocker(m_tenants);
        m_tenants->clear();
        m_tenants->addItems(m_wizard.orderableTenants());
        m_tenants->setCurrentText(m_wizard.tenant());
    }
    {
        const QSignalBlocker blocker(m_types);
        m_types->clear();
        const OrderType *current = m_wizard.orderType();
        QTreeWidgetItem *currentItem = nullptr;
        // Group items are made as the types come (they are sorted by stack, minor, version).
        QHash<QString, QTreeWidgetItem *> groups;
        auto group = [&](QTreeWidgetItem *parent, const QString &key, const QString &text) {
            QTreeWidgetItem *&g = groups[key];
            if (!g) {
                g = parent ? new QTreeWidgetItem(parent, {text})
                           : new QTreeWidgetItem(m_types, {text});
                g->setFlags(Qt::ItemIsEnabled);
                g->setExpanded(true);
            }
            return g;
        };
        const QList<OrderType> &types = m_wizard.orderTypes();
        for (int i = 0; i < types.size(); ++i) {
            const OrderType &type = types.at(i);
            QTreeWidgetItem *item = nullptr;
            if (type.kind == OrderKind::Claim) {
                item = new QTreeWidgetItem(m_types, {typeTitle(type)});
            } else if (type.fromRelease()) {
                QTreeWidgetItem *stack = group(nullptr, type.stackId,
                                               tr("Cluster Stack %1").arg(type.stackId));
                QTreeWidgetItem *minor =
                    group(stack, type.stackId + u'/' + type.kubernetesMinor,
                          tr("Kubernetes %1").arg(type.kubernetesMinor));
                item = new QTreeWidgetItem(minor, {tr("%1: Kubernetes %2 (class %3)")
                                                       .arg(type.stackVersion,
                                                            type.versions.value(0),
                                                            type.clusterClass)});
            } else {
                QTreeWidgetItem *other =
                    group(nullptr, u"/other"_s, tr("Other ClusterClasses (version typed in)"));
                item = new QTreeWidgetItem(other, {typeTitle(type)});
            }
            item->setData(0, Qt::UserRole, type.id());
            item->setData(0, kIndexRole, i);
            QStringList tip{orders::kindDisplayName(type.kind),
                            orders::resourceName(type.kind)};
            if (!type.versions.isEmpty())
                tip.append(tr("Versions: %1").arg(type.versions.join(u", "_s)));
            item->setToolTip(0, tip.join(u'\n'));
            if (current && current->id() == type.id())
                currentItem = item;
        }
        m_types->expandAll();
        if (currentItem)
            m_types->setCurrentItem(currentItem);
    }
    Q_EMIT completeChanged();
}

} // namespace scs::ui
