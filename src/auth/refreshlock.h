#pragma once

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace scs::auth {

// Serialises the refreshes of one profile's session across processes (the window's Session and
// every `scs-console get-token` that kubectl starts): with refresh-token rotation, two refreshes
// with the same refresh token leave one of them with `invalid_grant`. Holders run
// read keychain -> refresh -> save under it.
//
// The lock is a QLockFile in the runtime directory (QStandardPaths::RuntimeLocation, usually
// $XDG_RUNTIME_DIR): `<runtime>/<service>/refresh-<profile, percent-encoded>.lock`. A lock left
// by a process that died is taken over at once (QLockFile checks the PID); one older than
// staleAfter() (a holder that hangs) is taken over too.
//
// acquire() never blocks: it polls tryLock(0) with a timer, so it may run in the GUI thread.
// When the lock stays taken longer than waitLimit(), the callback runs without it (logged):
// a refresh that may race beats a console that waits forever. Lives in one thread; the lock is
// released on release() or destruction.
class RefreshLock : public QObject
{
    Q_OBJECT

public:
    RefreshLock(const QString &service, const QString &profile, QObject *parent = nullptr);
    ~RefreshLock() override;

    [[nodiscard]] static QString pathFor(const QString &service, const QString &profile);
    // A holder reads the keychain, refreshes (the token endpoint's own limit is 20 s) and
    // saves: 40 s is a holder that hangs. Waiting ends before get-token's 60 s limit, so a
    // process behind a hung holder still gets a token instead of timing out.
    [[nodiscard]] static constexpr int staleAfterMs() { return 40000; }
    [[nodiscard]] static constexpr int waitLimitMs() { return 45000; }

    // Resolved at the first acquire() (the runtime directory is looked up then).
    [[nodiscard]] QString path() const { return pathFor(m_service, m_profile); }
    [[nodiscard]] bool isHeld() const { return m_held; }

    // Runs `acquired(held)` once, from the event loop or at once: `held` is false only after
    // waitLimit() or when the runtime directory cannot be used. A second acquire() while one is
    // pending replaces the first one's callback.
    void acquire(std::function<void(bool held)> acquired);
    void release();

private:
    void poll();

    QString m_service;
    QString m_profile;
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
    QTimer m_poll;
    qint64 m_waitStarted = 0;
    bool m_held = false;
    std::function<void(bool)> m_pending;
};

} // namespace scs::auth
