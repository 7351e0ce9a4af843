#include "ui/signin/sessioncontroller.h"

#include "auth/session.h"
#include "auth/tokenstore.h"
#include "common/startuptrace.h"
#include "profiles/profilestore.h"
#include "ui/common/workbench.h"
#include "ui/signin/embeddedbrowseragent.h"
#include "ui/signin/systembrowseragent.h"
#include "ui/common/webenginesupport.h"
#include "ui/common/webenginemodule.h"

#include <QAction>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

namespace scs::ui {

namespace {
constexpr auto kSystemBrowserKey = "signIn/useSystemBrowser";
}

bool SessionController::useSystemBrowser()
{
    return QSettings().value(QLatin1String(kSystemBrowserKey), false).toBool();
}

void SessionController::setUseSystemBrowser(bool on)
{
    QSettings().setValue(QLatin1String(kSystemBrowserKey), on);
}

SessionController::SessionController(ProfileStore &profiles, auth::TokenStore &tokens,
                                     Workbench &workbench, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_tokens(tokens)
    , m_workbench(workbench)
{
    connect(workbench.standardAction(Workbench::StandardAction::SignIn), &QAction::triggered, this,
            &SessionController::signIn);
    connect(workbench.standardAction(Workbench::StandardAction::SignOut), &QAction::triggered,
            this, &SessionController::signOut);
    connect(&workbench, &Workbench::profileSelected, this, &SessionController::switchTo);
    connect(&profiles, &ProfileStore::profilesChanged, this, [this] {
        // An edited profile (other issuer, CA, client) needs a session built from the new one.
        const QString name = m_workbench.selectedProfile();
        const auto current = m_profiles.profile(name);
        if (!m_session || !current || m_session->profile() != *current)
            switchTo(name);
    });
    connect(&tokens, &auth::TokenStore::unavailable, this, &SessionController::showProblem);
    m_clock.setInterval(15000);
    connect(&m_clock, &QTimer::timeout, this, &SessionController::updateStatus);
    // A session ended elsewhere (get-token found it gone, another window signed out) shows here
    // within a tick, and at once when the person comes back to the window.
    connect(&m_clock, &QTimer::timeout, this, &SessionController::checkSession);
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    checkSession();
            });
    m_clock.start();
    switchTo(workbench.selectedProfile());
}

SessionController::~SessionController() = default;

void SessionController::checkSession()
{
    if (m_session)
        m_session->checkStillSignedIn();
}

void SessionController::switchTo(const QString &profileName)
{
    delete m_session.data();
    m_session = nullptr;
    const auto profile = m_profiles.profile(profileName);
    if (profile) {
        auto *session = new auth::Session(*profile, &m_tokens, nullptr, this);
        m_session = session;
        connect(session, &auth::Session::stateChanged, this, &SessionController::updateStatus);
        connect(session, &auth::Session::tokenChanged, this, &SessionController::updateStatus);
        connect(session, &auth::Session::signedIn, this, [this] {
            m_workbench.hideBanner();
            m_workbench.showStatusMessage(
                tr("Signed in as %1.").arg(m_session->username()), 5000);
        });
        connect(session, &auth::Session::signInFailed, this, [this](const Error &error) {
            if (error.kind == Error::Kind::Cancelled)
                m_workbench.showStatusMessage(error.message, 5000);
            else
                showProblem(error);
        });
        connect(session, &auth::Session::restoreFailed, this, [this](const Error &error) {
            if (error.kind == Error::Kind::NotFound)
                return; // nothing saved: the window already invites to sign in
            showProblem(error);
        });
        connect(session, &auth::Session::signInRequired, this, &SessionController::showProblem);
        connect(session, &auth::Session::warning, this, &SessionController::showProblem);
        // The start-up milestone (bench/startup): the first answer to restore() only.
        auto *restoring = new QObject(session);
        connect(session, &auth::Session::signedIn, restoring, [restoring] {
            StartupTrace::mark(QStringLiteral("session restored"));
            restoring->deleteLater();
        });
        connect(session, &auth::Session::restoreFailed, restoring, [restoring] {
            StartupTrace::mark(QStringLiteral("session not restored"));
            restoring->deleteLater();
        });
        session->restore();
    }
    updateStatus();
    Q_EMIT sessionChanged(m_session);
}

void SessionController::signIn()
{
    startSignIn(useSystemBrowser());
}

