#include "ui/edit/editpage.h"
#include "ui/common/statusstyle.h"

#include "ui/common/editor/yamleditor.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace scs::ui {

EditPage::EditPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_review(new QToolButton(this))
    , m_apply(new QToolButton(this))
    , m_discard(new QToolButton(this))
    , m_change(new QWidget(this))
    , m_changeText(new QLabel(m_change))
    , m_reload(new QToolButton(m_change))
    , m_keep(new QToolButton(m_change))
    , m_message(new QLabel(this))
    , m_editor(new YamlEditor(this))
{
    setObjectName(QStringLiteral("editPage"));
    m_title->setObjectName(QStringLiteral("editTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    for (QToolButton *b : {m_review, m_apply, m_discard})
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_mode->setObjectName(QStringLiteral("editMode"));
    m_mode->setAccessibleName(tr("How to apply"));
    m_mode->addItem(tr("Server-side apply"));
    m_mode->addItem(tr("Update"));
    m_mode->setToolTip(tr("Server-side apply: the fields you set become the console's; a field "
                          "another client set differently is a conflict.\nUpdate: the whole "
                          "object, refused if anyone changed it since you began (like kubectl "
                          "edit)."));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &EditPage::modeChanged);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_mode);
    header->addWidget(m_review);
    header->addWidget(m_apply);
    header->addWidget(m_discard);

    m_change->setObjectName(QStringLiteral("serverChangeBanner"));
    m_change->setAutoFillBackground(true);
    m_change->setPalette(bannerPalette(this->palette(), QColor(0xfd, 0xf3, 0xd8)));
    m_changeText->setWordWrap(true);
    m_reload->setObjectName(QStringLiteral("serverChangeReload"));
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Take the server's version and put your changes on top of it"));
    m_keep->setObjectName(QStringLiteral("serverChangeKeep"));
    m_keep->setText(tr("Keep Mine"));
    m_keep->setToolTip(tr("Go on with your text; a conflict shows up when you apply"));
    auto *changeLayout = new QHBoxLayout(m_change);
    changeLayout->setContentsMargins(8, 4, 4, 4);
    changeLayout->addWidget(m_changeText, 1);
    changeLayout->addWidget(m_reload);
    changeLayout->addWidget(m_keep);
    m_change->hide();
    connect(m_reload, &QToolButton::clicked, this, &EditPage::reloadRequested);
    connect(m_keep, &QToolButton::clicked, this, &EditPage::keepRequested);

    m_message->setObjectName(QStringLiteral("editMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_editor->setObjectName(QStringLiteral("editEditor"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_change);
    layout->addWidget(m_message);
    layout->addWidget(m_editor, 1);
}

void EditPage::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EditPage::setActions(QAction *review, QAction *apply, QAction *discard)
{
    m_review->setDefaultAction(review);
    m_apply->setDefaultAction(apply);
    m_discard->setDefaultAction(discard);
}

void EditPage::setMessage(const QString &text, MessageKind kind)
{
    switch (kind) {
    case MessageKind::None:
        m_message->clear();
        m_message->hide();
        return;
    case MessageKind::Progress:
        setTextColor(m_message, palette().color(QPalette::PlaceholderText));
        break;
    case MessageKind::Info:
        setTextColor(m_message, QColor(0x1b, 0x5e, 0x9e));
        break;
    case MessageKind::Error:
        setTextColor(m_message, statuscolor::error);
        break;
    }
    m_message->setText(text);
    m_message->show();
}

QString EditPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void EditPage::showServerChange(const QString &text, bool offerReload)
{
    m_changeText->setText(text);
    m_reload->setVisible(offerReload);
    m_change->show();
}

void EditPage::hideServerChange()
{
    m_change->hide();
}

bool EditPage::isServerChangeShown() const
{
    return !m_change->isHidden();
}

} // namespace scs::ui
