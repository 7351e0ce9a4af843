// Faults against the real stack: the stack's fault proxy (stackctl faultproxy) sits between the
// console's core and the Central API, and between it and Keycloak's token endpoint. Each fault
// (latency, a bandwidth cap, a reset in the middle of a body, a request held without answer, a
// burst of 429 with Retry-After, 500 or 503) runs against each flow (sign-in, refresh,
// list+watch, apply of an edit, cluster kubeconfig export, an order), and the outcome must be
// the one in the table below: the flow succeeds (after retries where the product retries), or
// it ends with a clear message and loses nothing; and once the fault is cleared, doing it again
// succeeds. Each cell prints one "cell:" line, the source of the README's reliability table.
//
// Keycloak: its issuer (https://127.0.0.1:<port>/realms/scs) is checked in the discovery
// document and in every ID token, so its URL cannot change; the session's network manager sends
// requests for Keycloak's port to the proxy's instead (ReroutingNetwork). The login form itself
// (FormLoginAgent, the browser's part) goes to Keycloak directly.

#include "auth/session.h"
#include "common/formloginagent.h"
#include "common/resultcheck.h"
#include "common/stackenv.h"
#include "edit/draftstore.h"
#include "edit/objecteditor.h"
#include "faultproxy.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/openapi.h"
#include "kube/watcher.h"
#include "kubeconfig/clusterkubeconfig.h"
#include "models/resourcetablemodel.h"
#include "orders/orderservice.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::test;

namespace {

const QString kTenant = QStringLiteral("tenant-a");
const QString kTokenPath = QStringLiteral("/protocol/openid-connect/token");

enum class Expect { Succeeds, FailsClearly };

// An outcome the test itself decides (a hang, a wrong result): "(test)" marks it.
Error testError(Error::Kind kind, const QString &what)
{
    return Error{kind, QStringLiteral("(test) ") + what, what, {}, {}, 0, 0};
}

// A fault by name, aimed at `upstream` and at requests whose path contains `match`.
Fault faultNamed(const QString &name, const QString &upstream, const QString &match,
                 const QString &method = {})
{
    Fault f;
    f.upstream = upstream;
    f.match = match;
    f.method = method;
    if (name == u"latency") {
        f.kind = QStringLiteral("latency");
        f.delayMs = 1000;
    } else if (name == u"bandwidth") {
        f.kind = QStringLiteral("bandwidth");
        f.bytesPerSec = 4096;
    } else if (name == u"reset") {
        f.kind = QStringLiteral("reset");
        f.afterBytes = 16;
        f.count = 1;
    } else if (name == u"halfopen") {
        f.kind = QStringLiteral("halfopen");
        f.count = 1;
    } else {
        f.kind = QStringLiteral("status");
        f.code = name.mid(4).toInt(); // http429, http500, http503
        f.retryAfter = f.code == 429 ? 1 : 0;
        f.count = 2;
    }
    return f;
}

const QStringList kFaults{QStringLiteral("latency"), QStringLiteral("bandwidth"),
                          QStringLiteral("reset"),   QStringLiteral("halfopen"),
                          QStringLiteral("http429"), QStringLiteral("http500"),
                          QStringLiteral("http503")};
const QStringList kFlows{QStringLiteral("signin"), QStringLiteral("refresh"),
                         QStringLiteral("listwatch"), QStringLiteral("apply"),
                         QStringLiteral("export"), QStringLiteral("order")};

// The reliability table: what each fault does to each flow.
Expect expected(const QString &flow, const QString &fault)
{
    if (fault == u"latency" || fault == u"bandwidth")
        return Expect::Succeeds;
    if (flow == u"listwatch")
        return Expect::Succeeds; // the watcher lists again with backoff
    if (flow == u"order" && fault == u"reset")
        return Expect::Succeeds; // the server made it; the service finds it after the cut
    if (fault == u"http429" && flow != u"signin" && flow != u"refresh")
        return Expect::Succeeds; // KubeClient waits Retry-After and sends again
    return Expect::FailsClearly;
}

} // namespace

