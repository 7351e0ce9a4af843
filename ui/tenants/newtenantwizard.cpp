#include "ui/tenants/newtenantwizard.h"

#include "kube/kubeclient.h"
#include "tenants/tenantcreator.h"
#include "ui/common/editor/yamleditor.h"
#include "ui/common/statusstyle.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

namespace {
void showStatus(QLabel *label, const QString &text, const QColor &color = {})
{
    label->setText(text);
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (color.isValid())
        palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    label->setVisible(!text.isEmpty());
}

QLabel *statusLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &accessibleName,
                    const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

void put(QMap<QString, QString> &map, const QString &key, const QLineEdit *edit)
{
    if (const QString value = edit->text().trimmed(); !value.isEmpty())
        map.insert(key, value);
}
} // namespace

// --- name -------------------------------------------------------------------------------------

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
    status = statusLabel(this, u"tenantNameStatus"_s);

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

// --- quota and limits -----------------------------------------------------------------------

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
    status = statusLabel(this, u"tenantLimitsStatus"_s);

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

// --- review -----------------------------------------------------------------------------------

NewTenantReviewPage::NewTenantReviewPage(NewTenantWizard &wizard)
    : editor(new YamlEditor(this))
    , note(new QLabel(this))
    , m_wizard(wizard)
{
    setObjectName(u"newTenantReviewPage"_s);
    setTitle(tr("Review"));
    setSubTitle(tr("This is exactly what will be created, in this order."));
    // A commit page: once the objects are being created there is no going back.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create"));
    editor->setObjectName(u"newTenantYaml"_s);
    editor->setAccessibleName(tr("Objects to create"));
    editor->setReadOnly(true);
    note->setObjectName(u"newTenantReviewNote"_s);
    note->setWordWrap(true);
    note->setText(tr("The server checks each object as it is created. If one is refused, the "
                     "namespace is deleted again."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor, 1);
    layout->addWidget(note);
}

void NewTenantReviewPage::initializePage()
{
    editor->setText(QString::fromUtf8(tenants::yamlOf(m_wizard.plan())));
}

// --- create -----------------------------------------------------------------------------------

NewTenantCreatePage::NewTenantCreatePage(NewTenantWizard &wizard)
    : created(new QListWidget(this))
    , status(statusLabel(this, u"newTenantStatus"_s))
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

// --- wizard -----------------------------------------------------------------------------------

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
