#pragma once

#include "auth/session.h"
#include "common/error.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace scs {
class ProfileStore;
namespace auth {
class TokenStore;
} // namespace auth
} // namespace scs

namespace scs::ui {

class Workbench;

// Binds the main window to the session of the selected profile: restores the saved session at
// start-up and on profile change, runs sign-in (embedded window, or the system browser when
// chosen) and sign-out, and keeps the status bar's user, groups and time left current. Errors
// people meet go to the window's banner; a cancelled sign-in only to the status bar.
// Owns the Session objects; the profile store, token store and window must outlive it.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(ProfileStore &profiles, auth::TokenStore &tokens, Workbench &workbench,
                      QObject *parent = nullptr);
    ~SessionController() override;

    [[nodiscard]] auth::Session *session() const { return m_session; }

    // QSettings "signIn/useSystemBrowser".
    [[nodiscard]] static bool useSystemBrowser();
    static void setUseSystemBrowser(bool on);

public Q_SLOTS:
    void signIn();
    void signOut();

Q_SIGNALS:
    // A new Session object exists (profile change); the old one is gone.
    void sessionChanged(scs::auth::Session *session);

private:
    void switchTo(const QString &profileName);
    void startSignIn(bool systemBrowser);
    void updateStatus();
    void checkSession();
    void showProblem(const Error &error);

    ProfileStore &m_profiles;
    auth::TokenStore &m_tokens;
    Workbench &m_workbench;
    QPointer<auth::Session> m_session;
    QTimer m_clock; // refreshes "time left" in the status bar
};

} // namespace scs::ui
