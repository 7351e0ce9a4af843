#include "ui/tenants/newtenantlimitspage.h"

#include "tenants/tenantplan.h"
#include "ui/common/statusstyle.h"
#include "ui/tenants/newtenantwizard.h"
#include "ui/tenants/tenantformhelpers.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

using tenantform::lineEdit;
using tenantform::showStatus;
using tenantform::statusLine;

NewTenantLimitsPage::NewTenantLimitsPage(NewTenantWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(u"newTenantLimitsPage"_s);
    setTitle(tr("Quota and limits"));
    setSubTitle(tr("Optional. Empty fields are left out; with all empty, no ResourceQuota and no "
                   "LimitRange are made."));
    capiClusters = lineEdit(this, u"quotaCapiClusters"_s, tr("Cluster API clusters"),
                            tr("e.g. 3"));
    claimClusters = lineEdit(this, u"quotaClaimClusters"_s, tr("Cluster orders (claims)"),
                             tr("e.g. 3"));
    cpu = lineEdit(this, u"quotaCpu"_s, tr("CPU requests"), tr("e.g. 32"));
    memory = lineEdit(this, u"quotaMemory"_s, tr("Memory requests"), tr("e.g. 64Gi"));
    requestCpu = lineEdit(this, u"defaultRequestCpu"_s, tr("Default CPU request"),
                          tr("e.g. 250m"));
    requestMemory = lineEdit(this, u"defaultRequestMemory"_s, tr("Default memory request"),
                             tr("e.g. 256Mi"));
    limitCpu = lineEdit(this, u"defaultLimitCpu"_s, tr("Default CPU limit"), tr("e.g. 1"));
    limitMemory = lineEdit(this, u"defaultLimitMemory"_s, tr("Default memory limit"),
                           tr("e.g. 1Gi"));
    status = statusLine(this, u"tenantLimitsStatus"_s);

    auto *quota = new QGroupBox(tr("ResourceQuota"), this);
    auto *quotaForm = new QFormLayout(quota);
    quotaForm->addRow(tr("&Cluster API clusters:"), capiClusters);
    quotaForm->addRow(tr("Cluster &orders (claims):"), claimClusters);
    quotaForm->addRow(tr("C&PU requests:"), cpu);
    quotaForm->addRow(tr("&Memory requests:"), memory);
    auto *limits = new QGroupBox(tr("LimitRange (defaults for containers)"), this);
    auto *limitsForm = new QFormLayout(limits);
    limitsForm->addRow(tr("CPU re&quest:"), requestCpu);
    limitsForm->addRow(tr("Memory r&equest:"), requestMemory);
    limitsForm->addRow(tr("CPU &limit:"), limitCpu);
    limitsForm->addRow(tr("Memory l&imit:"), limitMemory);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quota);
    layout->addWidget(limits);
    layout->addWidget(status);
    layout->addStretch(1);
}

bool NewTenantLimitsPage::validatePage()
{
    const QStringList issues = tenants::validate(m_wizard.plan());
    showStatus(status, issues.join(u'\n'), statuscolor::error);
    return issues.isEmpty();
}

} // namespace scs::ui
