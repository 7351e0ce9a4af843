#pragma once

#include <QUrl>
#include <QWebEnginePage>

class QWebEngineProfile;

namespace scs::ui {

// The page inside the sign-in window. It stops every navigation to the loopback callback
// before it leaves (acceptNavigationRequest: the request is never sent, so no listener is
// needed and the code never reaches the network), refuses plain-http pages, and sends pop-ups
// to the system browser.
class SignInPage : public QWebEnginePage
{
    Q_OBJECT

public:
    SignInPage(QWebEngineProfile *profile, QObject *parent);
    void setRedirectUri(const QUrl &redirectUri) { m_redirectUri = redirectUri; }

Q_SIGNALS:
    void callbackReached(const QUrl &url);
    void insecureNavigationBlocked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    QUrl m_redirectUri;
};

} // namespace scs::ui
