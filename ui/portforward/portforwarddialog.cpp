#include "ui/portforward/portforwarddialog.h"

#include "portforward/forwardtarget.h"
#include "portforward/portforward.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace scs::ui {

namespace {

quint16 portFromText(const QString &text)
{
    // "8080" or "8080 (http, web)": the number comes first.
    bool ok = false;
    const int port = text.section(QLatin1Char(' '), 0, 0).trimmed().toInt(&ok);
    return ok && port > 0 && port < 65536 ? quint16(port) : 0;
}

} // namespace

PortForwardDialog::PortForwardDialog(const QJsonObject &object, QWidget *parent)
    : QDialog(parent)
    , m_remote(new QComboBox(this))
    , m_local(new QSpinBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QString kind = object.value(QLatin1String("kind")).toString();
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString name = metadata.value(QLatin1String("namespace")).toString() + QLatin1Char('/')
        + metadata.value(QLatin1String("name")).toString();
    setObjectName(QStringLiteral("portForwardDialog"));
    setWindowTitle(tr("Port Forward"));
    setMinimumWidth(420);

    m_remote->setObjectName(QStringLiteral("remotePort"));
    m_remote->setEditable(true);
    m_remote->setInsertPolicy(QComboBox::NoInsert);
    if (kind == QLatin1String("Service")) {
        for (const portforward::ServicePort &p : portforward::servicePortsOf(object)) {
            if (p.protocol != QLatin1String("TCP"))
                continue;
            const QString target = p.targetName.isEmpty()
                ? QString::number(p.targetNumber == 0 ? p.port : p.targetNumber)
                : p.targetName;
            m_remote->addItem(p.name.isEmpty()
                                  ? tr("%1 (to %2)").arg(p.port).arg(target)
                                  : tr("%1 (%2, to %3)").arg(p.port).arg(p.name, target));
        }
    } else {
        for (const portforward::ContainerPort &p : portforward::containerPortsOf(object)) {
            if (p.protocol != QLatin1String("TCP"))
                continue;
            m_remote->addItem(p.name.isEmpty() ? tr("%1 (%2)").arg(p.port).arg(p.container)
                                               : tr("%1 (%2, %3)").arg(p.port).arg(p.name,
                                                                                   p.container));
        }
    }
    m_remote->lineEdit()->setPlaceholderText(tr("Port number"));

    m_local->setObjectName(QStringLiteral("localPort"));
    m_local->setRange(0, 65535);
    m_local->setSpecialValueText(tr("Any free port"));

    m_hint->setObjectName(QStringLiteral("portHint"));
    m_hint->setWordWrap(true);

    auto *intro = new QLabel(kind == QLatin1String("Service")
                                 ? tr("Forward a local port to Service %1 (to one of its running "
                                      "pods, chosen now).")
                                       .arg(name)
                                 : tr("Forward a local port to pod %1.").arg(name),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Remote port:"), m_remote);
    form->addRow(tr("&Local port (127.0.0.1):"), m_local);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Forward"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remote, &QComboBox::currentTextChanged, this, &PortForwardDialog::onRemoteChanged);
    connect(m_local, &QSpinBox::valueChanged, this, &PortForwardDialog::updateState);
    onRemoteChanged();
}

quint16 PortForwardDialog::remotePort() const
{
    return portFromText(m_remote->currentText());
}

quint16 PortForwardDialog::localPort() const
{
    return quint16(m_local->value());
}

QString PortForwardDialog::hint() const
{
    return m_hint->text();
}

void PortForwardDialog::onRemoteChanged()
{
    const quint16 remote = remotePort();
    // The local port follows the remote one until the person changes it.
    if (remote != 0 && (m_local->value() == 0 || m_local->value() == m_lastRemote
                        || !portforward::PortForward::isLocalPortFree(quint16(m_local->value())))) {
        const quint16 local = remote >= 1024 && portforward::PortForward::isLocalPortFree(remote)
            ? remote
            : portforward::PortForward::suggestLocalPort(remote);
        const QSignalBlocker block(m_local);
        m_local->setValue(local);
    }
    m_lastRemote = remote;
    updateState();
}

void PortForwardDialog::updateState()
{
    const quint16 remote = remotePort();
    const quint16 local = localPort();
    QString hint;
    bool ok = remote != 0;
    if (remote == 0) {
        hint = tr("Type the port to forward to (1-65535).");
    } else if (local != 0 && !portforward::PortForward::isLocalPortFree(local)) {
        ok = false;
        const quint16 other = portforward::PortForward::suggestLocalPort(local);
        hint = other != 0 ? tr("Local port %1 is already in use; %2 is free.").arg(local).arg(other)
                          : tr("Local port %1 is already in use.").arg(local);
    } else if (local == 0) {
        hint = tr("A free local port is picked when the forward starts.");
    } else {
        hint = tr("http://127.0.0.1:%1 will reach port %2.").arg(local).arg(remote);
    }
    m_hint->setText(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace scs::ui
