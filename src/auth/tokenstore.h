#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace scs::auth {

// What a keychain answered, in the terms TokenStore acts on.
enum class KeychainOutcome {
    Ok,
    NotFound, // no such entry (reads and deletes)
    NoBackend, // no keychain service at all (no Secret Service on the bus): memory only
    Denied, // locked, or access refused by the person or the system: reported, not retried
    Transient, // anything else (a timeout, a busy service): retried a couple of times
};

// QtKeychain's error code and message classified. QtKeychain reports a Secret Service that is
// not on the bus as OtherError with a D-Bus message, so the message counts as well.
[[nodiscard]] KeychainOutcome classifyKeychainError(int qtKeychainError, const QString &message);

// One keychain's three operations; TokenStore's default talks to QtKeychain. Tests substitute
// their own. `done` runs once, later, in the caller's thread; it is dropped when `context` is
// gone (deletes pass nullptr: they finish even when the store is gone).
class KeychainBackend
{
public:
    using Done = std::function<void(KeychainOutcome outcome, const QByteArray &data,
                                    const QString &detail)>;
    virtual ~KeychainBackend() = default;
    virtual void write(const QString &service, const QString &key, const QByteArray &data,
                       QObject *context, Done done) = 0;
    virtual void read(const QString &service, const QString &key, QObject *context, Done done) = 0;
    virtual void remove(const QString &service, const QString &key, QObject *context,
                        Done done) = 0;
};

// What survives a restart of the console: the refresh token, and the issuer and client it
// belongs to (so that a profile pointed elsewhere never replays it). Nothing that can be
// re-derived (ID and access tokens come from a refresh).
struct StoredSession
{
    QString issuer;
    QString clientId;
    QString refreshToken;
};

// The last ID token of a profile's session, so that `scs-console get-token` (run by kubectl for
// every command) answers without a network round while the token is valid. It is kept in the
// keychain like the refresh token, in an entry of its own ("idtoken/<profile>"), so that the
// session's own saves never drop it; remove() deletes both entries.
struct CachedIdToken
{
    QString issuer;
    QString clientId;
    QString idToken;
    QDateTime expiresAt; // UTC
};

// Keeps StoredSession per profile in the OS keychain through QtKeychain (Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows), never in a file: the insecure
// plain-text fallback of QtKeychain is off. Keychain errors are classified
// (classifyKeychainError): only when there is no keychain backend at all does available() turn
// false, unavailable() is emitted once with the reason, and every call succeeds on an in-memory
// map instead, so the session lasts until the console quits. A locked keychain or refused access
// fails the call with Error::Kind::Forbidden (the store stays on the keychain); other errors are
// retried twice (after 200 and 800 ms) and then fail with Error::Kind::Io. remove() always
// tries the keychain too, also in memory-only mode, so sign-out never leaves a session behind.
// Callbacks run in this object's thread and not at all once it is gone (remove's excepted).
class TokenStore : public QObject
{
    Q_OBJECT

public:
    // `service` names the keychain entries' service ("scs-console"); tests use their own.
    explicit TokenStore(const QString &service = QStringLiteral("scs-console"),
                        QObject *parent = nullptr);
    // With another keychain (tests).
    TokenStore(const QString &service, std::unique_ptr<KeychainBackend> backend,
               QObject *parent = nullptr);
    ~TokenStore() override;

    [[nodiscard]] bool available() const { return m_available; }
    // A keychain write (save, saveIdToken) has not finished yet; writesFinished() follows.
    // A process that ends in between may leave the keychain with the session before a refresh
    // whose new token the issuer already rotated: the GUI waits for this before it exits.
    [[nodiscard]] bool isWriting() const { return m_writesInFlight > 0; }
    [[nodiscard]] QString service() const { return m_service; }

    void save(const QString &profile, const StoredSession &session,
              std::function<void(Result<void>)> done = {});
    // Result holds nullopt when nothing is stored for the profile.
    void load(const QString &profile,
              std::function<void(Result<std::optional<StoredSession>>)> done);
    // Removes the session and the cached ID token.
    void remove(const QString &profile, std::function<void(Result<void>)> done = {});
    // Removes them only while the stored session still holds `refreshToken` (the one the issuer
    // refused): another process may have saved a newer session meanwhile, which must stay.
    // `done` gets whether the entries were removed.
    void removeIfHolds(const QString &profile, const QString &refreshToken,
                       std::function<void(bool removed)> done = {});

    void saveIdToken(const QString &profile, const CachedIdToken &token,
                     std::function<void(Result<void>)> done = {});
    // Result holds nullopt when nothing (readable) is cached for the profile.
    void loadIdToken(const QString &profile,
                     std::function<void(Result<std::optional<CachedIdToken>>)> done);

Q_SIGNALS:
    void unavailable(const scs::Error &reason);
    void writesFinished();

private:
    // One keychain entry (or, without a keychain, the memory map), as raw bytes; the public
    // calls above only (de)serialise.
    void writeSecret(const QString &key, const QByteArray &secret,
                     std::function<void(Result<void>)> done);
    void readSecret(const QString &key, std::function<void(Result<std::optional<QByteArray>>)> done);
    void markUnavailable(const QString &detail);
    // Runs `operation` (one backend call) and retries it after a transient failure.
    void withRetries(std::function<void(KeychainBackend::Done)> operation,
                     KeychainBackend::Done done, int attempt = 0);

    QString m_service;
    std::shared_ptr<KeychainBackend> m_backend; // shared with deletes that outlive the store
    bool m_available = true;
    int m_writesInFlight = 0;
    QHash<QString, QByteArray> m_memory; // by keychain key; only while no keychain is available
};

} // namespace scs::auth
