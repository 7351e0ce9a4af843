// OrderService and ClustersModel against the local stack (real Keycloak, kube-apiserver and the
// simulated provisioner): the order types are the claim and the tenant's ClusterClasses with
// their ClusterStackReleases (ready ones, versions from the release; the hand-made class without
// a release last); alice orders a Cluster API cluster from the scs stack's class with
// two worker pools and a changed variable, and a Central API claim; the server's objects equal
// what the builder produced (modulo server defaults); the provisioner makes them Ready and the
// model sees the phases in order; scale and delete work; bob, a viewer of tenant-a, may not
// order there; an scs2 cluster is upgraded as SCS does (dry run, v1 -> v2 of 1.33 -> 1.34, class
// and version together) and its machines roll to each version. Runs against whichever Cluster
// API version the stack serves (SCS_STACK_CAPI_VERSION=v1beta2 for v1beta2). Objects are called
// orders-* and removed again.

#include "auth/session.h"
#include "common/formloginagent.h"
#include "common/resultcheck.h"
#include "common/stackenv.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/openapi.h"
#include "orders/clustersmodel.h"
#include "orders/orderservice.h"
#include "orders/upgradeplan.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace scs;
using namespace scs::orders;
using namespace Qt::StringLiterals;

namespace {
const QString kTenant = u"tenant-a"_s;

// Every key of `expected` is in `actual` with an equal value (lists: same length, item-wise):
// what the builder wrote survives, whatever the server added.
bool subset(const QJsonValue &expected, const QJsonValue &actual, const QString &at,
            QString *where)
{
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!subset(it.value(), a.value(it.key()), at + u'.' + it.key(), where))
                return false;
        }
        return actual.isObject();
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size()) {
            *where = at + u": length"_s;
            return false;
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (!subset(e.at(i), a.at(i), at + u'[' + QString::number(i) + u']', where))
                return false;
        }
        return true;
    }
    if (expected != actual) {
        *where = at;
        return false;
    }
    return true;
}

// One signed-in person with a client, discovery, OpenAPI and an order service.
struct Person
{
    std::unique_ptr<auth::Session> session;
    std::unique_ptr<kube::KubeClient> client;
    std::unique_ptr<kube::Discovery> discovery;
    std::unique_ptr<kube::OpenApi> openApi;
    std::unique_ptr<OrderService> service;
};
} // namespace

