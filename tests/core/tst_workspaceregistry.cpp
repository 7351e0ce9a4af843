// WorkspaceRegistry with several connections: opening makes current, a switch announces the
// old one closing and keeps it, closing a connection closes what it owns and switches once to a
// connection that stays open. Connections here sign in with static tokens against scripted
// servers; the Central API's own connection (from a real session) is covered by the UI test
// against the stack (tests/ui/orders/tst_openclusterflow.cpp), where signing out closes the
// cluster opened beside it.
#include "fakeapiserver.h"
#include "kube/tokensource.h"
#include "models/tenanttreemodel.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using scs::workspace::Workspace;
using scs::workspace::WorkspaceRegistry;

namespace {

std::unique_ptr<kube::TokenSource> tokens(QObject **alive = nullptr)
{
    auto t = std::make_unique<kube::StaticTokenSource>(QStringLiteral("t"));
    if (alive)
        *alive = t.get();
    return t;
}

ConnectionProfile profileNamed(const QString &name, const QUrl &url = {})
{
    return profileFor(url.isValid() ? url : QUrl(QStringLiteral("https://127.0.0.1:1")), name);
}

// The order of (signal, workspace) the registry emitted.
struct Recorder
{
    explicit Recorder(WorkspaceRegistry &registry)
    {
        QObject::connect(&registry, &WorkspaceRegistry::workspaceClosing, &context,
                         [this](Workspace *ws) { events.append({QStringLiteral("closing"), ws}); });
        QObject::connect(&registry, &WorkspaceRegistry::workspaceChanged, &context,
                         [this](Workspace *ws) { events.append({QStringLiteral("changed"), ws}); });
    }
    QObject context;
    QList<QPair<QString, Workspace *>> events;
};

} // namespace

class TestWorkspaceRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Error>(); }

    void shouldOpenConnectionsAndMakeTheNewestCurrent()
    {
        WorkspaceRegistry registry;
        Recorder rec(registry);
        QSignalSpy changed(&registry, &WorkspaceRegistry::connectionsChanged);
        Workspace *a = registry.openConnection(profileNamed(QStringLiteral("a")), tokens(),
                                               QStringLiteral("Cluster A"));
        QVERIFY(a);
        QCOMPARE(registry.current(), a);
        QCOMPARE(registry.central(), nullptr);
        QCOMPARE(registry.displayName(a), QStringLiteral("Cluster A"));
        QCOMPARE(a->kind(), Workspace::Kind::Cluster);
        Workspace *b = registry.openConnection(profileNamed(QStringLiteral("b")), tokens(),
                                               QStringLiteral("Cluster B"), a);
        QCOMPARE(registry.workspaces(), (QList<Workspace *>{a, b}));
        QCOMPARE(registry.owner(b), a);
        QCOMPARE(registry.owner(a), nullptr);
        QCOMPARE(changed.size(), 2);
        // Nothing was shown before a; a is told it stops being shown before b is.
        QCOMPARE(rec.events,
                 (QList<QPair<QString, Workspace *>>{
                     {QStringLiteral("changed"), a},
                     {QStringLiteral("closing"), a},
                     {QStringLiteral("changed"), b}}));
        QCOMPARE(registry.displayName(nullptr), QString());
    }

    void shouldKeepTheOldConnectionWholeOnASwitch()
    {
        WorkspaceRegistry registry;
        Workspace *a = registry.openConnection(profileNamed(QStringLiteral("a")), tokens(),
                                               QStringLiteral("A"));
        Workspace *b = registry.openConnection(profileNamed(QStringLiteral("b")), tokens(),
                                               QStringLiteral("B"));
        QPointer<Workspace> watchA(a);
        Recorder rec(registry);
        registry.setCurrent(a);
        QCOMPARE(registry.current(), a);
        QVERIFY(watchA && watchA->selection() && watchA->tenantTree());
        QCOMPARE(rec.events,
                 (QList<QPair<QString, Workspace *>>{{QStringLiteral("closing"), b},
                                                     {QStringLiteral("changed"), a}}));
        // Already current, or not one of ours: nothing.
        registry.setCurrent(a);
        registry.setCurrent(nullptr);
        Workspace stranger(profileNamed(QStringLiteral("x")), nullptr, {});
        registry.setCurrent(&stranger);
        QCOMPARE(rec.events.size(), 2);
        QCOMPARE(registry.current(), a);
    }

    void shouldCloseWhatAConnectionOwnsAndSwitchOnceToItsOwner()
    {
        WorkspaceRegistry registry;
        QObject *tokensA = nullptr;
        QObject *tokensC = nullptr;
        Workspace *a = registry.openConnection(profileNamed(QStringLiteral("a")),
                                               tokens(&tokensA), QStringLiteral("A"));
        Workspace *b = registry.openConnection(profileNamed(QStringLiteral("b")), tokens(),
                                               QStringLiteral("B"), a);
        Workspace *c = registry.openConnection(profileNamed(QStringLiteral("c")),
                                               tokens(&tokensC), QStringLiteral("C"), b);
        Workspace *d = registry.openConnection(profileNamed(QStringLiteral("d")), tokens(),
                                               QStringLiteral("D"));
        QPointer<Workspace> watchB(b), watchC(c);
        QPointer<QObject> watchTokensC(tokensC);

        // Closing a connection that is not shown: no switch, it and what it owns are gone.
        Recorder rec(registry);
        QSignalSpy changed(&registry, &WorkspaceRegistry::connectionsChanged);
        registry.setCurrent(c);
        rec.events.clear();
        registry.closeConnection(b);
        QVERIFY(!watchB && !watchC && !watchTokensC); // the owned tokens went with it
        QCOMPARE(changed.size(), 1);
        QCOMPARE(registry.workspaces(), (QList<Workspace *>{a, d}));
        // c was current: one switch, to the closed connection's owner.
        QCOMPARE(rec.events,
                 (QList<QPair<QString, Workspace *>>{{QStringLiteral("closing"), c},
                                                     {QStringLiteral("changed"), a}}));
        QCOMPARE(registry.current(), a);

        // Closing the current one with no owner and no Central API: the first left.
        QPointer<QObject> watchTokensA(tokensA);
        registry.closeConnection(a);
        QVERIFY(!watchTokensA);
        QCOMPARE(registry.current(), d);
        rec.events.clear();
        registry.closeConnection(d);
        QCOMPARE(registry.current(), nullptr);
        QCOMPARE(rec.events,
                 (QList<QPair<QString, Workspace *>>{{QStringLiteral("closing"), d},
                                                     {QStringLiteral("changed"), nullptr}}));
        QVERIFY(registry.workspaces().isEmpty());
        registry.closeConnection(d); // gone already: nothing
        QCOMPARE(rec.events.size(), 2);
    }

    void shouldNotOpenWithTheSessionWhenNotSignedIn()
    {
        WorkspaceRegistry registry;
        QCOMPARE(registry.session(), nullptr);
        QCOMPARE(registry.openWithSession(profileNamed(QStringLiteral("a")), QStringLiteral("A")),
                 nullptr);
        QCOMPARE(registry.openConnection(profileNamed(QStringLiteral("a")), nullptr,
                                         QStringLiteral("A")),
                 nullptr);
        QVERIFY(registry.workspaces().isEmpty());
    }

    void shouldListEveryNamespaceOfACluster()
    {
        // Some namespaces carry the tenant label: the Central API's tree shows those only; a
        // cluster opened beside it shows every one.
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces", 200,
                      R"({"items":[{"metadata":{"name":"demo"}},
                          {"metadata":{"name":"kube-system"}},
                          {"metadata":{"name":"t","labels":{"scs.community/tenant":"t"}}}]})");
        WorkspaceRegistry registry;
        Workspace *ws = registry.openConnection(profileNamed(QStringLiteral("c"), server.url()),
                                                tokens(), QStringLiteral("C"));
        QTRY_VERIFY(!ws->tenantTree()->isLoading());
        QCOMPARE(ws->tenantTree()->tenants(),
                 (QStringList{QStringLiteral("demo"), QStringLiteral("kube-system"),
                              QStringLiteral("t")}));

        kube::StaticTokenSource t(QStringLiteral("t"));
        Workspace central(profileNamed(QStringLiteral("central"), server.url()), &t, {});
        QCOMPARE(central.kind(), Workspace::Kind::CentralApi);
        central.start();
        QTRY_VERIFY(!central.tenantTree()->isLoading());
        QCOMPARE(central.tenantTree()->tenants(), QStringList{QStringLiteral("t")});
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceRegistry)
#include "tst_workspaceregistry.moc"