void SessionController::startSignIn(bool systemBrowser)
{
    if (!m_session)
        return;
    m_workbench.hideBanner();
    if (!systemBrowser && !embeddedBrowserAvailable()) {
        systemBrowser = true;
        m_workbench.showBanner(tr("The embedded sign-in browser cannot run as the root user with "
                               "its sandbox on, so the sign-in continues in your web browser. "
                               "Run the console as a normal user, or start it with "
                               "--no-sandbox to sign in inside it without the sandbox."),
                            Workbench::BannerKind::Info);
    }
    QString moduleError;
    if (!systemBrowser && !WebEngineModule::load(&moduleError)) {
        systemBrowser = true;
        m_workbench.showBanner(
            tr("%1. The sign-in continues in your web browser.").arg(moduleError),
            Workbench::BannerKind::Warning);
    }
    if (systemBrowser) {
        auto *agent = new SystemBrowserAgent(m_workbench.window(), m_session);
        connect(m_session, &auth::Session::stateChanged, agent, [agent](auth::Session::State s) {
            if (s == auth::Session::State::SignedOut || s == auth::Session::State::SignedIn)
                agent->deleteLater();
        });
        m_session->signIn(agent);
        return;
    }
    auto *agent = new EmbeddedBrowserAgent(m_session->profile(), m_workbench.window(), m_session);
    connect(agent, &EmbeddedBrowserAgent::systemBrowserRequested, this, [this] {
        m_session->cancel();
        startSignIn(true);
    });
    connect(m_session, &auth::Session::stateChanged, agent, [agent](auth::Session::State s) {
        if (s == auth::Session::State::SignedOut || s == auth::Session::State::SignedIn)
            agent->deleteLater();
    });
    m_session->signIn(agent);
}

void SessionController::signOut()
{
    // Unsaved edits: the window's guard asks first (keep a draft, discard, or cancel).
    if (m_session && m_workbench.mayLeave())
        m_session->signOut();
}

void SessionController::showProblem(const Error &error)
{
    m_workbench.showBanner(error.message, error.kind == Error::Kind::Unavailable
                                           ? Workbench::BannerKind::Warning
                                           : Workbench::BannerKind::Error,
                        error.kind == Error::Kind::Unavailable ? nullptr : m_workbench.standardAction(Workbench::StandardAction::SignIn));
}

void SessionController::updateStatus()
{
    using State = auth::Session::State;
    auth::Session *session = m_session.data();
    const State state = session ? session->state() : State::SignedOut;
    const bool signedIn = session && session->isSignedIn();
    const bool busy = state == State::Authorizing || state == State::Exchanging
        || state == State::Restoring;
    m_workbench.standardAction(Workbench::StandardAction::SignIn)->setEnabled(session && !signedIn && !busy);
    m_workbench.standardAction(Workbench::StandardAction::SignOut)->setEnabled(signedIn);

    if (!session) {
        m_workbench.setUserStatus({}, {});
        return;
    }
    switch (state) {
    case State::Authorizing:
    case State::Exchanging:
        m_workbench.setUserStatus(tr("Signing in…"), {});
        m_workbench.setTreeHint(tr("Signing in…"));
        return;
    case State::Restoring:
        m_workbench.setUserStatus(tr("Restoring session…"), {});
        m_workbench.setTreeHint(tr("Restoring session…"));
        return;
    case State::SignedOut:
        m_workbench.setUserStatus(tr("Not signed in"), {});
        m_workbench.setTreeHint(tr("Sign in to see tenants"));
        return;
    case State::SignedIn:
    case State::Refreshing:
        break;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime ends = session->sessionExpiry();
    QString text = session->username();
    if (ends.isValid()) {
        const qint64 minutes = std::max<qint64>(0, now.secsTo(ends) / 60);
        text = tr("%1 · session %2 min left").arg(session->username()).arg(minutes);
    }
    const QLocale locale;
    QString tip = tr("Signed in as %1").arg(session->username());
    if (!session->claims().name.isEmpty())
        tip += QStringLiteral(" (%1)").arg(session->claims().name);
    tip += QLatin1Char('\n') + tr("Groups: %1").arg(session->groups().isEmpty()
                                                        ? tr("none")
                                                        : session->groups().join(QStringLiteral(", ")));
    if (ends.isValid())
        tip += QLatin1Char('\n')
            + tr("Session ends at %1 unless used").arg(locale.toString(ends.toLocalTime().time(),
                                                                        QLocale::ShortFormat));
    tip += QLatin1Char('\n')
        + tr("Token renewed automatically; valid until %1")
              .arg(locale.toString(session->idTokenExpiry().toLocalTime().time(),
                                   QLocale::ShortFormat));
    m_workbench.setUserStatus(text, tip);
    m_workbench.setTreeHint(tr("Signed in as %1").arg(session->username()));
}

} // namespace scs::ui
