#include "ui/connection/connectionbanner.h"

#include "ui/common/workbench.h"
#include "workspace/connectionstate.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QAction>
#include <QDateTime>
#include <QTimer>

#include <cmath>

namespace scs::ui {

using workspace::ConnectionState;

ConnectionBanner::ConnectionBanner(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                                   QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_tick(new QTimer(this))
    , m_retry(new QAction(tr("Retry now"), this))
{
    m_retry->setObjectName(QStringLiteral("connectionRetryAction"));
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConnectionBanner::update);
    connect(m_retry, &QAction::triggered, this, [this] {
        if (m_state)
            m_state->retryNow();
    });
    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceChanged, this,
            &ConnectionBanner::setWorkspace);
    setWorkspace(workspaces.current());
}

ConnectionBanner::~ConnectionBanner() = default;

void ConnectionBanner::setWorkspace(workspace::Workspace *workspace)
{
    if (m_state)
        m_state->disconnect(this);
    m_state = workspace ? workspace->connectionState() : nullptr;
    if (m_state)
        connect(m_state, &ConnectionState::changed, this, &ConnectionBanner::update);
    update();
}

bool ConnectionBanner::bannerIsOurs() const
{
    const QString shown = m_workbench.bannerText();
    return !m_shown.isEmpty() && shown == m_shown;
}

QString ConnectionBanner::text() const
{
    QStringList lines;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto service : {ConnectionState::Service::CentralApi,
                               ConnectionState::Service::Issuer}) {
        const auto &outage = m_state->outage(service);
        if (!outage)
            continue;
        const QString since = outage->since.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        QString line = service == ConnectionState::Service::CentralApi
            ? tr("The Central API at %1 cannot be reached (since %2).").arg(outage->where, since)
            : tr("The sign-in service (Keycloak) at %1 cannot be reached (since %2); you stay "
                 "signed in until your token expires.")
                  .arg(outage->where, since);
        if (outage->nextRetry.isValid()) {
            const int seconds = int(
                std::max<qint64>(0, (now.msecsTo(outage->nextRetry) + 999) / 1000));
            line += QLatin1Char(' ') + tr("Retrying in %n s.", nullptr, seconds);
        } else {
            line += QLatin1Char(' ') + tr("Retrying now…");
        }
        if (service == ConnectionState::Service::CentralApi)
            line += QLatin1Char(' ') + tr("Tables show what was known then.");
        lines.append(line);
        if (!outage->error.message.isEmpty())
            lines.append(outage->error.message);
    }
    return lines.join(QLatin1Char('\n'));
}

void ConnectionBanner::update()
{
    if (!m_state || m_state->isOnline()) {
        m_tick->stop();
        // Recovered (or gone): our banner goes, and so does an error another feature showed
        // about this outage (a refresh's "refused the connection").
        const QString shown = m_workbench.bannerText();
        if (!shown.isEmpty() && (bannerIsOurs() || m_outageMessages.contains(shown)))
            m_workbench.hideBanner();
        m_shown.clear();
        m_outageMessages.clear();
        return;
    }
    for (const auto service : {ConnectionState::Service::CentralApi,
                               ConnectionState::Service::Issuer}) {
        if (const auto &outage = m_state->outage(service); outage && !outage->error.message.isEmpty())
            m_outageMessages.insert(outage->error.message);
    }
    if (!m_tick->isActive())
        m_tick->start();
    // Another feature's banner stays unless it is about this outage.
    const QString shown = m_workbench.bannerText();
    if (!shown.isEmpty() && !bannerIsOurs() && !m_outageMessages.contains(shown))
        return;
    const QString now = text();
    if (now == shown)
        return;
    m_shown = now;
    m_workbench.showBanner(now, Workbench::BannerKind::Warning, m_retry);
}

} // namespace scs::ui
