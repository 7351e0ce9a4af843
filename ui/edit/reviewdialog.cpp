#include "ui/edit/reviewdialog.h"
#include "ui/common/statusstyle.h"

#include "ui/common/diffview.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace scs::ui {

ReviewDialog::ReviewDialog(const QString &objectName, QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_diff(new DiffView(this))
    , m_ssa(new QRadioButton(tr("Server-side apply (field manager scs-console)"), this))
    , m_update(new QRadioButton(tr("Update (replace the object, only if nobody changed it since "
                                   "you began)"),
                                this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review Changes to %1").arg(objectName));
    m_heading->setText(tr("The server's dry run of your edit: what would change in %1, "
                          "defaults the server fills in included.")
                           .arg(objectName));
    m_heading->setWordWrap(true);
    m_ssa->setObjectName(QStringLiteral("modeServerSideApply"));
    m_update->setObjectName(QStringLiteral("modeUpdate"));
    m_ssa->setToolTip(tr("The fields your text names become the console's. A field someone else "
                         "set differently is reported as a conflict, never taken silently."));
    m_update->setToolTip(tr("Sends the whole object with the resourceVersion you began from: "
                            "refused if anyone changed the object in between."));
    m_ssa->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_ssa);
    modes->addButton(m_update);
    auto *modeBox = new QGroupBox(tr("Write with"), this);
    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_ssa);
    modeLayout->addWidget(m_update);

    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("reviewApplyButton"));
    m_apply->setDefault(true);
    QPushButton *back = buttons->addButton(tr("Back to Editing"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("reviewBackButton"));
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(mode()); });
    connect(back, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_diff, 1);
    layout->addWidget(modeBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 640);
}

void ReviewDialog::setReview(const edit::EditResult &review)
{
    if (!review.diff.isEmpty() || !review.liveText.isEmpty() || !review.resultText.isEmpty()) {
        if (!review.diff.isEmpty())
            m_diff->setDiff(review.diff);
        else
            m_diff->setTexts(review.liveText, review.resultText);
    } else {
        m_diff->clear();
    }
    m_hasChanges = m_diff->hunkCount() > 0;
    m_apply->setEnabled(m_hasChanges);
    m_apply->setToolTip(m_hasChanges ? QString() : tr("Nothing to apply"));
    m_message->hide();
}

void ReviewDialog::setMode(edit::ApplyMode mode)
{
    (mode == edit::ApplyMode::Update ? m_update : m_ssa)->setChecked(true);
}

edit::ApplyMode ReviewDialog::mode() const
{
    return m_update->isChecked() ? edit::ApplyMode::Update : edit::ApplyMode::ServerSideApply;
}

void ReviewDialog::setBusy(bool busy)
{
    m_apply->setEnabled(!busy && m_hasChanges);
    if (busy) {
        m_message->setPalette(palette());
        m_message->setText(tr("Applying…"));
        m_message->show();
    }
}

void ReviewDialog::setError(const QString &message)
{
    setTextColor(m_message, statuscolor::error);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_apply->setEnabled(m_hasChanges);
}

} // namespace scs::ui
