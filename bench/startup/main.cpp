// Helpers of bench/startup/run (see bench/README.md, "Start-up and scale on the real stack"):
//
//   bench-startup save-session --user carol
//       signs the demo user in through Keycloak's real login form and saves the session where
//       scs-console restores it from (the keychain under the service "scs-console", the stack's
//       profile as the current one in the default profile store), as a person's first sign-in
//       does. Run it inside scripts/with-test-session, with the same HOME as the console.
//   bench-startup open-kinds --user carol --tenant scale-0001 --kinds 30
//       the console's window and browser signed in, opens N of the scale seed's kinds in the
//       tenant one after another (each until its table is synced) and prints key=value lines:
//       memory (VmRSS, VmHWM, heap in use) and the process's TCP connections (established, to
//       the API server) before the first kind, after each tenth and at the end.
// Needs SCS_STACK_ENV (the stack's env file).

#include "auth/session.h"
#include "auth/tokenstore.h"
#include "common/formloginagent.h"
#include "common/stackenv.h"
#include "kube/discovery.h"
#include "kube/watcher.h"
#include "profiles/profilestore.h"
#include "ui/browse/browsercontroller.h"
#include "ui/shell/mainwindow.h"
#include "workspace/workspaceregistry.h"
#include "procstats.h"
#include "stacksession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSignalSpy>
#include <QTest>

#include <malloc.h>

#include <algorithm>
#include <cstdio>

using namespace scs;
using namespace scs::bench;

namespace {

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench-startup: %s\n", qPrintable(why));
    std::exit(2);
}

void report(const QString &when, int apiPort, int watching)
{
    const struct mallinfo2 heap = mallinfo2();
    const Connections c = connections(apiPort);
    std::printf("%s rss_kb=%lld hwm_kb=%lld heap_kb=%lld tcp_established=%d tcp_api=%d "
                "watches_open=%d\n",
                qPrintable(when), statusKb("VmRSS"), statusKb("VmHWM"),
                qint64((heap.uordblks + heap.hblkhd) / 1024), c.established, c.api, watching);
    std::fflush(stdout);
}

int saveSession(const test::StackEnv &env, const QString &user)
{
    // As app/launcher.cpp names the application: the profile store's and keychain's places.
    QCoreApplication::setOrganizationName(QStringLiteral("SCS"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("scs.community"));
    QCoreApplication::setApplicationName(QStringLiteral("scs-console"));
    const ConnectionProfile profile = env.profile();
    ProfileStore profiles;
    if (!profiles.save(profile) || !profiles.setCurrentProfile(profile.name))
        fail(QStringLiteral("cannot save the profile"));
    auth::TokenStore tokens;
    auth::Session session(profile, &tokens);
    QSignalSpy signedIn(&session, &auth::Session::signedIn);
    QSignalSpy failed(&session, &auth::Session::signInFailed);
    session.signIn(new test::FormLoginAgent(profile, user, env.demoPassword(user), &session));
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 60000)
        || signedIn.isEmpty())
        fail(QStringLiteral("sign-in of %1 failed").arg(user));
    if (!QTest::qWaitFor([&] { return !tokens.isWriting(); }, 10000))
        fail(QStringLiteral("the keychain write did not finish"));
    std::printf("session of %s saved for profile \"%s\"\n", qPrintable(user),
                qPrintable(profile.name));
    return 0;
}

int openKinds(const test::StackEnv &env, const QString &user, const QString &tenant, int count,
              const QString &groupSuffix)
{
    QTemporaryDir dir;
    ConnectionProfile profile;
    std::unique_ptr<ProfileStore> profiles;
    if (!test::setUpStackProfile(env, dir, profile, profiles))
        fail(QStringLiteral("cannot store the stack's profile"));
    std::unique_ptr<auth::Session> session = test::signInAs(env, profile, user);
    if (!session)
        fail(QStringLiteral("sign-in failed"));
    ui::MainWindow window(*profiles);
    workspace::WorkspaceRegistry workspaces;
    ui::BrowserController browser(window.workbench(), workspaces);
    workspaces.setSession(session.get());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitFor([&] { return test::waitForTenants(browser); }, 120000))
        fail(QStringLiteral("the tenant tree did not load"));
    const int apiPort = QUrl(env.value(QStringLiteral("SCS_API_URL"))).port();
    QList<kube::ApiResource> kinds;
    for (const kube::ApiResource &r : browser.discovery()->resources()) {
        if (r.namespaced && r.group.endsWith(groupSuffix) && r.supports(QStringLiteral("watch")))
            kinds.append(r);
    }
    std::sort(kinds.begin(), kinds.end(), [](const auto &a, const auto &b) {
        return a.qualifiedName() < b.qualifiedName();
    });
    if (kinds.size() < count)
        fail(QStringLiteral("only %1 kinds in groups *%2 (is the scale seed in?)")
                 .arg(kinds.size())
                 .arg(groupSuffix));
    // The browser's table watchers still alive (it owns them).
    const auto watching = [&browser] {
        return int(browser.findChildren<kube::Watcher *>().size());
    };
    QTest::qWait(1000);
    report(QStringLiteral("before"), apiPort, watching());
    for (int i = 0; i < count; ++i) {
        if (!test::openKindSynced(browser, tenant, kinds.at(i).plural, kinds.at(i).group, 60000))
            fail(QStringLiteral("%1 did not open").arg(kinds.at(i).qualifiedName()));
        if ((i + 1) % 10 == 0)
            report(QStringLiteral("after_%1_kinds").arg(i + 1), apiPort, watching());
    }
    QTest::qWait(5000); // what is closed lazily has closed
    report(QStringLiteral("settled"), apiPort, watching());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Helpers of bench/startup/run"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"),
                                 QStringLiteral("save-session or open-kinds"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("demo user"),
                                     QStringLiteral("name"), QStringLiteral("carol"));
    const QCommandLineOption tenantOpt(QStringLiteral("tenant"), QStringLiteral("tenant"),
                                       QStringLiteral("name"), QStringLiteral("scale-0001"));
    const QCommandLineOption kindsOpt(QStringLiteral("kinds"), QStringLiteral("kinds to open"),
                                      QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption groupOpt(QStringLiteral("group-suffix"),
                                      QStringLiteral("groups of the kinds to open"),
                                      QStringLiteral("suffix"), QStringLiteral(".m.upbound.io"));
    parser.addOptions({userOpt, tenantOpt, kindsOpt, groupOpt});
    parser.process(app);
    const test::StackEnv env;
    if (!env.isValid())
        fail(env.error());
    const QString mode = parser.positionalArguments().value(0);
    if (mode == QLatin1String("save-session"))
        return saveSession(env, parser.value(userOpt));
    if (mode == QLatin1String("open-kinds"))
        return openKinds(env, parser.value(userOpt), parser.value(tenantOpt),
                         parser.value(kindsOpt).toInt(), parser.value(groupOpt));
    parser.showHelp(2);
}
