#pragma once

#include "auth/authorizationagent.h"
#include "profiles/connectionprofile.h"
#include <QDialog>
#include <QPointer>

namespace scs::ui {

// Signs in through the embedded SignInWindow, made by the sign-in module
// (WebEngineModule: Qt WebEngine is loaded then, not at start). The redirect URI names a
// loopback port that nobody listens on: the page stops the redirect before it is sent. When
// the module cannot be loaded, authorize() fails with the reason (the caller checks
// WebEngineModule::load() first and offers the system browser).
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

    // The SignInWindow (a QDialog from the module), or nullptr when it could not be made.
    [[nodiscard]] QDialog *window() const { return m_window; }

Q_SIGNALS:
    // The person asked for the system browser instead; the flow is cancelled first.
    void systemBrowserRequested();

private:
    QString m_error; // why there is no window; before m_window, which sets it
    QPointer<QDialog> m_window;
};

} // namespace scs::ui
