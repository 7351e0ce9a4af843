#include "ui/orders/scaleclusterdialog.h"

#include "ui/common/statusstyle.h"

#include <QCheckBox>
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
    , m_autoscale(new QCheckBox(tr("&Autoscale between a minimum and a maximum"), this))
    , m_min(new QSpinBox(this))
    , m_max(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"scaleDialog"_s);
    setWindowTitle(tr("Scale %1").arg(cluster.ref.name));
    m_autoscale->setObjectName(u"autoscaleBox"_s);
    m_autoscale->setToolTip(tr("The Cluster API autoscaler adds and removes nodes within the "
                               "bounds; the pool's node count is then left to it."));
    m_min->setObjectName(u"autoscaleMin"_s);
    m_max->setObjectName(u"autoscaleMax"_s);
    m_error->setObjectName(u"scaleError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1"_s.arg(statuscolor::error.name()));
    m_error->hide();
    for (const auto &pool : cluster.workers)
        m_pool->addItem(pool.name);
    m_replicas->setRange(0, 1000);
    // Not clamped to each other: a maximum below the minimum is said, not silently moved.
    m_min->setRange(0, 1000);
    m_max->setRange(0, 1000);
    const bool capi = cluster.ref.kind == orders::OrderKind::ClusterApi;
    m_autoscale->setVisible(capi);
    const auto sync = [this] {
        const int i = m_pool->currentIndex();
        if (i < 0 || i >= m_cluster.workers.size())
            return;
        const orders::PoolStatus &pool = m_cluster.workers.at(i);
        m_replicas->setValue(pool.desired);
        m_autoscale->setChecked(pool.autoscaling.has_value());
        m_min->setValue(pool.autoscaling ? pool.autoscaling->minSize : qMax(1, pool.desired));
        m_max->setValue(pool.autoscaling ? pool.autoscaling->maxSize
                                         : qMax(m_min->value(), pool.desired * 2));
        updateState();
    };
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Scale"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Worker &pool:"), m_pool);
    form->addRow(tr("&Nodes:"), m_replicas);
    form->addRow(QString(), m_autoscale);
    form->addRow(tr("M&inimum nodes:"), m_min);
    form->addRow(tr("Ma&ximum nodes:"), m_max);
    if (!capi) {
        form->setRowVisible(m_min, false);
        form->setRowVisible(m_max, false);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("How many worker nodes should the pool have?"), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_pool, &QComboBox::currentIndexChanged, this, sync);
    connect(m_autoscale, &QCheckBox::toggled, this, &ScaleClusterDialog::updateState);
    connect(m_min, &QSpinBox::valueChanged, this, &ScaleClusterDialog::updateState);
    connect(m_max, &QSpinBox::valueChanged, this, &ScaleClusterDialog::updateState);
    sync();
    updateState();
}

void ScaleClusterDialog::updateState()
{
    const bool on = m_autoscale->isChecked();
    m_replicas->setEnabled(!on);
    m_min->setEnabled(on);
    m_max->setEnabled(on);
    QString error;
    if (on && m_max->value() < m_min->value())
        error = tr("The maximum must not be below the minimum.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_pool->count() > 0 && error.isEmpty());
}

QString ScaleClusterDialog::pool() const
{
    return m_pool->currentText();
}

int ScaleClusterDialog::replicas() const
{
    return m_replicas->value();
}

std::optional<orders::Autoscaling> ScaleClusterDialog::autoscaling() const
{
    if (!m_autoscale->isChecked())
        return std::nullopt;
    return orders::Autoscaling{m_min->value(), m_max->value()};
}

QPushButton *ScaleClusterDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace scs::ui
