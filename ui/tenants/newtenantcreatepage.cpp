#include "ui/tenants/newtenantcreatepage.h"

#include "common/error.h"
#include "tenants/tenantcreator.h"
#include "tenants/tenantplan.h"
#include "ui/common/statusstyle.h"
#include "ui/tenants/newtenantwizard.h"
#include "ui/tenants/tenantformhelpers.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

using tenantform::lineEdit;
using tenantform::showStatus;
using tenantform::statusLine;

NewTenantCreatePage::NewTenantCreatePage(NewTenantWizard &wizard)
    : created(new QListWidget(this))
    , status(statusLine(this, u"newTenantStatus"_s))
    , m_wizard(wizard)
{
    setObjectName(u"newTenantCreatePage"_s);
    setTitle(tr("Create"));
    setSubTitle(tr("The objects are created one after the other."));
    created->setObjectName(u"newTenantCreated"_s);
    created->setAccessibleName(tr("Created objects"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(status);
    layout->addWidget(created, 1);
    connect(m_wizard.m_creator, &tenants::TenantCreator::created, this,
            [this](const QString &what) { created->addItem(tr("%1 created").arg(what)); });
    connect(m_wizard.m_creator, &tenants::TenantCreator::succeeded, this, [this] {
        m_done = true;
        m_wizard.m_succeeded = true;
        const tenants::TenantPlan plan = m_wizard.plan();
        showStatus(status,
                   tr("✔ Tenant %1 is set up. Members of %2 see it once they sign in.")
                       .arg(plan.name, plan.adminGroup),
                   statuscolor::good);
        Q_EMIT completeChanged();
        Q_EMIT m_wizard.tenantCreated(plan.name);
    });
    connect(m_wizard.m_creator, &tenants::TenantCreator::failed, this, [this](const Error &e) {
        m_done = true;
        showStatus(status, tr("The tenant was not set up: %1").arg(e.message),
                   statuscolor::error);
        Q_EMIT completeChanged();
    });
}

void NewTenantCreatePage::initializePage()
{
    m_done = false;
    created->clear();
    showStatus(status, tr("Creating %1…").arg(m_wizard.plan().name));
    m_wizard.m_creator->start(m_wizard.plan());
}

bool NewTenantCreatePage::isComplete() const
{
    return m_done;
}

} // namespace scs::ui