class TestFaultInjectionIntegration : public QObject
{
    Q_OBJECT

private:
    StackEnv m_env;
    ConnectionProfile m_profile; // the API through the proxy; Keycloak as it is
    FaultProxy m_proxy;
    std::unique_ptr<ReroutingNetwork> m_keycloakNetwork;
    std::unique_ptr<auth::Session> m_session;
    std::unique_ptr<kube::KubeClient> m_client;
    std::unique_ptr<kube::Discovery> m_discovery;
    std::unique_ptr<kube::OpenApi> m_openApi;
    std::unique_ptr<orders::OrderService> m_orders;
    QTemporaryDir m_dir;
    QString m_stamp;
    QString m_cluster; // a Cluster API cluster for the kubeconfig export
    int m_cell = 0;

    struct Outcome
    {
        bool ok = false;
        Error error;
    };

    int kubectl(const QStringList &args, QByteArray *out = nullptr, const QByteArray &in = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_env.value(QStringLiteral("SCS_KUBECTL")),
                QStringList{QStringLiteral("--kubeconfig"),
                            m_env.value(QStringLiteral("SCS_ADMIN_KUBECONFIG"))}
                    + args);
        p.write(in);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        if (out)
            *out = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QString kubectlGet(const QString &what, const QString &jsonPath)
    {
        QByteArray out;
        kubectl({QStringLiteral("-n"), kTenant, QStringLiteral("get"), what, QStringLiteral("-o"),
                 QStringLiteral("jsonpath=") + jsonPath},
                &out);
        return QString::fromUtf8(out).trimmed();
    }

    bool signIn(auth::Session &session, Error *error)
    {
        QSignalSpy signedIn(&session, &auth::Session::signedIn);
        QSignalSpy failed(&session, &auth::Session::signInFailed);
        session.signIn(new FormLoginAgent(session.profile(), QStringLiteral("alice"),
                                          m_env.demoPassword(QStringLiteral("alice")), &session));
        if (!QTest::qWaitFor([&] { return signedIn.size() + failed.size() > 0; }, 40000)) {
            *error = testError(Error::Kind::Timeout, QStringLiteral("sign-in hangs"));
            return false;
        }
        if (!failed.isEmpty())
            *error = failed.first().first().value<Error>();
        return failed.isEmpty();
    }

    // --- the flows: each runs once, returns how it ended -------------------------------------

    Outcome signInFlow()
    {
        auth::OidcClient::clearDiscoveryCache();
        auth::Session session(m_profile, nullptr, m_keycloakNetwork.get());
        Outcome o;
        o.ok = signIn(session, &o.error);
        if (o.ok && session.username() != u"alice")
            o = {false, testError(Error::Kind::Server, QStringLiteral("wrong user"))};
        return o;
    }

    Outcome refreshFlow()
    {
        const QString before = m_session->bearerToken();
        QSignalSpy changed(m_session.get(), &auth::Session::tokenChanged);
        QSignalSpy failed(m_session.get(), &auth::Session::refreshFailed);
        m_session->requestRefresh();
        Outcome o;
        if (!QTest::qWaitFor([&] { return changed.size() + failed.size() > 0; }, 40000)) {
            o.error = testError(Error::Kind::Timeout, QStringLiteral("refresh hangs"));
            return o;
        }
        if (!failed.isEmpty()) {
            o.error = failed.first().first().value<Error>();
            if (o.error.kind == Error::Kind::Unauthorized)
                return o; // the issuer ended the session: said so, nothing kept to check
            // Nothing lost: still signed in with the token it had, a retry scheduled (within
            // the session's 30 s).
            if (!m_session->isSignedIn() || m_session->bearerToken() != before)
                o.error.message += QStringLiteral(" (test: SESSION LOST)");
            const QDateTime retry = m_session->nextRefreshAttempt();
            if (!retry.isValid() || retry > QDateTime::currentDateTimeUtc().addSecs(31))
                o.error.message += QStringLiteral(" (test: NO RETRY SCHEDULED)");
            return o;
        }
        o.ok = m_session->bearerToken() != before;
        return o;
    }

