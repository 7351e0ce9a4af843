#include "ui/signin/embeddedbrowseragent.h"

#include "ui/signin/signinwindow.h"

#include <QRandomGenerator>

namespace scs::ui {

EmbeddedBrowserAgent::EmbeddedBrowserAgent(const ConnectionProfile &profile,
                                           QWidget *parentWindow, QObject *parent)
    : AuthorizationAgent(parent)
    , m_window(new SignInWindow(profile, parentWindow))
{
    connect(m_window, &SignInWindow::callbackReceived, this,
            &AuthorizationAgent::callbackReceived);
    connect(m_window, &SignInWindow::cancelled, this, &AuthorizationAgent::cancelled);
    connect(m_window, &SignInWindow::systemBrowserRequested, this,
            &EmbeddedBrowserAgent::systemBrowserRequested);
}

EmbeddedBrowserAgent::~EmbeddedBrowserAgent()
{
    delete m_window.data();
}

Result<QUrl> EmbeddedBrowserAgent::prepareRedirectUri()
{
    // Any port will do (Keycloak and RFC 8252 ignore the port of loopback redirects); nothing
    // listens on it. A random one keeps two console windows from reading each other's answers.
    const auto port = QRandomGenerator::system()->bounded(49152, 65535);
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
}

void EmbeddedBrowserAgent::authorize(const QUrl &authorizationUrl, const QUrl &redirectUri)
{
    m_window->start(authorizationUrl, redirectUri);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void EmbeddedBrowserAgent::finish()
{
    if (m_window)
        m_window->closeQuietly();
}

} // namespace scs::ui
