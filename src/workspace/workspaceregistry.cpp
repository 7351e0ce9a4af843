#include "workspace/workspaceregistry.h"

#include "auth/session.h"
#include "kube/tokensource.h"
#include "profiles/connectionprofile.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace scs::workspace {

struct WorkspaceRegistry::Entry
{
    // Declared before the workspace so that it is deleted after it.
    std::unique_ptr<kube::TokenSource> ownedTokens;
    std::unique_ptr<Workspace> workspace;
    QString displayName;
    Workspace *owner = nullptr;
};

WorkspaceRegistry::WorkspaceRegistry(QObject *parent)
    : QObject(parent)
{
}

WorkspaceRegistry::~WorkspaceRegistry()
{
    // Connections of no owner first (the Central API's last: others may use its session).
    while (!m_entries.empty()) {
        auto it = std::find_if(m_entries.rbegin(), m_entries.rend(),
                               [](const auto &e) { return !e->owner; });
        closeConnection(it == m_entries.rend() ? m_entries.back()->workspace.get()
                                               : (*it)->workspace.get());
    }
    // QObject's destructor would delete it only after ours has run; a session signal arriving
    // meanwhile would reach the lambdas, which use `this`.
    delete m_sessionContext;
    m_sessionContext = nullptr;
}

QList<Workspace *> WorkspaceRegistry::workspaces() const
{
    QList<Workspace *> all;
    all.reserve(qsizetype(m_entries.size()));
    for (const auto &e : m_entries)
        all.append(e->workspace.get());
    return all;
}

WorkspaceRegistry::Entry *WorkspaceRegistry::entryOf(const Workspace *workspace) const
{
    if (!workspace)
        return nullptr;
    for (const auto &e : m_entries) {
        if (e->workspace.get() == workspace)
            return e.get();
    }
    return nullptr;
}

Workspace *WorkspaceRegistry::owner(const Workspace *workspace) const
{
    const Entry *e = entryOf(workspace);
    return e ? e->owner : nullptr;
}

QString WorkspaceRegistry::displayName(const Workspace *workspace) const
{
    const Entry *e = entryOf(workspace);
    return e ? e->displayName : QString();
}

auth::Session *WorkspaceRegistry::session() const
{
    return m_central ? m_session.data() : nullptr;
}

void WorkspaceRegistry::setSession(auth::Session *session)
{
    if (session == m_session)
        return;
    closeCentral();
    delete m_sessionContext;
    m_sessionContext = nullptr;
    m_session = session;
    if (!session)
        return;
    m_sessionContext = new QObject(this);
    connect(session, &auth::Session::signedIn, m_sessionContext, [this] { openCentral(); });
    connect(session, &auth::Session::signedOut, m_sessionContext, [this] { closeCentral(); });
    connect(session, &auth::Session::signInRequired, m_sessionContext,
            [this] { closeCentral(); });
    connect(session, &QObject::destroyed, m_sessionContext, [this] {
        closeCentral();
        m_session = nullptr;
    });
    if (session->isSignedIn())
        openCentral();
}

Workspace *WorkspaceRegistry::add(const ConnectionProfile &profile, kube::TokenSource *tokens,
                                  std::unique_ptr<kube::TokenSource> owned,
                                  const QString &displayName, Workspace *owner, bool centralApi)
{
    auto entry = std::make_unique<Entry>();
    entry->ownedTokens = std::move(owned);
    entry->workspace = std::make_unique<Workspace>(
        profile, tokens, centralApi ? Workspace::Kind::CentralApi : Workspace::Kind::Cluster,
        centralApi && m_session ? m_session->groups() : QStringList(), nullptr);
    entry->displayName = displayName;
    entry->owner = entryOf(owner) ? owner : nullptr;
    Workspace *ws = entry->workspace.get();
    m_entries.push_back(std::move(entry));
    ws->start();
    return ws;
}

void WorkspaceRegistry::openCentral()
{
    if (m_central || !m_session)
        return; // signedIn also follows a scheduled refresh: keep what is open
    m_central = add(m_session->profile(), m_session, nullptr, m_session->profile().name, nullptr,
                    true);
    // The Central API's connection comes first in workspaces().
    std::rotate(m_entries.begin(), m_entries.end() - 1, m_entries.end());
    Q_EMIT connectionsChanged();
    // A connection opened without a session may be shown; the Central API's is shown now.
    switchTo(m_central);
}

void WorkspaceRegistry::closeCentral()
{
    if (m_central)
        closeConnection(m_central);
}

Workspace *WorkspaceRegistry::openConnection(const ConnectionProfile &profile,
                                             std::unique_ptr<kube::TokenSource> tokens,
                                             const QString &displayName, Workspace *owner)
{
    if (!tokens)
        return nullptr;
    kube::TokenSource *source = tokens.get();
    Workspace *ws = add(profile, source, std::move(tokens), displayName, owner, false);
    Q_EMIT connectionsChanged();
    switchTo(ws);
    return ws;
}

Workspace *WorkspaceRegistry::openWithSession(const ConnectionProfile &profile,
                                              const QString &displayName)
{
    if (!m_central || !m_session)
        return nullptr;
    Workspace *ws = add(profile, m_session, nullptr, displayName, m_central, false);
    Q_EMIT connectionsChanged();
    switchTo(ws);
    return ws;
}

void WorkspaceRegistry::setCurrent(Workspace *workspace)
{
    if (workspace && entryOf(workspace))
        switchTo(workspace);
}

void WorkspaceRegistry::switchTo(Workspace *workspace)
{
    if (workspace == m_current)
        return;
    if (m_current)
        Q_EMIT workspaceClosing(m_current);
    m_current = workspace;
    Q_EMIT workspaceChanged(workspace);
}

void WorkspaceRegistry::closeConnection(Workspace *workspace)
{
    if (!entryOf(workspace))
        return;
    // It and what it owns, owners before what they own.
    QList<Workspace *> closing{workspace};
    for (qsizetype i = 0; i < closing.size(); ++i) {
        for (const auto &e : m_entries) {
            if (e->owner == closing[i])
                closing.append(e->workspace.get());
        }
    }
    if (closing.contains(m_current)) {
        // One switch, to a connection that stays open.
        Workspace *next = owner(workspace);
        if (!next && !closing.contains(m_central))
            next = m_central;
        if (!next) {
            for (const auto &e : m_entries) {
                if (!closing.contains(e->workspace.get())) {
                    next = e->workspace.get();
                    break;
                }
            }
        }
        switchTo(next);
    }
    if (closing.contains(m_central))
        m_central = nullptr;
    std::vector<std::unique_ptr<Entry>> gone;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (closing.contains((*it)->workspace.get())) {
            gone.push_back(std::move(*it));
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
    Q_EMIT connectionsChanged();
    // What a connection owns goes before it (its tokens may be the owner's session).
    while (!gone.empty())
        gone.pop_back();
}

} // namespace scs::workspace
