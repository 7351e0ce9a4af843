#pragma once

#include <QObject>
#include <QPointer>

namespace scs::auth {
class Session;
}

namespace scs::workspace {

class Workspace;

// Makes and drops the Workspace of the session the console follows (the composition root
// hands it SessionController's sessions). Features connect to workspaceChanged() and keep the
// pointer until the next change.
//
//   no session | signed out ──signedIn──> Workspace made, started ──signedOut | signInRequired
//   | session gone | another session──> workspaceChanged(nullptr), then the Workspace deleted
//
// A scheduled refresh (signedIn again) keeps the Workspace. GUI thread only.
class WorkspaceRegistry : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceRegistry(QObject *parent = nullptr);
    ~WorkspaceRegistry() override;

    // The signed-in connection, or nullptr.
    [[nodiscard]] Workspace *current() const { return m_current; }

public Q_SLOTS:
    // The session to follow; nullptr: none.
    void setSession(scs::auth::Session *session);

Q_SIGNALS:
    // A new Workspace (started) or nullptr. On a change every receiver drops the old pointer:
    // it is deleted right after this signal.
    void workspaceChanged(scs::workspace::Workspace *workspace);
    // Before workspaceChanged(nullptr): `workspace` is still whole (its Selection too); a
    // feature keeps what must survive (unsaved edits go to drafts) here.
    void workspaceClosing(scs::workspace::Workspace *workspace);

private:
    void open();
    void close();

    QPointer<auth::Session> m_session;
    QObject *m_sessionContext = nullptr; // parent of the connections to m_session
    Workspace *m_current = nullptr;
};

} // namespace scs::workspace
