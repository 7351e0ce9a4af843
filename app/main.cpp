// The composition root: parse the command line, create the application object that fits
// (a window or none), build the objects and wire them. No logic lives here.

#include "buildinfo.h"
#include "cli/commandline.h"
#include "cli/exportkubeconfigverb.h"
#include "cli/gettokenverb.h"
#include "cli/profileverb.h"
#include "common/i18n.h"
#include "common/logging.h"
#include "auth/tokenstore.h"
#include "profiles/profilestore.h"
#include "ui/browsercontroller.h"
#include "ui/mainwindow.h"
#include "ui/sessioncontroller.h"

#include <QApplication>
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

// --help, --version, usage errors and verbs: no window, no display needed.
int runWithoutWindow(int argc, char **argv, const scs::Result<scs::CommandLine> &commandLine)
{
    QCoreApplication app(argc, argv);
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
        if (commandLine->verb == QLatin1String("profile")) {
            scs::ProfileStore store;
            return scs::runProfileVerb(commandLine->verbArguments, store, out, err);
        }
        if (commandLine->verb == QLatin1String("get-token")) {
            scs::ProfileStore store;
            scs::auth::TokenStore tokens;
            return scs::runGetTokenVerb(commandLine->verbArguments, commandLine->profile, store,
                                        tokens, out, err,
                                        scs::GetTokenEnvironment::fromProcess());
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

} // namespace

int main(int argc, char **argv)
{
    setApplicationIdentity(); // before anything asks QStandardPaths or QSettings
    const auto commandLine = scs::parseCommandLine(argumentsOf(argc, argv));
    if (!commandLine || commandLine->action != scs::CommandLine::Action::RunGui)
        return runWithoutWindow(argc, argv, commandLine);

    if (!commandLine->language.isEmpty()
        && scs::localeFromLanguageOption(commandLine->language).language() == QLocale::C) {
        QTextStream(stderr) << "scs-console: unknown language \"" << commandLine->language
                            << "\"\n";
        return scs::ExitUsage;
    }

    // Checked before QApplication exists, so that a typo fails the same way with or without
    // a display.
    scs::ProfileStore profiles;
    if (!commandLine->profile.isEmpty() && !profiles.profile(commandLine->profile)) {
        QTextStream(stderr) << "scs-console: no profile called \"" << commandLine->profile
                            << "\" (see \"scs-console profile list\")\n";
        return scs::ExitUsage;
    }

    // Qt WebEngine (sign-in window) wants this before the application object exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/scs-console.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("community.scs.Console"));
    scs::installTranslations(app, scs::localeFromLanguageOption(commandLine->language));
    scs::ui::MainWindow window(profiles);
    if (!commandLine->profile.isEmpty())
        window.selectProfile(commandLine->profile);
    scs::auth::TokenStore tokens;
    scs::ui::SessionController sessions(profiles, tokens, window);
    scs::ui::BrowserController browser(window);
    QObject::connect(&sessions, &scs::ui::SessionController::sessionChanged, &browser,
                     &scs::ui::BrowserController::setSession);
    browser.setSession(sessions.session());
    window.show();
    qCInfo(lcApp) << "started with" << profiles.profiles().size() << "profiles";
    return app.exec();
}