class TestOrderServiceIntegration : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_cache;
    Person m_alice;
    Person m_bob;

    bool signIn(Person &p, const QString &user)
    {
        p.session = std::make_unique<auth::Session>(m_profile, nullptr);
        QSignalSpy signedIn(p.session.get(), &auth::Session::signedIn);
        p.session->signIn(new test::FormLoginAgent(m_profile, user, m_env.demoPassword(user),
                                                   p.session.get()));
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty(); }, 30000))
            return false;
        p.client = std::make_unique<kube::KubeClient>(m_profile, p.session.get());
        p.discovery = std::make_unique<kube::Discovery>(p.client.get(), nullptr,
                                                        m_cache.filePath(u"discovery"_s));
        p.openApi = std::make_unique<kube::OpenApi>(p.client.get(), nullptr,
                                                    m_cache.filePath(u"openapi"_s));
        p.service = std::make_unique<OrderService>(p.client.get(), p.discovery.get(),
                                                   p.openApi.get());
        QSignalSpy refreshed(p.discovery.get(), &kube::Discovery::refreshed);
        p.discovery->refresh();
        return QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, 30000);
    }

    // Admin kubectl, for cleaning up only (the test itself acts as alice and bob).
    void adminDelete(const QString &resource, const QString &name)
    {
        QProcess kubectl;
        kubectl.start(m_env.value(u"SCS_KUBECTL"_s),
                      {u"--kubeconfig"_s, m_env.value(u"SCS_ADMIN_KUBECONFIG"_s), u"delete"_s,
                       resource, u"-n"_s, kTenant, name, u"--ignore-not-found"_s,
                       u"--wait=true"_s, u"--timeout=60s"_s});
        kubectl.waitForFinished(90000);
    }

    template<typename T>
    Result<T> await(const std::function<void(QObject *, OrderService::Callback<T>)> &call)
    {
        std::optional<Result<T>> result;
        QObject context;
        call(&context, [&](const Result<T> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return fail(Error::Kind::Timeout, u"no answer"_s);
        return *result;
    }

    QList<OrderType> types()
    {
        const auto types = await<QList<OrderType>>([&](QObject *c, auto done) {
            m_alice.service->orderTypes(kTenant, c, done);
        });
        return types ? *types : QList<OrderType>{};
    }

    OrderType typeOf(OrderKind kind, const QString &cls = {})
    {
        for (const OrderType &t : types()) {
            if (t.kind == kind && (cls.isEmpty() || t.clusterClass == cls))
                return t;
        }
        qFatal("no order type");
    }

    // The Machines of a cluster as alice sees them (label cluster.x-k8s.io/cluster-name).
    QJsonArray machinesOf(const QString &cluster)
    {
        const auto machines = m_alice.discovery->find(u"machines"_s, u"cluster.x-k8s.io"_s);
        if (!machines)
            return {};
        QUrlQuery query{{u"labelSelector"_s, u"cluster.x-k8s.io/cluster-name="_s + cluster}};
        std::optional<Result<QJsonDocument>> answer;
        QObject context;
        m_alice.client->get(machines->collectionPath(kTenant), query)
            ->onJson(&context, [&](const Result<QJsonDocument> &r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000) || !*answer)
            return {};
        return (*answer)->object().value("items"_L1).toArray();
    }

    // Every Machine of `cluster` runs `version` (spec.version) and is Running, and there are
    // `count` of them (the rollout is through).
    bool machinesRun(const QString &cluster, const QString &version, int count)
    {
        const QJsonArray machines = machinesOf(cluster);
        if (machines.size() != count)
            return false;
        for (const QJsonValue &m : machines) {
            const QJsonObject o = m.toObject();
            if (o.value("spec"_L1).toObject().value("version"_L1).toString() != version
                || o.value("status"_L1).toObject().value("phase"_L1).toString() != "Running"_L1
                || o.value("metadata"_L1).toObject().contains("deletionTimestamp"_L1))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(m_cache.isValid());
        m_profile = m_env.profile();
        m_profile.tenants = {kTenant, u"tenant-b"_s};
        QVERIFY(signIn(m_alice, u"alice"_s));
        QVERIFY(signIn(m_bob, u"bob"_s));
        cleanupTestCase();
    }

    void cleanupTestCase()
    {
        adminDelete(u"clusters.cluster.x-k8s.io"_s, u"orders-capi"_s);
        adminDelete(u"clusters.api.scs.community"_s, u"orders-claim"_s);
        adminDelete(u"clusters.cluster.x-k8s.io"_s, u"orders-scs2"_s);
    }

    void shouldOfferTheClaimAndTheClusterClass()
    {
        const auto types = await<QList<OrderType>>([&](QObject *c, auto done) {
            m_alice.service->orderTypes(kTenant, c, done);
        });
        SCS_VERIFY_OK(types);
        QStringList ids;
        for (const OrderType &t : *types)
            ids.append(t.id());
        // The claim, the ready releases' classes by stack, newest minor and stack version
        // first, then the plain class without a release (the seed's hand-made one).
        QCOMPARE(ids, (QStringList{u"clusters.api.scs.community"_s,
                                   u"clusters.cluster.x-k8s.io/openstack-scs-1-32-v1"_s,
                                   u"clusters.cluster.x-k8s.io/openstack-scs2-1-34-v1"_s,
                                   u"clusters.cluster.x-k8s.io/openstack-scs2-1-33-v2"_s,
                                   u"clusters.cluster.x-k8s.io/openstack-scs2-1-33-v1"_s,
                                   u"clusters.cluster.x-k8s.io/openstack-scs-1-33-v1"_s}));
        QCOMPARE(types->at(0).versions,
                 (QStringList{u"1.34"_s, u"1.33"_s, u"1.32"_s, u"1.31"_s}));
        // Versions come from the releases' status.kubernetesVersion.
        QCOMPARE(types->at(1).versions, QStringList{u"v1.32.5"_s});
        QCOMPARE(types->at(2).versions, QStringList{u"v1.34.7"_s});
        QCOMPARE(types->at(3).versions, QStringList{u"v1.33.10"_s});
        QCOMPARE(types->at(4).versions, QStringList{u"v1.33.9"_s});
        QCOMPARE(types->at(4).stackId, u"openstack-scs2"_s);
        QCOMPARE(types->at(4).kubernetesMinor, u"1.33"_s);
        QCOMPARE(types->at(4).stackVersion, u"v1"_s);
        QVERIFY(!types->at(5).fromRelease());
        QVERIFY(!types->at(5).versionsKnown);
        QVERIFY(types->at(5).versions.isEmpty());
        QCOMPARE(types->at(1).resource.qualifiedName(), u"clusters.cluster.x-k8s.io"_s);
        QCOMPARE(types->at(0).resource.qualifiedName(), u"clusters.api.scs.community"_s);
        QVERIFY(types->at(1).option(u"oidc_config"_s));
        QVERIFY(types->at(4).option(u"oidcConfig"_s));
        QCOMPARE(types->at(4).options.size(), size_t(27));
    }

    void shouldLetAliceButNotBobOrderInTenantA()
    {
        const auto alice = await<OrderAccess>(
            [&](QObject *c, auto done) { m_alice.service->canOrder(kTenant, c, done); });
        QVERIFY(alice);
        QVERIFY(alice->claim);
        QVERIFY(alice->clusterApi);
        const auto bob = await<OrderAccess>(
            [&](QObject *c, auto done) { m_bob.service->canOrder(kTenant, c, done); });
        QVERIFY(bob);
        QVERIFY(!bob->any());
        const auto bobInB = await<OrderAccess>(
            [&](QObject *c, auto done) { m_bob.service->canOrder(u"tenant-b"_s, c, done); });
        QVERIFY(bobInB && bobInB->claim && bobInB->clusterApi);
    }

    void shouldMapTheServersRefusalToFields()
    {
        const OrderType t = typeOf(OrderKind::ClusterApi, u"openstack-scs-1-32-v1"_s);
        Order o = defaultOrder(t, kTenant, m_profile);
        o.name = u"Orders_Bad"_s; // the server's own check, past ours
        const auto r = await<SubmitResult>([&](QObject *c, auto done) {
            m_alice.service->dryRun(buildObject(o, t), c, done);
        });
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().field, u"metadata.name"_s);
        QCOMPARE(m_alice.service->lastIssues().size(), 1);
        QCOMPARE(m_alice.service->lastIssues().first().path, u"metadata.name"_s);
    }

    void shouldOrderAClusterApiClusterAndFollowIt()
    {
        ClustersModel model(m_alice.client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&model, &ClustersModel::clusterBecameReady);
        // The served Cluster API version's paths, as the clusters view passes them.
        model.setTenant(kTenant, true, true,
                        m_alice.service->collectionPath(OrderKind::Claim, kTenant),
                        m_alice.service->collectionPath(OrderKind::ClusterApi, kTenant));
        QTRY_VERIFY_WITH_TIMEOUT(model.isSynced(), 30000);
        QVERIFY(model.rowOf({OrderKind::ClusterApi, kTenant, u"alpha"_s}) >= 0);

        const OrderType t = typeOf(OrderKind::ClusterApi, u"openstack-scs-1-32-v1"_s);
        const auto taken = await<QStringList>(
            [&](QObject *c, auto done) { m_alice.service->takenNames(kTenant, c, done); });
        QVERIFY(taken && taken->contains(u"alpha"_s) && taken->contains(u"demo"_s));
        Order o = defaultOrder(t, kTenant, m_profile, *taken);
        QVERIFY(!taken->contains(o.name));
        o.name = u"orders-capi"_s;
        o.workers = {{u"md-0"_s, u"default-worker"_s, 2, {}, std::nullopt},
                     {u"md-1"_s, u"default-worker"_s, 1, {}, std::nullopt}};
        o.values.insert(u"worker_flavor"_s, u"SCS-8V-32"_s);
        QCOMPARE(validateOrder(o, t, *taken), QList<FieldIssue>{});
        const QJsonObject built = buildObject(o, t);

        const auto created = await<SubmitResult>(
            [&](QObject *c, auto done) { m_alice.service->submit(built, c, done); });
        SCS_VERIFY_OK(created);
        QVERIFY(!created->dryRun);
        QString where;
        QVERIFY2(subset(built, created->object, u"$"_s, &where), qPrintable(where));
        // The OIDC variable carries the console's own issuer and client.
        const QJsonObject oidc = o.values.value("oidc_config"_L1).toObject();
        QVERIFY(!oidc.value("issuer_url"_L1).toString().isEmpty());
        QVERIFY(m_profile.issuerUrl.toString().startsWith(oidc.value("issuer_url"_L1).toString()));
        QCOMPARE(oidc.value("client_id"_L1).toString(), m_profile.clientId);

        const ClusterRef ref{OrderKind::ClusterApi, kTenant, u"orders-capi"_s};
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(ref) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.status(ref) && model.status(ref)->ready, 60000);
        // Other clusters in the tenant (other tests, the seed) may become ready meanwhile.
        QCOMPARE(std::count_if(ready.begin(), ready.end(),
                               [&](const QList<QVariant> &args) {
                                   return args.first().value<ClusterRef>() == ref;
                               }),
                 1);
        QCOMPARE(model.phasesSeen(ref),
                 (QStringList{u"Pending"_s, u"Provisioning"_s, u"Provisioned"_s}));
        QCOMPARE(model.status(ref)->kubeconfigSecret, u"orders-capi-kubeconfig"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.status(ref)->workersReady(), 3, 20000);
        const int row = model.rowOf(ref);
        QCOMPARE(model.index(row, ClustersModel::ControlPlane).data().toString(), u"1/1"_s);
        QCOMPARE(model.index(row, ClustersModel::Workers).data().toString(), u"3/3"_s);
        bool sawInfrastructure = false;
        for (const ConditionTransition &c : model.history(ref))
            sawInfrastructure = sawInfrastructure
                || (c.type == "InfrastructureReady"_L1 && c.status == "True"_L1 && c.observed);
        QVERIFY(sawInfrastructure);

        // The object as it is now on the server still holds all that was ordered.
        const auto now = await<ClusterStatus>(
            [&](QObject *c, auto done) { m_alice.service->status(ref, c, done); });
        QVERIFY(now);
        QVERIFY2(subset(built.value("spec"_L1), now->object.value("spec"_L1), u"spec"_s, &where),
                 qPrintable(where));

        // Day 2: scale, refused upgrades, delete.
        const auto scaled = await<ClusterStatus>([&](QObject *c, auto done) {
            m_alice.service->scaleWorkerPool(ref, u"md-1"_s, 3, c, done);
        });
        SCS_VERIFY_OK(scaled);
        QCOMPARE(scaled->workers.at(1).desired, 3);
        QTRY_COMPARE_WITH_TIMEOUT(model.status(ref)->workersReady(), 5, 20000);
        const auto noPool = await<ClusterStatus>([&](QObject *c, auto done) {
            m_alice.service->scaleWorkerPool(ref, u"md-9"_s, 3, c, done);
        });
        QVERIFY(!noPool);
        QCOMPARE(noPool.error().kind, Error::Kind::NotFound);
        // Autoscaling on (annotations, replicas gone, the server accepts it) and off again.
        const auto autoscaled = await<ClusterStatus>([&](QObject *c, auto done) {
            m_alice.service->resizeWorkerPool(ref, u"md-1"_s, 0, Autoscaling{1, 4}, c, done);
        });
        SCS_VERIFY_OK(autoscaled);
        QCOMPARE(autoscaled->workers.at(1).autoscaling, std::optional(Autoscaling{1, 4}));
        const QJsonObject md1 = autoscaled->object["spec"_L1]["topology"_L1]["workers"_L1]
                                    ["machineDeployments"_L1][1].toObject();
        QVERIFY(!md1.contains("replicas"_L1));
        QCOMPARE(md1["metadata"_L1]["annotations"_L1][QString::fromLatin1(
                     kAutoscalerMaxSizeAnnotation)].toString(),
                 u"4"_s);
        const auto inverted = await<ClusterStatus>([&](QObject *c, auto done) {
            m_alice.service->resizeWorkerPool(ref, u"md-1"_s, 0, Autoscaling{3, 2}, c, done);
        });
        QVERIFY(!inverted);
        QCOMPARE(inverted.error().kind, Error::Kind::Invalid);
        const auto fixed = await<ClusterStatus>([&](QObject *c, auto done) {
            m_alice.service->resizeWorkerPool(ref, u"md-1"_s, 3, std::nullopt, c, done);
        });
        SCS_VERIFY_OK(fixed);
        QVERIFY(!fixed->workers.at(1).autoscaling);
        QCOMPARE(fixed->workers.at(1).desired, 3);
        const auto downgrade = await<ClusterStatus>([&](QObject *c, auto done) {
            m_alice.service->upgrade(ref, t, u"v1.32.0"_s, c, done);
        });
        QVERIFY(!downgrade);
        QCOMPARE(downgrade.error().kind, Error::Kind::Invalid);

        const auto removed = await<bool>(
            [&](QObject *c, auto done) { m_alice.service->remove(ref, c, done); });
        SCS_VERIFY_OK(removed);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(ref) < 0, 30000);
        QVERIFY(model.phasesSeen(ref).isEmpty());
    }

    void shouldUpgradeAnScs2ClusterAsScsDoes()
    {
        ClustersModel model(m_alice.client.get());
        // The served Cluster API version's paths, as the clusters view passes them.
        model.setTenant(kTenant, true, true,
                        m_alice.service->collectionPath(OrderKind::Claim, kTenant),
                        m_alice.service->collectionPath(OrderKind::ClusterApi, kTenant));
        QTRY_VERIFY_WITH_TIMEOUT(model.isSynced(), 30000);
        const QList<OrderType> all = types();
        const OrderType v1 = typeOf(OrderKind::ClusterApi, u"openstack-scs2-1-33-v1"_s);
        Order o = defaultOrder(v1, kTenant, m_profile);
        o.name = u"orders-scs2"_s;
        QCOMPARE(o.version, u"v1.33.9"_s);
        const auto created = await<SubmitResult>([&](QObject *c, auto done) {
            m_alice.service->submit(buildObject(o, v1), c, done);
        });
        QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
        const ClusterRef ref{OrderKind::ClusterApi, kTenant, o.name};
        QTRY_VERIFY_WITH_TIMEOUT(model.status(ref) && model.status(ref)->ready, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(machinesRun(o.name, u"v1.33.9"_s, 2), 60000);

        // v1 of 1.33 may go to v2 of 1.33 or to 1.34; never further, never down.
        QStringList targets;
        for (const UpgradeTarget &t : upgradeTargets(all, v1.clusterClass, o.version))
            targets.append(t.clusterClass + u' ' + t.version);
        QCOMPARE(targets, (QStringList{u"openstack-scs2-1-33-v2 v1.33.10"_s,
                                       u"openstack-scs2-1-34-v1 v1.34.7"_s}));

        const OrderType v2 = typeOf(OrderKind::ClusterApi, u"openstack-scs2-1-33-v2"_s);
        const auto dry = await<ClusterStatus>([&](QObject *c, auto done) {
            m_alice.service->upgradeCluster(ref, &v1, v2, u"v1.33.10"_s, true, c, done);
        });
        QVERIFY2(dry, qPrintable(dry ? QString() : dry.error().detail));
        QCOMPARE(dry->clusterClass, u"openstack-scs2-1-33-v2"_s); // what it would become
        const auto unchanged = await<ClusterStatus>(
            [&](QObject *c, auto done) { m_alice.service->status(ref, c, done); });
        QVERIFY(unchanged);
        QCOMPARE(unchanged->clusterClass, u"openstack-scs2-1-33-v1"_s);

        const auto toV2 = await<ClusterStatus>([&](QObject *c, auto done) {
            m_alice.service->upgradeCluster(ref, &v1, v2, u"v1.33.10"_s, false, c, done);
        });
        QVERIFY2(toV2, qPrintable(toV2 ? QString() : toV2.error().detail));
        QCOMPARE(toV2->clusterClass, u"openstack-scs2-1-33-v2"_s);
        QCOMPARE(toV2->version, u"v1.33.10"_s);
        QTRY_VERIFY_WITH_TIMEOUT(machinesRun(o.name, u"v1.33.10"_s, 2), 120000);

        const OrderType minor = typeOf(OrderKind::ClusterApi, u"openstack-scs2-1-34-v1"_s);
        QCOMPARE(upgradeTargets(all, v2.clusterClass, u"v1.33.10"_s).size(), 1);
        const auto toMinor = await<ClusterStatus>([&](QObject *c, auto done) {
            m_alice.service->upgradeCluster(ref, &v2, minor, u"v1.34.7"_s, false, c, done);
        });
        QVERIFY2(toMinor, qPrintable(toMinor ? QString() : toMinor.error().detail));
        QCOMPARE(toMinor->clusterClass, u"openstack-scs2-1-34-v1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(machinesRun(o.name, u"v1.34.7"_s, 2), 120000);
        QVERIFY(upgradeTargets(all, minor.clusterClass, u"v1.34.7"_s).isEmpty());

        // Down is refused before anything is sent.
        const auto down = await<ClusterStatus>([&](QObject *c, auto done) {
            m_alice.service->upgradeCluster(ref, &minor, v2, u"v1.33.10"_s, false, c, done);
        });
        QVERIFY(!down);
        QCOMPARE(down.error().kind, Error::Kind::Invalid);

        const auto removed = await<bool>(
            [&](QObject *c, auto done) { m_alice.service->remove(ref, c, done); });
        QVERIFY(removed);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(ref) < 0, 30000);
    }

    void shouldOrderAClaimAndFollowIt()
    {
        ClustersModel model(m_alice.client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTenant(kTenant, true, false,
                        m_alice.service->collectionPath(OrderKind::Claim, kTenant));
        QTRY_VERIFY_WITH_TIMEOUT(model.isSynced(), 30000);

        const OrderType t = typeOf(OrderKind::Claim);
        Order o = defaultOrder(t, kTenant, m_profile);
        o.name = u"orders-claim"_s;
        o.version = u"1.33"_s;
        o.workers.first().replicas = 2;
        const QJsonObject built = buildObject(o, t);
        const auto created = await<SubmitResult>(
            [&](QObject *c, auto done) { m_alice.service->submit(built, c, done); });
        SCS_VERIFY_OK(created);
        QString where;
        QVERIFY2(subset(built, created->object, u"$"_s, &where), qPrintable(where));

        const ClusterRef ref{OrderKind::Claim, kTenant, u"orders-claim"_s};
        QTRY_VERIFY_WITH_TIMEOUT(model.status(ref) && model.status(ref)->ready, 60000);
        QCOMPARE(model.phasesSeen(ref), (QStringList{u"Pending"_s, u"Provisioning"_s,
                                                     u"Provisioned"_s}));
        QVERIFY(model.status(ref)->runningVersion.startsWith(u"v1.33."_s));

        const auto scaled = await<ClusterStatus>([&](QObject *c, auto done) {
            m_alice.service->scaleWorkerPool(ref, {}, 4, c, done);
        });
        SCS_VERIFY_OK(scaled);
        QTRY_COMPARE_WITH_TIMEOUT(model.status(ref)->workersDesired(), 4, 10000);
        const auto upgraded = await<ClusterStatus>([&](QObject *c, auto done) {
            m_alice.service->upgrade(ref, t, u"1.34"_s, c, done);
        });
        SCS_VERIFY_OK(upgraded);
        QCOMPARE(upgraded->version, u"1.34"_s);

        const auto removed = await<bool>(
            [&](QObject *c, auto done) { m_alice.service->remove(ref, c, done); });
        QVERIFY(removed);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(ref) < 0, 30000);
    }
};

QTEST_GUILESS_MAIN(TestOrderServiceIntegration)
#include "tst_orderservice_integration.moc"
