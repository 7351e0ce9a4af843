// Cluster Stacks in the orders module (src/orders/classcatalog.h, upgradeplan.h) and both
// Cluster API versions in order.h/clusterstatus.h: classes joined with their releases (only
// ready ones offered, versions from the release, plain classes with a typed semver), upgrade
// targets (newer stack version of the minor, the next minor; never skipped, never down), what
// an upgrade changes and its patch, and topology class names written and read as v1beta1
// (class) and v1beta2 (classRef). Fixtures: the stack's rendered scs2 class and its releases.

#include "orders/classcatalog.h"
#include "orders/clusterstatus.h"
#include "orders/order.h"
#include "orders/upgradeplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace scs;
using namespace scs::orders;
using namespace Qt::StringLiterals;

namespace {

QJsonDocument readJson(const QString &name)
{
    QFile f(QStringLiteral(SCS_TEST_DATA "/orders/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll());
}

kube::ApiResource clusterResource(const QString &version)
{
    kube::ApiResource r;
    r.group = u"cluster.x-k8s.io"_s;
    r.version = version;
    r.kind = u"Cluster"_s;
    r.plural = u"clusters"_s;
    r.namespaced = true;
    return r;
}

// A small ClusterClass: one worker class and the variables named (required ones end in '!').
QJsonObject clusterClass(const QString &name, const QStringList &variables)
{
    QJsonArray vars;
    for (QString v : variables) {
        const bool required = v.endsWith(u'!');
        if (required)
            v.chop(1);
        vars.append(QJsonObject{
            {u"name"_s, v},
            {u"required"_s, required},
            {u"schema"_s,
             QJsonObject{{u"openAPIV3Schema"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}});
    }
    return QJsonObject{
        {u"apiVersion"_s, u"cluster.x-k8s.io/v1beta1"_s},
        {u"kind"_s, u"ClusterClass"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, u"tenant-a"_s}}},
        {u"spec"_s,
         QJsonObject{{u"workers"_s,
                      QJsonObject{{u"machineDeployments"_s,
                                   QJsonArray{QJsonObject{{u"class"_s, u"default-worker"_s}}}}}},
                     {u"variables"_s, vars}}}};
}

QJsonObject release(const QString &name, bool ready, const QString &version)
{
    QJsonObject status{{u"ready"_s, ready}};
    if (!version.isEmpty())
        status.insert(u"kubernetesVersion"_s, version);
    return QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}}}, {u"status"_s, status}};
}

// The tenant of the stack's seed, plus a plain class, a release still downloading and one of
// a skipped minor.
ClassCatalog seedCatalog()
{
    const QJsonArray classes{clusterClass(u"openstack-scs2-1-33-v1"_s, {u"a"_s, u"b"_s}),
                             clusterClass(u"openstack-scs2-1-33-v2"_s, {u"a"_s}),
                             clusterClass(u"openstack-scs2-1-34-v1"_s, {u"a"_s, u"c!"_s}),
                             clusterClass(u"openstack-scs2-1-35-v1"_s, {u"a"_s}),
                             clusterClass(u"my-own-class"_s, {u"a"_s}),
                             clusterClass(u"openstack-scs-1-32-v1"_s, {u"x"_s})};
    const QJsonArray releases{release(u"openstack-scs2-1-33-v2"_s, true, u"v1.33.10"_s),
                              release(u"openstack-scs2-1-33-v1"_s, true, u"v1.33.9"_s),
                              release(u"openstack-scs2-1-34-v1"_s, true, u"v1.34.7"_s),
                              release(u"openstack-scs2-1-35-v1"_s, true, u"v1.35.2"_s),
                              release(u"openstack-scs2-1-34-v2"_s, false, {}),
                              release(u"openstack-scs-1-32-v1"_s, true, u"v1.32.5"_s)};
    return ClassCatalog::fromLists(classes, releases);
}

QStringList namesOf(const QList<OrderType> &types)
{
    QStringList names;
    for (const OrderType &t : types)
        names.append(t.clusterClass);
    return names;
}

QJsonObject cluster(const QString &apiVersion, const QString &cls, const QString &version,
                    const QStringList &variables)
{
    QJsonObject topology{{u"version"_s, version}};
    if (usesClassRef(apiVersion))
        topology.insert(u"classRef"_s, QJsonObject{{u"name"_s, cls}});
    else
        topology.insert(u"class"_s, cls);
    QJsonArray vars;
    for (const QString &v : variables)
        vars.append(QJsonObject{{u"name"_s, v}, {u"value"_s, u"x"_s}});
    topology.insert(u"variables"_s, vars);
    return QJsonObject{
        {u"apiVersion"_s, apiVersion},
        {u"kind"_s, u"Cluster"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, u"c1"_s}, {u"namespace"_s, u"tenant-a"_s}}},
        {u"spec"_s, QJsonObject{{u"topology"_s, topology}}}};
}

} // namespace

class TestClassCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldParseReleaseNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("stackId");
        QTest::addColumn<QString>("minor");
        QTest::addColumn<int>("version");
        QTest::newRow("scs2") << u"openstack-scs2-1-34-v3"_s << true << u"openstack-scs2"_s
                              << u"1.34"_s << 3;
        QTest::newRow("scs") << u"openstack-scs-1-32-v1"_s << true << u"openstack-scs"_s
                             << u"1.32"_s << 1;
        QTest::newRow("dev build") << u"docker-ferrol-1-27-v0-sha-abc"_s << true
                                   << u"docker-ferrol"_s << u"1.27"_s << -1;
        QTest::newRow("no version") << u"openstack-scs2-1-34"_s << false << QString()
                                    << QString() << 0;
        QTest::newRow("free name") << u"my-own-class"_s << false << QString() << QString() << 0;
    }

    void shouldParseReleaseNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto parsed = StackReleaseName::parse(name);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid)
            return;
        QFETCH(QString, stackId);
        QFETCH(QString, minor);
        QFETCH(int, version);
        QCOMPARE(parsed->stackId(), stackId);
        QCOMPARE(parsed->kubernetesMinor(), minor);
        QCOMPARE(parsed->versionNumber(), version);
    }

    void shouldOfferReadyReleasesGroupedByStackAndMinor()
    {
        const ClassCatalog catalog = seedCatalog();
        const QList<OrderType> types =
            clusterClassOrderTypes(clusterResource(u"v1beta1"_s), catalog);
        // By stack, newest minor first, newest stack version first; plain classes last. The
        // release still downloading (1-34-v2) has no class and is not offered.
        QCOMPARE(namesOf(types),
                 (QStringList{u"openstack-scs-1-32-v1"_s, u"openstack-scs2-1-35-v1"_s,
                              u"openstack-scs2-1-34-v1"_s, u"openstack-scs2-1-33-v2"_s,
                              u"openstack-scs2-1-33-v1"_s, u"my-own-class"_s}));
        const CatalogClass *pending = catalog.find(u"openstack-scs2-1-34-v2"_s);
        QVERIFY(pending && pending->hasRelease && !pending->offered());
    }

    void shouldNotOfferAClassWhoseReleaseIsNotReady()
    {
        const ClassCatalog catalog = ClassCatalog::fromLists(
            {clusterClass(u"openstack-scs2-1-34-v2"_s, {})},
            {release(u"openstack-scs2-1-34-v2"_s, false, u"v1.34.7"_s)});
        QVERIFY(clusterClassOrderTypes(clusterResource(u"v1beta1"_s), catalog).isEmpty());
    }

    void shouldTakeThePatchVersionFromTheRelease()
    {
        const QList<OrderType> types =
            clusterClassOrderTypes(clusterResource(u"v1beta1"_s), seedCatalog());
        const OrderType &t = types.at(3);
        QCOMPARE(t.clusterClass, u"openstack-scs2-1-33-v2"_s);
        QCOMPARE(t.versions, QStringList{u"v1.33.10"_s});
        QVERIFY(t.versionsKnown);
        QVERIFY(t.fromRelease());
        QCOMPARE(t.stackId, u"openstack-scs2"_s);
        QCOMPARE(t.kubernetesMinor, u"1.33"_s);
        QCOMPARE(t.stackVersion, u"v2"_s);
        QVERIFY(t.versionField.validate(u"v1.33.10"_s).isEmpty());
        QVERIFY(!t.versionField.validate(u"v1.33.9"_s).isEmpty());
    }

    void shouldLetAPlainClassOrderATypedSemver()
    {
        const QList<OrderType> types =
            clusterClassOrderTypes(clusterResource(u"v1beta1"_s), seedCatalog());
        const OrderType &plain = types.last();
        QCOMPARE(plain.clusterClass, u"my-own-class"_s);
        QVERIFY(!plain.fromRelease());
        QVERIFY(!plain.versionsKnown);
        QVERIFY(plain.versions.isEmpty());
        QVERIFY(plain.versionField.validate(u"v1.33.7"_s).isEmpty());
        QVERIFY(!plain.versionField.validate(u"1.33"_s).isEmpty());
        QVERIFY(!plain.versionField.validate(u"v1.33.7; rm"_s).isEmpty());
        QVERIFY(!plain.versionField.validate(QString()).isEmpty());
    }

    void shouldReadTheStacksScs2Class()
    {
        const QJsonObject cls = readJson(u"clusterclass-openstack-scs2-1-33-v1.json"_s).object();
        const ClassCatalog catalog = ClassCatalog::fromLists(
            {cls}, {release(u"openstack-scs2-1-33-v1"_s, true, u"v1.33.9"_s)});
        const QList<OrderType> types =
            clusterClassOrderTypes(clusterResource(u"v1beta1"_s), catalog);
        QCOMPARE(types.size(), 1);
        QCOMPARE(types.first().versions, QStringList{u"v1.33.9"_s});
        QCOMPARE(types.first().options.size(), size_t(27));
        QVERIFY(types.first().option(u"oidcConfig"_s));
        QVERIFY(types.first().option(u"nodeCIDR"_s));
    }

    void shouldOfferUpgradesAsScsDoes_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("targets");
        QTest::newRow("v1 of 1.33: v2, then 1.34, never 1.35")
            << u"openstack-scs2-1-33-v1"_s << u"v1.33.9"_s
            << QStringList{u"openstack-scs2-1-33-v2 v1.33.10"_s, u"openstack-scs2-1-34-v1 v1.34.7"_s};
        QTest::newRow("v2 of 1.33: the next minor")
            << u"openstack-scs2-1-33-v2"_s << u"v1.33.10"_s
            << QStringList{u"openstack-scs2-1-34-v1 v1.34.7"_s};
        QTest::newRow("1.34: the next minor only")
            << u"openstack-scs2-1-34-v1"_s << u"v1.34.7"_s
            << QStringList{u"openstack-scs2-1-35-v1 v1.35.2"_s};
        QTest::newRow("newest: nothing") << u"openstack-scs2-1-35-v1"_s << u"v1.35.2"_s
                                         << QStringList{};
        QTest::newRow("never down: the cluster runs a newer patch")
            << u"openstack-scs2-1-33-v1"_s << u"v1.33.11"_s
            << QStringList{u"openstack-scs2-1-34-v1 v1.34.7"_s};
        QTest::newRow("another stack is not a target")
            << u"openstack-scs-1-31-v1"_s << u"v1.31.9"_s
            << QStringList{u"openstack-scs-1-32-v1 v1.32.5"_s};
        QTest::newRow("plain class: no stack targets") << u"my-own-class"_s << u"v1.33.1"_s
                                                       << QStringList{};
    }

    void shouldOfferUpgradesAsScsDoes()
    {
        QFETCH(QString, from);
        QFETCH(QString, version);
        QFETCH(QStringList, targets);
        const QList<OrderType> types =
            clusterClassOrderTypes(clusterResource(u"v1beta1"_s), seedCatalog());
        QStringList got;
        for (const UpgradeTarget &t : upgradeTargets(types, from, version))
            got.append(t.clusterClass + u' ' + t.version);
        QCOMPARE(got, targets);
    }

    void shouldSayWhatAnUpgradeChanges()
    {
        const QList<OrderType> types =
            clusterClassOrderTypes(clusterResource(u"v1beta1"_s), seedCatalog());
        const OrderType &v1 = types.at(4); // a, b
        const OrderType &minor = types.at(2); // a, c (required, no default)
        const OrderType &v2 = types.at(3); // a
        QCOMPARE(v1.clusterClass, u"openstack-scs2-1-33-v1"_s);
        const QJsonObject c = cluster(u"cluster.x-k8s.io/v1beta1"_s, v1.clusterClass,
                                      u"v1.33.9"_s, {u"a"_s, u"b"_s});
        const UpgradeChange toV2 = planUpgrade(c, &v1, v2, u"v1.33.10"_s);
        QCOMPARE(toV2.fromClass, u"openstack-scs2-1-33-v1"_s);
        QCOMPARE(toV2.toClass, u"openstack-scs2-1-33-v2"_s);
        QCOMPARE(toV2.removedVariables, QStringList{u"b"_s});
        QVERIFY(toV2.possible());
        const UpgradeChange toMinor = planUpgrade(c, &v1, minor, u"v1.34.7"_s);
        QCOMPARE(toMinor.missingRequired, QStringList{u"c"_s});
        QCOMPARE(toMinor.newVariables, QStringList{u"c"_s});
        QVERIFY(!toMinor.possible());
        const auto refused = upgradePatch(c, &v1, minor, u"v1.34.7"_s);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"c"_s));
    }

    void shouldPatchClassAndVersionTogether_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("classPath");
        QTest::newRow("v1beta1") << u"cluster.x-k8s.io/v1beta1"_s << u"/spec/topology/class"_s;
        QTest::newRow("v1beta2") << u"cluster.x-k8s.io/v1beta2"_s
                                 << u"/spec/topology/classRef/name"_s;
    }

    void shouldPatchClassAndVersionTogether()
    {
        QFETCH(QString, apiVersion);
        QFETCH(QString, classPath);
        const QList<OrderType> types =
            clusterClassOrderTypes(clusterResource(apiVersion.section(u'/', 1)), seedCatalog());
        const OrderType &v1 = types.at(4);
        const OrderType &v2 = types.at(3);
        const QJsonObject c =
            cluster(apiVersion, v1.clusterClass, u"v1.33.9"_s, {u"a"_s, u"b"_s});
        const auto patch = upgradePatch(c, &v1, v2, u"v1.33.10"_s);
        QVERIFY2(patch, qPrintable(patch ? QString() : patch.error().message));
        auto op = [](const QString &o, const QString &path, const QJsonValue &value) {
            return QJsonObject{{u"op"_s, o}, {u"path"_s, path}, {u"value"_s, value}};
        };
        const QJsonArray expected{
            op(u"test"_s, classPath, u"openstack-scs2-1-33-v1"_s),
            op(u"test"_s, u"/spec/topology/version"_s, u"v1.33.9"_s),
            op(u"replace"_s, classPath, u"openstack-scs2-1-33-v2"_s),
            op(u"replace"_s, u"/spec/topology/version"_s, u"v1.33.10"_s),
            op(u"test"_s, u"/spec/topology/variables/1/name"_s, u"b"_s),
            QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, u"/spec/topology/variables/1"_s}}};
        QCOMPARE(*patch, expected);
        // Not down, not what the class does not build.
        QVERIFY(!upgradePatch(c, &v1, v2, u"v1.33.8"_s));
        const QJsonObject newer =
            cluster(apiVersion, v1.clusterClass, u"v1.33.11"_s, {u"a"_s});
        QVERIFY(!upgradePatch(newer, &v1, v2, u"v1.33.10"_s));
    }

    void shouldWriteAndReadTheTopologyClassOfBothVersions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("key");
        QTest::newRow("v1beta1") << u"v1beta1"_s << u"class"_s;
        QTest::newRow("v1beta2") << u"v1beta2"_s << u"classRef"_s;
    }

    void shouldWriteAndReadTheTopologyClassOfBothVersions()
    {
        QFETCH(QString, version);
        QFETCH(QString, key);
        const QList<OrderType> types =
            clusterClassOrderTypes(clusterResource(version), seedCatalog());
        const OrderType &t = types.at(3);
        ConnectionProfile profile;
        Order o = defaultOrder(t, u"tenant-a"_s, profile);
        const QJsonObject object = buildObject(o, t);
        QCOMPARE(object.value("apiVersion"_L1).toString(), u"cluster.x-k8s.io/"_s + version);
        const QJsonObject topology =
            object.value("spec"_L1).toObject().value("topology"_L1).toObject();
        QVERIFY(topology.contains(key));
        QVERIFY(!topology.contains(key == "class"_L1 ? "classRef"_L1 : "class"_L1));
        QCOMPARE(topologyClass(topology), t.clusterClass);
        QCOMPARE(validateObject(object, t, u"tenant-a"_s), QList<FieldIssue>{});
        const auto back = orderFromObject(object, t);
        QVERIFY(back);
        QCOMPARE(back->clusterClass, t.clusterClass);
        QCOMPARE(back->version, u"v1.33.10"_s);
        const ClusterStatus s = ClusterStatus::fromObject(OrderKind::ClusterApi, object);
        QCOMPARE(s.clusterClass, t.clusterClass);
        // Another class is named at the shape's own path.
        QJsonObject wrong = object;
        QJsonObject spec = wrong.value("spec"_L1).toObject();
        QJsonObject top = spec.value("topology"_L1).toObject();
        if (key == "class"_L1)
            top.insert(u"class"_s, u"other"_s);
        else
            top.insert(u"classRef"_s, QJsonObject{{u"name"_s, u"other"_s}});
        spec.insert(u"topology"_s, top);
        wrong.insert(u"spec"_s, spec);
        const QList<FieldIssue> issues = validateObject(wrong, t, u"tenant-a"_s);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, key == "class"_L1 ? u"spec.topology.class"_s
                                                        : u"spec.topology.classRef.name"_s);
    }

    void shouldReadAV1beta2ClusterStatus()
    {
        const QJsonObject object = readJson(u"capi-cluster-v1beta2.json"_s).object();
        const ClusterStatus s = ClusterStatus::fromObject(OrderKind::ClusterApi, object);
        QCOMPARE(s.clusterClass, u"openstack-scs2-1-33-v1"_s);
        QCOMPARE(s.version, u"v1.33.9"_s);
        QVERIFY(s.ready); // Available=True, phase Provisioned
        QCOMPARE(s.controlPlaneDesired, 1);
        QCOMPARE(s.controlPlaneReady, 1);
        QCOMPARE(s.kubeconfigSecret, u"v2-kubeconfig"_s);
    }
};

QTEST_GUILESS_MAIN(TestClassCatalog)
#include "tst_classcatalog.moc"
