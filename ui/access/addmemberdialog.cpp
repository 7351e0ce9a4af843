#include "ui/access/addmemberdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

AddMemberDialog::AddMemberDialog(const QString &tenant, const QString &usernamePrefix,
                                 const QString &groupsPrefix, const QList<RoleChoice> &roles,
                                 QWidget *parent)
    : QDialog(parent)
    , m_userPrefix(usernamePrefix)
    , m_groupPrefix(groupsPrefix)
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_bound(new QLabel(this))
    , m_role(new QComboBox(this))
{
    setObjectName(u"addMemberDialog"_s);
    setWindowTitle(tr("Add Member to %1").arg(tenant));
    m_type->setObjectName(u"memberTypeBox"_s);
    m_type->addItem(tr("Keycloak user"), u"User"_s);
    m_type->addItem(tr("Keycloak group"), u"Group"_s);
    m_type->setAccessibleName(tr("Member type"));
    m_name->setObjectName(u"memberNameEdit"_s);
    m_name->setPlaceholderText(tr("user or group name, e.g. alice"));
    m_name->setAccessibleName(tr("User or group name"));
    m_bound->setObjectName(u"memberBoundName"_s);
    m_bound->setWordWrap(true);
    m_bound->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_role->setObjectName(u"memberRoleBox"_s);
    m_role->setAccessibleName(tr("Role"));
    for (const RoleChoice &choice : roles) {
        const QString text = choice.description.isEmpty()
            ? choice.role.name
            : tr("%1 — %2").arg(choice.role.name, choice.description);
        m_role->addItem(text, QStringList{choice.role.kind, choice.role.name});
        m_role->setItemData(m_role->count() - 1,
                            choice.role.kind == "Role"_L1 ? tr("Role of this tenant")
                                                          : tr("ClusterRole"),
                            Qt::ToolTipRole);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_bound);
    form->addRow(tr("&Role:"), m_role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_review = buttons->addButton(tr("Re&view…"), QDialogButtonBox::AcceptRole);
    m_review->setObjectName(u"memberReviewButton"_s);
    m_review->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddMemberDialog::update);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AddMemberDialog::update);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddMemberDialog::update);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The console writes a RoleBinding in %1 that gives the user or "
                                "group the role there.")
                                 .arg(tenant),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    update();
}

QString AddMemberDialog::prefix() const
{
    return m_type->currentData().toString() == "Group"_L1 ? m_groupPrefix : m_userPrefix;
}

access::Subject AddMemberDialog::subject() const
{
    QString name = m_name->text().trimmed();
    // A name typed with the prefix is taken as it is.
    if (!prefix().isEmpty() && !name.startsWith(prefix()))
        name.prepend(prefix());
    return {m_type->currentData().toString(), name, {}};
}

access::RoleRef AddMemberDialog::role() const
{
    const QStringList ref = m_role->currentData().toStringList();
    return ref.size() == 2 ? access::RoleRef{ref[0], ref[1]} : access::RoleRef{};
}

bool AddMemberDialog::selectRole(const QString &kind, const QString &name)
{
    const int index = m_role->findData(QStringList{kind, name});
    if (index >= 0)
        m_role->setCurrentIndex(index);
    return index >= 0;
}

void AddMemberDialog::update()
{
    static const QRegularExpression blank(u"\\s"_s);
    const QString typed = m_name->text().trimmed();
    const bool valid = !typed.isEmpty() && !typed.contains(blank) && m_role->currentIndex() >= 0;
    m_review->setEnabled(valid);
    if (typed.isEmpty()) {
        m_bound->setText(prefix().isEmpty()
                             ? tr("The API server knows names without a prefix.")
                             : tr("The API server knows this name with the prefix \"%1\".")
                                   .arg(prefix()));
    } else {
        m_bound->setText(tr("Bound as: %1").arg(subject().name));
    }
}

} // namespace scs::ui
