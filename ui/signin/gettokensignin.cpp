#include "ui/signin/gettokensignin.h"

#include "auth/session.h"
#include "ui/signin/sessioncontroller.h"
#include "ui/signin/embeddedbrowseragent.h"
#include "ui/signin/systembrowseragent.h"
#include "ui/common/webenginesupport.h"
#include "ui/common/webenginemodule.h"

namespace scs::ui {

GetTokenSignIn::GetTokenSignIn(const ConnectionProfile &profile, auth::TokenStore &tokens,
                               QObject *parent)
    : QObject(parent)
    , m_session(new auth::Session(profile, &tokens, nullptr, this))
{
    connect(m_session, &auth::Session::signedIn, this, &GetTokenSignIn::signedIn);
    connect(m_session, &auth::Session::signInFailed, this, &GetTokenSignIn::failed);
}

GetTokenSignIn::~GetTokenSignIn() = default;

void GetTokenSignIn::start()
{
    // The person's choice in the console applies here too; as root without an explicitly
    // disabled sandbox the embedded browser cannot start at all.
    // Without the embedded browser's module (Qt WebEngine) the system browser still works.
    startWith(SessionController::useSystemBrowser() || !embeddedBrowserAvailable()
              || !WebEngineModule::load());
}

void GetTokenSignIn::startWith(bool systemBrowser)
{
    auto dropAgentWhenDone = [this](QObject *agent) {
        connect(m_session, &auth::Session::stateChanged, agent,
                [agent](auth::Session::State s) {
                    if (s == auth::Session::State::SignedOut
                        || s == auth::Session::State::SignedIn)
                        agent->deleteLater();
                });
    };
    if (systemBrowser) {
        auto *agent = new SystemBrowserAgent(nullptr, m_session);
        dropAgentWhenDone(agent);
        m_session->signIn(agent);
        return;
    }
    auto *agent = new EmbeddedBrowserAgent(m_session->profile(), nullptr, m_session);
    connect(agent, &EmbeddedBrowserAgent::systemBrowserRequested, this, [this] {
        // Cancelling emits signInFailed(Cancelled); that one must not end the run.
        disconnect(m_session, &auth::Session::signInFailed, this, &GetTokenSignIn::failed);
        m_session->cancel();
        connect(m_session, &auth::Session::signInFailed, this, &GetTokenSignIn::failed);
        startWith(true);
    });
    dropAgentWhenDone(agent);
    m_session->signIn(agent);
}

} // namespace scs::ui
