#include "ui/access/memberreviewdialog.h"

#include "ui/common/diffview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

MemberReviewDialog::MemberReviewDialog(const QString &heading, const QString &applyText,
                                       QWidget *parent)
    : QDialog(parent)
    , m_diff(new DiffView(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"memberReviewDialog"_s);
    setWindowTitle(tr("Review Access Change"));
    auto *title = new QLabel(heading, this);
    title->setWordWrap(true);
    title->setObjectName(u"memberReviewHeading"_s);
    m_diff->setObjectName(u"memberReviewDiff"_s);
    m_diff->setAccessibleName(tr("What the console writes"));
    m_message->setObjectName(u"memberReviewMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(applyText, QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"memberReviewApply"_s);
    m_apply->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"memberReviewCancel"_s);
    // Apply only asks: the dialog stays open until the owner says the write went through.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { Q_EMIT applyRequested(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 480);
}

void MemberReviewDialog::setTexts(const QString &before, const QString &after)
{
    m_diff->setTexts(before, after);
}

void MemberReviewDialog::setBusy(bool busy)
{
    m_apply->setEnabled(!busy);
    if (busy) {
        m_message->setText(tr("Writing…"));
        m_message->show();
    }
}

void MemberReviewDialog::setError(const QString &message)
{
    m_apply->setEnabled(true);
    m_message->setText(message);
    m_message->setStyleSheet(u"color: palette(text); font-weight: bold;"_s);
    m_message->setVisible(!message.isEmpty());
}

} // namespace scs::ui
