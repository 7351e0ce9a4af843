#include "ui/orders/upgradeclusterdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

using orders::ClusterStatus;

UpgradeClusterDialog::UpgradeClusterDialog(const ClusterStatus &cluster,
                                           const orders::OrderType *type, QWidget *parent)
    : QDialog(parent)
    , m_version(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"upgradeDialog"_s);
    setWindowTitle(tr("Upgrade %1").arg(cluster.ref.name));
    m_hint->setWordWrap(true);
    if (type) {
        for (const QString &v : type->versions) {
            if (orders::checkUpgrade(*type, cluster.version, v))
                m_version->addItem(v);
        }
    }
    if (!type)
        m_hint->setText(tr("The versions this cluster may be upgraded to are not known (its "
                           "class was not found)."));
    else if (m_version->count() == 0)
        m_hint->setText(tr("%1 runs %2; its class offers no newer version.")
                            .arg(cluster.ref.name, cluster.version));
    else
        m_hint->setText(tr("%1 runs %2. Only versions its class allows are offered.")
                            .arg(cluster.ref.name, cluster.version));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Upgrade"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_version->count() > 0);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Version:"), m_version);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(400);
}

QString UpgradeClusterDialog::version() const
{
    return m_version->currentText();
}

QStringList UpgradeClusterDialog::offeredVersions() const
{
    QStringList versions;
    for (int i = 0; i < m_version->count(); ++i)
        versions.append(m_version->itemText(i));
    return versions;
}

QPushButton *UpgradeClusterDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace scs::ui
