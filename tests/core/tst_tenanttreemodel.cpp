// TenantTreeModel against a scripted server: which tenants (listed namespaces, or profile and
// group hints when listing is Forbidden, each checked with a rules review), the kinds grouped
// claims first and filtered by the rules, cheap counts, and no reset when discovery changes.
// A QAbstractItemModelTester watches every test's model from start to end.

#include "fakeapiserver.h"
#include "kube/kubeclient.h"
#include "models/tenanttreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace scs;
using namespace scs::kube;
using namespace scs::models;
using namespace Qt::StringLiterals;

namespace {

const QString reviewPath = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews");


QJsonObject ns(const QString &name, bool tenantLabel, const QString &title = {})
{
    QJsonObject meta{{"name", name}};
    if (tenantLabel)
        meta.insert("labels", QJsonObject{{"scs.community/tenant", name}});
    if (!title.isEmpty())
        meta.insert("annotations", QJsonObject{{"scs.community/display-name", title}});
    return QJsonObject{{"metadata", meta}};
}

QJsonObject rule(const QStringList &verbs, const QStringList &groups, const QStringList &resources)
{
    return QJsonObject{{"verbs", QJsonArray::fromStringList(verbs)},
                       {"apiGroups", QJsonArray::fromStringList(groups)},
                       {"resources", QJsonArray::fromStringList(resources)}};
}

// Everything but secrets may be listed in "listable" namespaces; elsewhere only self reviews.
void serveReviews(FakeApiServer &server, const QStringList &listable)
{
    server.on("POST", reviewPath, [listable](const FakeRequest &request) {
        const QString namespaceName = QJsonDocument::fromJson(request.body)
                                          .object()["spec"].toObject()["namespace"].toString();
        QJsonArray rules{rule({"create"}, {"authorization.k8s.io"}, {"selfsubjectrulesreviews"})};
        if (listable.contains(namespaceName)) {
            rules.append(rule({"*"}, {"api.scs.community", "cluster.x-k8s.io"}, {"*"}));
            rules.append(rule({"get", "list", "watch"}, {"", "apps", "rbac.authorization.k8s.io",
                                                         "example.com", "events.k8s.io"},
                              {"configmaps", "pods", "events", "deployments", "roles",
                               "widgets"}));
        }
        FakeResponse r;
        r.status = 201;
        r.body = QJsonDocument(QJsonObject{{"kind", "SelfSubjectRulesReview"},
                                           {"status", QJsonObject{{"resourceRules", rules}}}})
                     .toJson(QJsonDocument::Compact);
        return r;
    });
}

ApiResource resource(const QString &group, const QString &version, const QString &kind,
                     const QString &plural, bool namespaced = true,
                     const QStringList &verbs = {"get", "list", "watch"})
{
    ApiResource r;
    r.group = group;
    r.version = version;
    r.kind = kind;
    r.plural = plural;
    r.singular = kind.toLower();
    r.namespaced = namespaced;
    r.verbs = verbs;
    return r;
}

QList<ApiResource> resources()
{
    return {
        resource("", "v1", "ConfigMap", "configmaps"),
        resource("", "v1", "Secret", "secrets"),
        resource("", "v1", "Pod", "pods"),
        resource("", "v1", "Event", "events"),
        resource("", "v1", "Namespace", "namespaces", false),
        resource("", "v1", "Binding", "bindings", true, {"create"}),
        resource("events.k8s.io", "v1", "Event", "events"),
        resource("apps", "v1", "Deployment", "deployments"),
        resource("rbac.authorization.k8s.io", "v1", "Role", "roles"),
        resource("example.com", "v1", "Widget", "widgets"),
        resource("cluster.x-k8s.io", "v1beta1", "MachineDeployment", "machinedeployments"),
        resource("cluster.x-k8s.io", "v1beta1", "Cluster", "clusters"),
        resource("api.scs.community", "v1alpha1", "KeypairV2", "keypairv2s"),
        resource("api.scs.community", "v1alpha1", "Cluster", "clusters"),
    };
}

QStringList childTexts(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row)
        out.append(model.index(row, 0, parent).data().toString());
    return out;
}


// Rules reviews held open (a chunked answer with no body yet) until answerHeld(): so a test sees
// how many are in flight at once, as with a server that takes seconds per review.
struct HeldReviews
{
    // By the request's place in the server's log: a connection (socket) carries one review
    // after another once the first is answered, so the socket does not name a review.
    QSet<qsizetype> answered;
    int open = 0;
    int peakOpen = 0;

