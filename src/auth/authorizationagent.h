#pragma once

#include "common/error.h"

#include <QObject>
#include <QUrl>

namespace scs::auth {

// The person-facing step of the authorization code flow: show the issuer's sign-in page and
// hand back the redirect to the callback URL. The ui layer implements it with an embedded
// browser window (SignInWindow) or the system browser plus a LoopbackListener; tests implement
// it without a GUI. Exactly one of callbackReceived, cancelled or failed follows authorize().
class AuthorizationAgent : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The redirect URI to register in the request: http://127.0.0.1:<port>/callback. An agent
    // that needs a listener opens it here (and may fail, e.g. no free port).
    [[nodiscard]] virtual Result<QUrl> prepareRedirectUri() = 0;

    // Shows `authorizationUrl`. When the browser is about to go to an URL below `redirectUri`,
    // the agent stops it there (nothing leaves the machine) and emits callbackReceived.
    virtual void authorize(const QUrl &authorizationUrl, const QUrl &redirectUri) = 0;

    // The session is done with the agent (success, failure or cancel): close windows, stop
    // listeners. Must not emit anything.
    virtual void finish() = 0;

Q_SIGNALS:
    void callbackReceived(const QUrl &url);
    void cancelled();
    void failed(const scs::Error &error);
};

} // namespace scs::auth
