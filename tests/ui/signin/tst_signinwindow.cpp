// The real sign-in window against the real Keycloak of the local stack, offscreen: the page
// loads through the profile's CA, the test types alice's credentials into Keycloak's form, the
// redirect is caught before it leaves, and the API server accepts the ID token. Then a second
// console process restores the session from the keychain without showing a page, and the
// main window shows the signed-in user.

#include "auth/session.h"
#include "auth/tokenstore.h"
#include "common/formloginagent.h"
#include "common/stackenv.h"
#include "profiles/profiletls.h"
#include "profiles/profilestore.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/sessioncontroller.h"
#include "ui/signin/embeddedbrowseragent.h"
#include "ui/signin/signinwindow.h"
#include "ui/common/webenginemodule.h"
#include "accessibilitytesthelpers.h"
#include "uitesthelpers.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace scs;

class TestSignInWindow : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;

    // Runs JavaScript in the page and waits for its result.
    static QVariant run(QWebEnginePage *page, const QString &script)
    {
        QVariant result;
        bool done = false;
        page->runJavaScript(script, [&](const QVariant &value) {
            result = value;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning() << "JavaScript did not answer:" << script;
        return result;
    }

    // A sign-in window made by the module: its class is the module's copy of SignInWindow, so
    // its parts are reached as Qt objects, by name.
    static QWebEnginePage *pageOf(QWidget *window)
    {
        auto *view = window->findChild<QWebEngineView *>(QStringLiteral("signInView"));
        return view ? view->page() : nullptr;
    }

    static QString tlsStateOf(QWidget *window)
    {
        auto *label = window->findChild<QLabel *>(QStringLiteral("tlsState"));
        return label ? label->text() : QString();
    }

    static bool waitForLoginForm(QWebEnginePage *page)
    {
        for (int i = 0; i < 100; ++i) {
            if (run(page, QStringLiteral("!!document.getElementById('kc-form-login')")).toBool())
                return true;
            QTest::qWait(200);
        }
        return false;
    }

    static void typeCredentials(QWebEnginePage *page, const QString &user, const QString &password)
    {
        run(page, QStringLiteral("document.getElementById('username').value = %1;"
                                 "document.getElementById('password').value = %2;"
                                 "document.getElementById('kc-form-login').requestSubmit();")
                      .arg(QString::fromUtf8(QJsonDocument(QJsonArray{user}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
                           QString::fromUtf8(QJsonDocument(QJsonArray{password}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
    }

    static int cookieFiles()
    {
        int found = 0;
        QDirIterator it(QDir::homePath(), {QStringLiteral("Cookies*")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            qWarning() << "cookie file:" << it.next();
            ++found;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QCoreApplication::setOrganizationName(QStringLiteral("SCS"));
        QCoreApplication::setApplicationName(QStringLiteral("scs-console"));
        m_profile = m_env.profile();
        // The module the build made (as the console finds it next to libscs-console-gui).
        qputenv("SCS_SIGNIN_MODULE", SCS_SIGNIN_MODULE_FILE);
    }

    // First in the process: WebEngine remembers a certificate it was told to accept.
    void shouldRefuseTheIssuerWithoutTheProfileCa()
    {
        ConnectionProfile untrusting = m_profile;
        untrusting.caFile.clear(); // the system store does not know the stack's CA
        ui::SignInWindow window(untrusting);
        window.resize(520, 400);
        window.show();
        // the request carries nothing secret; the page must not even load
        window.start(QUrl(m_env.value(QStringLiteral("SCS_OIDC_ISSUER"))
                          + QStringLiteral("/account")),
                     QUrl(QStringLiteral("http://127.0.0.1:53682/callback")));
        QTRY_VERIFY_WITH_TIMEOUT(!window.errorText().isEmpty(), 20000);
        QVERIFY2(window.errorText().contains(QLatin1String("not trusted")),
                 qPrintable(window.errorText()));
        QVERIFY(window.errorText().contains(QLatin1String("CA bundle")));
        QTRY_COMPARE(window.tlsStateText(), QStringLiteral("Certificate not trusted"));
        QVERIFY(!run(window.page(), QStringLiteral("!!document.getElementById('kc-form-login')")).toBool());
        test::saveScreenshot(&window, QStringLiteral("signin-untrusted-certificate"));
    }

    void shouldRefuseAWrongPasswordAndCancelCleanly()
    {
        auth::Session session(m_profile, nullptr);
        auto *agent = new ui::EmbeddedBrowserAgent(m_profile, nullptr, &session);
        QSignalSpy failed(&session, &auth::Session::signInFailed);
        session.signIn(agent);
        QTRY_VERIFY_WITH_TIMEOUT(agent->window() && agent->window()->isVisible(), 20000);
        // Qt WebEngine came with the module, loaded for this sign-in.
        QVERIFY(ui::WebEngineModule::isLoaded());
        QCOMPARE(agent->window()->metaObject()->className(), "scs::ui::SignInWindow");
        QWebEnginePage *page = pageOf(agent->window());
        QVERIFY(page);
        QVERIFY(waitForLoginForm(page));
        QTRY_VERIFY2(tlsStateOf(agent->window()).contains(QLatin1String("profile CA")),
                 qPrintable(tlsStateOf(agent->window())));
        typeCredentials(page, QStringLiteral("alice"), QStringLiteral("not-her-password"));
        QTRY_VERIFY_WITH_TIMEOUT(
            run(page, QStringLiteral("document.body.innerText")).toString().contains(
                QLatin1String("Invalid username or password")),
            20000);
        QCOMPARE(session.state(), auth::Session::State::Authorizing);
        agent->window()->resize(520, 720);
        test::saveScreenshot(agent->window(), QStringLiteral("signin-wrong-password"));
        const QStringList nameless = test::namelessControls(agent->window());
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        const QStringList order = test::tabOrderProblems(agent->window());
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));

        agent->window()->close(); // the person closes the window
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Cancelled);
        QCOMPARE(session.state(), auth::Session::State::SignedOut);
    }

    void shouldSignInThroughTheEmbeddedKeycloakPage()
    {
        auth::TokenStore store; // the console's own keychain service: the restore test uses it
        auth::Session session(m_profile, &store);
        auto *agent = new ui::EmbeddedBrowserAgent(m_profile, nullptr, &session);
        QSignalSpy signedIn(&session, &auth::Session::signedIn);
        QSignalSpy failed(&session, &auth::Session::signInFailed);
        session.signIn(agent);
        QTRY_VERIFY_WITH_TIMEOUT(agent->window() && agent->window()->isVisible(), 20000);
        QDialog *window = agent->window();
        QVERIFY(waitForLoginForm(pageOf(window)));

        // Keycloak's certificate comes from the stack's CA, which only the profile trusts (the
        // first window in this process asked the profile's CA; WebEngine remembers it).
        QTRY_VERIFY2(tlsStateOf(window).contains(QLatin1String("TLS verified")),
                 qPrintable(tlsStateOf(window)));
        QVERIFY(window->findChild<QLineEdit *>(QStringLiteral("address"))->text().startsWith(
            m_env.value(QStringLiteral("SCS_OIDC_ISSUER"))));
        QVERIFY(pageOf(window)->profile()->isOffTheRecord());
        window->resize(520, 720);
        QTest::qWait(300);
        QVERIFY(!test::saveScreenshot(window, QStringLiteral("signin-window")).isEmpty());

        typeCredentials(pageOf(window), QStringLiteral("alice"),
                        m_env.demoPassword(QStringLiteral("alice")));
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.size() + failed.size() > 0, 30000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().message));
        QCOMPARE(session.username(), QStringLiteral("alice"));
        QVERIFY(!session.bearerToken().isEmpty());
        QCOMPARE(cookieFiles(), 0); // off the record: no cookie file anywhere under HOME

        // The API server accepts the ID token.
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_env.value(QStringLiteral("SCS_API_URL"))
                                     + QStringLiteral("/api/v1/namespaces/tenant-a/configmaps")));
        request.setSslConfiguration(*sslConfigurationFor(m_profile));
        request.setRawHeader("Authorization", "Bearer " + session.bearerToken().toLatin1());
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
    }

    void shouldRestoreInASecondConsoleWithoutAPage()
    {
        // The previous test left alice's session in the keychain under the console's service.
        ProfileStore profiles;
        QVERIFY(profiles.save(m_profile, profiles.profile(m_profile.name) ? m_profile.name : QString()));
        QVERIFY(profiles.setCurrentProfile(m_profile.name));

        QProcess console;
        console.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("scs.*.debug=true"));
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(SCS_CONSOLE_BIN), {QStringLiteral("--profile"), m_profile.name});
        QVERIFY(console.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += console.readAll()).contains("signed in to"), 30000);
        console.terminate();
        console.waitForFinished(10000);
        output += console.readAll();
        QVERIFY2(output.contains("restoring the saved session"), output.constData());
        QVERIFY2(output.contains("as \"alice\"") || output.contains("as alice"), output.constData());
        QVERIFY2(!output.contains("showing the sign-in page"), output.constData());
    }

    void shouldShowTheSignedInUserInTheMainWindow()
    {
        ProfileStore profiles;
        auth::TokenStore tokens;
        ui::MainWindow window(profiles);
        window.resize(1280, 800);
        ui::SessionController sessions(profiles, tokens, window.workbench());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(sessions.session() && sessions.session()->isSignedIn(), 30000);
        auto *user = window.findChild<QLabel *>(QStringLiteral("userLabel"));
        QTRY_VERIFY(user->text().startsWith(QLatin1String("alice")));
        QVERIFY(user->text().contains(QLatin1String("min left")));
        QVERIFY(user->toolTip().contains(QLatin1String("tenant-a-admins")));
        QVERIFY(!window.signInAction()->isEnabled());
        QVERIFY(window.signOutAction()->isEnabled());
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("mainwindow-signed-in")).isEmpty());

        window.signOutAction()->trigger();
        QTRY_COMPARE(user->text(), QStringLiteral("Not signed in"));
        QVERIFY(window.signInAction()->isEnabled());
    }

    // Keycloak ended alice's session and get-token (another process) found out and removed the
    // keychain entry: the window says "Not signed in" with a banner, without waiting for its
    // ID token to expire.
    void shouldShowSignedOutWhenKeycloakEndsTheSession()
    {
        ProfileStore profiles;
        QVERIFY(profiles.save(m_profile, profiles.profile(m_profile.name) ? m_profile.name
                                                                          : QString()));
        QVERIFY(profiles.setCurrentProfile(m_profile.name));
        auth::TokenStore tokens;
        {
            // A session in the console's keychain for the window to restore.
            auth::Session seed(m_profile, &tokens);
            QSignalSpy signedIn(&seed, &auth::Session::signedIn);
            seed.signIn(new test::FormLoginAgent(m_profile, QStringLiteral("alice"),
                                                 m_env.demoPassword(QStringLiteral("alice")),
                                                 &seed));
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 30000);
        }
        ui::MainWindow window(profiles);
        window.resize(1280, 800);
        ui::SessionController sessions(profiles, tokens, window.workbench());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(sessions.session() && sessions.session()->isSignedIn(), 30000);
        auto *user = window.findChild<QLabel *>(QStringLiteral("userLabel"));
        QTRY_VERIFY(user->text().startsWith(QLatin1String("alice")));

        QCOMPARE(m_env.keycloakAdmin({QStringLiteral("logout-user"), QStringLiteral("alice")}), 0);
        bool removed = false;
        tokens.remove(m_profile.name, [&removed](Result<void>) { removed = true; });
        QTRY_VERIFY(removed);
        QTRY_COMPARE_WITH_TIMEOUT(user->text(), QStringLiteral("Not signed in"), 30000);
        QVERIFY2(window.bannerText().contains(QLatin1String("session has ended")),
                 qPrintable(window.bannerText()));
        QVERIFY(window.signInAction()->isEnabled());
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("mainwindow-session-ended")).isEmpty());
    }
};

QTEST_MAIN(TestSignInWindow)
#include "tst_signinwindow.moc"