    // A ConfigMap is created (by kubectl) while the fault is on; the table must show it, once.
    Outcome listWatchFlow()
    {
        kube::Watcher::Options options;
        options.initialBackoff = std::chrono::milliseconds(200);
        options.maxBackoff = std::chrono::milliseconds(1000);
        kube::Watcher watcher(m_client.get(),
                              QStringLiteral("/api/v1/namespaces/%1/configmaps").arg(kTenant),
                              options);
        models::ResourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWatcher(&watcher);
        QSignalSpy errors(&watcher, &kube::Watcher::errorOccurred);
        const QString born = QStringLiteral("fault-lw-%1-%2").arg(m_stamp).arg(m_cell);
        watcher.start();
        QTest::qWait(300);
        kubectl({QStringLiteral("-n"), kTenant, QStringLiteral("create"),
                 QStringLiteral("configmap"), born});
        const auto names = [&model] {
            QStringList result;
            for (int r = 0; r < model.rowCount(); ++r)
                result.append(
                    model.index(r, 0).data(models::ResourceTableModel::NameRole).toString());
            return result;
        };
        Outcome o;
        o.ok = QTest::qWaitFor(
            [&] {
                return watcher.state() == kube::Watcher::State::Watching
                       && names().contains(born);
            },
            20000);
        const QStringList shown = names();
        if (QSet<QString>(shown.cbegin(), shown.cend()).size() != shown.size()) {
            o.ok = false;
            o.error.message = QStringLiteral("(test) duplicate rows");
        }
        if (!errors.isEmpty())
            o.error = errors.last().first().value<Error>(); // what the banner would show
        kubectl({QStringLiteral("-n"), kTenant, QStringLiteral("delete"),
                 QStringLiteral("configmap"), born, QStringLiteral("--wait=false")});
        return o;
    }

    // An edit of a ConfigMap (the text also kept as a draft, as the editor does) is applied.
    Outcome applyFlow(const QString &name, const QString &value)
    {
        edit::ObjectRef ref;
        ref.resource = *m_discovery->forKind(QString(), QStringLiteral("ConfigMap"));
        ref.namespaceName = kTenant;
        ref.name = name;
        edit::ObjectEditor editor(m_client.get(), ref);
        QSignalSpy loaded(&editor, &edit::ObjectEditor::loaded);
        QSignalSpy loadFailed(&editor, &edit::ObjectEditor::loadFailed);
        editor.load();
        Outcome o;
        if (!QTest::qWaitFor([&] { return loaded.size() + loadFailed.size() > 0; }, 40000)
            || !loadFailed.isEmpty()) {
            o.error = loadFailed.isEmpty()
                          ? testError(Error::Kind::Timeout, QStringLiteral("load hangs"))
                          : loadFailed.first().first().value<Error>();
            return o;
        }
        QString text = editor.baseText();
        const QRegularExpression line(QStringLiteral("\n  k: .*\n"));
        text.replace(line, QStringLiteral("\n  k: %1\n").arg(value));
        edit::DraftStore drafts(m_dir.filePath(QStringLiteral("drafts")));
        edit::Draft draft{QStringLiteral("fault"), ref.key(), QStringLiteral("v1"),
                          QStringLiteral("ConfigMap"), kTenant, name, text, editor.baseText(),
                          editor.baseResourceVersion(), {}};
        if (!drafts.save(draft)) {
            o.error.message = QStringLiteral("(test) draft not saved");
            return o;
        }
        QSignalSpy applied(&editor, &edit::ObjectEditor::applied);
        editor.apply(text, true);
        if (!applied.wait(40000)) {
            o.error = testError(Error::Kind::Timeout, QStringLiteral("apply hangs"));
            return o;
        }
        const auto result = applied.first().first().value<edit::EditResult>();
        o.ok = result.isOk();
        o.error = result.error;
        const auto kept = drafts.load(QStringLiteral("fault"), ref.key());
        if (!kept || kept->text != text)
            o.error.message += QStringLiteral(" (test: DRAFT LOST)");
        if (o.ok)
            drafts.remove(QStringLiteral("fault"), ref.key());
        return o;
    }

    // The cluster's kubeconfig is loaded and merged into a kubeconfig that already holds an
    // entry; a failure must leave that file as it was.
    Outcome exportFlow(const QString &path)
    {
        ClusterAccessLoader loader(m_client.get());
        std::optional<Result<ClusterAccess>> access;
        connect(&loader, &ClusterAccessLoader::loaded, this,
                [&](const ClusterAccess &a) { access = a; });
        connect(&loader, &ClusterAccessLoader::failed, this,
                [&](const Error &e) { access = std::unexpected(e); });
        loader.load(kTenant, m_cluster);
        Outcome o;
        if (!QTest::qWaitFor([&] { return access.has_value(); }, 40000)) {
            o.error = testError(Error::Kind::Timeout, QStringLiteral("export hangs"));
            return o;
        }
        if (!*access) {
            o.error = access->error();
            return o;
        }
        ClusterKubeconfigExport request;
        request.profile = m_profile;
        request.access = **access;
        request.consoleProgram = QStringLiteral("/usr/bin/true");
        const auto written = writeClusterKubeconfig(path, request, true);
        o.ok = written.has_value();
        if (!written)
            o.error = written.error();
        return o;
    }

