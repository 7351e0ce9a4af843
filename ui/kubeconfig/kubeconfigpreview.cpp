#include "ui/kubeconfig/kubeconfigpreview.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace scs::ui {

KubeconfigPreview::KubeconfigPreview(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_entries(new QPlainTextEdit(this))
    , m_changes(new QLabel(this))
{
    m_entries->setObjectName(QStringLiteral("preview"));
    m_changes->setObjectName(QStringLiteral("changes"));
    m_entries->setReadOnly(true);
    m_entries->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_entries->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *label = new QLabel(title, this);
    label->setBuddy(m_entries);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_entries, 1);
    layout->addWidget(m_changes);
}

void KubeconfigPreview::setEntries(const QString &text)
{
    if (text.isEmpty())
        m_entries->clear();
    else
        m_entries->setPlainText(text);
}

void KubeconfigPreview::setChanges(const QString &html)
{
    m_changes->setText(html);
}

} // namespace scs::ui
