#include "ui/signin/signinpage.h"

#include <QDesktopServices>

namespace scs::ui {

namespace {
bool isBelow(const QUrl &url, const QUrl &redirect)
{
    return redirect.isValid() && url.scheme() == redirect.scheme() && url.host() == redirect.host()
        && url.port() == redirect.port() && url.path() == redirect.path();
}

// A page for window.open()/target=_blank: its first navigation goes to the system browser.
class PopupPage : public QWebEnginePage
{
public:
    explicit PopupPage(QWebEngineProfile *profile, QObject *parent)
        : QWebEnginePage(profile, parent)
    {}

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
        deleteLater();
        return false;
    }
};
} // namespace

SignInPage::SignInPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{}

bool SignInPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isBelow(url, m_redirectUri)) {
        // The code is in this URL: hand it over and never let the request leave.
        Q_EMIT callbackReached(url);
        return false;
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("ws")) {
        Q_EMIT insecureNavigationBlocked(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

QWebEnginePage *SignInPage::createWindow(WebWindowType)
{
    return new PopupPage(profile(), this);
}

} // namespace scs::ui
