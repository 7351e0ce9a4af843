#include "ui/orders/deleteclusterdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

using orders::ClusterStatus;

DeleteClusterDialog::DeleteClusterDialog(const ClusterStatus &cluster, QWidget *parent)
    : QDialog(parent)
    , m_name(cluster.ref.name)
    , m_confirm(new QLineEdit(this))
{
    setObjectName(u"deleteClusterDialog"_s);
    setWindowTitle(tr("Delete %1").arg(cluster.ref.name));
    auto *question = new QLabel(
        tr("Delete the cluster <b>%1</b> in tenant %2? Its nodes and everything running on them "
           "go with it. This cannot be undone.<br><br>Type the cluster's name to confirm:")
            .arg(cluster.ref.name.toHtmlEscaped(), cluster.ref.tenant.toHtmlEscaped()),
        this);
    question->setWordWrap(true);
    m_confirm->setObjectName(u"confirmName"_s);
    m_confirm->setAccessibleName(tr("Cluster name to confirm"));
    m_confirm->setPlaceholderText(cluster.ref.name);
    auto *buttons = new QDialogButtonBox(this);
    m_delete = buttons->addButton(tr("&Delete Cluster"), QDialogButtonBox::DestructiveRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    m_delete->setAutoDefault(false);
    m_delete->setEnabled(false);
    connect(m_confirm, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_delete->setEnabled(text == m_name); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_confirm->text() == m_name)
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace scs::ui
