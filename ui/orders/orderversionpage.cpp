#include "ui/orders/orderversionpage.h"

#include "ui/common/statusstyle.h"
#include "ui/orders/orderwizard.h"
#include "ui/orders/orderwizardhelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

using namespace orderwizard;

OrderVersionPage::OrderVersionPage(OrderWizard &wizard)
    : m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_nameError(fieldErrorLabel(this))
    , m_version(new QComboBox(this))
    , m_versionHint(new QLabel(this))
    , m_versionError(fieldErrorLabel(this))
{
    setObjectName(u"orderVersionPage"_s);
    setTitle(tr("Name and Kubernetes version"));
    setSubTitle(tr("The name is unique in the tenant; the versions are those the class or the "
                   "Central API offers."));
    m_name->setObjectName(u"clusterName"_s);
    m_name->setToolTip(tr("Lowercase letters, digits and '-', at most 63 characters."));
    m_version->setObjectName(u"versionBox"_s);
    // Editable so that a version can be pasted; what is not offered is refused below it.
    m_version->setEditable(true);
    m_version->setInsertPolicy(QComboBox::NoInsert);
    m_versionHint->setWordWrap(true);
    QPalette hintPalette = m_versionHint->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_versionHint->setPalette(hintPalette);

    auto *nameCell = new QVBoxLayout;
    nameCell->setSpacing(2);
    nameCell->addWidget(m_name);
    nameCell->addWidget(m_nameError);
    auto *versionCell = new QVBoxLayout;
    versionCell->setSpacing(2);
    versionCell->addWidget(m_version);
    versionCell->addWidget(m_versionError);
    versionCell->addWidget(m_versionHint);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Cluster n&ame *"), nameCell);
    form->addRow(tr("Kubernetes &version *"), versionCell);
    qobject_cast<QLabel *>(form->labelForField(nameCell))->setBuddy(m_name);
    qobject_cast<QLabel *>(form->labelForField(versionCell))->setBuddy(m_version);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        store();
        const OrderType *type = m_wizard.orderType();
        if (type)
            setError(m_nameError, {});
    });
    connect(m_version, &QComboBox::currentTextChanged, this, [this] {
        store();
        setError(m_versionError, {});
    });
}

QString OrderVersionPage::nameError() const
{
    return m_nameError->isVisible() || !m_nameError->isHidden() ? m_nameError->text() : QString();
}

QString OrderVersionPage::versionError() const
{
    return !m_versionError->isHidden() ? m_versionError->text() : QString();
}

void OrderVersionPage::initializePage()
{
    const OrderType *type = m_wizard.orderType();
    if (!type)
        return;
    const orders::Order &order = m_wizard.order();
    m_name->setText(order.name);
    {
        const QSignalBlocker blocker(m_version);
        m_version->clear();
        // A release builds exactly its version: nothing to type. A plain class takes any
        // well-formed version (checked below the box).
        m_version->setEditable(!type->fromRelease());
        if (m_version->isEditable())
            m_version->setInsertPolicy(QComboBox::NoInsert);
        m_version->addItems(type->versions);
        m_version->setCurrentText(order.version);
    }
    if (type->fromRelease()) {
        m_versionHint->setText(tr("The Cluster Stack release %1 (stack %2, version %3) builds "
                                  "Kubernetes %4.")
                                   .arg(type->clusterClass, type->stackId, type->stackVersion,
                                        type->versions.value(0)));
    } else {
        m_versionHint->setText(
            type->versionsKnown
                ? tr("Offered: %1").arg(type->versions.join(u", "_s))
                : tr("No Cluster Stack release names this class's versions: enter one "
                     "(vMAJOR.MINOR.PATCH, e.g. v1.33.5); the Central API decides whether it "
                     "can build it."));
    }
    setError(m_nameError, {});
    setError(m_versionError, {});
}

void OrderVersionPage::store()
{
    m_wizard.order().name = m_name->text().trimmed();
    m_wizard.order().version = m_version->currentText().trimmed();
}

bool OrderVersionPage::validatePage()
{
    const OrderType *type = m_wizard.orderType();
    if (!type)
        return false;
    store();
    QStringList name;
    QStringList version;
    for (const FieldIssue &issue :
         m_wizard.issuesUnder({type->nameField.path, type->versionField.path})) {
        (isUnder(issue.path, type->nameField.path) ? name : version).append(issue.message);
    }
    setError(m_nameError, name);
    setError(m_versionError, version);
    if (!name.isEmpty())
        m_name->setFocus();
    else if (!version.isEmpty())
        m_version->setFocus();
    return name.isEmpty() && version.isEmpty();
}

} // namespace scs::ui
