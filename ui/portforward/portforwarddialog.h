#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace scs::ui {

// Asks where to forward a pod's or a Service's port: the remote port from the ports the object
// declares (a pod's container ports, a Service's ports) or typed, and the local port on
// 127.0.0.1: by default the same number when it is free, else a free one near it (0: any free
// port). Says at once when the chosen local port is taken. GUI thread.
class PortForwardDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PortForwardDialog(const QJsonObject &object, QWidget *parent = nullptr);

    // 0 while the typed text is not a port.
    [[nodiscard]] quint16 remotePort() const;
    [[nodiscard]] quint16 localPort() const;

    [[nodiscard]] QComboBox *remotePortBox() const { return m_remote; }
    [[nodiscard]] QSpinBox *localPortBox() const { return m_local; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }
    [[nodiscard]] QString hint() const;

private:
    void onRemoteChanged();
    void updateState();

    QComboBox *m_remote;
    QSpinBox *m_local;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    quint16 m_lastRemote = 0;
};

} // namespace scs::ui
