#include "ui/orders/ordertenantpage.h"

#include "ui/orders/orderwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
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

} // namespace

OrderTenantPage::OrderTenantPage(OrderWizard &wizard)
    : m_wizard(wizard)
    , m_tenants(new QComboBox(this))
    , m_types(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"orderTenantPage"_s);
    setTitle(tr("Where and what"));
    setSubTitle(tr("Pick the tenant the cluster belongs to and what to order there."));
    m_tenants->setObjectName(u"tenantBox"_s);
    m_types->setObjectName(u"typeList"_s);
    m_types->setAlternatingRowColors(true);
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
    connect(m_types, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_wizard.setTypeIndex(row);
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
        for (const OrderType &type : m_wizard.orderTypes()) {
            auto *item = new QListWidgetItem(typeTitle(type), m_types);
            item->setData(Qt::UserRole, type.id());
            QStringList tip{orders::kindDisplayName(type.kind),
                            orders::resourceName(type.kind)};
            if (!type.versions.isEmpty())
                tip.append(tr("Versions: %1").arg(type.versions.join(u", "_s)));
            item->setToolTip(tip.join(u'\n'));
        }
        const OrderType *current = m_wizard.orderType();
        for (int row = 0; current && row < m_types->count(); ++row) {
            if (m_types->item(row)->data(Qt::UserRole).toString() == current->id())
                m_types->setCurrentRow(row);
        }
    }
    Q_EMIT completeChanged();
}

} // namespace scs::ui
