#include "cli/gettokenverb.h"

#include "auth/session.h"
#include "auth/tokenstore.h"
#include "cli/commandline.h"
#include "cli/verbsession.h"
#include "kubeconfig/kubeconfiglogging.h"
#include "kubeconfig/execcredential.h"
#include "profiles/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GetTokenVerb)
};

// A cached token is handed out only while it stays valid this long: kubectl uses it until
// expirationTimestamp, and a request must not leave with a token that expires on the way.
constexpr int kMinimumValiditySeconds = 30;
constexpr std::chrono::milliseconds kTimeout{60000};

QString usage()
{
    return Tr::tr("Usage: scs-console get-token --profile <name>\n"
                  "A kubectl exec credential plugin: prints an ExecCredential with the ID token "
                  "of the profile's session.\n");
}

QString issuerOf(const ConnectionProfile &profile)
{
    QString issuer = profile.issuerUrl.toString();
    while (issuer.endsWith(QLatin1Char('/')))
        issuer.chop(1);
    return issuer;
}

// A person who can see a window: kubectl says so (interactiveMode IfAvailable passes
// spec.interactive, true when its stdin is a terminal), else our own stdin is a terminal. Either
// way a window needs a display: over SSH without one, failing with the message beats a
// QApplication that cannot start.
bool isInteractive(const GetTokenEnvironment &environment, const ExecInfo &info)
{
    if (!environment.hasDisplay)
        return false;
    if (info.interactive)
        return *info.interactive;
    return environment.stdinIsTerminal;
}

} // namespace

GetTokenEnvironment GetTokenEnvironment::fromProcess()
{
    GetTokenEnvironment environment;
    environment.execInfo = qgetenv("KUBERNETES_EXEC_INFO");
#ifdef Q_OS_UNIX
    environment.stdinIsTerminal = ::isatty(STDIN_FILENO) == 1;
#else
    environment.stdinIsTerminal = true;
#endif
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // QT_QPA_PLATFORM: a platform chosen explicitly (offscreen, vnc, eglfs) needs no X or
    // Wayland display.
    environment.hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    environment.hasDisplay = true;
#endif
    return environment;
}

int runGetTokenVerb(const QStringList &arguments, const QString &defaultProfile,
                    ProfileStore &profiles, auth::TokenStore &tokens, QTextStream &out,
                    QTextStream &err, const GetTokenEnvironment &environment,
                    QString *signInProfile)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), {}, QStringLiteral("name"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({profileOption, help});
    // --help goes to stderr: stdout belongs to the ExecCredential.
    if (const auto exit = parseVerbArguments(parser, QStringLiteral("get-token"), arguments, help,
                                             usage(), err, err))
        return *exit;
    const QString name = parser.isSet(profileOption) ? parser.value(profileOption)
                                                     : defaultProfile;
    const auto profile = verbProfile(name, profiles, err, usage(), ExitFailure);
    if (!profile)
        return profile.error();
    const auto execInfo = parseExecInfo(environment.execInfo);
    if (!execInfo)
        qCWarning(lcKubeconfig) << "ignoring KUBERNETES_EXEC_INFO:" << execInfo.error().detail;
    const bool interactive = isInteractive(environment, execInfo.value_or(ExecInfo{}));

    auto print = [&out](const QString &token, const QDateTime &expiresAt) {
        out << execCredentialJson(token, expiresAt) << '\n';
        out.flush();
        return ExitOk;
    };

    // 1. The cached ID token: one keychain read, no network.
    QEventLoop loop;
    std::optional<Result<std::optional<auth::CachedIdToken>>> cached;
    tokens.loadIdToken(name, [&](Result<std::optional<auth::CachedIdToken>> r) {
        cached = std::move(r);
        loop.quit();
    });
    if (!waitUntil(loop, [&] { return cached.has_value(); }, kTimeout)) {
        err << "scs-console: " << Tr::tr("The keychain did not answer.") << '\n';
        return ExitFailure;
    }
    if (*cached && cached->value()) {
        const auth::CachedIdToken &token = *cached->value();
        const qint64 remaining = QDateTime::currentDateTimeUtc().secsTo(token.expiresAt);
        if (token.issuer == issuerOf(*profile) && token.clientId == profile->clientId
            && remaining >= kMinimumValiditySeconds) {
            qCDebug(lcKubeconfig) << "get-token: cached ID token of" << name << "valid until"
                                  << token.expiresAt.toString(Qt::ISODate);
            return print(token.idToken, token.expiresAt);
        }
    }

    // 2. The keychain session: a refresh at the issuer.
    auth::Session session(*profile, &tokens);
    if (const Result<void> restored =
            restoreSessionBlocking(session, kTimeout);
        !restored) {
        const Error &error = restored.error();
        if (!isNotSignedIn(error)) {
            err << "scs-console: " << restoreFailureMessage(error) << '\n';
            return ExitFailure;
        }
        if (interactive && signInProfile) {
            qCInfo(lcKubeconfig) << "get-token: no session for" << name
                                 << "and a person is there: sign-in window";
            *signInProfile = name;
            return ExitFailure;
        }
        if (!interactive) {
            err << "scs-console: "
                << Tr::tr("You are not signed in to the profile \"%1\", and kubectl runs this "
                          "command without a person at the terminal, so no sign-in window "
                          "opens. Sign in with \"scs-console --profile %2\" (or run kubectl "
                          "in a terminal) and try again.")
                       .arg(name, name)
                << '\n';
        } else {
            err << "scs-console: " << notSignedInMessage(name) << '\n';
        }
        return ExitFailure;
    }

    return finishGetTokenAfterSignIn(name, session, tokens, out);
}

int finishGetTokenAfterSignIn(const QString &profileName, auth::Session &session,
                              auth::TokenStore &tokens, QTextStream &out)
{
    QEventLoop loop;
    const ConnectionProfile &profile = session.profile();
    const QString idToken = session.bearerToken();
    const QDateTime expiresAt = session.idTokenExpiry();
    // Cached for the next call. The keychain runs jobs in order, so once this save has
    // finished, the session's own save of a rotated refresh token has finished too.
    std::optional<Result<void>> saved;
    tokens.saveIdToken(profileName, {issuerOf(profile), profile.clientId, idToken, expiresAt},
                       [&](Result<void> r) {
                           saved = std::move(r);
                           loop.quit();
                       });
    if (waitUntil(loop, [&] { return saved.has_value(); }, kTimeout) && !*saved)
        qCWarning(lcKubeconfig) << "get-token: ID token not cached:" << saved->error().detail;
    // The session's own saves (a rotated refresh token) end before this process does.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start(20);
    waitUntil(loop, [&] { return !session.holdsRefreshLock(); }, kTimeout);
    out << execCredentialJson(idToken, expiresAt) << '\n';
    out.flush();
    return ExitOk;
}

} // namespace scs
