#include "ui/signin/embeddedbrowseragent.h"

#include "ui/common/webenginemodule.h"

#include <QDialog>
#include <QRandomGenerator>

namespace scs::ui {

EmbeddedBrowserAgent::EmbeddedBrowserAgent(const ConnectionProfile &profile,
                                           QWidget *parentWindow, QObject *parent)
    : AuthorizationAgent(parent)
    , m_window(WebEngineModule::createWindow(profile, parentWindow, &m_error))
{
    if (!m_window)
        return;
    // By name: the window's class lives in the module (see WebEngineModule).
    connect(m_window, SIGNAL(callbackReceived(QUrl)), this, SIGNAL(callbackReceived(QUrl)));
    connect(m_window, SIGNAL(cancelled()), this, SIGNAL(cancelled()));
    connect(m_window, SIGNAL(systemBrowserRequested()), this, SIGNAL(systemBrowserRequested()));
}

EmbeddedBrowserAgent::~EmbeddedBrowserAgent()
{
    delete m_window.data();
}

Result<QUrl> EmbeddedBrowserAgent::prepareRedirectUri()
{
    if (!m_window)
        return fail(Error::Kind::Unavailable, m_error);
    // Any port will do (Keycloak and RFC 8252 ignore the port of loopback redirects); nothing
    // listens on it. A random one keeps two console windows from reading each other's answers.
    const auto port = QRandomGenerator::system()->bounded(49152, 65535);
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
}

void EmbeddedBrowserAgent::authorize(const QUrl &authorizationUrl, const QUrl &redirectUri)
{
    if (!m_window) {
        Q_EMIT failed(fail(Error::Kind::Unavailable, m_error).error());
        return;
    }
    QMetaObject::invokeMethod(m_window, "start", Q_ARG(QUrl, authorizationUrl),
                              Q_ARG(QUrl, redirectUri));
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void EmbeddedBrowserAgent::finish()
{
    if (m_window)
        QMetaObject::invokeMethod(m_window, "closeQuietly");
}

} // namespace scs::ui
