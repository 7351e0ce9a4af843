// The composition root of the GUI: the console's window, and get-token's sign-in window.
// Built into the module libscs-console-gui, which the core-only executable (launcher.cpp) loads
// only when a window is needed (app/guientry.h says why). No logic lives here.
// Command-line verbs (no window) are dispatched in app/launcher.cpp, runWithoutWindow().

#include "app/guientry.h"
#include "auth/session.h"
#include "buildinfo.h"
#include "cli/commandline.h"
#include "cli/gettokenverb.h"
#include "common/i18n.h"
#include "common/logging.h"
#include "common/terminationsignals.h"
#include "auth/profilesessionjanitor.h"
#include "auth/tokenstore.h"
#include "profiles/profilestore.h"
#include "edit/draftstore.h"
#include "ui/access/accesscontroller.h"
#include "ui/browse/browsercontroller.h"
#include "ui/browse/connectionspane.h"
#include "ui/common/objectviews.h"
#include "ui/common/paintmilestone.h"
#include "ui/connection/connectionbanner.h"
#include "ui/edit/editcontroller.h"
// editcontroller.h's inline getters convert QPointer<T> to T*, which needs the complete types.
#include "ui/edit/conflictview.h"
#include "ui/edit/draftsdialog.h"
#include "ui/edit/editpage.h"
#include "ui/edit/newobjectdialog.h"
#include "ui/edit/reviewdialog.h"
#include "ui/kubeconfig/kubeconfigcontroller.h"
#include "ui/logs/logscontroller.h"
#include "ui/exec/execcontroller.h"
#include "ui/portforward/portforwardcontroller.h"
#include "ui/orders/ordercontroller.h"
#include "ui/tenants/tenantscontroller.h"
#include "ui/palette/palettecontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/gettokensignin.h"
#include "ui/signin/sessioncontroller.h"
#include "ui/common/webenginesupport.h"
#include "workspace/workspaceregistry.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// kubectl runs get-token for a person and there is no session: the sign-in window (or the
// system browser), then the ExecCredential on stdout. Closing the window fails the command.
int runGetTokenSignIn(int argc, char **argv, const QString &profileName,
                      const scs::CommandLine &commandLine)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/scs-console.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("community.scs.Console"));
    // The window is the only one: closing it must not quit before the failure is reported.
    QApplication::setQuitOnLastWindowClosed(false);
    scs::installTranslations(app, scs::localeFromLanguageOption(commandLine.language));
    QTextStream out(stdout);
    QTextStream err(stderr);
    scs::ProfileStore profiles;
    const auto profile = profiles.profile(profileName);
    if (!profile) {
        err << "scs-console: no profile called \"" << profileName << "\"\n";
        return scs::ExitFailure;
    }
    scs::auth::TokenStore tokens;
    scs::ui::GetTokenSignIn signIn(*profile, tokens);
    int exitCode = scs::ExitFailure;
    QObject::connect(&signIn, &scs::ui::GetTokenSignIn::signedIn, &app, [&] {
        exitCode = scs::finishGetTokenAfterSignIn(profileName, *signIn.session(), tokens, out);
        app.quit();
    });
    QObject::connect(&signIn, &scs::ui::GetTokenSignIn::failed, &app,
                     [&](const scs::Error &error) {
                         err << "scs-console: "
                             << QCoreApplication::translate("main", "Sign-in failed: %1")
                                    .arg(error.message)
                             << '\n';
                         app.quit();
                     });
    signIn.start();
    app.exec();
    return exitCode;
}

// Before the process ends: a refresh in flight and the keychain writes of its rotated refresh
// token finish first (at most `ms`). Ended in between, the keychain would keep a token the
// issuer has already revoked, and the next start would find the session ended. Runs after the
// event loop, when nothing else waits for it.
void finishSessionWrites(const scs::auth::Session *session, const scs::auth::TokenStore &tokens,
                         int ms)
{
    const auto busy = [&] {
        return tokens.isWriting() || (session && session->holdsRefreshLock());
    };
    if (!busy())
        return;
    QElapsedTimer waited;
    waited.start();
    QEventLoop loop;
    QTimer poll; // the lock's release has no signal of its own
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!busy() || waited.elapsed() >= ms)
            loop.quit();
    });
    poll.start();
    loop.exec();
    if (busy())
        qCWarning(lcApp) << "exiting with a session write still running after" << ms << "ms";
}

} // namespace

