#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

namespace scs {
struct ConnectionProfile;
namespace auth {
class Session;
}
namespace kube {
class TokenSource;
}
} // namespace scs

namespace scs::workspace {

class Workspace;

// The open connections, one Workspace each, and which of them the window shows (current()).
// The Central API's Workspace is made from the session the console follows (the composition
// root hands it SessionController's sessions); more connections are opened beside it with
// openConnection() (an ordered cluster, a kubeconfig context). A connection opened with an
// `owner` belongs to it: it is closed when its owner is (the Central API signs out, say).
// Features connect to workspaceChanged() and workspaceClosing() and follow current() only.
//
//   no session ──signedIn──> central made, started; current
//   openConnection ──> made, started; becomes current (a switch, below)
//   setCurrent(ws), a switch ──> workspaceClosing(old current) ──> workspaceChanged(ws); the old
//       one stays open and whole (its Selection too) and can become current again
//   closeConnection(ws) ──> its owned connections closed first; if ws is current: a switch to
//       its owner (else the Central API's, else the first still open, else nullptr);
//       connectionsChanged(); then ws deleted
//   central session signedOut | signInRequired | gone | another session ──> central closed
//       (and so every connection it owns)
//
// A scheduled refresh (signedIn again) keeps the Workspace. workspaceClosing() is emitted only
// for the current workspace (features keep state only for the one shown). GUI thread only.
class WorkspaceRegistry : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceRegistry(QObject *parent = nullptr);
    ~WorkspaceRegistry() override;

    // The connection the window shows, or nullptr.
    [[nodiscard]] Workspace *current() const { return m_current; }
    // The Central API's connection (made from the session), or nullptr.
    [[nodiscard]] Workspace *central() const { return m_central; }
    // Every open connection, in the order opened (the Central API's first when open).
    [[nodiscard]] QList<Workspace *> workspaces() const;
    // The connection `workspace` belongs to (closed with it), or nullptr.
    [[nodiscard]] Workspace *owner(const Workspace *workspace) const;
    // What the person calls the connection: the profile's name for the Central API, the name
    // given to openConnection() for the others. Empty for an unknown pointer.
    [[nodiscard]] QString displayName(const Workspace *workspace) const;
    // The Central API's session (the console's OIDC sign-in), or nullptr: a connection to a
    // cluster that trusts the same issuer can be opened with it as TokenSource.
    [[nodiscard]] auth::Session *session() const;

    // Opens a connection beside the others, starts it and makes it current; returns it (owned
    // by the registry). `tokens` gives its bearer tokens (a kubeconfig context's credential,
    // say) and is owned from here on: deleted after the workspace. A Workspace of this kind
    // lists every namespace it may list (no tenant filter). `owner` (one of workspaces(), or
    // nullptr: none) closes it when it closes.
    Workspace *openConnection(const ConnectionProfile &profile,
                              std::unique_ptr<kube::TokenSource> tokens,
                              const QString &displayName, Workspace *owner = nullptr);
    // The same, signed in with the Central API's session (not owned: the session is), owned
    // by the Central API's connection. nullptr when not signed in.
    Workspace *openWithSession(const ConnectionProfile &profile, const QString &displayName);

public Q_SLOTS:
    // The session to follow; nullptr: none.
    void setSession(scs::auth::Session *session);
    // Shows `workspace` (one of workspaces()); nothing happens for the current or an unknown one.
    void setCurrent(scs::workspace::Workspace *workspace);
    // Closes a connection (and those it owns); see the class comment.
    void closeConnection(scs::workspace::Workspace *workspace);

Q_SIGNALS:
    // The window shows another connection (started), or nullptr. The pointer stays valid until
    // the connection is closed (connectionsChanged(), then it is deleted right away).
    void workspaceChanged(scs::workspace::Workspace *workspace);
    // Before the current connection stops being shown (a switch or a close): `workspace` is
    // still whole (its Selection too); a feature keeps what must survive (unsaved edits go to
    // drafts) here.
    void workspaceClosing(scs::workspace::Workspace *workspace);
    // A connection was opened or closed (workspaces() changed). After a close the pointer is
    // still valid during this signal and deleted right after it.
    void connectionsChanged();

private:
    struct Entry;

    void openCentral();
    void closeCentral();
    void switchTo(Workspace *workspace);
    [[nodiscard]] Entry *entryOf(const Workspace *workspace) const;
    Workspace *add(const ConnectionProfile &profile, kube::TokenSource *tokens,
                   std::unique_ptr<kube::TokenSource> owned, const QString &displayName,
                   Workspace *owner, bool centralApi);

    QPointer<auth::Session> m_session;
    QObject *m_sessionContext = nullptr; // parent of the connections to m_session
    std::vector<std::unique_ptr<Entry>> m_entries;
    Workspace *m_central = nullptr;
    Workspace *m_current = nullptr;
};

} // namespace scs::workspace
