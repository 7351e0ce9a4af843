// Workspace and Selection against a scripted server: the parts every feature is handed, the
// one allows() for actions (from the tenant tree's rules reviews), and the Selection's state
// and requests that features use instead of reaching into each other.
#include "fakeapiserver.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/openapi.h"
#include "models/tenanttreemodel.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::kube;
using scs::workspace::Selection;
using scs::workspace::Workspace;

namespace {

const QString reviewPath = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews");

ApiResource clusters()
{
    ApiResource r;
    r.group = QStringLiteral("api.scs.community");
    r.version = QStringLiteral("v1alpha1");
    r.kind = QStringLiteral("Cluster");
    r.plural = QStringLiteral("clusters");
    r.namespaced = true;
    r.verbs = {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("create"),
               QStringLiteral("delete")};
    return r;
}

// tenant-a: may do anything with api.scs.community; the rest: self reviews only.
void serve(FakeApiServer &server)
{
    server.onJson("GET", "/api/v1/namespaces", 200,
                  R"({"items":[{"metadata":{"name":"tenant-a","labels":{"scs.community/tenant":"tenant-a"}}}]})");
    server.on("POST", reviewPath, [](const FakeRequest &) {
        const QJsonArray rules{
            QJsonObject{{"verbs", QJsonArray{"create"}},
                        {"apiGroups", QJsonArray{"authorization.k8s.io"}},
                        {"resources", QJsonArray{"selfsubjectrulesreviews"}}},
            QJsonObject{{"verbs", QJsonArray{"*"}},
                        {"apiGroups", QJsonArray{"api.scs.community"}},
                        {"resources", QJsonArray{"*"}}}};
        FakeResponse r;
        r.status = 201;
        r.body = QJsonDocument(QJsonObject{{"kind", "SelfSubjectRulesReview"},
                                           {"status", QJsonObject{{"resourceRules", rules}}}})
                     .toJson(QJsonDocument::Compact);
        return r;
    });
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Error>(); }

    void shouldOwnWhatEveryFeatureNeedsForOneConnection()
    {
        StaticTokenSource tokens(QStringLiteral("t"));
        Workspace ws(profileFor(QUrl(QStringLiteral("https://127.0.0.1:1")), QStringLiteral("p")),
                     &tokens, {});
        QVERIFY(ws.client() && ws.discovery() && ws.openApi() && ws.tenantTree()
                && ws.selection());
        QCOMPARE(ws.profile().name, QStringLiteral("p"));
        QCOMPARE(ws.client()->profile().name, QStringLiteral("p"));
        // Nothing known yet: nothing allowed.
        QVERIFY(!ws.allows(QStringLiteral("delete"), QStringLiteral("api.scs.community"),
                           QStringLiteral("clusters"), QStringLiteral("tenant-a")));
        QVERIFY(!ws.allowsOnCurrentKind(QStringLiteral("delete")));
    }

    void shouldAllowWhatTheRulesReviewsAllow()
    {
        FakeApiServer server;
        serve(server);
        StaticTokenSource tokens(QStringLiteral("t"));
        Workspace ws(profileFor(server.url(), QStringLiteral("local")), &tokens, {});
        QSignalSpy rulesChanged(&ws, &Workspace::accessRulesChanged);
        QSignalSpy loaded(ws.tenantTree(), &models::TenantTreeModel::tenantsLoaded);
        ws.start();
        QVERIFY(loaded.wait(5000));
        QVERIFY(!rulesChanged.isEmpty());
        // Tenants' rules are reviewed lazily: the first question asks for them.
        const int reviews = server.count("POST", reviewPath);
        QVERIFY(!ws.allows(QStringLiteral("delete"), QStringLiteral("api.scs.community"),
                           QStringLiteral("clusters"), QStringLiteral("tenant-a")));
        QTRY_VERIFY(ws.allows(QStringLiteral("delete"), QStringLiteral("api.scs.community"),
                              QStringLiteral("clusters"), QStringLiteral("tenant-a")));
        QCOMPARE(server.count("POST", reviewPath), reviews + 1);
        QVERIFY(!ws.allows(QStringLiteral("delete"), QString(), QStringLiteral("configmaps"),
                           QStringLiteral("tenant-a")));
        QVERIFY(!ws.allows(QStringLiteral("delete"), QStringLiteral("api.scs.community"),
                           QStringLiteral("clusters"), QStringLiteral("tenant-b")));

        // The open kind decides allowsOnCurrentKind(), and only verbs the kind supports count.
        ws.selection()->setCollection(QStringLiteral("tenant-a"), clusters());
        QVERIFY(ws.allowsOnCurrentKind(QStringLiteral("delete")));
        QVERIFY(!ws.allowsOnCurrentKind(QStringLiteral("patch"))); // the kind has no patch
        ws.selection()->setCollection({}, std::nullopt);
        QVERIFY(!ws.allowsOnCurrentKind(QStringLiteral("delete")));
    }

    void selectionShouldKeepStateAndPassRequestsOn()
    {
        Selection selection;
        QSignalSpy collection(&selection, &Selection::collectionChanged);
        QSignalSpy shown(&selection, &Selection::objectShown);
        QSignalSpy edited(&selection, &Selection::editedUidChanged);
        QSignalSpy openKind(&selection, &Selection::openKindRequested);
        QSignalSpy select(&selection, &Selection::selectRequested);

        selection.setCollection(QStringLiteral("tenant-a"), clusters());
        QCOMPARE(collection.count(), 1);
        QCOMPARE(selection.tenant(), QStringLiteral("tenant-a"));
        QCOMPARE(selection.resource()->plural, QStringLiteral("clusters"));

        const QJsonObject object{{"metadata", QJsonObject{{"name", "c1"}, {"uid", "u1"}}}};
        selection.setCurrent(QStringLiteral("u1"), object);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("u1"));
        QCOMPARE(selection.object(), object);

        // A new collection forgets the object and the schema.
        selection.setSchema(OpenApiSchema{});
        QVERIFY(selection.schema());
        selection.setCollection(QStringLiteral("tenant-a"), std::nullopt);
        QVERIFY(selection.uid().isEmpty());
        QVERIFY(selection.object().isEmpty());
        QVERIFY(!selection.schema());

        selection.setEditedUid(QStringLiteral("u1"));
        selection.setEditedUid(QStringLiteral("u1")); // no change, no signal
        selection.setEditedUid({});
        QCOMPARE(edited.count(), 2);

        selection.requestOpenKind(QStringLiteral("tenant-a"), QStringLiteral("clusters"),
                                  QStringLiteral("api.scs.community"));
        QCOMPARE(openKind.count(), 1);
        QCOMPARE(openKind.at(0).at(1).toString(), QStringLiteral("clusters"));
        selection.requestSelect(QStringLiteral("c1"));
        QCOMPARE(select.count(), 1);
        QCOMPARE(select.at(0).at(0).toString(), QStringLiteral("c1"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
