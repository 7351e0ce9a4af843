#include "ui/signin/signinwindow.h"

#include "ui/signin/signinpage.h"

#include "profiles/profiletls.h"
#include "ui/common/webenginesupport.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSslSocket>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWebEngineCertificateError>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace scs::ui {

namespace {
constexpr auto kStayKey = "signIn/staySignedIn";
} // namespace

bool SignInWindow::staySignedIn()
{
    return QSettings().value(QLatin1String(kStayKey), false).toBool();
}

SignInWindow::SignInWindow(const ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("SignInWindow"));
    setWindowTitle(tr("Sign In to %1").arg(profile.name));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(520, 720);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setReadOnly(true);
    m_address->setFocusPolicy(Qt::ClickFocus);
    m_tlsState = new QLabel(this);
    m_tlsState->setObjectName(QStringLiteral("tlsState"));
    m_tlsState->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumHeight(4);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 100);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c14; "
                                          "padding: 8px; border-radius: 4px; }"));
    m_error->hide();
    // Said plainly, every time: the person chose --no-sandbox (or the environment's
    // equivalent), and the page from the sign-in server is less isolated than usual.
    m_sandboxNotice = new QLabel(
        tr("This sign-in page runs without Chromium's sandbox (--no-sandbox), so a flaw in the "
           "browser engine is less contained. Sign in only to a server you trust, or run the "
           "console as a normal user."),
        this);
    m_sandboxNotice->setObjectName(QStringLiteral("sandboxNotice"));
    m_sandboxNotice->setWordWrap(true);
    m_sandboxNotice->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; "
                                                  "padding: 8px; border-radius: 4px; }"));
    m_sandboxNotice->setVisible(webEngineSandboxDisabled());
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("signInView"));

    m_stay = new QCheckBox(tr("&Stay signed in on this computer"), this);
    m_stay->setToolTip(tr("Keep the sign-in server's cookies on disk, so that the next sign-in "
                          "may not ask for your password."));
    m_stay->setChecked(staySignedIn());
    m_systemBrowser = new QPushButton(tr("Use System &Browser"), this);
    m_systemBrowser->setToolTip(tr("Sign in with your default web browser instead"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_address, 1);
    top->addWidget(m_tlsState);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_stay);
    bottom->addStretch(1);
    bottom->addWidget(m_systemBrowser);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_sandboxNotice);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_systemBrowser, &QPushButton::clicked, this, [this] {
        m_finished = true;
        Q_EMIT systemBrowserRequested();
    });
    connect(m_stay, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kStayKey), on);
        createPage(); // another profile: off-the-record or kept on disk
        if (m_authorizationUrl.isValid())
            m_page->load(m_authorizationUrl);
    });
    connect(m_view, &QWebEngineView::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_view, &QWebEngineView::loadStarted, this, [this] {
        m_progress->show();
        m_loading = true;
        updateAddress(m_view->url());
    });
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_progress->hide();
        m_loading = false;
        m_loadedOk = ok;
        // The page's render widget is made with the first page, after the controls below the
        // view: Tab goes address, page, then the controls below, in reading order.
        QWidget *page = m_view->focusProxy() ? m_view->focusProxy() : m_view;
        setTabOrder(m_address, page);
        setTabOrder(page, m_stay);
        updateAddress(m_view->url()); // the TLS state is known only now
        if (!ok && !m_finished && m_error->isHidden())
            showError(tr("The sign-in page could not be loaded from %1. Is the sign-in server "
                         "running?")
                          .arg(m_view->url().host()));
    });
    connect(m_view, &QWebEngineView::urlChanged, this, &SignInWindow::updateAddress);
    createPage();
}

SignInWindow::~SignInWindow()
{
    m_finished = true;
    // The page must go before its profile (WebEngine asserts otherwise).
    delete m_page.data();
}