    Outcome orderFlow(const QString &name)
    {
        QJsonObject claim{
            {"apiVersion", "api.scs.community/v1alpha1"},
            {"kind", "Cluster"},
            {"metadata", QJsonObject{{"name", name}, {"namespace", kTenant}}},
            {"spec", QJsonObject{{"version", "1.33"},
                                 {"workers", QJsonObject{{"replicas", 1}}},
                                 {"description", "made by tst_faultinjection_integration"}}}};
        std::optional<Result<orders::SubmitResult>> result;
        QObject context;
        m_orders->submit(claim, &context,
                         [&](const Result<orders::SubmitResult> &r) { result = r; });
        Outcome o;
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 40000)) {
            o.error = testError(Error::Kind::Timeout, QStringLiteral("order hangs"));
            return o;
        }
        o.ok = result->has_value();
        if (!o.ok)
            o.error = result->error();
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(m_dir.isValid());
        m_stamp = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        QString stackctl = m_env.value(QStringLiteral("SCS_STACKCTL"));
        if (stackctl.isEmpty()) // an env file from before the proxy: stackctl is beside kubectl
            stackctl = QFileInfo(m_env.value(QStringLiteral("SCS_KUBECTL"))).dir().filePath(
                QStringLiteral("stackctl"));
        QString why;
        const QUrl api(m_env.value(QStringLiteral("SCS_API_URL")));
        const QUrl keycloak(m_env.value(QStringLiteral("SCS_KEYCLOAK_URL")));
        QVERIFY2(m_proxy.start(stackctl, m_env.value(QStringLiteral("SCS_STACK_RUN_DIR")),
                               {{QStringLiteral("api"), api},
                                {QStringLiteral("keycloak"), keycloak}},
                               &why),
                 qPrintable(why));
        m_profile = m_env.profile();
        m_profile.apiUrl = m_proxy.url(QStringLiteral("api"));
        m_keycloakNetwork
            = std::make_unique<ReroutingNetwork>(keycloak, m_proxy.url(QStringLiteral("keycloak")));

        m_session = std::make_unique<auth::Session>(m_profile, nullptr, m_keycloakNetwork.get());
        Error error;
        QVERIFY2(signIn(*m_session, &error), qPrintable(error.message));
        m_client = std::make_unique<kube::KubeClient>(m_profile, m_session.get());
        // Short, so that a request held without answer ends within a cell.
        m_client->setDefaultTimeout(std::chrono::seconds(4));
        m_discovery = std::make_unique<kube::Discovery>(m_client.get(), nullptr,
                                                        m_dir.filePath("discovery"));
        m_openApi = std::make_unique<kube::OpenApi>(m_client.get(), nullptr,
                                                    m_dir.filePath("openapi"));
        m_orders = std::make_unique<orders::OrderService>(m_client.get(), m_discovery.get(),
                                                          m_openApi.get());
        QSignalSpy refreshed(m_discovery.get(), &kube::Discovery::refreshed);
        m_discovery->refresh();
        QVERIFY(refreshed.wait(30000));

        // A Cluster API cluster whose admin kubeconfig alice may read (the export's source).
        m_cluster = QStringLiteral("fault-kcfg-") + m_stamp;
        const QByteArray cluster
            = "apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nmetadata:\n  name: "
              + m_cluster.toUtf8() + "\n  namespace: " + kTenant.toUtf8()
              + "\nspec:\n  topology:\n    class: openstack-scs-1-33-v1\n"
                "    version: v1.33.5\n    controlPlane:\n      replicas: 1\n"
                "    variables:\n    - name: external_id\n"
                "      value: ebfe5546-f09f-4f42-ab54-094e457d42ec\n";
        QByteArray out;
        QVERIFY2(kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                         &out, cluster)
                     == 0,
                 out.constData());
        QVERIFY2(kubectl({QStringLiteral("-n"), kTenant, QStringLiteral("wait"),
                          QStringLiteral("--for=condition=Ready"), QStringLiteral("--timeout=90s"),
                          QStringLiteral("clusters.cluster.x-k8s.io/") + m_cluster},
                         &out)
                     == 0,
                 out.constData());
        QVERIFY(m_proxy.clear()); // the first cell's log starts empty
    }

    void cleanupTestCase()
    {
        if (!m_cluster.isEmpty())
            kubectl({QStringLiteral("-n"), kTenant, QStringLiteral("delete"),
                     QStringLiteral("--wait=false"), QStringLiteral("--ignore-not-found"),
                     QStringLiteral("clusters.cluster.x-k8s.io/") + m_cluster});
        kubectl({QStringLiteral("-n"), kTenant, QStringLiteral("delete"),
                 QStringLiteral("--wait=false"), QStringLiteral("--ignore-not-found"),
                 QStringLiteral("clusters.api.scs.community,configmaps"),
                 QStringLiteral("-l"), QStringLiteral("scs-fault-test=") + m_stamp});
        m_orders.reset();
        m_openApi.reset();
        m_discovery.reset();
        m_client.reset();
        m_session.reset();
    }

    void cleanup() { QVERIFY(m_proxy.clear()); }

    void eachFaultOnEachFlow_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QString>("fault");
        for (const QString &flow : kFlows) {
            for (const QString &fault : kFaults)
                QTest::addRow("%s/%s", qPrintable(flow), qPrintable(fault)) << flow << fault;
        }
    }

    void eachFaultOnEachFlow()
    {
        QFETCH(QString, flow);
        QFETCH(QString, fault);
        ++m_cell;
        const QString name = QStringLiteral("fault-%1-%2-%3").arg(flow, fault, m_stamp);
        const QString kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig-") + fault);
        QByteArray before;

        // Set-up without faults.
        Fault f;
        if (flow == u"signin" || flow == u"refresh") {
            f = faultNamed(fault, QStringLiteral("keycloak"), kTokenPath);
        } else if (flow == u"listwatch") {
            f = faultNamed(fault, QStringLiteral("api"), QStringLiteral("/configmaps"));
        } else if (flow == u"apply") {
            QByteArray out;
            QVERIFY2(kubectl({QStringLiteral("-n"), kTenant, QStringLiteral("create"),
                              QStringLiteral("configmap"), name,
                              QStringLiteral("--from-literal=k=old")},
                             &out)
                         == 0,
                     out.constData());
            kubectl({QStringLiteral("-n"), kTenant, QStringLiteral("label"),
                     QStringLiteral("configmap"), name,
                     QStringLiteral("scs-fault-test=") + m_stamp});
            // The apply itself (a server-side apply is a PATCH), not the load before it.
            f = faultNamed(fault, QStringLiteral("api"), QStringLiteral("/configmaps/") + name,
                           QStringLiteral("PATCH"));
        } else if (flow == u"export") {
            QFile file(kubeconfig);
            QVERIFY(file.open(QIODevice::WriteOnly));
            before = "apiVersion: v1\nkind: Config\nclusters:\n- name: other\n  cluster:\n"
                     "    server: https://other.example:6443\ncontexts: []\nusers: []\n";
            file.write(before);
            file.close();
            f = faultNamed(fault, QStringLiteral("api"), QStringLiteral("/namespaces/") + kTenant);
        } else if (flow == u"order") {
            // The create, not the dry run before it (which passes).
            f = faultNamed(fault, QStringLiteral("api"),
                           QStringLiteral("/namespaces/%1/clusters").arg(kTenant),
                           QStringLiteral("POST"));
            f.skip = 1;
        }
        QVERIFY(m_proxy.set(f));

        const auto runFlow = [&] {
            if (flow == u"signin")
                return signInFlow();
            if (flow == u"refresh")
                return refreshFlow();
            if (flow == u"listwatch")
                return listWatchFlow();
            if (flow == u"apply")
                return applyFlow(name, QStringLiteral("new"));
            if (flow == u"export")
                return exportFlow(kubeconfig);
            return orderFlow(name);
        };
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = runFlow();
        const qint64 ms = timer.elapsed();
        const QList<ProxiedRequest> seen = m_proxy.log();
        const auto faulted = std::count_if(seen.cbegin(), seen.cend(),
                                           [](const ProxiedRequest &r) {
                                               return !r.fault.isEmpty();
                                           });
        qInfo().noquote() << QStringLiteral("cell: %1 | %2 | %3 | %4 ms | %5 requests, "
                                            "%6 faulted | %7")
                                 .arg(flow, fault, outcome.ok ? "ok" : "failed")
                                 .arg(ms)
                                 .arg(seen.size())
                                 .arg(faulted)
                                 .arg(outcome.error.message);
        QVERIFY2(faulted >= 1, "the fault never hit the flow: the cell tests nothing");
        QVERIFY2(!outcome.error.message.contains(u"(test"), qPrintable(outcome.error.message));

        const Expect expect = expected(flow, fault);
        if (expect == Expect::Succeeds) {
            QVERIFY2(outcome.ok, qPrintable(outcome.error.message + QStringLiteral(" / ")
                                            + outcome.error.detail));
        } else {
            QVERIFY2(!outcome.ok, "succeeded where the table says it fails");
            QVERIFY2(!outcome.error.message.trimmed().isEmpty(), "no message");
            QVERIFY2(!outcome.error.message.trimmed().endsWith(u':'),
                     qPrintable(QStringLiteral("a message that says nothing: ")
                                + outcome.error.message));
            // A server that did not answer (in full) is named, so people know which one.
            if (outcome.error.kind == Error::Kind::Network
                || outcome.error.kind == Error::Kind::Timeout
                || (outcome.error.kind == Error::Kind::Server
                    && (flow == u"signin" || flow == u"refresh")))
                QVERIFY2(outcome.error.message.contains(u"127.0.0.1"),
                         qPrintable(outcome.error.message));
        }

        // Nothing lost, nothing twice, and without the fault it works.
        QVERIFY(m_proxy.clear());
        if (flow == u"export") {
            QFile file(kubeconfig);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray now = file.readAll();
            if (!outcome.ok)
                QCOMPARE(now, before);
            else
                QVERIFY(now.contains("server: https://other.example:6443")); // merged, kept
        }
        if (fault == u"reset" && (flow == u"apply" || flow == u"order")) {
            // The server acted; only its answer was cut.
            if (flow == u"apply")
                QCOMPARE(kubectlGet(QStringLiteral("configmap/") + name,
                                    QStringLiteral("{.data.k}")),
                         QStringLiteral("new"));
            else
                QCOMPARE(kubectlGet(QStringLiteral("clusters.api.scs.community/") + name,
                                    QStringLiteral("{.metadata.name}")),
                         name);
        }
        if (!outcome.ok) {
            Outcome again;
            if (flow == u"apply")
                again = applyFlow(name, QStringLiteral("new"));
            else if (flow == u"order")
                again = orderFlow(name);
            else
                again = runFlow();
            if (flow == u"refresh" && fault == u"reset") {
                // The realm rotates refresh tokens: the answer that was cut carried the only
                // valid one, and the old one is refused. The session ends with a clear message
                // (never silently), and signing in again works.
                QVERIFY(!again.ok);
                QCOMPARE(again.error.kind, Error::Kind::Unauthorized);
                QVERIFY(!m_session->isSignedIn());
                Error error;
                QVERIFY2(signIn(*m_session, &error), qPrintable(error.message));
                qInfo().noquote() << "cell: refresh | reset | again:" << again.error.message;
            } else {
                QVERIFY2(again.ok,
                         qPrintable(QStringLiteral("no success after the fault: ")
                                    + again.error.message));
            }
        }
        if (flow == u"apply")
            QCOMPARE(kubectlGet(QStringLiteral("configmap/") + name, QStringLiteral("{.data.k}")),
                     QStringLiteral("new"));
        if (flow == u"order") {
            QCOMPARE(kubectlGet(QStringLiteral("clusters.api.scs.community/") + name,
                                QStringLiteral("{.metadata.name}")),
                     name);
            kubectl({QStringLiteral("-n"), kTenant, QStringLiteral("delete"),
                     QStringLiteral("clusters.api.scs.community"), name,
                     QStringLiteral("--wait=false")});
        }
        if (flow == u"export") {
            // kubectl reads the file (its output names contexts only: no credential printed).
            QProcess p;
            p.start(m_env.value(QStringLiteral("SCS_KUBECTL")),
                    {QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("config"),
                     QStringLiteral("get-contexts"), QStringLiteral("-o"), QStringLiteral("name")});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            QVERIFY2(p.readAllStandardOutput().contains(m_cluster.toUtf8()),
                     "the exported context is not in the file");
        }
        if (flow == u"apply")
            kubectl({QStringLiteral("-n"), kTenant, QStringLiteral("delete"),
                     QStringLiteral("configmap"), name, QStringLiteral("--wait=false")});
    }
};

QTEST_GUILESS_MAIN(TestFaultInjectionIntegration)
#include "tst_faultinjection_integration.moc"
