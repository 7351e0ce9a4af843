#include "ui/orders/orderoptionspage.h"

#include "ui/common/wizardtaborder.h"

#include "ui/orders/orderwizard.h"
#include "ui/orders/orderwizardhelpers.h"
#include "ui/orders/schemaform.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

using namespace orderwizard;

OrderOptionsPage::OrderOptionsPage(OrderWizard &wizard)
    : m_wizard(wizard)
    , m_form(new SchemaForm(this))
    , m_empty(new QLabel(tr("This order has no further options."), this))
    , m_oidc(new QPushButton(tr("Use the Console's &Sign-In (OIDC)"), this))
{
    setObjectName(u"orderOptionsPage"_s);
    setTitle(tr("Options"));
    setSubTitle(tr("Settings of the cluster. Fields with * are required; hover a field for its "
                   "description."));
    m_form->setObjectName(u"optionsForm"_s);
    m_oidc->setObjectName(u"oidcButton"_s);
    m_oidc->setToolTip(tr("Sets the OIDC issuer and client of the new cluster to those of "
                          "this Central API, so that the same sign-in works there."));
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 6, 0);
    contentLayout->addWidget(m_form);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    // Not a Tab stop of its own: its fields are, and focusing one scrolls it into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_oidc);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_form, &SchemaForm::valuesChanged, this,
            [this] { storeForm(m_form, m_wizard.order().values); });
    connect(m_oidc, &QPushButton::clicked, this, [this] {
        const OrderType *type = m_wizard.orderType();
        if (!type)
            return;
        QJsonObject values = m_form->values();
        orders::prefillOidc(*type, m_wizard.profile(), values);
        m_form->setValues(values);
        storeForm(m_form, m_wizard.order().values);
    });
}

void OrderOptionsPage::initializePage()
{
    const OrderType *type = m_wizard.orderType();
    if (!type)
        return;
    const std::vector<Field> fields = optionsWhere(*type, false);
    m_form->setFields(fields, m_wizard.order().values);
    m_empty->setVisible(fields.empty());
    QJsonObject probe;
    m_oidc->setVisible(!orders::prefillOidc(*type, m_wizard.profile(), probe).isEmpty());
    // The form's fields are made now, after the button below them: Tab through the fields,
    // then the button, then the wizard's buttons.
    QWidget *previous = nullptr;
    for (QWidget *field : tabStopsIn(m_form)) {
        if (previous)
            setTabOrder(previous, field);
        previous = field;
    }
    if (previous)
        setTabOrder(previous, m_oidc);
    putWizardButtonsLast(&m_wizard);
}

bool OrderOptionsPage::validatePage()
{
    storeForm(m_form, m_wizard.order().values);
    QList<FieldIssue> mine;
    for (const FieldIssue &issue : m_wizard.issuesUnder({})) {
        if (m_form->owns(issue.path))
            mine.append(issue);
    }
    m_form->clearIssues();
    m_form->showIssues(mine);
    m_form->focusFirstError();
    return mine.isEmpty();
}

} // namespace scs::ui
