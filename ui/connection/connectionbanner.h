#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QAction;
class QTimer;

namespace scs::workspace {
class ConnectionState;
class Workspace;
class WorkspaceRegistry;
} // namespace scs::workspace

namespace scs::ui {

class Workbench;

// Shows the current Workspace's ConnectionState in the window's banner: what cannot be reached,
// since when and "retrying in N s" (counted down each second), with a "Retry now" button.
// On recovery the banner goes, and so does an error banner another feature showed for the lost
// connection (the same message, e.g. a refresh's "refused the connection"); a banner about
// something else is left alone, and is not overwritten while the outage lasts. GUI thread only.
class ConnectionBanner : public QObject
{
    Q_OBJECT

public:
    ConnectionBanner(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                     QObject *parent = nullptr);
    ~ConnectionBanner() override;

private:
    void setWorkspace(workspace::Workspace *workspace);
    void update();
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool bannerIsOurs() const;

    Workbench &m_workbench;
    QPointer<workspace::ConnectionState> m_state;
    QTimer *m_tick;
    QAction *m_retry;
    QString m_shown; // our banner's text, as last shown
    QSet<QString> m_outageMessages; // messages of this outage's failures (theirs to clear too)
};

} // namespace scs::ui
