#include "auth/tokenstore.h"

#include "auth/authlogging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QScopeGuard>
#include <QTimer>

#include <iterator>

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

constexpr int kRetryDelaysMs[] = {200, 800};

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

KeychainOutcome outcomeOf(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError)
        return KeychainOutcome::Ok;
    return classifyKeychainError(job->error(), job->errorString());
}

class QtKeychainBackend final : public KeychainBackend
{
public:
    void write(const QString &service, const QString &key, const QByteArray &data,
               QObject *context, Done done) override
    {
        auto *job = makeJob<QKeychain::WritePasswordJob>(service);
        job->setKey(key);
        job->setBinaryData(data);
        start(job, context, std::move(done));
    }
    void read(const QString &service, const QString &key, QObject *context, Done done) override
    {
        auto *job = makeJob<QKeychain::ReadPasswordJob>(service);
        job->setKey(key);
        start(job, context, std::move(done));
    }
    void remove(const QString &service, const QString &key, QObject *context, Done done) override
    {
        auto *job = makeJob<QKeychain::DeletePasswordJob>(service);
        job->setKey(key);
        start(job, context, std::move(done));
    }

private:
    static void start(QKeychain::Job *job, QObject *context, Done done)
    {
        QObject::connect(job, &QKeychain::Job::finished, context ? context : job,
                         [done](QKeychain::Job *finished) {
                             QByteArray data;
                             if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
                                 read && read->error() == QKeychain::NoError)
                                 data = read->binaryData();
                             done(outcomeOf(finished), data, finished->errorString());
                         });
        job->start();
    }
};
} // namespace

