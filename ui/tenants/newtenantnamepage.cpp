#include "ui/tenants/newtenantnamepage.h"

#include "tenants/tenantplan.h"
#include "ui/common/statusstyle.h"
#include "ui/tenants/newtenantwizard.h"
#include "ui/tenants/tenantformhelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

using tenantform::lineEdit;
using tenantform::showStatus;
using tenantform::statusLine;

NewTenantNamePage::NewTenantNamePage(NewTenantWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(u"newTenantNamePage"_s);
    setTitle(tr("Tenant"));
    setSubTitle(tr("A tenant is a namespace of the Central API. Its administrators are the "
                   "members of a Keycloak group."));
    name = lineEdit(this, u"tenantName"_s, tr("Name"), tr("e.g. tenant-c"));
    displayName = lineEdit(this, u"tenantDisplayName"_s, tr("Display name"), tr("e.g. Tenant C"));
    group = lineEdit(this, u"tenantAdminGroup"_s, tr("Administrators (Keycloak group)"),
                     tr("e.g. tenant-c-admins"));
    role = new QComboBox(this);
    role->setObjectName(u"tenantAdminRole"_s);
    role->setAccessibleName(tr("Role of the administrators"));
    role->setEditable(true);
    status = statusLine(this, u"tenantNameStatus"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Na&me:"), name);
    form->addRow(tr("&Display name:"), displayName);
    form->addRow(tr("&Administrators (Keycloak group):"), group);
    form->addRow(tr("&Role (ClusterRole):"), role);
    auto *hint = new QLabel(tr("The namespace gets the label scs.community/tenant and the display "
                               "name as annotation scs.community/display-name, by which the "
                               "console finds tenants. OpenStack credentials (a Crossplane "
                               "ProviderConfig) are not set up here."),
                            this);
    hint->setObjectName(u"tenantConventionHint"_s);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(status);
    layout->addStretch(1);

    connect(name, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The group follows the name until the person types one of their own.
        if (!m_groupEdited)
            group->setText(text.isEmpty() ? QString() : text + u"-admins"_s);
        Q_EMIT completeChanged();
    });
    connect(group, &QLineEdit::textEdited, this, [this] { m_groupEdited = true; });
    connect(group, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool NewTenantNamePage::isComplete() const
{
    return !name->text().trimmed().isEmpty() && !group->text().trimmed().isEmpty();
}

bool NewTenantNamePage::validatePage()
{
    tenants::TenantPlan plan = m_wizard.plan();
    plan.quota.clear();
    plan.defaultLimits.clear();
    plan.defaultRequests.clear();
    const QStringList issues = tenants::validate(plan);
    showStatus(status, issues.join(u'\n'), statuscolor::error);
    return issues.isEmpty();
}

} // namespace scs::ui
