#include "ui/edit/draftsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scs::ui {

DraftsDialog::DraftsDialog(const QList<edit::Draft> &drafts, QWidget *parent)
    : QDialog(parent)
    , m_drafts(drafts)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("draftsDialog"));
    setWindowTitle(tr("Unsaved Drafts"));
    auto *label = new QLabel(tr("Edits that were not applied yet. Open one to continue, or "
                                "discard it."),
                             this);
    label->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("draftsList"));
    m_list->setAccessibleName(tr("Drafts"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Object"), tr("Namespace"), tr("Saved")});
    m_list->header()->setStretchLastSection(true);
    const QLocale locale;
    for (const edit::Draft &d : drafts) {
        auto *item = new QTreeWidgetItem(
            m_list, {tr("%1 %2").arg(d.kind, d.name.isEmpty() ? tr("(new)") : d.name),
                     d.namespaceName,
                     locale.toString(d.savedAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, d.objectKey);
        item->setToolTip(0, d.objectKey);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("draftsOpenButton"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("draftsDiscardButton"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int i = currentIndex();
        if (i < 0)
            return;
        const edit::Draft draft = m_drafts.at(i);
        accept();
        Q_EMIT openRequested(draft);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const int i = currentIndex();
        if (i >= 0)
            Q_EMIT discardRequested(m_drafts.at(i));
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_open, &QPushButton::click);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DraftsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 340);
    updateButtons();
}

int DraftsDialog::currentIndex() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return -1;
    const QString key = item->data(0, Qt::UserRole).toString();
    for (int i = 0; i < m_drafts.size(); ++i) {
        if (m_drafts.at(i).objectKey == key)
            return i;
    }
    return -1;
}

void DraftsDialog::removeDraft(const QString &objectKey)
{
    for (int i = 0; i < m_drafts.size(); ++i) {
        if (m_drafts.at(i).objectKey == objectKey) {
            m_drafts.removeAt(i);
            break;
        }
    }
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->data(0, Qt::UserRole).toString() == objectKey) {
            delete m_list->takeTopLevelItem(row);
            break;
        }
    }
    updateButtons();
    if (m_drafts.isEmpty())
        reject();
}

void DraftsDialog::updateButtons()
{
    const bool any = currentIndex() >= 0;
    m_open->setEnabled(any);
    m_discard->setEnabled(any);
}

} // namespace scs::ui
