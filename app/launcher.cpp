// `scs-console` itself: parses the command line and runs what needs no window (--help,
// --version, the verbs) with a QCoreApplication and scs_core only. For the console's window and
// for get-token's interactive sign-in it loads the GUI module (main.cpp) and hands over; see
// app/guientry.h for why there are two halves. No logic lives here.

#include "app/guientry.h"
#include "buildinfo.h"
#include "cli/commandline.h"
#include "cli/createtenantverb.h"
#include "cli/exportkubeconfigverb.h"
#include "cli/gettokenverb.h"
#include "cli/orderclusterverb.h"
#include "cli/profileverb.h"
#include "cli/verbsession.h"
#include "common/i18n.h"
#include "auth/profilesessionjanitor.h"
#include "auth/tokenstore.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLibrary>
#include <QTextStream>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SCS"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("scs.community"));
    QCoreApplication::setApplicationName(QStringLiteral("scs-console"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(scs::buildinfo::kVersion));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// --help, --version, usage errors and verbs: no window, no display needed. get-token may ask
// for the sign-in window through `signInProfile` (it has then printed nothing).
int runWithoutWindow(int argc, char **argv, const scs::Result<scs::CommandLine> &commandLine,
                     QString *signInProfile, QString *programPath)
{
    QCoreApplication app(argc, argv);
    *programPath = QCoreApplication::applicationFilePath();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString language = commandLine ? commandLine->language : QString();
    scs::installTranslations(app, scs::localeFromLanguageOption(language));

    if (!commandLine) {
        err << "scs-console: " << commandLine.error().message << '\n'
            << QCoreApplication::translate("main", "Try \"scs-console --help\".") << '\n';
        return scs::ExitUsage;
    }
    switch (commandLine->action) {
    case scs::CommandLine::Action::ShowHelp:
        out << scs::commandLineHelp();
        return scs::ExitOk;
    case scs::CommandLine::Action::ShowVersion:
        out << scs::versionText();
        return scs::ExitOk;
    case scs::CommandLine::Action::RunVerb:
        // A verb's stdout and stderr are its output and its real errors, read by people and
        // scripts (and by kubectl for get-token): the info log stays out unless asked for
        // with QT_LOGGING_RULES; warnings still show.
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(QStringLiteral("scs.*.info=false"));
        if (commandLine->verb == QLatin1String("profile")) {
            scs::ProfileStore store;
            scs::auth::TokenStore tokens;
            // A removed or renamed profile is signed out first (revoked, keychain entries gone).
            scs::auth::ProfileSessionJanitor janitor(store, tokens);
            const int code = scs::runProfileVerb(commandLine->verbArguments, store, out, err);
            QEventLoop loop;
            QObject::connect(&janitor, &scs::auth::ProfileSessionJanitor::signedOut, &loop,
                             &QEventLoop::quit);
            scs::waitUntil(loop, [&] { return janitor.pending() == 0; },
                           std::chrono::seconds(45));
            return code;
        }
        if (commandLine->verb == QLatin1String("get-token")) {
            scs::ProfileStore store;
            scs::auth::TokenStore tokens;
            return scs::runGetTokenVerb(commandLine->verbArguments, commandLine->profile, store,
                                        tokens, out, err,
                                        scs::GetTokenEnvironment::fromProcess(), signInProfile);
        }
        if (commandLine->verb == QLatin1String("order-cluster")) {
            scs::ProfileStore store;
            scs::auth::TokenStore tokens;
            return scs::runOrderClusterVerb(commandLine->verbArguments, commandLine->profile,
                                            store, tokens, out, err);
        }
        if (commandLine->verb == QLatin1String("create-tenant")) {
            scs::ProfileStore store;
            scs::auth::TokenStore tokens;
            return scs::runCreateTenantVerb(commandLine->verbArguments, commandLine->profile,
                                            store, tokens, out, err);
        }
        if (commandLine->verb == QLatin1String("export-kubeconfig")) {
            scs::ProfileStore store;
            return scs::runExportKubeconfigVerb(commandLine->verbArguments, commandLine->profile,
                                                store, QCoreApplication::applicationFilePath(),
                                                out, err);
        }
        break;
    case scs::CommandLine::Action::RunGui:
        break;
    }
    return scs::ExitFailure;
}

// The GUI module next to the executable (build tree, Windows, relocated installs), else where
// `make install` and the Debian package put it (SCS_GUI_MODULE_RELDIR, relative to bin/).
QStringList guiModuleCandidates(const QString &programPath)
{
    const QDir programDir = QFileInfo(programPath).absoluteDir();
    const QString name = QStringLiteral("scs-console-gui");
    return {programDir.filePath(name),
            QDir::cleanPath(programDir.filePath(QStringLiteral(SCS_GUI_MODULE_RELDIR) + QLatin1Char('/')
                                                + name))};
}

int runGui(int argc, char **argv, const QString &programPath, ScsGuiMode mode,
           const QString &profile)
{
    QStringList problems;
    for (const QString &candidate : guiModuleCandidates(programPath)) {
        QLibrary module(candidate);
        auto entry = reinterpret_cast<ScsGuiMainFunction>(module.resolve(kScsGuiMainSymbol));
        if (!entry) {
            problems.append(module.errorString());
            continue;
        }
        const QByteArray profileUtf8 = profile.toUtf8();
        const ScsGuiRequest request{kScsGuiRequestVersion, mode, profileUtf8.constData()};
        // The module stays loaded until the process ends: Qt's plugins and WebEngine's threads
        // may still refer to it during exit.
        return entry(argc, argv, &request);
    }
    std::fprintf(stderr, "scs-console: the window part of the console cannot be loaded: %s\n",
                 qPrintable(problems.join(QStringLiteral("; "))));
    return scs::ExitFailure;
}

// Without a QCoreApplication: the path of this executable for finding the GUI module.
QString executablePath(const char *argv0)
{
#ifdef Q_OS_LINUX
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (!self.isEmpty())
        return self;
#endif
    return QFileInfo(QString::fromLocal8Bit(argv0)).absoluteFilePath();
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationIdentity(); // before anything asks QStandardPaths or QSettings
    const auto commandLine = scs::parseCommandLine(argumentsOf(argc, argv));
    if (!commandLine || commandLine->action != scs::CommandLine::Action::RunGui) {
        QString signInProfile;
        QString programPath;
        // The QCoreApplication of the verb is gone when this returns; the sign-in window needs
        // a QApplication of its own.
        const int exitCode = runWithoutWindow(argc, argv, commandLine, &signInProfile,
                                              &programPath);
        if (signInProfile.isEmpty())
            return exitCode;
        return runGui(argc, argv, programPath, ScsGuiModeGetTokenSignIn, signInProfile);
    }
    return runGui(argc, argv, executablePath(argc > 0 ? argv[0] : ""), ScsGuiModeWindow, {});
}