KeychainOutcome classifyKeychainError(int qtKeychainError, const QString &message)
{
    switch (QKeychain::Error(qtKeychainError)) {
    case QKeychain::NoError:
        return KeychainOutcome::Ok;
    case QKeychain::EntryNotFound:
        return KeychainOutcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainOutcome::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainOutcome::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret's D-Bus errors all arrive as OtherError: no bus or no Secret Service on it means
    // there is no keychain; a locked collection or a dismissed prompt means no access.
    static const char *const noBackend[] = {
        "org.freedesktop.DBus.Error.ServiceUnknown", "not provided by any .service",
        "org.freedesktop.DBus.Error.NoServer", "org.freedesktop.DBus.Error.FileNotFound",
        "Could not connect", "autolaunch", "Error spawning command line", "no secret service",
        "Connection refused"};
    for (const char *marker : noBackend) {
        if (message.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return KeychainOutcome::NoBackend;
    }
    static const char *const denied[] = {"locked", "denied", "dismissed", "not allowed",
                                         "cancel"};
    for (const char *marker : denied) {
        if (message.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return KeychainOutcome::Denied;
    }
    return KeychainOutcome::Transient;
}

TokenStore::TokenStore(const QString &service, QObject *parent)
    : TokenStore(service, std::make_unique<QtKeychainBackend>(), parent)
{}

TokenStore::TokenStore(const QString &service, std::unique_ptr<KeychainBackend> backend,
                       QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_backend(std::move(backend))
{}

TokenStore::~TokenStore() = default;

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

void TokenStore::withRetries(std::function<void(KeychainBackend::Done)> operation,
                             KeychainBackend::Done done, int attempt)
{
    QPointer<TokenStore> self(this);
    operation([self, operation, done, attempt](KeychainOutcome outcome, const QByteArray &data,
                                               const QString &detail) {
        if (outcome == KeychainOutcome::Transient && self
            && attempt < int(std::size(kRetryDelaysMs))) {
            qCInfo(lcAuth) << "keychain error, trying again:" << detail;
            QTimer::singleShot(kRetryDelaysMs[attempt], self.data(),
                               [self, operation, done, attempt] {
                                   self->withRetries(operation, done, attempt + 1);
                               });
            return;
        }
        done(outcome, data, detail);
    });
}

namespace {
// `failed`: what the person reads when the keychain failed for another reason than access.
Error keychainError(KeychainOutcome outcome, const QString &failed, const QString &detail)
{
    if (outcome == KeychainOutcome::Denied)
        return Error{Error::Kind::Forbidden,
                     Tr::tr("The keychain is locked or refused access: %1").arg(detail), detail,
                     {}, {}, 0, 0};
    return Error{Error::Kind::Io, failed, detail, {}, {}, 0, 0};
}
} // namespace

void TokenStore::writeSecret(const QString &key, const QByteArray &secret,
                             std::function<void(Result<void>)> done)
{
    if (!m_available) {
        m_memory.insert(key, secret);
        if (done)
            done({});
        return;
    }
    ++m_writesInFlight;
    // Counted down after `done`, which may start the next write (the ID token after the
    // session): the count only reaches zero when the last one has finished.
    const auto finished = [this] {
        if (--m_writesInFlight == 0)
            Q_EMIT writesFinished();
    };
    withRetries(
        [this, key, secret](KeychainBackend::Done d) {
            m_backend->write(m_service, key, secret, this, std::move(d));
        },
        [this, key, secret, done, finished](KeychainOutcome outcome, const QByteArray &,
                                            const QString &detail) {
            const auto countDown = qScopeGuard(finished);
            if (outcome == KeychainOutcome::Ok || outcome == KeychainOutcome::NotFound) {
                qCDebug(lcAuth) << "keychain entry written:" << key;
                if (done)
                    done({});
                return;
            }
            if (outcome == KeychainOutcome::NoBackend) {
                markUnavailable(detail);
                m_memory.insert(key, secret);
                if (done)
                    done({});
                return;
            }
            qCWarning(lcAuth) << "keychain write failed:" << key << detail;
            if (done)
                done(std::unexpected(
                    keychainError(outcome,
                                  Tr::tr("The session could not be stored in the keychain: %1")
                                      .arg(detail),
                                  detail)));
        });
}

void TokenStore::readSecret(const QString &key,
                            std::function<void(Result<std::optional<QByteArray>>)> done)
{
    if (!m_available) {
        const auto it = m_memory.constFind(key);
        done(it == m_memory.cend() ? std::optional<QByteArray>() : *it);
        return;
    }
    withRetries(
        [this, key](KeychainBackend::Done d) {
            m_backend->read(m_service, key, this, std::move(d));
        },
        [this, key, done](KeychainOutcome outcome, const QByteArray &data, const QString &detail) {
            switch (outcome) {
            case KeychainOutcome::Ok:
                done(std::optional<QByteArray>(data));
                return;
            case KeychainOutcome::NotFound:
                done(std::optional<QByteArray>());
                return;
            case KeychainOutcome::NoBackend: {
                markUnavailable(detail);
                const auto it = m_memory.constFind(key);
                done(it == m_memory.cend() ? std::optional<QByteArray>() : *it);
                return;
            }
            case KeychainOutcome::Denied:
            case KeychainOutcome::Transient:
                qCWarning(lcAuth) << "keychain read failed:" << key << detail;
                done(std::unexpected(
                    keychainError(outcome,
                                  Tr::tr("The session could not be read from the keychain: %1")
                                      .arg(detail),
                                  detail)));
                return;
            }
        });
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
    // Always the keychain too, also in memory-only mode: entries written before the keychain
    // went away, or by another process, must not outlive a sign-out. Both deletes start at
    // once (the cached ID token first): the keychain runs jobs in order, so a read started after
    // remove() returns sees neither entry. `done` runs when both are gone. No context object: a
    // sign-out's removal finishes even when the store is gone meanwhile.
    struct Pending
    {
        int left = 2;
        std::optional<Error> error;
    };
    const auto pending = std::make_shared<Pending>();
    const std::shared_ptr<KeychainBackend> backend = m_backend;
    const QString service = m_service;
    for (const QString &key : {idTokenKeyFor(profile), keyFor(profile)}) {
        withRetries(
            [backend, service, key](KeychainBackend::Done d) {
                backend->remove(service, key, nullptr, std::move(d));
            },
            [pending, profile, key, done](KeychainOutcome outcome, const QByteArray &,
                                          const QString &detail) {
                const bool ok = outcome == KeychainOutcome::Ok
                    || outcome == KeychainOutcome::NotFound
                    || outcome == KeychainOutcome::NoBackend;
                if (!ok) {
                    qCWarning(lcAuth) << "keychain entry not removed:" << key << detail;
                    pending->error = keychainError(
                        outcome,
                        Tr::tr("The session could not be removed from the keychain: %1")
                            .arg(detail),
                                                   detail);
                }
                if (--pending->left > 0)
                    return;
                qCDebug(lcAuth) << "session removed from the keychain for" << profile
                                << !pending->error;
                if (!done)
                    return;
                if (pending->error)
                    done(std::unexpected(*pending->error));
                else
                    done({});
            });
    }
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
