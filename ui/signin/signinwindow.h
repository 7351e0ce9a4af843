#pragma once

#include "common/error.h"
#include "profiles/connectionprofile.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWebEngineCertificateError;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;

namespace scs::ui {

class SignInPage;

// The embedded Keycloak sign-in: address and TLS state at the top, the issuer's page, and
// "Stay signed in", "Use System Browser" and Cancel below. Uses an off-the-record WebEngine
// profile (nothing on disk) unless "Stay signed in" is ticked, in which case the issuer's
// cookies are kept under the app's data folder. Certificate errors are refused with a message,
// except where the profile's own CA bundle verifies the server (checked with a TLS handshake
// of our own against that bundle, comparing the certificate the page got).
class SignInWindow : public QDialog
{
    Q_OBJECT

public:
    explicit SignInWindow(const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~SignInWindow() override;

    // Invokable: EmbeddedBrowserAgent calls it by name across the module boundary.
    Q_INVOKABLE void start(const QUrl &authorizationUrl, const QUrl &redirectUri);

    [[nodiscard]] QWebEngineView *view() const { return m_view; }
    [[nodiscard]] QWebEnginePage *page() const;
    [[nodiscard]] QWebEngineProfile *webProfile() const { return m_webProfile; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString tlsStateText() const;
    // The notice that the page runs without Chromium's sandbox (--no-sandbox), or nullptr.
    [[nodiscard]] QLabel *sandboxNotice() const { return m_sandboxNotice; }

    // Whether the issuer's cookies are kept on disk (QSettings "signIn/staySignedIn").
    [[nodiscard]] static bool staySignedIn();

    // Closes without emitting cancelled (the flow is over).
    Q_INVOKABLE void closeQuietly();

Q_SIGNALS:
    void callbackReceived(const QUrl &url);
    void cancelled();
    void systemBrowserRequested();

protected:
    void reject() override;

private:
    void createPage();
    void showError(const QString &text);
    void onCertificateError(const QWebEngineCertificateError &error);
    void updateAddress(const QUrl &url);

    ConnectionProfile m_profile;
    QWebEngineProfile *m_webProfile = nullptr;
    QWebEngineView *m_view = nullptr;
    QPointer<SignInPage> m_page;
    QLineEdit *m_address = nullptr;
    QLabel *m_tlsState = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_sandboxNotice = nullptr;
    QProgressBar *m_progress = nullptr;
    QCheckBox *m_stay = nullptr;
    QPushButton *m_systemBrowser = nullptr;
    QUrl m_authorizationUrl;
    QUrl m_redirectUri;
    bool m_verifiedByProfileCa = false;
    bool m_certificateRefused = false;
    bool m_loading = false;
    bool m_loadedOk = false;
    bool m_finished = false;
};

} // namespace scs::ui