void SignInWindow::createPage()
{
    if (m_page) {
        m_view->setPage(nullptr);
        delete m_page.data();
    }
    if (m_webProfile)
        m_webProfile->deleteLater();
    if (m_stay->isChecked()) {
        // Named, disk-based: the issuer's SSO cookie survives a restart, by the person's choice.
        m_webProfile = new QWebEngineProfile(QStringLiteral("signin"), this);
        m_webProfile->setPersistentStoragePath(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/webengine/signin"));
        m_webProfile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    } else {
        m_webProfile = new QWebEngineProfile(this); // off the record: nothing touches the disk
    }
    m_webProfile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_page = new SignInPage(m_webProfile, this); // deleted before its profile, see ~SignInWindow
    m_page->setRedirectUri(m_redirectUri);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    connect(m_page, &SignInPage::callbackReached, this, [this](const QUrl &url) {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT callbackReceived(url);
    });
    connect(m_page, &SignInPage::insecureNavigationBlocked, this, [this](const QUrl &url) {
        showError(tr("The sign-in page tried to open %1 without encryption; the console "
                     "refused it.")
                      .arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
    });
    connect(m_page, &QWebEnginePage::certificateError, this, &SignInWindow::onCertificateError);
    m_view->setPage(m_page);
}

QWebEnginePage *SignInWindow::page() const
{
    return m_page;
}

void SignInWindow::start(const QUrl &authorizationUrl, const QUrl &redirectUri)
{
    m_authorizationUrl = authorizationUrl;
    m_redirectUri = redirectUri;
    m_finished = false;
    m_certificateRefused = false;
    m_error->hide();
    m_page->setRedirectUri(redirectUri);
    m_page->load(authorizationUrl);
}

void SignInWindow::updateAddress(const QUrl &url)
{
    m_address->setText(url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment));
    m_address->setCursorPosition(0);
    // The TLS state is known once the page has loaded (or was refused), not when it starts.
    QPalette palette = m_tlsState->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    if (m_certificateRefused) {
        m_tlsState->setText(tr("Certificate not trusted"));
        m_tlsState->setToolTip(tr("The console refused the certificate of %1.").arg(url.host()));
        palette.setColor(QPalette::WindowText, QColor(0xa5, 0x1d, 0x2d));
    } else if (m_loading) {
        m_tlsState->setText(tr("Connecting…"));
        m_tlsState->setToolTip({});
    } else if (url.scheme() == QLatin1String("https") && m_loadedOk) {
        m_tlsState->setText(m_verifiedByProfileCa ? tr("TLS verified (profile CA)")
                                                  : tr("TLS verified"));
        m_tlsState->setToolTip(tr("The connection to %1 is encrypted and its certificate is "
                                  "trusted.")
                                   .arg(url.host()));
        palette.setColor(QPalette::WindowText, QColor(0x1e, 0x7b, 0x34));
    } else {
        m_tlsState->setText(tr("Not loaded"));
        m_tlsState->setToolTip({});
    }
    m_tlsState->setPalette(palette);
}

QString SignInWindow::tlsStateText() const
{
    return m_tlsState->text();
}

QString SignInWindow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInWindow::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void SignInWindow::onCertificateError(const QWebEngineCertificateError &error)
{
    QWebEngineCertificateError pending = error;
    const auto chain = pending.certificateChain();
    const QUrl url = pending.url();
    auto cas = profileCaCertificates(m_profile);
    if (!pending.isOverridable() || chain.isEmpty() || !cas || cas->isEmpty()) {
        m_certificateRefused = true;
        pending.rejectCertificate();
        showError(tr("The certificate of %1 is not trusted (%2), so the console did not open "
                     "the page. If your organisation signs its servers with its own CA, add "
                     "that CA bundle to the connection profile.")
                      .arg(url.host(), pending.description()));
        return;
    }
    // WebEngine trusts only the system store. Ask the profile's CA bundle: make a TLS
    // handshake of our own, verified against it (host name included), and accept the page's
    // certificate only if it is the very certificate that handshake verified.
    pending.defer();
    auto ssl = sslConfigurationFor(m_profile);
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(*ssl);
    socket->setPeerVerifyName(url.host());
    const QSslCertificate presented = chain.first();
    auto decided = std::make_shared<bool>(false);
    auto decide = [this, socket, pending, url, decided](bool trusted, const QString &why) mutable {
        if (*decided)
            return;
        *decided = true;
        socket->abort();
        socket->deleteLater();
        if (trusted) {
            m_verifiedByProfileCa = true;
            pending.acceptCertificate();
            updateAddress(m_view->url());
        } else {
            m_certificateRefused = true;
            pending.rejectCertificate();
            updateAddress(m_view->url());
            showError(tr("The certificate of %1 is not trusted, not even by the profile's CA "
                         "bundle (%2). The console did not open the page.")
                          .arg(url.host(), why));
        }
    };
    connect(socket, &QSslSocket::encrypted, this, [socket, presented, decide]() mutable {
        const bool same = socket->peerCertificate() == presented;
        decide(same, same ? QString() : tr("another certificate was presented"));
    });
    connect(socket, &QSslSocket::sslErrors, this, [decide](const QList<QSslError> &errors) mutable {
        decide(false, errors.isEmpty() ? QString() : errors.first().errorString());
    });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [socket, decide](QAbstractSocket::SocketError) mutable {
                decide(false, socket->errorString());
            });
    socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
}

void SignInWindow::reject()
{
    const bool wasRunning = !m_finished;
    m_finished = true;
    m_page->triggerAction(QWebEnginePage::Stop);
    QDialog::reject();
    if (wasRunning)
        Q_EMIT cancelled();
}

void SignInWindow::closeQuietly()
{
    m_finished = true;
    if (m_page)
        m_page->triggerAction(QWebEnginePage::Stop);
    QDialog::reject();
}

} // namespace scs::ui
