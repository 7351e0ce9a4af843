#pragma once

// What every UI test against the local stack repeats: the stack's profile as the current one of
// a private profile store (MainWindow reads it), a demo user signed in through the real Keycloak
// login form, waiting until the tenant tree and discovery are loaded, opening a kind until its
// table is synced, and admin kubectl that does not block the event loop.
// (tests/ui/orders/orderstesthelpers.h builds on it for the order tests.)

#include "auth/session.h"
#include "common/formloginagent.h"
#include "common/stackenv.h"
#include "kube/discovery.h"
#include "kube/watcher.h"
#include "models/tenanttreemodel.h"
#include "profiles/profilestore.h"
#include "ui/browse/browsercontroller.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace scs::test {

// Saves the stack's profile as the current one in a profile store under `dir`; false (with a
// warning) when that fails. Also names the application, as main() does, for QSettings users.
inline bool setUpStackProfile(const StackEnv &env, const QTemporaryDir &dir,
                              ConnectionProfile &profile, std::unique_ptr<ProfileStore> &profiles)
{
    QCoreApplication::setOrganizationName(QStringLiteral("SCS"));
    QCoreApplication::setApplicationName(QStringLiteral("scs-console-test"));
    profile = env.profile();
    profiles = std::make_unique<ProfileStore>(dir.filePath(QStringLiteral("profiles.ini")));
    if (!profiles->save(profile) || !profiles->setCurrentProfile(profile.name)) {
        qWarning() << "could not store the stack's profile under" << dir.path();
        return false;
    }
    return true;
}

// Signs the demo user `user` in (password from the realm file); nothing when that fails.
inline std::unique_ptr<auth::Session> signInAs(const StackEnv &env,
                                               const ConnectionProfile &profile,
                                               const QString &user)
{
    auto session = std::make_unique<auth::Session>(profile, nullptr);
    QSignalSpy signedIn(session.get(), &auth::Session::signedIn);
    QSignalSpy failed(session.get(), &auth::Session::signInFailed);
    session->signIn(new FormLoginAgent(profile, user, env.demoPassword(user), session.get()));
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000)
        || signedIn.isEmpty()) {
        qWarning() << "sign-in of" << user << "failed"
                   << (failed.isEmpty() ? QString()
                                        : failed.first().first().value<Error>().message);
        return {};
    }
    return session;
}

// Waits until the tenant tree is loaded and discovery has settled.
inline bool waitForTenants(ui::BrowserController &browser)
{
    return QTest::qWaitFor([&] {
        return browser.treeModel() && !browser.treeModel()->isLoading() && browser.discovery()
            && !browser.discovery()->resources().isEmpty() && !browser.discovery()->isRefreshing();
    }, 20000);
}

// Opens `resource` (in `group`, "" for core) of `tenant` once the tree offers it, then waits
// until its table is synced; false (with a warning) when either does not happen in time.
inline bool openKindSynced(ui::BrowserController &browser, const QString &tenant,
                           const QString &resource, const QString &group = {},
                           int timeoutMs = 10000)
{
    if (!QTest::qWaitFor([&] { return browser.openKind(tenant, resource, group); }, timeoutMs)) {
        qWarning() << resource << "of" << tenant << "never showed up in the tree";
        return false;
    }
    if (!QTest::qWaitFor([&] { return browser.watcher() && browser.watcher()->isSynced(); },
                         timeoutMs)) {
        qWarning() << "the table of" << resource << "never synced";
        return false;
    }
    return true;
}

// Admin kubectl without blocking the event loop; exit code (-1 after a minute), output in
// `output`, `input` on stdin.
inline int adminKubectl(const StackEnv &env, const QStringList &args, QByteArray *output = nullptr,
                        const QByteArray &input = {})
{
    QProcess process;
    process.start(env.value(QStringLiteral("SCS_KUBECTL")),
                  QStringList{QStringLiteral("--kubeconfig"),
                              env.value(QStringLiteral("SCS_ADMIN_KUBECONFIG"))}
                      + args);
    process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitCode() != 0)
        qWarning() << "kubectl" << args << "failed:" << process.readAllStandardError();
    return process.exitCode();
}

} // namespace scs::test
