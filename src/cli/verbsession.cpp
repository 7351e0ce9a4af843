#include "cli/verbsession.h"

#include "auth/session.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VerbSession)
};
} // namespace

std::optional<ConnectionProfile> verbProfile(const ProfileStore &profiles, const QString &name,
                                             QTextStream &err)
{
    auto profile = profiles.profile(name);
    if (!profile)
        err << "scs-console: " << Tr::tr("There is no profile called \"%1\".").arg(name) << '\n';
    return profile;
}

bool waitUntil(QEventLoop &loop, const std::function<bool()> &done,
               std::chrono::milliseconds timeout)
{
    if (done())
        return true;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeout);
    while (!done() && timer.isActive())
        loop.exec();
    return done();
}

Result<void> restoreSessionBlocking(auth::Session &session, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    std::optional<Result<void>> restored;
    QObject::connect(&session, &auth::Session::signedIn, &loop, [&] {
        restored = Result<void>{};
        loop.quit();
    });
    QObject::connect(&session, &auth::Session::restoreFailed, &loop, [&](const Error &error) {
        restored = std::unexpected(error);
        loop.quit();
    });
    session.restore();
    if (!waitUntil(loop, [&] { return restored.has_value(); }, timeout)) {
        return fail(Error::Kind::Timeout, Tr::tr("The sign-in server did not answer in time."),
                    QStringLiteral("session restore: no answer within %1 ms")
                        .arg(timeout.count()));
    }
    return *restored;
}

bool isNotSignedIn(const Error &error)
{
    return error.kind == Error::Kind::NotFound || error.kind == Error::Kind::Unauthorized
        || error.kind == Error::Kind::Forbidden;
}

} // namespace scs
