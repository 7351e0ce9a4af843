#pragma once

#include "common/error.h"

#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace scs::auth {

// The redirect target for signing in with the system browser (RFC 8252 7.3): an HTTP listener
// on 127.0.0.1 and a random port that takes the one callback request, answers it with a short
// page ("you can close this tab") and reports the URL. Requests for other paths get 404. With
// an expected state set, a callback carrying another `state` (a stale tab, another local
// program) is answered 400 and ignored: the listener keeps waiting for the real one.
// Never listens beyond loopback. Lives in the thread that created it.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Opens the listener and returns http://127.0.0.1:<port>/callback.
    [[nodiscard]] Result<QUrl> listen();
    void close();
    [[nodiscard]] QUrl redirectUri() const { return m_redirectUri; }

    // The page the browser shows after the redirect; the title says whether it worked.
    void setPages(const QByteArray &successHtml, const QByteArray &failureHtml);
    // The `state` of the authorization request this listener waits for (empty: any).
    void setExpectedState(const QString &state) { m_expectedState = state; }

Q_SIGNALS:
    void callbackReceived(const QUrl &url);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QUrl m_redirectUri;
    QByteArray m_success;
    QByteArray m_failure;
    QString m_expectedState;
    bool m_done = false;
};

} // namespace scs::auth
