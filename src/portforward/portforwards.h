#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace scs::portforward {

class PortForward;

// The port forwards of a Workspace, one row each (newest last): target, local address, remote
// port, state, open/total connections, bytes both ways, error. It owns the forwards; stopped
// and failed ones stay listed (with why) until removeFinished(). Rows change in place as the
// forwards report (dataChanged per row, never a reset). GUI thread.
class PortForwards : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Target, Local, Remote, State, Connections, Bytes, Problem, ColumnCount };
    enum Role { ForwardRole = Qt::UserRole + 1 };

    explicit PortForwards(QObject *parent = nullptr);
    ~PortForwards() override;

    // Takes ownership and lists `forward` (started or not).
    void add(PortForward *forward);
    [[nodiscard]] PortForward *forwardAt(int row) const;
    [[nodiscard]] int rowOf(const PortForward *forward) const;
    [[nodiscard]] QList<PortForward *> forwards() const { return m_forwards; }
    [[nodiscard]] int activeCount() const;

    void stop(int row);
    // Stops every forward (the Workspace closes: their client goes with it).
    void stopAll();
    // Drops the rows of stopped and failed forwards.
    void removeFinished();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // "1.5 MiB" style.
    [[nodiscard]] static QString formatBytes(qint64 bytes);

Q_SIGNALS:
    void activeCountChanged();

private:
    void onChanged(PortForward *forward);

    QList<PortForward *> m_forwards;
};

} // namespace scs::portforward
