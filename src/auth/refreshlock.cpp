#include "auth/refreshlock.h"

#include "auth/authlogging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace scs::auth {

namespace {
constexpr int kPollMs = 50;
}

QString RefreshLock::pathFor(const QString &service, const QString &profile)
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(service))
        + QStringLiteral("/refresh-") + QString::fromLatin1(QUrl::toPercentEncoding(profile))
        + QStringLiteral(".lock");
}

RefreshLock::RefreshLock(const QString &service, const QString &profile, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_profile(profile)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &RefreshLock::poll);
}

RefreshLock::~RefreshLock()
{
    release();
}

void RefreshLock::acquire(std::function<void(bool)> acquired)
{
    m_pending = std::move(acquired);
    if (m_held) { // already ours (a retry inside one refresh)
        auto callback = std::exchange(m_pending, {});
        callback(true);
        return;
    }
    if (!m_file) {
        m_path = path();
        const QString dir = QFileInfo(m_path).absolutePath();
        if (!QDir().mkpath(dir)) {
            qCWarning(lcAuth) << "refresh lock: cannot create" << dir << "; refreshing unlocked";
            auto callback = std::exchange(m_pending, {});
            callback(false);
            return;
        }
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_file = std::make_unique<QLockFile>(m_path);
        m_file->setStaleLockTime(staleAfterMs());
    }
    m_waitStarted = QDateTime::currentMSecsSinceEpoch();
    poll();
}

void RefreshLock::poll()
{
    if (!m_pending) {
        m_poll.stop();
        return;
    }
    if (m_file->tryLock(0)) {
        m_poll.stop();
        m_held = true;
        qCDebug(lcAuth) << "refresh lock taken:" << m_path;
        auto callback = std::exchange(m_pending, {});
        callback(true);
        return;
    }
    const bool busy = m_file->error() == QLockFile::LockFailedError;
    if (busy && QDateTime::currentMSecsSinceEpoch() - m_waitStarted < waitLimitMs()) {
        if (!m_poll.isActive()) {
            qCDebug(lcAuth) << "refresh lock busy, waiting:" << m_path;
            m_poll.start();
        }
        return;
    }
    m_poll.stop();
    qCWarning(lcAuth) << "refresh lock" << m_path
                      << (busy ? "still taken after the wait limit" : "cannot be written")
                      << "; refreshing without it";
    auto callback = std::exchange(m_pending, {});
    callback(false);
}

void RefreshLock::release()
{
    m_poll.stop();
    m_pending = {};
    if (m_held && m_file) {
        m_file->unlock();
        qCDebug(lcAuth) << "refresh lock released:" << m_path;
    }
    m_held = false;
}

} // namespace scs::auth