    void serve(FakeApiServer &server)
    {
        server.on("POST", reviewPath, [this](const FakeRequest &) {
            peakOpen = std::max(peakOpen, ++open);
            FakeResponse r;
            r.status = 201;
            r.stream = true; // head only; the body comes with answerHeld()
            return r;
        });
    }
    // Answers every held review: everything listable but in `nothing`.
    int answerHeld(FakeApiServer &server, const QStringList &nothing)
    {
        int n = 0;
        for (qsizetype i = 0; i < server.requests.size(); ++i) {
            const FakeRequest &request = server.requests.at(i);
            QTcpSocket *socket = request.socket;
            if (request.path != reviewPath || !socket || answered.contains(i))
                continue;
            answered.insert(i);
            const QString namespaceName = QJsonDocument::fromJson(request.body)
                                              .object()["spec"].toObject()["namespace"].toString();
            QJsonArray rules;
            if (!nothing.contains(namespaceName))
                rules.append(rule({"get", "list", "watch"}, {""}, {"configmaps", "pods"}));
            server.sendChunk(socket, QJsonDocument(QJsonObject{
                                                       {"kind", "SelfSubjectRulesReview"},
                                                       {"status", QJsonObject{{"resourceRules", rules}}}})
                                         .toJson(QJsonDocument::Compact));
            server.endStream(socket);
            --open;
            ++n;
        }
        return n;
    }
};

QString reviewedNamespace(const FakeRequest &request)
{
    return QJsonDocument::fromJson(request.body).object()["spec"].toObject()["namespace"].toString();
}

} // namespace

class TestTenantTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Error>(); }

    void shouldShowListedTenantsTheUserMayListIn()
    {
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces", 200,
                      QJsonDocument(QJsonObject{{"items", QJsonArray{
                                                    ns("tenant-b", true),
                                                    ns("tenant-a", true, "Tenant A"),
                                                    ns("kube-system", false)}}})
                          .toJson());
        serveReviews(server, {"tenant-a", "kube-system"});
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url(), QStringLiteral("local")), &tokens);
        TenantTreeModel model(&client, "local");
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &TenantTreeModel::tenantsLoaded);
        model.reload();
        QCOMPARE(childTexts(model, model.profileIndex()), QStringList{"Loading tenants…"});
        QVERIFY(loaded.wait(5000));
        // Labelled namespaces only, shown before any review is answered.
        QCOMPARE(model.tenants(), (QStringList{"tenant-a", "tenant-b"}));
        // The tester expands every tenant, which asks for its rules; tenant-b has nothing to
        // list for this user and goes once that is known.
        QTRY_COMPARE(model.tenants(), QStringList{"tenant-a"});
        QCOMPARE(server.count("POST", reviewPath), 2);
        QCOMPARE(model.tenantIndex("tenant-a").data().toString(), "tenant-a (Tenant A)");
        QVERIFY(model.rulesFor("tenant-a"));
        QVERIFY(!model.rulesFor("tenant-b"));
        QVERIFY(model.mayI("tenant-a", "delete", resource("api.scs.community", "v1alpha1",
                                                          "Cluster", "clusters")));
        QVERIFY(!model.mayI("tenant-a", "delete", resource("", "v1", "ConfigMap", "configmaps")));
    }

    void shouldFallBackToProfileAndGroupTenantsWhenListingIsForbidden()
    {
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces", 403,
                      R"({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden",)"
                      R"("message":"namespaces is forbidden","code":403,"details":{"kind":"namespaces"}})");
        serveReviews(server, {"tenant-a", "tenant-b"});
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url(), QStringLiteral("local")), &tokens);
        TenantTreeModel model(&client, "local");
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTenantHints({"tenant-c"},
                             {"tenant-b-viewers", "oidc:tenant-a-admins", "platform-operators"});
        QSignalSpy loaded(&model, &TenantTreeModel::tenantsLoaded);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(server.count("POST", reviewPath), 3); // tenant-c was asked and refused
        QCOMPARE(model.tenants(), (QStringList{"tenant-a", "tenant-b"}));
    }

    void shouldDeriveTenantsFromGroups()
    {
        const auto pattern = TenantTreeModel::defaultGroupPattern();
        QCOMPARE(TenantTreeModel::tenantsFromGroups({"tenant-a-admins", "oidc:tenant-a-viewers",
                                                     "team-x-members", "platform-operators",
                                                     "-admins"},
                                                    pattern),
                 (QStringList{"tenant-a", "team-x"}));
        const QRegularExpression custom(QStringLiteral("^scs-(?<tenant>[a-z0-9-]+)$"));
        QCOMPARE(TenantTreeModel::tenantsFromGroups({"scs-shop", "tenant-a-admins"}, custom),
                 QStringList{"shop"});
    }

    void shouldSayWhenThereAreNoTenantsOrAnError()
    {
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces", 403,
                      R"({"kind":"Status","reason":"Forbidden","message":"no","code":403})");
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url(), QStringLiteral("local")), &tokens);
        TenantTreeModel model(&client, "local");
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &TenantTreeModel::tenantsLoaded);
        model.reload();
        QVERIFY(loaded.wait(5000));
        const QModelIndex message = model.index(0, 0, model.profileIndex());
        QCOMPARE(message.data(TenantTreeModel::NodeTypeRole).value<TenantTreeModel::NodeType>(),
                 TenantTreeModel::NodeType::Message);
        QCOMPARE(message.data().toString(), "No tenants you may see");

        server.onJson("GET", "/api/v1/namespaces", 500,
                      R"({"kind":"Status","reason":"InternalError","message":"etcd down","code":500})");
        QSignalSpy errors(&model, &TenantTreeModel::errorOccurred);
        model.reload();
        QVERIFY(errors.wait(5000));
        const QModelIndex error = model.index(0, 0, model.profileIndex());
        QCOMPARE(error.data(TenantTreeModel::MessageKindRole).value<TenantTreeModel::MessageKind>(),
                 TenantTreeModel::MessageKind::Error);
        QVERIFY2(error.data().toString().contains("etcd down"), qPrintable(error.data().toString()));
    }

    void shouldFileKeycloakProviderKindsUnderIdentity_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<TenantTreeModel::Category>("category");
        using C = TenantTreeModel::Category;
        QTest::newRow("namespaced Group") << u"group.keycloak.m.crossplane.io"_s << C::Identity;
        QTest::newRow("namespaced User") << u"user.keycloak.m.crossplane.io"_s << C::Identity;
        QTest::newRow("cluster-scoped Role") << u"role.keycloak.crossplane.io"_s << C::Identity;
        QTest::newRow("provider config") << u"keycloak.m.crossplane.io"_s << C::Identity;
        QTest::newRow("look-alike") << u"notkeycloak.crossplane.io"_s << C::CustomResources;
        QTest::newRow("OpenStack") << u"compute.openstack.crossplane.io"_s << C::CustomResources;
        QTest::newRow("RBAC") << u"rbac.authorization.k8s.io"_s << C::AccessControl;
    }

    void shouldFileKeycloakProviderKindsUnderIdentity()
    {
        QFETCH(QString, group);
        QFETCH(TenantTreeModel::Category, category);
        kube::ApiResource r;
        r.group = group;
        r.version = u"v1alpha1"_s;
        r.kind = u"Group"_s;
        r.plural = u"groups"_s;
        r.namespaced = true;
        QCOMPARE(TenantTreeModel::categoryOf(r), category);
        QCOMPARE(TenantTreeModel::categoryName(TenantTreeModel::Category::Identity), u"Identity"_s);
    }

    void shouldGroupListableKindsClaimsFirstAndCountThemLazily()
    {
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces", 403, R"({"kind":"Status","code":403,"reason":"Forbidden"})");
        serveReviews(server, {"tenant-a"});
        // limit=1 metadata lists: 5 claims (1 + 4 remaining), 1 keypair, none of the others.
        server.onJson("GET", "/apis/api.scs.community/v1alpha1/namespaces/tenant-a/clusters", 200,
                      R"({"items":[{"metadata":{"name":"demo"}}],"metadata":{"continue":"x","remainingItemCount":4}})");
        server.onJson("GET", "/apis/api.scs.community/v1alpha1/namespaces/tenant-a/keypairv2s", 200,
                      R"({"items":[{"metadata":{"name":"k"}}],"metadata":{}})");
        server.onJson("GET", "/apis/cluster.x-k8s.io/v1beta1/namespaces/tenant-a/clusters", 200,
                      R"({"items":[],"metadata":{}})");
        server.onJson("GET", "/apis/cluster.x-k8s.io/v1beta1/namespaces/tenant-a/machinedeployments", 200,
                      R"({"items":[{"metadata":{"name":"a"}}],"metadata":{"continue":"y"}})");
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url(), QStringLiteral("local")), &tokens);
        TenantTreeModel model(&client, "local");
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTenantHints({}, {"tenant-a-admins"});
        QSignalSpy loaded(&model, &TenantTreeModel::tenantsLoaded);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        const QModelIndex tenant = model.tenantIndex("tenant-a");
        // The tester may have fetched already (it walks the tree); no kinds before discovery.
        if (model.canFetchMore(tenant))
            model.fetchMore(tenant);
        QCOMPARE(model.rowCount(tenant), 0);
        model.setResources(resources());
        QCOMPARE(childTexts(model, tenant),
                 (QStringList{"Claims and Clusters", "Workloads", "Configuration",
                              "Access Control", "Custom Resources", "Other"}));
        const QModelIndex claims = model.index(0, 0, tenant);
        QCOMPARE(childTexts(model, claims),
                 (QStringList{"Cluster (SCS)", "KeypairV2",
                              "Cluster (Cluster API)", "MachineDeployment"}));
        QCOMPARE(childTexts(model, model.index(1, 0, tenant)), (QStringList{"Deployment", "Pod"}));
        // Secrets may not be listed; the built-in duplicate of Event is folded into core's.
        QCOMPARE(childTexts(model, model.index(2, 0, tenant)), QStringList{"ConfigMap"});
        QCOMPARE(childTexts(model, model.index(5, 0, tenant)), QStringList{"Event"});
        const QModelIndex claimKind = model.kindIndex("tenant-a", "clusters", "api.scs.community");
        QCOMPARE(claimKind.data(TenantTreeModel::QualifiedNameRole).toString(),
                 "clusters.api.scs.community");
        QCOMPARE(claimKind.data(TenantTreeModel::CategoryRole).value<TenantTreeModel::Category>(),
                 TenantTreeModel::Category::Claims);
        QCOMPARE(claimKind.data(TenantTreeModel::CountRole).toInt(), -1);

        if (model.canFetchMore(claims)) // the view expanding the group
            model.fetchMore(claims);
        QVERIFY(!model.canFetchMore(claims));
        QTRY_COMPARE(claimKind.data(TenantTreeModel::CountRole).toInt(), 5);
        QCOMPARE(claimKind.data().toString(), "Cluster (SCS) · 5");
        QTRY_COMPARE(model.kindIndex("tenant-a", "keypairv2s", "api.scs.community")
                         .data(TenantTreeModel::CountRole).toInt(), 1);
        QTRY_COMPARE(model.kindIndex("tenant-a", "clusters", "cluster.x-k8s.io")
                         .data(TenantTreeModel::CountRole).toInt(), 0);
        QTest::qWait(100); // a continue without remainingItemCount is not cheap: unknown
        QCOMPARE(model.kindIndex("tenant-a", "machinedeployments", "cluster.x-k8s.io")
                     .data(TenantTreeModel::CountRole).toInt(), -1);
        // Each count was asked for once, however often the tree is walked.
        QCOMPARE(server.count("GET", "/apis/api.scs.community/v1alpha1/namespaces/tenant-a/clusters"), 1);

        // Others delete claims and add cluster API clusters: a recount follows; a count that
        // is no longer cheap becomes unknown rather than staying wrong.
        server.onJson("GET", "/apis/api.scs.community/v1alpha1/namespaces/tenant-a/clusters", 200,
                      R"({"items":[{"metadata":{"name":"demo"}}],"metadata":{"continue":"x","remainingItemCount":1}})");
        server.onJson("GET", "/apis/cluster.x-k8s.io/v1beta1/namespaces/tenant-a/clusters", 200,
                      R"({"items":[{"metadata":{"name":"b"}}],"metadata":{}})");
        server.onJson("GET", "/apis/api.scs.community/v1alpha1/namespaces/tenant-a/keypairv2s", 200,
                      R"({"items":[{"metadata":{"name":"k"}}],"metadata":{"continue":"z"}})");
        model.recount();
        QTRY_COMPARE(claimKind.data(TenantTreeModel::CountRole).toInt(), 2);
        QCOMPARE(claimKind.data().toString(), "Cluster (SCS) · 2");
        QTRY_COMPARE(model.kindIndex("tenant-a", "clusters", "cluster.x-k8s.io")
                         .data(TenantTreeModel::CountRole).toInt(), 1);
        QTRY_COMPARE(model.kindIndex("tenant-a", "keypairv2s", "api.scs.community")
                         .data(TenantTreeModel::CountRole).toInt(), -1);

        // A new kind from discovery: rows removed and inserted, never a reset.
        QList<ApiResource> more = resources();
        more.append(resource("example.com", "v1", "Gadget", "widgets"));
        more.last().plural = "gadgets";
        model.setResources(more);
        QCOMPARE(childTexts(model, model.index(4, 0, tenant)), QStringList{"Widget"});
        QList<ApiResource> again = resources();
        again.append(resource("api.scs.community", "v1alpha1", "NetworkV2", "networkv2s"));
        model.setResources(again);
        QCOMPARE(childTexts(model, model.index(0, 0, tenant)).value(2), "NetworkV2");
        QCOMPARE(resets.size(), 0);
    }

    void shouldShowClusterScopedKindsUnderTheirOwnNodeOnlyForWhoMayListThem_data()
    {
        QTest::addColumn<QStringList>("listable"); // cluster-scoped plurals the review allows
        QTest::addColumn<bool>("shown");
        QTest::newRow("operator") << QStringList{"namespaces", "clusterclasses"} << true;
        QTest::newRow("tenant user") << QStringList{} << false;
    }

    void shouldShowClusterScopedKindsUnderTheirOwnNodeOnlyForWhoMayListThem()
    {
        QFETCH(QStringList, listable);
        QFETCH(bool, shown);
        FakeApiServer server;
        server.onJson("GET", "/api/v1/namespaces", 200,
                      QJsonDocument(QJsonObject{{"items", QJsonArray{ns("tenant-a", true)}}})
                          .toJson());
        serveReviews(server, {"tenant-a"});
        const QString accessPath = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";
        server.on("POST", accessPath, [listable](const FakeRequest &request) {
            const QJsonObject attributes = QJsonDocument::fromJson(request.body)
                                               .object()["spec"].toObject()
                                               ["resourceAttributes"].toObject();
            const bool allowed = attributes["verb"].toString() == "list"
                && listable.contains(attributes["resource"].toString());
            FakeResponse r;
            r.status = 201;
            r.body = QJsonDocument(QJsonObject{{"status", QJsonObject{{"allowed", allowed}}}})
                         .toJson(QJsonDocument::Compact);
            return r;
        });
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url(), QStringLiteral("local")), &tokens);
        TenantTreeModel model(&client, "local");
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ApiResource> kinds = resources();
        kinds.append(resource("api.scs.community", "v1alpha1", "ClusterClass", "clusterclasses",
                              false));
        kinds.append(resource("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles",
                              false));
        model.setResources(kinds);
        QSignalSpy access(&model, &TenantTreeModel::accessChanged);
        model.reload();
        // One access review per cluster-scoped kind that can be listed: 3 (not Binding).
        QTRY_COMPARE(server.count("POST", accessPath), 3);
        // Tenants listed, tenant-a's rules (the tester expands it), then each access answer.
        QTRY_COMPARE(access.size(), 5);
        QCOMPARE(model.clusterIndex().isValid(), shown);
        QCOMPARE(model.tenants(), QStringList{"tenant-a"}); // the Cluster node is no tenant
        const QModelIndex profile = model.profileIndex();
        QCOMPARE(model.rowCount(profile), shown ? 2 : 1);
        QCOMPARE(model.clusterAccess("list", kinds.last()), std::optional<bool>(false));
        if (!shown)
            return;
        const QModelIndex cluster = model.clusterIndex();
        QCOMPARE(cluster.row(), 1); // after the tenants
        QCOMPARE(cluster.data().toString(), "Cluster-scoped resources");
        QCOMPARE(cluster.data(TenantTreeModel::TenantRole), QVariant());
        if (model.canFetchMore(cluster)) // the tester may have fetched already
            model.fetchMore(cluster);
        QTRY_VERIFY(model.rowCount(cluster) > 0);
        // Only the allowed cluster-scoped kinds, grouped like a tenant's; no namespaced ones.
        QStringList shownKinds;
        for (int c = 0; c < model.rowCount(cluster); ++c) {
            const QModelIndex category = model.index(c, 0, cluster);
            for (int k = 0; k < model.rowCount(category); ++k) {
                shownKinds += model.index(k, 0, category)
                                  .data(TenantTreeModel::ResourceRole)
                                  .value<ApiResource>()
                                  .kind; // the text may carry a count by now
            }
        }
        QCOMPARE(shownKinds, (QStringList{"ClusterClass", "Namespace"}));
        const QModelIndex namespaces = model.kindIndex(QString(), "namespaces", "");
        QVERIFY(namespaces.isValid());
        QCOMPARE(namespaces.data(TenantTreeModel::ResourceRole).value<ApiResource>()
                     .collectionPath(namespaces.data(TenantTreeModel::TenantRole).toString()),
                 "/api/v1/namespaces");
        QVERIFY(model.mayI(QString(), "list", kinds.at(4)));
        QVERIFY(!model.mayI(QString(), "delete", kinds.at(4))); // not asked yet: no
        model.requestClusterAccess("delete", kinds.at(4));
        QTRY_VERIFY(model.clusterAccess("delete", kinds.at(4)).has_value());
        QVERIFY(!model.mayI(QString(), "delete", kinds.at(4)));
    }
    // 2,000 listed tenants: the tree is there at once with no review sent; reviews go out for
    // what is expanded (first) and visible, never more than 4 at a time, and visible tenants
    // that scrolled away before their turn are never asked. No QAbstractItemModelTester here:
    // it expands every node, which is what this test must show does not happen by itself.
    void shouldShowManyTenantsAtOnceAndReviewThemLazilyAFewAtATime()
    {
        FakeApiServer server;
        QJsonArray items;
        QStringList names;
        for (int i = 0; i < 2000; ++i) {
            names.append(QStringLiteral("t-%1").arg(i, 4, 10, QLatin1Char('0')));
            items.append(ns(names.last(), true));
        }
        server.onJson("GET", "/api/v1/namespaces", 200,
                      QJsonDocument(QJsonObject{{"items", items}}).toJson(QJsonDocument::Compact));
        HeldReviews held;
        held.serve(server);
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url(), QStringLiteral("local")), &tokens);
        TenantTreeModel model(&client, "local");
        model.setMaxRequestsInFlight(4);
        model.setResources(resources());
        QSignalSpy loaded(&model, &TenantTreeModel::tenantsLoaded);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.tenants().size(), 2000);
        QCOMPARE(server.count("POST", reviewPath), 0);
        QVERIFY(!model.rulesKnown("t-0000"));
        QVERIFY(!model.mayI("t-0000", "list", resource("", "v1", "Pod", "pods")));

        // The view shows the first 30: 4 go out, the rest wait.
        model.setVisibleTenants(names.mid(0, 30));
        QTRY_COMPARE_WITH_TIMEOUT(server.count("POST", reviewPath), 4, 20000);
        QTest::qWait(100);
        QCOMPARE(server.count("POST", reviewPath), 4);
        QCOMPARE(model.reviewQueue()->inFlight(), 4);
        QCOMPARE(model.reviewQueue()->waiting(), 26);

        // Expanded: "Checking access…" until known, then only kinds the rules allow; it goes
        // before every visible one.
        const QModelIndex expanded = model.tenantIndex("t-1500");
        QVERIFY(model.canFetchMore(expanded));
        model.fetchMore(expanded);
        QTRY_COMPARE_WITH_TIMEOUT(childTexts(model, expanded), QStringList{"Checking access…"},
                                  20000);
        QCOMPARE(held.answerHeld(server, {"t-0001"}), 4);
        QTRY_COMPARE_WITH_TIMEOUT(server.count("POST", reviewPath), 8, 20000);
        QCOMPARE(reviewedNamespace(server.requests.at(server.requests.size() - 4)), "t-1500");
        QVERIFY(model.rulesKnown("t-0000"));
        // nothing to list there
        QTRY_VERIFY_WITH_TIMEOUT(!model.tenants().contains("t-0001"), 20000);
        QCOMPARE(model.tenants().size(), 1999);

        // Scrolled on: the visible ones not asked yet are dropped, the new ones asked.
        model.setVisibleTenants(names.mid(100, 10));
        while (!model.reviewQueue()->isIdle()) {
            held.answerHeld(server, {});
            QTest::qWait(10);
        }
        QCOMPARE(server.count("POST", reviewPath), 4 + 4 + 10);
        QVERIFY(held.peakOpen <= 4);
        QCOMPARE(model.reviewQueue()->peakInFlight(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(childTexts(model, model.tenantIndex("t-1500")),
                                  (QStringList{"Workloads", "Configuration"}), 20000);
        QVERIFY(!model.rulesKnown("t-0010")); // scrolled away before its turn
        QVERIFY(model.rulesKnown("t-0105"));

        // Asking again for what is known or in flight sends nothing.
        model.requestRules("t-1500");
        model.setVisibleTenants(names.mid(100, 10));
        QTest::qWait(50);
        QCOMPARE(server.count("POST", reviewPath), 18);
    }
};

QTEST_GUILESS_MAIN(TestTenantTreeModel)
#include "tst_tenanttreemodel.moc"
