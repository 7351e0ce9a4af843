#include "ui/exec/exectab.h"

#include "kube/kubeclient.h"
#include "ui/common/terminal/terminalwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace scs::ui {

ExecTab::ExecTab(kube::KubeClient *client, const exec::ExecOptions &options, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_options(options)
    , m_terminal(new TerminalWidget(this))
    , m_statusBar(new QWidget(this))
    , m_status(new QLabel(m_statusBar))
    , m_reconnect(new QPushButton(tr("&Reconnect"), m_statusBar))
{
    setObjectName(QStringLiteral("execTab"));
    m_terminal->setAccessibleName(tr("Shell in %1").arg(title()));
    m_status->setObjectName(QStringLiteral("execStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_reconnect->setObjectName(QStringLiteral("execReconnect"));
    m_reconnect->setToolTip(tr("Run the command again in this terminal"));
    auto *statusLayout = new QHBoxLayout(m_statusBar);
    statusLayout->setContentsMargins(6, 3, 6, 3);
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(m_reconnect);
    m_statusBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_terminal, 1);
    layout->addWidget(m_statusBar);
    setFocusProxy(m_terminal);
    connect(m_reconnect, &QPushButton::clicked, this, &ExecTab::start);
    connect(m_terminal, &TerminalWidget::input, this, [this](const QByteArray &bytes) {
        if (m_session)
            m_session->sendInput(bytes);
    });
    connect(m_terminal, &TerminalWidget::sizeChanged, this, [this](int columns, int rows) {
        m_options.columns = columns;
        m_options.rows = rows;
        if (m_session)
            m_session->resize(columns, rows);
    });
}

ExecTab::~ExecTab()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->stop();
    }
}

QString ExecTab::title() const
{
    return m_options.container.isEmpty() ? m_options.pod
                                         : m_options.pod + QLatin1Char('/') + m_options.container;
}

QString ExecTab::statusText() const
{
    return m_statusBar->isHidden() ? QString() : m_status->text();
}

void ExecTab::start()
{
    if (!m_client)
        return;
    if (m_session) {
        m_session->disconnect(this);
        m_session->stop();
        m_session->deleteLater();
    }
    m_options.columns = m_terminal->columns();
    m_options.rows = m_terminal->rows();
    m_session = new exec::ExecSession(m_client, m_options, this);
    connect(m_session, &exec::ExecSession::outputReceived, m_terminal, &TerminalWidget::write);
    connect(m_session, &exec::ExecSession::ended, this, &ExecTab::onEnded);
    m_statusBar->hide();
    m_terminal->setReadOnly(false);
    m_terminal->setFocus();
    Q_EMIT runningChanged(true);
    m_session->start();
}

void ExecTab::onEnded(const exec::ExecEnd &end)
{
    m_terminal->setReadOnly(true);
    QString text = end.message();
    if (end.reason == exec::ExecEnd::Reason::NoShell) {
        text += QLatin1Char(' ')
            + tr("(some images have no shell at all; try another container or command)");
    }
    m_status->setText(text);
    m_status->setToolTip(end.error.detail);
    m_reconnect->setText(end.reason == exec::ExecEnd::Reason::ConnectionLost ? tr("&Reconnect")
                                                                             : tr("&Run Again"));
    m_statusBar->show();
    Q_EMIT runningChanged(false);
}

} // namespace scs::ui
