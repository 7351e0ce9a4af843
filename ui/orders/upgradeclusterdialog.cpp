#include "ui/orders/upgradeclusterdialog.h"

#include "ui/common/statusstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

using orders::ClusterStatus;
using orders::UpgradeTarget;

UpgradeClusterDialog::UpgradeClusterDialog(const ClusterStatus &cluster,
                                           const orders::OrderType *type,
                                           const QList<orders::OrderType> &types,
                                           QWidget *parent)
    : QDialog(parent)
    , m_cluster(cluster)
    , m_types(types)
    , m_version(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_changes(new QLabel(this))
    , m_dryRunResult(new QLabel(this))
    , m_dryRun(new QPushButton(tr("&Dry Run"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"upgradeDialog"_s);
    setWindowTitle(tr("Upgrade %1").arg(cluster.ref.name));
    if (type)
        m_from = *type;
    m_hint->setWordWrap(true);
    m_changes->setObjectName(u"upgradeChanges"_s);
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::RichText);
    m_dryRunResult->setObjectName(u"upgradeDryRun"_s);
    m_dryRunResult->setWordWrap(true);
    m_dryRun->setObjectName(u"upgradeDryRunButton"_s);
    m_dryRun->setToolTip(tr("Let the Central API check the change without making it"));

    m_buttons->addButton(m_dryRun, QDialogButtonBox::ActionRole);
    const bool stackClass = cluster.ref.kind == orders::OrderKind::ClusterApi
        && orders::StackReleaseName::parse(cluster.clusterClass).has_value()
        && (!type || type->fromRelease());
    if (stackClass) {
        m_targets = orders::upgradeTargets(types, cluster.clusterClass, cluster.version);
        for (const UpgradeTarget &t : std::as_const(m_targets)) {
            const QString step = t.step == UpgradeTarget::Step::StackVersion
                ? tr("stack version %1 of Kubernetes %2").arg(t.stackVersion, t.kubernetesMinor)
                : tr("next minor: Kubernetes %1").arg(t.kubernetesMinor);
            m_version->addItem(tr("%1 (%2, %3)").arg(t.version, t.clusterClass, step));
        }
        m_hint->setText(m_targets.isEmpty()
                            ? tr("%1 runs %2 on %3; no newer release of its Cluster Stack is "
                                 "ready (never a skipped minor, never down).")
                                  .arg(cluster.ref.name, cluster.version, cluster.clusterClass)
                            : tr("%1 runs %2 on %3. Class and version change together: a "
                                 "newer stack version of this minor or the next minor.")
                                  .arg(cluster.ref.name, cluster.version, cluster.clusterClass));
    } else {
        m_dryRun->hide();
        const bool typed = type && type->kind == orders::OrderKind::ClusterApi
            && !type->versionsKnown;
        if (type) {
            for (const QString &v : type->versions) {
                if (orders::checkUpgrade(*type, cluster.version, v))
                    m_version->addItem(v);
            }
        }
        if (typed) {
            m_version->setEditable(true);
            m_version->setInsertPolicy(QComboBox::NoInsert);
            m_version->setCurrentText(QString());
        }
        if (!type)
            m_hint->setText(tr("The versions this cluster may be upgraded to are not known (its "
                               "class was not found)."));
        else if (typed)
            m_hint->setText(tr("%1 runs %2. Its class names no versions: enter a newer one "
                               "(vMAJOR.MINOR.PATCH).")
                                .arg(cluster.ref.name, cluster.version));
        else if (m_version->count() == 0)
            m_hint->setText(tr("%1 runs %2; its class offers no newer version.")
                                .arg(cluster.ref.name, cluster.version));
        else
            m_hint->setText(tr("%1 runs %2. Only versions its class allows are offered.")
                                .arg(cluster.ref.name, cluster.version));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Upgrade"));
    auto updateOk = [this] {
        bool ok = m_version->count() > 0;
        if (m_from && m_version->isEditable())
            ok = bool(orders::checkUpgrade(*m_from, m_cluster.version, version()));
        if (const orders::OrderType *to = targetType()) {
            ok = ok
                && orders::planUpgrade(m_cluster.object, m_from ? &*m_from : nullptr, *to,
                                       version())
                       .possible();
        }
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
        m_dryRun->setEnabled(ok);
    };
    connect(m_dryRun, &QPushButton::clicked, this, [this] {
        m_dryRunResult->setText(tr("Asking the Central API…"));
        m_dryRunResult->setPalette(palette());
        Q_EMIT dryRunRequested();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_version, &QComboBox::currentTextChanged, this, [this, updateOk] {
        m_dryRunResult->clear();
        showChanges();
        updateOk();
    });
    auto *form = new QFormLayout;
    form->addRow(stackClass ? tr("&Target:") : tr("&Version:"), m_version);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_changes);
    layout->addWidget(m_dryRunResult);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    showChanges();
    updateOk();
}

std::optional<UpgradeTarget> UpgradeClusterDialog::target() const
{
    const int i = m_version->currentIndex();
    if (m_targets.isEmpty() || i < 0 || i >= m_targets.size())
        return std::nullopt;
    return m_targets.at(i);
}

const orders::OrderType *UpgradeClusterDialog::targetType() const
{
    const auto t = target();
    if (!t)
        return nullptr;
    for (const orders::OrderType &type : m_types) {
        if (type.kind == orders::OrderKind::ClusterApi && type.clusterClass == t->clusterClass)
            return &type;
    }
    return nullptr;
}

QString UpgradeClusterDialog::version() const
{
    if (const auto t = target())
        return t->version;
    return m_version->currentText().trimmed();
}

QStringList UpgradeClusterDialog::offeredVersions() const
{
    QStringList versions;
    if (!m_targets.isEmpty()) {
        for (const UpgradeTarget &t : m_targets)
            versions.append(t.version);
        return versions;
    }
    for (int i = 0; i < m_version->count(); ++i)
        versions.append(m_version->itemText(i));
    return versions;
}

QStringList UpgradeClusterDialog::offeredTargets() const
{
    QStringList targets;
    for (const UpgradeTarget &t : m_targets)
        targets.append(t.clusterClass + u' ' + t.version);
    return targets;
}

bool UpgradeClusterDialog::selectTarget(const QString &clusterClass)
{
    for (int i = 0; i < m_targets.size(); ++i) {
        if (m_targets.at(i).clusterClass == clusterClass) {
            m_version->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QPushButton *UpgradeClusterDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void UpgradeClusterDialog::setDryRunResult(bool ok, const QString &message)
{
    setTextColor(m_dryRunResult, ok ? statuscolor::good : statuscolor::error);
    m_dryRunResult->setText(ok ? tr("Dry run: the Central API accepts the change.")
                               : tr("Dry run refused: %1").arg(message));
}

void UpgradeClusterDialog::showChanges()
{
    const orders::OrderType *to = targetType();
    if (!to) {
        const QString v = version();
        m_changes->setText(v.isEmpty() ? QString()
                                       : tr("Kubernetes version: %1 → %2")
                                             .arg(m_cluster.version.toHtmlEscaped(),
                                                  v.toHtmlEscaped()));
        return;
    }
    const orders::UpgradeChange change =
        orders::planUpgrade(m_cluster.object, m_from ? &*m_from : nullptr, *to, version());
    auto list = [](const QStringList &names) {
        QStringList escaped;
        for (const QString &n : names)
            escaped.append(u"<code>"_s + n.toHtmlEscaped() + u"</code>"_s);
        return escaped.join(u", "_s);
    };
    QStringList lines;
    lines.append(tr("<b>Class:</b> %1 → %2")
                     .arg(change.fromClass.toHtmlEscaped(), change.toClass.toHtmlEscaped()));
    lines.append(tr("<b>Kubernetes version:</b> %1 → %2")
                     .arg(change.fromVersion.toHtmlEscaped(), change.toVersion.toHtmlEscaped()));
    if (!change.removedVariables.isEmpty())
        lines.append(tr("<b>Removed</b> (the new class does not know them): %1")
                         .arg(list(change.removedVariables)));
    if (!change.missingRequired.isEmpty())
        lines.append(tr("<b>Required by the new class and not set</b> (set them first): %1")
                         .arg(list(change.missingRequired)));
    if (!change.newVariables.isEmpty())
        lines.append(tr("<b>New variables</b> (their defaults apply): %1")
                         .arg(list(change.newVariables)));
    if (change.removedVariables.isEmpty() && change.missingRequired.isEmpty()
        && change.newVariables.isEmpty())
        lines.append(tr("The variables stay as they are."));
    m_changes->setText(lines.join(u"<br>"_s));
}

} // namespace scs::ui
