#include "ui/common/wizardtaborder.h"

#include <QAbstractButton>
#include <QWizard>
#include <QWizardPage>

namespace scs::ui {

void putWizardButtonsLast(QWizard *wizard)
{
    QWizardPage *page = wizard->currentPage();
    if (!page)
        return;
    // The page's last control in the focus chain (controls a page makes when it is shown, a
    // schema form's fields, are added to the chain's end).
    QWidget *last = page;
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            last = w;
    }
    struct Role
    {
        QWizard::WizardButton button;
        QWizard::WizardOption needs; // 0: always there
    };
    const Role roles[] = {
        {QWizard::CustomButton1, QWizard::HaveCustomButton1},
        {QWizard::CustomButton2, QWizard::HaveCustomButton2},
        {QWizard::CustomButton3, QWizard::HaveCustomButton3},
        {QWizard::BackButton, QWizard::WizardOption(0)},
        {QWizard::NextButton, QWizard::WizardOption(0)},
        {QWizard::CommitButton, QWizard::WizardOption(0)},
        {QWizard::FinishButton, QWizard::WizardOption(0)},
        {QWizard::CancelButton, QWizard::WizardOption(0)},
        {QWizard::HelpButton, QWizard::HaveHelpButton},
    };
    QWidget *previous = last;
    for (const Role &role : roles) {
        if (role.needs != QWizard::WizardOption(0) && !wizard->testOption(role.needs))
            continue; // button() would make a button the wizard does not show
        QAbstractButton *button = wizard->button(role.button);
        if (!button)
            continue;
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
}

QList<QWidget *> tabStopsIn(QWidget *container)
{
    QList<QWidget *> stops;
    for (QWidget *w = container->nextInFocusChain(); w && w != container;
         w = w->nextInFocusChain()) {
        if (container->isAncestorOf(w) && !w->focusProxy() && (w->focusPolicy() & Qt::TabFocus))
            stops.append(w);
    }
    return stops;
}

void keepWizardTabOrder(QWizard *wizard)
{
    QObject::connect(wizard, &QWizard::currentIdChanged, wizard,
                     [wizard] { putWizardButtonsLast(wizard); });
    putWizardButtonsLast(wizard);
}

} // namespace scs::ui
