#include "ui/access/whocandialog.h"

#include "access/accessservice.h"
#include "access/membersmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs::ui {

namespace {
const QStringList kVerbs{u"get"_s,    u"list"_s,   u"watch"_s,  u"create"_s,
                         u"update"_s, u"patch"_s,  u"delete"_s, u"deletecollection"_s};
}

WhoCanDialog::WhoCanDialog(kube::KubeClient *client, access::AccessService *service,
                           const QList<kube::ApiResource> &resources, const QStringList &tenants,
                           const QString &tenant, const QString &usernamePrefix,
                           const QString &groupsPrefix, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_model(new access::MembersModel(client, this))
    , m_userPrefix(usernamePrefix)
    , m_groupPrefix(groupsPrefix)
    , m_tenant(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_verb(new QComboBox(this))
    , m_system(new QCheckBox(tr("Show &Kubernetes' own identities"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_checkType(new QComboBox(this))
    , m_checkName(new QLineEdit(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_checkResult(new QLabel(this))
{
    setObjectName(u"whoCanDialog"_s);
    setWindowTitle(tr("Who Can?"));
    m_model->setPrefixes(usernamePrefix, groupsPrefix);
    for (const kube::ApiResource &r : resources) {
        if (r.namespaced && !r.plural.contains(u'/'))
            m_resources.append(r);
    }
    std::ranges::sort(m_resources, [](const kube::ApiResource &a, const kube::ApiResource &b) {
        return a.qualifiedName() < b.qualifiedName();
    });
    m_tenant->setObjectName(u"whoCanTenantBox"_s);
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->addItems(tenants);
    if (!tenant.isEmpty() && !tenants.contains(tenant))
        m_tenant->insertItem(0, tenant);
    m_tenant->setCurrentText(tenant);
    m_kind->setObjectName(u"whoCanKindBox"_s);
    m_kind->setAccessibleName(tr("Kind"));
    for (const kube::ApiResource &r : m_resources)
        m_kind->addItem(r.group.isEmpty() ? r.plural : tr("%1 (%2)").arg(r.plural, r.group),
                        QStringList{r.plural, r.group});
    m_verb->setObjectName(u"whoCanVerbBox"_s);
    m_verb->setAccessibleName(tr("Verb"));
    m_verb->addItems(kVerbs);
    m_verb->setCurrentText(u"delete"_s);
    m_system->setObjectName(u"whoCanSystemBox"_s);
    m_system->setAccessibleName(tr("Show Kubernetes' own identities"));
    m_summary->setObjectName(u"whoCanSummary"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"whoCanTable"_s);
    m_table->setAccessibleName(tr("Who can"));
    m_table->setHorizontalHeaderLabels({tr("Who"), tr("Type"), tr("Through"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *query = new QFormLayout;
    query->addRow(tr("&Tenant:"), m_tenant);
    query->addRow(tr("K&ind:"), m_kind);
    query->addRow(tr("&Verb:"), m_verb);

    m_checkType->setObjectName(u"whoCanCheckTypeBox"_s);
    m_checkType->setAccessibleName(tr("User or group"));
    m_checkType->addItem(tr("User"), u"User"_s);
    m_checkType->addItem(tr("Group"), u"Group"_s);
    m_checkName->setObjectName(u"whoCanCheckName"_s);
    m_checkName->setAccessibleName(tr("Name to check"));
    m_checkName->setPlaceholderText(tr("name, e.g. bob"));
    m_check->setObjectName(u"whoCanCheckButton"_s);
    m_checkResult->setObjectName(u"whoCanCheckResult"_s);
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *checkBox = new QGroupBox(tr("What may a user or group do with this kind here?"), this);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkType);
    checkRow->addWidget(m_checkName, 1);
    checkRow->addWidget(m_check);
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addLayout(checkRow);
    checkLayout->addWidget(m_checkResult);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(query);
    layout->addWidget(m_summary);
    layout->addWidget(m_system);
    layout->addWidget(m_table, 1);
    layout->addWidget(checkBox);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(m_tenant, &QComboBox::currentTextChanged, this, [this] { tenantChanged(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_verb, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_system, &QCheckBox::toggled, this, [this] { recompute(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { recompute(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { recompute(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { recompute(); });
    connect(m_model, &access::MembersModel::synced, this, [this] { recompute(); });
    connect(m_check, &QPushButton::clicked, this, [this] { runCheck(); });
    connect(m_checkName, &QLineEdit::returnPressed, this, [this] { runCheck(); });
    tenantChanged();
}

WhoCanDialog::~WhoCanDialog() = default;

bool WhoCanDialog::setQuery(const QString &tenant, const QString &resource, const QString &group,
                            const QString &verb)
{
    const int kind = m_kind->findData(QStringList{resource, group});
    const int v = m_verb->findText(verb);
    if (kind < 0 || v < 0)
        return false;
    if (m_tenant->findText(tenant) < 0)
        m_tenant->addItem(tenant);
    m_tenant->setCurrentText(tenant);
    m_kind->setCurrentIndex(kind);
    m_verb->setCurrentIndex(v);
    recompute();
    return true;
}

bool WhoCanDialog::isReady() const
{
    return m_model->isSynced();
}

void WhoCanDialog::tenantChanged()
{
    m_model->setNamespace(m_tenant->currentText());
    recompute();
}

QString WhoCanDialog::displayName(const access::Subject &subject) const
{
    if (subject.kind == "ServiceAccount"_L1)
        return subject.namespaceName + u'/' + subject.name;
    return m_model->displayName(subject);
}

void WhoCanDialog::recompute()
{
    const QString tenant = m_tenant->currentText();
    const QStringList kind = m_kind->currentData().toStringList();
    const QString verb = m_verb->currentText();
    m_table->setRowCount(0);
    m_entries.clear();
    if (kind.size() != 2 || tenant.isEmpty()) {
        m_summary->setText(tr("Pick a tenant and a kind."));
        return;
    }
    if (!m_model->isSynced()) {
        m_summary->setText(tr("Reading the bindings of %1…").arg(tenant));
        return;
    }
    int unreadable = 0;
    const QList<access::WhoCanEntry> all = access::whoCan(m_model->policy(), tenant, verb,
                                                          kind[1], kind[0], &unreadable);
    int hidden = 0;
    for (const access::WhoCanEntry &entry : all) {
        if (!m_system->isChecked() && entry.subject.isSystem()) {
            ++hidden;
            continue;
        }
        m_entries.append(entry);
    }
    for (const access::WhoCanEntry &entry : std::as_const(m_entries)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *who = new QTableWidgetItem(displayName(entry.subject));
        who->setToolTip(entry.subject.name);
        m_table->setItem(row, 0, who);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(entry.subject.kind == "User"_L1    ? tr("User")
                                              : entry.subject.kind == "Group"_L1 ? tr("Group")
                                                                                 : tr("Service account")));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(tr("%1 %2 → %3 %4")
                                                  .arg(entry.bindingKind, entry.bindingName,
                                                       entry.role.kind, entry.role.name)));
        QString note;
        if (!entry.onlyNames.isEmpty())
            note = tr("only %1").arg(entry.onlyNames.join(", "_L1));
        else if (!entry.rulesKnown)
            note = tr("role not readable; built-in role known by name");
        m_table->setItem(row, 3, new QTableWidgetItem(note));
    }
    QStringList notes;
    notes << (m_entries.isEmpty() ? tr("Nobody you can see may %1 %2 in %3.")
                                  : tr("Who may %1 %2 in %3:"))
                 .arg(verb, m_kind->currentText(), tenant);
    if (hidden > 0)
        notes << tr("Kubernetes' own identities not shown: %1.").arg(hidden);
    if (!m_model->policy().clusterBindingsReadable)
        notes << tr("You may not read the cluster-wide bindings: who holds it through them is "
                    "not known here.");
    if (unreadable > 0)
        notes << tr("Bindings left out because you may not read their roles: %1.")
                     .arg(unreadable);
    m_summary->setText(notes.join(u' '));
    Q_EMIT answered();
}

void WhoCanDialog::checkSubject(const QString &kind, const QString &name)
{
    m_checkType->setCurrentIndex(m_checkType->findData(kind));
    m_checkName->setText(name);
    runCheck();
}

void WhoCanDialog::runCheck()
{
    const QString typed = m_checkName->text().trimmed();
    const QStringList kind = m_kind->currentData().toStringList();
    const QString tenant = m_tenant->currentText();
    if (typed.isEmpty() || kind.size() != 2 || !m_service)
        return;
    const QString type = m_checkType->currentData().toString();
    const QString &prefix = type == "Group"_L1 ? m_groupPrefix : m_userPrefix;
    const access::Subject subject{type, typed.startsWith(prefix) ? typed : prefix + typed, {}};
    delete m_checkContext;
    m_checkContext = new QObject(this);
    m_checkResult->setText(tr("Asking…"));
    m_service->subjectAccess(
        tenant, subject, kind[1], kind[0], kVerbs, m_checkContext,
        [this, subject, tenant, kind](const Result<QStringList> &verbs) {
            const QString what = m_kind->currentText();
            if (verbs) {
                m_checkResult->setText(
                    verbs->isEmpty()
                        ? tr("%1 may do nothing with %2 in %3 (the API server's answer).")
                              .arg(subject.name, what, tenant)
                        : tr("%1 may %2 %3 in %4 (the API server's answer).")
                              .arg(subject.name, verbs->join(", "_L1), what, tenant));
            } else {
                // Not allowed to ask: computed from what the viewer can read, and said so.
                const access::Identity who = subject.kind == "Group"_L1
                    ? access::Identity{QString(), {subject.name}}
                    : access::Identity{subject.name, {}};
                const QStringList computed = access::allowedVerbs(m_model->policy(), tenant, who,
                                                                  kind[1], kind[0], kVerbs);
                m_checkResult->setText(
                    (computed.isEmpty()
                         ? tr("%1 may do nothing with %2 in %3")
                               .arg(subject.name, what, tenant)
                         : tr("%1 may %2 %3 in %4")
                               .arg(subject.name, computed.join(", "_L1), what, tenant))
                    + u' '
                    + tr("(computed from the bindings you may read: you may not ask the API "
                         "server; groups the user is in are not known here)."));
            }
            Q_EMIT checkFinished();
        });
}

} // namespace scs::ui
