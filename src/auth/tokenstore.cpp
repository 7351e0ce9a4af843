#include "auth/tokenstore.h"

#include "auth/authlogging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace scs::auth {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)
};

QString keyFor(const QString &profile)
{
    return QStringLiteral("session/") + profile;
}

QString idTokenKeyFor(const QString &profile)
{
    return QStringLiteral("idtoken/") + profile;
}

bool isBackendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

// Jobs have no parent: libsecret calls back into a job even after its parent is gone, so a job
// must outlive the store that started it. It deletes itself when done; the connection's
// context (the store) drops the callback if the store went first.
template<typename Job>
Job *makeJob(const QString &service)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    return job;
}
} // namespace

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void TokenStore::markUnavailable(const QString &detail)
{
    if (!m_available)
        return;
    m_available = false;
    qCWarning(lcAuth) << "no keychain available, keeping sessions in memory only:" << detail;
    Q_EMIT unavailable(Error{Error::Kind::Unavailable,
                             Tr::tr("No keychain is available, so your session is kept in "
                                    "memory only: you will need to sign in again after "
                                    "restarting the console."),
                             detail, {}, {}, 0, 0});
}

void TokenStore::writeSecret(const QString &key, const QByteArray &secret,
                             std::function<void(Result<void>)> done)
{
    if (!m_available) {
        m_memory.insert(key, secret);
        if (done)
            done({});
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, secret, done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            qCDebug(lcAuth) << "keychain entry written:" << key;
            if (done)
                done({});
            return;
        }
        if (isBackendMissing(finished->error())) {
            markUnavailable(finished->errorString());
            m_memory.insert(key, secret);
            if (done)
                done({});
            return;
        }
        if (done) {
            done(fail(Error::Kind::Io,
                      Tr::tr("The session could not be stored in the keychain: %1")
                          .arg(finished->errorString()),
                      finished->errorString()));
        }
    });
    job->start();
}

void TokenStore::readSecret(const QString &key,
                            std::function<void(Result<std::optional<QByteArray>>)> done)
{
    if (!m_available) {
        const auto it = m_memory.constFind(key);
        done(it == m_memory.cend() ? std::optional<QByteArray>() : *it);
        return;
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound) {
            done(std::optional<QByteArray>());
            return;
        }
        if (read->error() != QKeychain::NoError) {
            if (isBackendMissing(read->error())) {
                markUnavailable(read->errorString());
                done(std::optional<QByteArray>());
                return;
            }
            done(fail(Error::Kind::Io,
                      Tr::tr("The session could not be read from the keychain: %1")
                          .arg(read->errorString()),
                      read->errorString()));
            return;
        }
        done(std::optional<QByteArray>(read->binaryData()));
    });
    job->start();
}

void TokenStore::save(const QString &profile, const StoredSession &session,
                      std::function<void(Result<void>)> done)
{
    writeSecret(keyFor(profile),
                QJsonDocument(QJsonObject{
                                  {QStringLiteral("issuer"), session.issuer},
                                  {QStringLiteral("client_id"), session.clientId},
                                  {QStringLiteral("refresh_token"), session.refreshToken},
                              })
                    .toJson(QJsonDocument::Compact),
                std::move(done));
}

void TokenStore::load(const QString &profile,
                      std::function<void(Result<std::optional<StoredSession>>)> done)
{
    readSecret(keyFor(profile), [profile, done](Result<std::optional<QByteArray>> secret) {
        if (!secret) {
            done(std::unexpected(secret.error()));
            return;
        }
        if (!secret->has_value()) {
            done(std::optional<StoredSession>());
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(**secret).object();
        StoredSession s{o.value(QLatin1String("issuer")).toString(),
                        o.value(QLatin1String("client_id")).toString(),
                        o.value(QLatin1String("refresh_token")).toString()};
        if (s.refreshToken.isEmpty()) {
            qCWarning(lcAuth) << "ignoring an unreadable keychain entry for" << profile;
            done(std::optional<StoredSession>());
            return;
        }
        done(std::optional<StoredSession>(s));
    });
}

void TokenStore::remove(const QString &profile, std::function<void(Result<void>)> done)
{
    m_memory.remove(keyFor(profile));
    m_memory.remove(idTokenKeyFor(profile));
    if (!m_available) {
        if (done)
            done({});
        return;
    }
    // The cached ID token goes first; the job queue runs in order, so when `done` runs below,
    // both entries are gone.
    auto *idJob = makeJob<QKeychain::DeletePasswordJob>(m_service);
    idJob->setKey(idTokenKeyFor(profile));
    idJob->start();
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(keyFor(profile));
    // No context object: a sign-out's removal must finish even when the store is gone meanwhile.
    connect(job, &QKeychain::Job::finished, job, [profile, done](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError
            || finished->error() == QKeychain::EntryNotFound;
        qCDebug(lcAuth) << "session removed from the keychain for" << profile << ok;
        if (!done)
            return;
        if (ok)
            done({});
        else
            done(fail(Error::Kind::Io,
                      Tr::tr("The session could not be removed from the keychain: %1")
                          .arg(finished->errorString()),
                      finished->errorString()));
    });
    job->start();
}

void TokenStore::removeIfHolds(const QString &profile, const QString &refreshToken,
                               std::function<void(bool)> done)
{
    load(profile, [this, profile, refreshToken, done](Result<std::optional<StoredSession>> stored) {
        if (!stored) { // cannot tell whose token is stored: leave it (it fails on its own)
            qCWarning(lcAuth) << "not removing the saved session of" << profile << ":"
                              << stored.error().detail;
            if (done)
                done(false);
            return;
        }
        if (stored->has_value() && (*stored)->refreshToken != refreshToken) {
            qCInfo(lcAuth) << "keeping the newer saved session of" << profile;
            if (done)
                done(false);
            return;
        }
        remove(profile, [done](Result<void>) {
            if (done)
                done(true);
        });
    });
}

void TokenStore::saveIdToken(const QString &profile, const CachedIdToken &token,
                             std::function<void(Result<void>)> done)
{
    writeSecret(idTokenKeyFor(profile),
                QJsonDocument(QJsonObject{
                                  {QStringLiteral("issuer"), token.issuer},
                                  {QStringLiteral("client_id"), token.clientId},
                                  {QStringLiteral("id_token"), token.idToken},
                                  {QStringLiteral("expires_at"),
                                   token.expiresAt.toUTC().toString(Qt::ISODate)},
                              })
                    .toJson(QJsonDocument::Compact),
                std::move(done));
}

void TokenStore::loadIdToken(const QString &profile,
                             std::function<void(Result<std::optional<CachedIdToken>>)> done)
{
    readSecret(idTokenKeyFor(profile), [done](Result<std::optional<QByteArray>> secret) {
        if (!secret) {
            done(std::unexpected(secret.error()));
            return;
        }
        if (!secret->has_value()) {
            done(std::optional<CachedIdToken>());
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(**secret).object();
        CachedIdToken t{o.value(QLatin1String("issuer")).toString(),
                        o.value(QLatin1String("client_id")).toString(),
                        o.value(QLatin1String("id_token")).toString(),
                        QDateTime::fromString(o.value(QLatin1String("expires_at")).toString(),
                                              Qt::ISODate)};
        if (t.idToken.isEmpty() || !t.expiresAt.isValid()) {
            done(std::optional<CachedIdToken>());
            return;
        }
        done(std::optional<CachedIdToken>(t));
    });
}

} // namespace scs::auth
