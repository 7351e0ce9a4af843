#include "ui/browse/deletedialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStyle>
#include <QVBoxLayout>

namespace scs::ui {

using models::PropagationPolicy;

namespace {

QString describe(const models::DeletionTarget &t)
{
    return t.namespaceName.isEmpty()
        ? DeleteDialog::tr("%1 %2").arg(t.resource.kind, t.name)
        : DeleteDialog::tr("%1 %2 in %3").arg(t.resource.kind, t.name, t.namespaceName);
}

} // namespace

DeleteDialog::DeleteDialog(const QList<models::DeletionTarget> &targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_question(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_policies(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("deleteDialog"));
    const int count = int(targets.size());
    setWindowTitle(count == 1 ? tr("Delete %1").arg(targets.front().resource.kind)
                              : tr("Delete %n object(s)", nullptr, count));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    m_question->setObjectName(QStringLiteral("deleteQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setText(question());

    m_list->setObjectName(QStringLiteral("deleteTargets"));
    m_list->setAccessibleName(tr("Objects to delete"));
    for (const models::DeletionTarget &t : targets)
        m_list->addItem(describe(t));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setMaximumHeight(count == 1 ? m_list->sizeHintForRow(0) + 8 : 180);

    auto *policyBox = new QGroupBox(tr("What happens to objects it owns"), this);
    auto *policyLayout = new QVBoxLayout(policyBox);
    const struct
    {
        PropagationPolicy policy;
        QString title;
        QString help;
    } choices[] = {
        {PropagationPolicy::Background, tr("Background (default)"),
         tr("Deleted now; the objects it owns are removed afterwards by the garbage collector.")},
        {PropagationPolicy::Foreground, tr("Foreground"),
         tr("Stays, marked Terminating, until every object it owns is deleted first.")},
        {PropagationPolicy::Orphan, tr("Orphan"),
         tr("Deleted alone; the objects it owns are kept and lose their owner.")},
    };
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.title, policyBox);
        button->setObjectName(QStringLiteral("policy")
                              + models::propagationPolicyName(choice.policy));
        auto *help = new QLabel(choice.help, policyBox);
        help->setWordWrap(true);
        help->setIndent(24);
        QPalette palette = help->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        help->setPalette(palette);
        m_policies->addButton(button, int(choice.policy));
        policyLayout->addWidget(button);
        policyLayout->addWidget(help);
    }
    setPolicy(PropagationPolicy::Background);

    auto *note = new QLabel(tr("Objects with finalizers stay, shown as Terminating, until "
                               "their finalizers are done."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_delete = buttons->addButton(count == 1 ? tr("Delete") : tr("Delete %n", nullptr, count),
                                  QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter must not delete: Cancel is the default.
    m_delete->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_question, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list);
    layout->addWidget(policyBox);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString DeleteDialog::question() const
{
    if (m_targets.size() == 1) {
        const models::DeletionTarget &t = m_targets.front();
        return t.namespaceName.isEmpty()
            ? tr("Delete the %1 \u201c%2\u201d? This cannot be undone.")
                  .arg(t.resource.kind, t.name)
            : tr("Delete the %1 \u201c%2\u201d in %3? This cannot be undone.")
                  .arg(t.resource.kind, t.name, t.namespaceName);
    }
    QSet<QString> kinds;
    QSet<QString> namespaces;
    for (const models::DeletionTarget &t : m_targets) {
        kinds.insert(t.resource.kind);
        namespaces.insert(t.namespaceName);
    }
    const int count = int(m_targets.size());
    if (kinds.size() == 1 && namespaces.size() == 1 && !m_targets.front().namespaceName.isEmpty())
        return tr("Delete these %n %1 objects in %2? This cannot be undone.", nullptr, count)
            .arg(m_targets.front().resource.kind, m_targets.front().namespaceName);
    return tr("Delete these %n objects? This cannot be undone.", nullptr, count);
}

models::PropagationPolicy DeleteDialog::policy() const
{
    return PropagationPolicy(std::max(0, m_policies->checkedId()));
}

void DeleteDialog::setPolicy(PropagationPolicy policy)
{
    if (QAbstractButton *button = m_policies->button(int(policy)))
        button->setChecked(true);
}

} // namespace scs::ui
