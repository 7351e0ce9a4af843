#include "cli/verbsession.h"

#include "auth/session.h"
#include "cli/commandline.h"
#include "kube/discovery.h"
#include "profiles/profilestore.h"

#include <QCommandLineParser>
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

std::optional<int> parseVerbArguments(QCommandLineParser &parser, const QString &verb,
                                      const QStringList &arguments, const QCommandLineOption &help,
                                      const QString &usage, QTextStream &helpOut, QTextStream &err)
{
    if (!parser.parse(QStringList{verb} + arguments)) {
        err << "scs-console: " << parser.errorText() << '\n' << usage;
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "scs-console: "
            << Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst())
            << '\n'
            << usage;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        helpOut << usage;
        return ExitOk;
    }
    return std::nullopt;
}

std::expected<ConnectionProfile, int> verbProfile(const QString &name,
                                                  const ProfileStore &profiles, QTextStream &err,
                                                  const QString &usage, int notFoundExit)
{
    if (name.isEmpty()) {
        err << usage;
        return std::unexpected(int(ExitUsage));
    }
    auto profile = profiles.profile(name);
    if (!profile) {
        err << "scs-console: " << Tr::tr("There is no profile called \"%1\".").arg(name) << '\n';
        return std::unexpected(notFoundExit);
    }
    return *profile;
}

QString restoreFailureMessage(const Error &error)
{
    // A timeout (ours or the issuer's) says so itself.
    return error.kind == Error::Kind::Timeout
        ? error.message
        : Tr::tr("The session could not be renewed: %1").arg(error.message);
}

QString notSignedInMessage(const QString &profileName)
{
    return Tr::tr("You are not signed in to the profile \"%1\". Sign in with "
                  "\"scs-console --profile %2\" and try again.")
        .arg(profileName, profileName);
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

Result<void> discoverBlocking(kube::Discovery &discovery, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    std::optional<Result<void>> discovered;
    QObject::connect(&discovery, &kube::Discovery::refreshed, &loop, [&] {
        discovered = Result<void>{};
        loop.quit();
    });
    QObject::connect(&discovery, &kube::Discovery::failed, &loop, [&](const Error &e) {
        discovered = std::unexpected(e);
        loop.quit();
    });
    discovery.refresh();
    if (!waitUntil(loop, [&] { return discovered.has_value(); }, timeout)) {
        return fail(Error::Kind::Timeout,
                    Tr::tr("Could not read what the Central API serves: %1")
                        .arg(Tr::tr("no answer")),
                    QStringLiteral("discovery: no answer within %1 ms").arg(timeout.count()));
    }
    if (!*discovered) {
        Error error = discovered->error();
        error.message =
            Tr::tr("Could not read what the Central API serves: %1").arg(error.message);
        return std::unexpected(error);
    }
    return {};
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
