#include "ui/signin/systembrowseragent.h"

#include "auth/loopbacklistener.h"
#include "ui/common/webenginesupport.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QUrlQuery>

namespace scs::ui {

SystemBrowserAgent::SystemBrowserAgent(QWidget *parentWindow, QObject *parent)
    : AuthorizationAgent(parent)
    , m_listener(new auth::LoopbackListener(this))
    , m_parentWindow(parentWindow)
{
    connect(m_listener, &auth::LoopbackListener::callbackReceived, this,
            &AuthorizationAgent::callbackReceived);
}

SystemBrowserAgent::~SystemBrowserAgent()
{
    delete m_waiting.data();
}

Result<QUrl> SystemBrowserAgent::prepareRedirectUri()
{
    return m_listener->listen();
}

void SystemBrowserAgent::authorize(const QUrl &authorizationUrl, const QUrl &)
{
    // Only the answer to this request ends the wait; anything else on the port is ignored.
    m_listener->setExpectedState(
        QUrlQuery(authorizationUrl).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
    if (!QDesktopServices::openUrl(authorizationUrl)) {
        Q_EMIT failed(Error{Error::Kind::Unavailable,
                            embeddedBrowserAvailable()
                                ? tr("No web browser could be started. Sign in with the "
                                     "embedded window instead.")
                                : tr("No web browser could be started, and the embedded sign-in "
                                     "cannot run as the root user with its sandbox on. Run the "
                                     "console as a normal user, or start it with --no-sandbox."),
                            QStringLiteral("QDesktopServices::openUrl failed"), {}, {}, 0, 0});
        return;
    }
    m_waiting = new QMessageBox(QMessageBox::Information, tr("Sign In"),
                                tr("Continue the sign-in in your web browser. This window closes "
                                   "by itself when you are done."),
                                QMessageBox::Cancel, m_parentWindow);
    m_waiting->setObjectName(QStringLiteral("waitingForBrowser"));
    m_waiting->setModal(false);
    connect(m_waiting, &QMessageBox::rejected, this, &AuthorizationAgent::cancelled);
    m_waiting->show();
}

void SystemBrowserAgent::finish()
{
    m_listener->close();
    if (m_waiting) {
        disconnect(m_waiting, nullptr, this, nullptr);
        m_waiting->close();
        m_waiting->deleteLater();
    }
}

} // namespace scs::ui
