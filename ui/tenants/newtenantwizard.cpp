#include "ui/tenants/newtenantwizard.h"

#include "kube/kubeclient.h"
#include "tenants/tenantcreator.h"
#include "ui/common/wizardtaborder.h"
#include "ui/tenants/newtenantcreatepage.h"
#include "ui/tenants/newtenantlimitspage.h"
#include "ui/tenants/newtenantnamepage.h"
#include "ui/tenants/newtenantreviewpage.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace scs::ui {

namespace {
void put(QMap<QString, QString> &map, const QString &key, const QLineEdit *edit)
{
    if (const QString value = edit->text().trimmed(); !value.isEmpty())
        map.insert(key, value);
}
} // namespace

NewTenantWizard::NewTenantWizard(kube::KubeClient *client, const kube::Discovery *discovery,
                                 const QStringList &roles, const QString &groupsPrefix,
                                 QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_groupsPrefix(groupsPrefix)
    , m_creator(new tenants::TenantCreator(client, discovery, this))
{
    setObjectName(u"newTenantWizard"_s);
    setWindowTitle(tr("New Tenant"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_namePage = new NewTenantNamePage(*this);
    m_limitsPage = new NewTenantLimitsPage(*this);
    m_reviewPage = new NewTenantReviewPage(*this);
    m_createPage = new NewTenantCreatePage(*this);
    setPage(NamePage, m_namePage);
    setPage(LimitsPage, m_limitsPage);
    setPage(ReviewPage, m_reviewPage);
    setPage(CreatePage, m_createPage);
    m_namePage->role->addItems(roles.isEmpty() ? QStringList{u"admin"_s} : roles);
    keepWizardTabOrder(this);
    resize(640, 520);
}

NewTenantWizard::~NewTenantWizard() = default;

bool NewTenantWizard::isCreating() const
{
    return m_creator->isRunning();
}

tenants::TenantPlan NewTenantWizard::plan() const
{
    tenants::TenantPlan plan;
    plan.name = m_namePage->name->text().trimmed();
    plan.displayName = m_namePage->displayName->text().trimmed();
    plan.adminGroup = m_namePage->group->text().trimmed();
    plan.adminRole = m_namePage->role->currentText().trimmed();
    plan.groupsPrefix = m_groupsPrefix;
    const NewTenantLimitsPage *l = m_limitsPage;
    put(plan.quota, u"count/clusters.cluster.x-k8s.io"_s, l->capiClusters);
    put(plan.quota, u"count/clusters.api.scs.community"_s, l->claimClusters);
    put(plan.quota, u"requests.cpu"_s, l->cpu);
    put(plan.quota, u"requests.memory"_s, l->memory);
    put(plan.defaultRequests, u"cpu"_s, l->requestCpu);
    put(plan.defaultRequests, u"memory"_s, l->requestMemory);
    put(plan.defaultLimits, u"cpu"_s, l->limitCpu);
    put(plan.defaultLimits, u"memory"_s, l->limitMemory);
    return plan;
}

} // namespace scs::ui
