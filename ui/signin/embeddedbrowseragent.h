#pragma once

#include "auth/authorizationagent.h"
#include "profiles/connectionprofile.h"
#include "ui/signin/signinwindow.h"

#include <QPointer>

class QWidget;

namespace scs::ui {

// Signs in through the embedded SignInWindow. The redirect URI names a loopback port that
// nobody listens on: the page stops the redirect before it is sent.
class EmbeddedBrowserAgent : public auth::AuthorizationAgent
{
    Q_OBJECT

public:
    EmbeddedBrowserAgent(const ConnectionProfile &profile, QWidget *parentWindow,
                         QObject *parent = nullptr);
    ~EmbeddedBrowserAgent() override;

    Result<QUrl> prepareRedirectUri() override;
    void authorize(const QUrl &authorizationUrl, const QUrl &redirectUri) override;
    void finish() override;

    [[nodiscard]] SignInWindow *window() const { return m_window; }

Q_SIGNALS:
    // The person asked for the system browser instead; the flow is cancelled first.
    void systemBrowserRequested();

private:
    QPointer<SignInWindow> m_window;
};

} // namespace scs::ui
