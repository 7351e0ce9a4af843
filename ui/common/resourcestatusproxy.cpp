#include "ui/common/resourcestatusproxy.h"

#include "models/resourcetablemodel.h"
#include "ui/common/statusstyle.h"

#include <QColor>
#include <QFont>
#include <QIcon>

namespace scs::ui {

namespace {

bool isStatusColumn(const QString &header)
{
    static const QStringList names{QStringLiteral("Status"), QStringLiteral("Phase"),
                                   QStringLiteral("Ready"), QStringLiteral("Synced"),
                                   QStringLiteral("State"), QStringLiteral("Type")};
    return names.contains(header, Qt::CaseInsensitive);
}

} // namespace

ResourceStatusProxy::Health ResourceStatusProxy::healthOf(const QString &text)
{
    static const QStringList good{
        QStringLiteral("True"),      QStringLiteral("Ready"),     QStringLiteral("Running"),
        QStringLiteral("Provisioned"), QStringLiteral("Active"),  QStringLiteral("Bound"),
        QStringLiteral("Succeeded"), QStringLiteral("Available"), QStringLiteral("Completed"),
        QStringLiteral("Normal"),    QStringLiteral("Deployed")};
    static const QStringList progressing{
        QStringLiteral("Unknown"),      QStringLiteral("Pending"),
        QStringLiteral("Provisioning"), QStringLiteral("Terminating"),
        QStringLiteral("Creating"),     QStringLiteral("Updating"),
        QStringLiteral("ControlPlaneInitialized"), QStringLiteral("Scaling")};
    static const QStringList bad{QStringLiteral("False"),   QStringLiteral("Failed"),
                                 QStringLiteral("Error"),   QStringLiteral("Deleting"),
                                 QStringLiteral("Warning"), QStringLiteral("CrashLoopBackOff"),
                                 QStringLiteral("Lost"),    QStringLiteral("Degraded")};
    if (good.contains(text, Qt::CaseInsensitive))
        return Health::Good;
    if (progressing.contains(text, Qt::CaseInsensitive))
        return Health::Progressing;
    if (bad.contains(text, Qt::CaseInsensitive))
        return Health::Bad;
    return Health::None;
}

bool ResourceStatusProxy::hasStatusColumn() const
{
    for (int c = 0; c < columnCount(); ++c) {
        if (isStatusColumn(headerData(c, Qt::Horizontal).toString()))
            return true;
    }
    return false;
}

QColor ResourceStatusProxy::colorOf(Health health)
{
    switch (health) {
    case Health::Good:
        return readableStatusColor(statuscolor::good);
    case Health::Progressing:
        return readableStatusColor(statuscolor::progressing);
    case Health::Bad:
        return readableStatusColor(statuscolor::error);
    case Health::None:
        break;
    }
    return {};
}

namespace {
StatusKind kindOf(ResourceStatusProxy::Health health)
{
    using H = ResourceStatusProxy::Health;
    return health == H::Good ? StatusKind::Good
        : health == H::Bad   ? StatusKind::Error
                             : StatusKind::Progressing;
}
} // namespace

QVariant ResourceStatusProxy::data(const QModelIndex &index, int role) const
{
    // An object with a deletionTimestamp waits for its finalizers: say so in the status column
    // (or after the name where the kind has none) and grey the row out until the watch removes
    // it.
    if (index.isValid()
        && QIdentityProxyModel::data(index, models::ResourceTableModel::TerminatingRole)
               .toBool()) {
        const QString terminating = tr("Terminating");
        switch (role) {
        case Qt::DisplayRole: {
            const QString header = headerData(index.column(), Qt::Horizontal).toString();
            if (isStatusColumn(header))
                return terminating;
            if (index.column() == 0 && !hasStatusColumn())
                return tr("%1 · %2").arg(QIdentityProxyModel::data(index).toString(),
                                         terminating);
            break;
        }
        case Qt::ForegroundRole: {
            const QString header = headerData(index.column(), Qt::Horizontal).toString();
            if (isStatusColumn(header) || index.column() == 0)
                return colorOf(Health::Progressing);
            return readableStatusColor(statuscolor::inactive);
        }
        case Qt::FontRole: {
            QFont font;
            font.setItalic(true);
            return font;
        }
        case Qt::ToolTipRole: {
            const QStringList finalizers
                = QIdentityProxyModel::data(index, models::ResourceTableModel::FinalizersRole)
                      .toStringList();
            const QDateTime since
                = QIdentityProxyModel::data(index,
                                            models::ResourceTableModel::DeletionTimestampRole)
                      .toDateTime();
            const QString when = since.toLocalTime().toString(Qt::ISODate);
            return finalizers.isEmpty()
                ? tr("Terminating since %1").arg(when)
                : tr("Terminating since %1, waiting for: %2")
                      .arg(when, finalizers.join(QStringLiteral(", ")));
        }
        case Qt::DecorationRole:
            if (index.column() == 0) {
                return statusIcon(StatusKind::Progressing);
            }
            break;
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole || role == Qt::FontRole) {
        const QString header = headerData(index.column(), Qt::Horizontal).toString();
        if (isStatusColumn(header)) {
            const Health health = healthOf(QIdentityProxyModel::data(index).toString());
            if (health != Health::None) {
                if (role == Qt::ForegroundRole)
                    return colorOf(health);
                QFont font;
                font.setBold(true);
                return font;
            }
        }
    }
    if (role == Qt::DecorationRole && index.column() == 0) {
        const QString ready
            = QIdentityProxyModel::data(index, models::ResourceTableModel::ReadyRole).toString();
        const QString phase
            = QIdentityProxyModel::data(index, models::ResourceTableModel::PhaseRole).toString();
        Health health = ready.isEmpty() ? healthOf(phase) : healthOf(ready);
        if (health == Health::Good && healthOf(phase) == Health::Bad)
            health = Health::Bad; // Deleting while still Ready
        if (health != Health::None)
            return statusIcon(kindOf(health)); // painted once per kind, then kept
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace scs::ui
