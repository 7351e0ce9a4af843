#pragma once

#include "auth/authorizationagent.h"

#include <QPointer>

class QMessageBox;
class QWidget;

namespace scs::auth {
class LoopbackListener;
}

namespace scs::ui {

// Signs in through the person's default browser (for policies that forbid embedded ones): a
// LoopbackListener takes the redirect; a small dialog waits and offers Cancel.
class SystemBrowserAgent : public auth::AuthorizationAgent
{
    Q_OBJECT

public:
    SystemBrowserAgent(QWidget *parentWindow, QObject *parent = nullptr);
    ~SystemBrowserAgent() override;

    Result<QUrl> prepareRedirectUri() override;
    void authorize(const QUrl &authorizationUrl, const QUrl &redirectUri) override;
    void finish() override;

private:
    auth::LoopbackListener *m_listener;
    QPointer<QWidget> m_parentWindow;
    QPointer<QMessageBox> m_waiting;
};

} // namespace scs::ui
