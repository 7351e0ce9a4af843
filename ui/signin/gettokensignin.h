#pragma once

#include "common/error.h"
#include "profiles/connectionprofile.h"

#include <QObject>
#include <QPointer>

namespace scs::auth {
class Session;
class TokenStore;
} // namespace scs::auth

namespace scs::ui {

// The sign-in that `scs-console get-token` opens when kubectl runs it for a person and there is
// no usable session: the same windows as the console's own sign-in (SignInWindow, or the
// system browser when the person chose it in the console, or when the embedded browser cannot
// run here). The session it creates saves itself in the keychain like the console's.
//
//   start() --> Authorizing (window / browser) --> signedIn()
//                                  \--> failed(error)   (cancelled, refused, no browser)
//
// GUI thread; the token store must outlive it. No main window: the sign-in window stands alone.
class GetTokenSignIn : public QObject
{
    Q_OBJECT

public:
    GetTokenSignIn(const ConnectionProfile &profile, auth::TokenStore &tokens,
                   QObject *parent = nullptr);
    ~GetTokenSignIn() override;

    void start();
    [[nodiscard]] auth::Session *session() const { return m_session; }

Q_SIGNALS:
    void signedIn();
    void failed(const scs::Error &error);

private:
    void startWith(bool systemBrowser);

    auth::Session *m_session;
};

} // namespace scs::ui
