#include "ui/tenants/newtenantreviewpage.h"

#include "tenants/tenantplan.h"
#include "ui/common/editor/yamleditor.h"
#include "ui/tenants/newtenantwizard.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

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

} // namespace scs::ui
