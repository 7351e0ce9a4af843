#include "ui/orders/scaleclusterdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

using orders::ClusterStatus;

ScaleClusterDialog::ScaleClusterDialog(const ClusterStatus &cluster, QWidget *parent)
    : QDialog(parent)
    , m_cluster(cluster)
    , m_pool(new QComboBox(this))
    , m_replicas(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"scaleDialog"_s);
    setWindowTitle(tr("Scale %1").arg(cluster.ref.name));
    for (const auto &pool : cluster.workers)
        m_pool->addItem(pool.name);
    m_replicas->setRange(0, 1000);
    const auto sync = [this] {
        const int i = m_pool->currentIndex();
        if (i >= 0 && i < m_cluster.workers.size())
            m_replicas->setValue(m_cluster.workers.at(i).desired);
    };
    sync();
    connect(m_pool, &QComboBox::currentIndexChanged, this, sync);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Scale"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Worker &pool:"), m_pool);
    form->addRow(tr("&Nodes:"), m_replicas);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("How many worker nodes should the pool have?"), this));
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_pool->count() > 0);
}

QString ScaleClusterDialog::pool() const
{
    return m_pool->currentText();
}

int ScaleClusterDialog::replicas() const
{
    return m_replicas->value();
}

QPushButton *ScaleClusterDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace scs::ui