extern "C" Q_DECL_EXPORT int scsConsoleGuiMain(int argc, char **argv,
                                               const ScsGuiRequest *request)
{
    if (!request || request->version != kScsGuiRequestVersion)
        return scs::ExitFailure;
    const auto commandLine = scs::parseCommandLine(argumentsOf(argc, argv));
    if (!commandLine)
        return scs::ExitUsage; // the launcher has reported it already
    // The person's explicit --no-sandbox (scripts/run passes it as root); never on our own.
    if (commandLine->noSandbox)
        scs::ui::disableWebEngineSandbox();
    if (request->mode == ScsGuiModeGetTokenSignIn)
        return runGetTokenSignIn(argc, argv, QString::fromUtf8(request->profile), *commandLine);

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

    // Qt WebEngine (the sign-in module, loaded later) needs this before the application object
    // exists; setting it needs no WebEngine library.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/scs-console.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("community.scs.Console"));
    scs::installTranslations(app, scs::localeFromLanguageOption(commandLine->language));
    scs::ui::MainWindow window(profiles);
    if (!commandLine->profile.isEmpty())
        window.selectProfile(commandLine->profile);
    // One Workspace per open connection (the Central API's, clusters opened beside it), the
    // current one handed to every feature; the features register
    // their menus, actions and views with the window's workbench in this order.
    scs::auth::TokenStore tokens;
    // A removed or renamed profile is signed out first (revoked, keychain entries gone).
    scs::auth::ProfileSessionJanitor janitor(profiles, tokens);
    scs::ui::Workbench &workbench = window.workbench();
    scs::ui::SessionController sessions(profiles, tokens, workbench);
    scs::workspace::WorkspaceRegistry workspaces;
    QObject::connect(&sessions, &scs::ui::SessionController::sessionChanged, &workspaces,
                     &scs::workspace::WorkspaceRegistry::setSession);
    scs::ui::ConnectionBanner connection(workbench, workspaces); // what cannot be reached
    const scs::ui::ObjectViews views = scs::ui::ObjectViews::create(); // Form, YAML, events
    scs::ui::BrowserController browser(workbench, workspaces, views);
    // The Central API and the clusters opened beside it, above the tree (the window owns it).
    new scs::ui::ConnectionsPane(workbench, workspaces);
    scs::edit::DraftStore drafts; // QStandardPaths::AppDataLocation/drafts
    scs::ui::EditController edits(workbench, workspaces, views, drafts);
    scs::ui::LogsController podLogs(workbench, workspaces); // Object > Logs (pods, workloads)
    scs::ui::ExecController podShells(workbench, workspaces); // Object > Shell… (a panel tab)
    // Object > Port Forward… (pods, Services), View > Port Forwards
    scs::ui::PortForwardController portForwards(workbench, workspaces);
    scs::ui::KubeconfigController kubeconfigs(workbench, workspaces,
                                              QCoreApplication::applicationFilePath());
    scs::ui::OrderController orders(workbench, workspaces); // Clusters menu, wizard, view
    scs::ui::TenantsController tenants(workbench, workspaces); // File > New Tenant…
    orders.setKubeconfigHandler([&kubeconfigs](const scs::orders::ClusterRef &ref) {
        kubeconfigs.exportClusterKubeconfig(ref.tenant, ref.name);
    });
    scs::ui::AccessController access(workbench, workspaces); // Access menu: members, who can
    scs::ui::PaletteController palette(workbench, workspaces); // Find Anything (Ctrl+K)
    workspaces.setSession(sessions.session());
    // Told to stop (kill, logout, Ctrl+C): quit as if closed; unsaved edits stay as drafts.
    scs::TerminationSignals termination;
    QObject::connect(&termination, &scs::TerminationSignals::received, &app, [](int number) {
        qCInfo(lcApp) << "signal" << number << "received, quitting";
        QCoreApplication::quit();
    });
    // For bench/startup (category scs.startup, off by default): the first frame on screen.
    scs::ui::PaintMilestone::markAfterNextPaint(&window, QStringLiteral("window painted"));
    window.show();
    qCInfo(lcApp) << "started with" << profiles.profiles().size() << "profiles";
    const int code = app.exec();
    finishSessionWrites(sessions.session(), tokens, 5000);
    return code;
}
