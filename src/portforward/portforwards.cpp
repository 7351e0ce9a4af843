#include "portforward/portforwards.h"

#include "portforward/portforward.h"

#include <QLocale>

namespace scs::portforward {

PortForwards::PortForwards(QObject *parent)
    : QAbstractTableModel(parent)
{}

PortForwards::~PortForwards()
{
    for (PortForward *forward : std::as_const(m_forwards))
        forward->disconnect(this);
    qDeleteAll(m_forwards);
}

void PortForwards::add(PortForward *forward)
{
    const int row = int(m_forwards.size());
    beginInsertRows({}, row, row);
    forward->setParent(this);
    m_forwards.append(forward);
    endInsertRows();
    connect(forward, &PortForward::stateChanged, this, [this, forward] {
        onChanged(forward);
        Q_EMIT activeCountChanged();
    });
    connect(forward, &PortForward::statsChanged, this, [this, forward] { onChanged(forward); });
    Q_EMIT activeCountChanged();
}

PortForward *PortForwards::forwardAt(int row) const
{
    return row >= 0 && row < m_forwards.size() ? m_forwards.at(row) : nullptr;
}

int PortForwards::rowOf(const PortForward *forward) const
{
    for (int i = 0; i < m_forwards.size(); ++i) {
        if (m_forwards.at(i) == forward)
            return i;
    }
    return -1;
}

int PortForwards::activeCount() const
{
    int count = 0;
    for (const PortForward *forward : m_forwards)
        count += forward->isRunning();
    return count;
}

void PortForwards::stop(int row)
{
    if (PortForward *forward = forwardAt(row))
        forward->stop();
}

void PortForwards::stopAll()
{
    for (PortForward *forward : std::as_const(m_forwards))
        forward->stop();
}

void PortForwards::removeFinished()
{
    for (int row = int(m_forwards.size()) - 1; row >= 0; --row) {
        PortForward *forward = m_forwards.at(row);
        if (forward->isRunning())
            continue;
        beginRemoveRows({}, row, row);
        m_forwards.removeAt(row);
        endRemoveRows();
        forward->disconnect(this);
        forward->deleteLater();
    }
}

int PortForwards::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_forwards.size());
}

int PortForwards::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortForwards::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant PortForwards::data(const QModelIndex &index, int role) const
{
    const PortForward *forward = index.isValid() ? forwardAt(index.row()) : nullptr;
    if (!forward)
        return {};
    if (role == ForwardRole)
        return QVariant::fromValue(const_cast<PortForward *>(forward));
    if (role == Qt::ToolTipRole && index.column() == Problem)
        return forward->error().message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Target:
        return forward->targetText();
    case Local:
        return forward->localPort() != 0
            ? forward->localAddress()
            : (forward->requestedLocalPort() != 0
                   ? QStringLiteral("127.0.0.1:%1").arg(forward->requestedLocalPort())
                   : QString());
    case Remote:
        if (forward->kind() == QLatin1String("Service") && forward->podPort() != 0
            && forward->podPort() != forward->remotePort()) {
            return tr("%1 (pod %2)").arg(forward->remotePort()).arg(forward->podPort());
        }
        return QString::number(forward->remotePort());
    case State:
        return forward->stateText();
    case Connections:
        return tr("%1 open, %2 in all")
            .arg(forward->openConnections())
            .arg(forward->totalConnections());
    case Bytes:
        return tr("↓ %1  ↑ %2")
            .arg(formatBytes(forward->bytesFromPod()), formatBytes(forward->bytesToPod()));
    case Problem:
        return forward->error().message;
    default:
        return {};
    }
}

QVariant PortForwards::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Target:
        return tr("Target");
    case Local:
        return tr("Local address");
    case Remote:
        return tr("Remote port");
    case State:
        return tr("State");
    case Connections:
        return tr("Connections");
    case Bytes:
        return tr("Transferred");
    case Problem:
        return tr("Error");
    default:
        return {};
    }
}

void PortForwards::onChanged(PortForward *forward)
{
    const int row = rowOf(forward);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace scs::portforward
