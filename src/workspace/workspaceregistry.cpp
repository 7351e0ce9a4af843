#include "workspace/workspaceregistry.h"

#include "auth/session.h"
#include "workspace/workspace.h"

namespace scs::workspace {

WorkspaceRegistry::WorkspaceRegistry(QObject *parent)
    : QObject(parent)
{
}

WorkspaceRegistry::~WorkspaceRegistry()
{
    close();
    // QObject's destructor would delete it only after ours has run; a session signal arriving
    // meanwhile would reach the lambdas, which use `this`.
    delete m_sessionContext;
    m_sessionContext = nullptr;
}

void WorkspaceRegistry::setSession(auth::Session *session)
{
    if (session == m_session)
        return;
    close();
    delete m_sessionContext;
    m_sessionContext = nullptr;
    m_session = session;
    if (!session)
        return;
    m_sessionContext = new QObject(this);
    connect(session, &auth::Session::signedIn, m_sessionContext, [this] { open(); });
    connect(session, &auth::Session::signedOut, m_sessionContext, [this] { close(); });
    connect(session, &auth::Session::signInRequired, m_sessionContext, [this] { close(); });
    connect(session, &QObject::destroyed, m_sessionContext, [this] {
        close();
        m_session = nullptr;
    });
    if (session->isSignedIn())
        open();
}

void WorkspaceRegistry::open()
{
    if (m_current || !m_session)
        return; // signedIn also follows a scheduled refresh: keep what is open
    m_current = new Workspace(m_session->profile(), m_session, m_session->groups(), this);
    m_current->start();
    Q_EMIT workspaceChanged(m_current);
}

void WorkspaceRegistry::close()
{
    if (!m_current)
        return;
    Workspace *old = m_current;
    Q_EMIT workspaceClosing(old);
    m_current = nullptr;
    Q_EMIT workspaceChanged(nullptr);
    delete old;
}

} // namespace scs::workspace
