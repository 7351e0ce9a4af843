#include "auth/profilesessionjanitor.h"

#include "auth/authlogging.h"
#include "auth/oidcclient.h"
#include "auth/tokenstore.h"
#include "profiles/profilestore.h"

#include <QPointer>

namespace scs::auth {

ProfileSessionJanitor::ProfileSessionJanitor(ProfileStore &profiles, TokenStore &tokens,
                                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_network(network)
{
    connect(&profiles, &ProfileStore::profileRetired, this, &ProfileSessionJanitor::signOut);
}

void ProfileSessionJanitor::signOut(const ConnectionProfile &profile)
{
    ++m_pending;
    qCInfo(lcAuth) << "signing out the session of the retired profile" << profile.name;
    QPointer<ProfileSessionJanitor> self(this);
    m_tokens.load(profile.name, [self, profile](Result<std::optional<StoredSession>> stored) {
        if (!self)
            return;
        self->m_tokens.loadIdToken(profile.name, [self, profile, stored](
                                                     Result<std::optional<CachedIdToken>> cached) {
            if (!self)
                return;
            // Tokens go only to the issuer they came from.
            auto *client = new OidcClient(profile, self->m_network, self);
            QString refreshToken;
            QString idToken;
            if (stored && stored->has_value() && (*stored)->issuer == client->issuer()
                && (*stored)->clientId == profile.clientId)
                refreshToken = (*stored)->refreshToken;
            if (cached && cached->has_value() && (*cached)->issuer == client->issuer()
                && (*cached)->clientId == profile.clientId)
                idToken = (*cached)->idToken;
            self->m_tokens.remove(profile.name, [self, client, profile, refreshToken,
                                                 idToken](Result<void> removed) {
                if (!self)
                    return;
                if (!removed)
                    qCWarning(lcAuth) << "the session of" << profile.name
                                      << "stays in the keychain:" << removed.error().detail;
                if (refreshToken.isEmpty() && idToken.isEmpty()) {
                    client->deleteLater();
                    self->finishOne(profile.name);
                    return;
                }
                client->logout(refreshToken, idToken, [self, client, profile](Result<bool> r) {
                    qCInfo(lcAuth) << "retired profile" << profile.name
                                   << (r && *r ? "signed out at the issuer"
                                               : "signed out locally; the issuer did not confirm");
                    client->deleteLater();
                    if (self)
                        self->finishOne(profile.name);
                });
            });
        });
    });
}

void ProfileSessionJanitor::finishOne(const QString &profile)
{
    --m_pending;
    Q_EMIT signedOut(profile);
}

} // namespace scs::auth
