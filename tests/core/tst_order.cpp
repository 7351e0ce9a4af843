// The orders module's pure functions (src/orders/order.h, field.h, clusterstatus.h): order types
// from the stack's real ClusterClass and claim schema, validation, the object builder, defaults,
// upgrades and 422 causes.

#include "orders/clusterstatus.h"
#include "orders/order.h"
#include "yaml/yaml.h"

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

OrderType capiType()
{
    kube::ApiResource r;
    r.group = u"cluster.x-k8s.io"_s;
    r.version = u"v1beta1"_s;
    r.kind = u"Cluster"_s;
    r.plural = u"clusters"_s;
    r.namespaced = true;
    // The class comes with its ClusterStackRelease, which names the version it builds.
    const QJsonObject cls = readJson(u"clusterclass-openstack-scs-1-33-v1.json"_s).object();
    const QJsonObject release{
        {u"metadata"_s, QJsonObject{{u"name"_s, u"openstack-scs-1-33-v1"_s}}},
        {u"status"_s, QJsonObject{{u"ready"_s, true}, {u"kubernetesVersion"_s, u"v1.33.5"_s}}}};
    const ClassCatalog catalog = ClassCatalog::fromLists({cls}, {release});
    return *clusterClassOrderType(r, cls, catalog.find(u"openstack-scs-1-33-v1"_s));
}

OrderType claimType()
{
    kube::ApiResource r;
    r.group = u"api.scs.community"_s;
    r.version = u"v1alpha1"_s;
    r.kind = u"Cluster"_s;
    r.plural = u"clusters"_s;
    r.namespaced = true;
    return *claimOrderType(r, readJson(u"claim-cluster-schema.json"_s).object());
}

ConnectionProfile profile()
{
    ConnectionProfile p;
    p.name = u"stack"_s;
    p.apiUrl = QUrl(u"https://api.example.test:6443"_s);
    p.issuerUrl = QUrl(u"https://id.example.test/realms/scs/"_s);
    p.clientId = u"scs-console"_s;
    return p;
}

// The order the builder test and the validation rows start from: two pools, a changed
// variable.
Order capiOrder()
{
    Order o = defaultOrder(capiType(), u"tenant-a"_s, profile());
    o.name = u"orders-capi"_s;
    o.controlPlaneReplicas = 3;
    o.workers = {{u"md-0"_s, u"default-worker"_s, 2, {}, std::nullopt},
                 {u"md-1"_s, u"default-worker"_s, 1, u"zone-b"_s, std::nullopt}};
    o.values.insert(u"worker_flavor"_s, u"SCS-8V-32"_s);
    return o;
}

// Sets (or with an Undefined value removes) the value at a "/"-separated path; "@name" picks
// the list item whose "name" is name.
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        qsizetype i = -1;
        if (key.startsWith(u'@')) {
            for (qsizetype j = 0; j < a.size(); ++j) {
                if (a.at(j).toObject().value("name"_L1).toString() == key.mid(1))
                    i = j;
            }
        } else {
            i = key.toInt();
        }
        if (i < 0)
            qFatal("no item %s", qPrintable(key));
        if (path.isEmpty() && value.isUndefined())
            a.removeAt(i);
        else if (i == a.size())
            a.append(setAt(QJsonValue(), path, value));
        else
            a[i] = setAt(a.at(i), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(key);
    else
        o.insert(key, setAt(o.value(key), path, value));
    return o;
}

QJsonValue parsed(const QString &json)
{
    if (json == "<remove>"_L1)
        return QJsonValue(QJsonValue::Undefined);
    return QJsonDocument::fromJson("[" + json.toUtf8() + "]").array().at(0);
}

QStringList issueStrings(const QList<FieldIssue> &issues)
{
    QStringList s;
    for (const FieldIssue &i : issues)
        s.append(i.toString());
    return s;
}

} // namespace

class TestOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadTheClusterClassAsAForm()
    {
        const OrderType t = capiType();
        QCOMPARE(t.kind, OrderKind::ClusterApi);
        QCOMPARE(t.id(), u"clusters.cluster.x-k8s.io/openstack-scs-1-33-v1"_s);
        QCOMPARE(t.displayName, u"SCS cluster stack for OpenStack, Kubernetes 1.33 (v1)"_s);
        QCOMPARE(t.versions, QStringList{u"v1.33.5"_s});
        QVERIFY(t.versionsKnown);
        QCOMPARE(t.workerClasses, QStringList{u"default-worker"_s});
        QStringList names;
        for (const Field &f : t.options)
            names.append(f.name);
        QCOMPARE(names, (QStringList{u"controller_flavor"_s, u"worker_flavor"_s,
                                     u"external_id"_s, u"controller_server_group_policy"_s,
                                     u"worker_root_disk_gb"_s, u"dns_nameservers"_s,
                                     u"node_cidr"_s, u"oidc_config"_s}));
        const Field *disk = t.option(u"worker_root_disk_gb"_s);
        QCOMPARE(disk->type, Field::Type::Integer);
        QCOMPARE(disk->minimum.value_or(-1), 0.0);
        QCOMPARE(disk->maximum.value_or(-1), 500.0);
        QCOMPARE(disk->defaultValue, QJsonValue(50));
        QCOMPARE(disk->path, u"spec.topology.variables[worker_root_disk_gb].value"_s);
        const Field *external = t.option(u"external_id"_s);
        QVERIFY(external->required);
        QVERIFY(external->pattern.startsWith(u"^[0-9a-f]{8}"_s));
        QCOMPARE(external->example, QJsonValue(u"ebfe5546-f09f-4f42-ab54-094e457d42ec"_s));
        const Field *dns = t.option(u"dns_nameservers"_s);
        QCOMPARE(dns->type, Field::Type::Array);
        QCOMPARE(dns->maxItems.value_or(-1), 3);
        QCOMPARE(int(dns->items.size()), 1);
        QCOMPARE(dns->items.front().format, u"ipv4"_s);
        const Field *oidc = t.option(u"oidc_config"_s);
        QCOMPARE(oidc->type, Field::Type::Object);
        QVERIFY(!oidc->required);
        const Field *issuer = oidc->property(u"issuer_url"_s);
        QVERIFY(issuer && issuer->required);
        QCOMPARE(issuer->pattern, u"^https://"_s);
        QCOMPARE(issuer->path, u"spec.topology.variables[oidc_config].value.issuer_url"_s);
        QCOMPARE(oidc->property(u"client_id"_s)->defaultValue, QJsonValue(u"scs-console"_s));
        QCOMPARE(t.controlPlaneReplicasField.enumValues, (QJsonArray{1, 3, 5}));
        QCOMPARE(t.workerPoolField.property(u"class"_s)->enumValues,
                 QJsonArray{u"default-worker"_s});
        QCOMPARE(t.workerPoolField.property(u"replicas"_s)->minimum.value_or(-1), 1.0);
    }

    void shouldReadTheClaimSchemaAsAForm()
    {
        const OrderType t = claimType();
        QCOMPARE(t.kind, OrderKind::Claim);
        QCOMPARE(t.id(), u"clusters.api.scs.community"_s);
        QCOMPARE(t.versions, (QStringList{u"1.34"_s, u"1.33"_s, u"1.32"_s, u"1.31"_s}));
        QVERIFY(t.versionField.required);
        QCOMPARE(t.versionField.path, u"spec.version"_s);
        QCOMPARE(t.controlPlaneReplicasField.enumValues, (QJsonArray{1, 3}));
        QCOMPARE(t.controlPlaneReplicasField.path, u"spec.controlPlane.replicas"_s);
        const Field *workers = t.workerPoolField.property(u"replicas"_s);
        QVERIFY(workers);
        QCOMPARE(workers->minimum.value_or(-1), 0.0);
        QCOMPARE(workers->maximum.value_or(-1), 20.0);
        QCOMPARE(workers->defaultValue, QJsonValue(3));
        QStringList names;
        for (const Field &f : t.options)
            names.append(f.name);
        QCOMPARE(names, (QStringList{u"controlPlane"_s, u"description"_s, u"workers"_s}));
        QVERIFY(!t.option(u"controlPlane"_s)->property(u"replicas"_s));
        QCOMPARE(t.option(u"workers"_s)->property(u"flavor"_s)->path, u"spec.workers.flavor"_s);
        QCOMPARE(t.option(u"description"_s)->maxLength.value_or(-1), 256);
    }

    void shouldOrderAFirstClusterWithNothingButDefaults()
    {
        const OrderType t = capiType();
        const Order o = defaultOrder(t, u"tenant-a"_s, profile(),
                                     {u"tenant-a-cluster-1"_s, u"alpha"_s});
        QCOMPARE(o.name, u"tenant-a-cluster-2"_s);
        QCOMPARE(o.version, u"v1.33.5"_s);
        QCOMPARE(o.controlPlaneReplicas, 1);
        QCOMPARE(o.workers.size(), 1);
        QCOMPARE(o.workers.first().workerClass, u"default-worker"_s);
        // The cluster accepts the console's own sign-in.
        const QJsonObject oidc = o.values.value("oidc_config"_L1).toObject();
        QCOMPARE(oidc.value("issuer_url"_L1).toString(), u"https://id.example.test/realms/scs"_s);
        QCOMPARE(oidc.value("client_id"_L1).toString(), u"scs-console"_s);
        QCOMPARE(oidc.value("username_claim"_L1).toString(), u"preferred_username"_s);
        QCOMPARE(o.values.value("external_id"_L1).toString(),
                 u"ebfe5546-f09f-4f42-ab54-094e457d42ec"_s);
        QCOMPARE(o.values.value("worker_root_disk_gb"_L1), QJsonValue(50));
        QCOMPARE(issueStrings(validateOrder(o, t, {u"alpha"_s})), QStringList{});

        const OrderType c = claimType();
        const Order claim = defaultOrder(c, u"tenant-a"_s, profile(), {u"demo"_s});
        QCOMPARE(claim.name, u"tenant-a-cluster-1"_s);
        QCOMPARE(claim.version, u"1.34"_s);
        QCOMPARE(claim.workers.first().replicas, 3);
        QCOMPARE(issueStrings(validateOrder(claim, c)), QStringList{});
    }

    void shouldLeaveOutAnOidcBlockWhenTheProfileHasNoIssuer()
    {
        ConnectionProfile p = profile();
        p.issuerUrl = QUrl();
        const Order o = defaultOrder(capiType(), u"tenant-a"_s, p);
        QVERIFY(!o.values.contains("oidc_config"_L1));
        QCOMPARE(issueStrings(validateOrder(o, capiType())), QStringList{});
    }

    void shouldSuggestAFreeName_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first") << u"tenant-a"_s << QStringList{} << u"tenant-a-cluster-1"_s;
        QTest::newRow("next free")
            << u"tenant-a"_s << QStringList{u"tenant-a-cluster-1"_s, u"tenant-a-cluster-3"_s}
            << u"tenant-a-cluster-2"_s;
        QTest::newRow("long tenant") << QString(70, u'a') << QStringList{}
                                     << QString(53, u'a') + u"-cluster-1"_s;
    }

    void shouldSuggestAFreeName()
    {
        QFETCH(QString, tenant);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        const QString name = suggestName(tenant, taken);
        QCOMPARE(name, expected);
        QCOMPARE(checkDnsLabel(name), QString());
    }

    void shouldBuildTheExactObject_data()
    {
        QTest::addColumn<bool>("claim");
        QTest::addColumn<QString>("expectedFile");
        QTest::newRow("Cluster API, two pools, changed variable")
            << false << u"expected-capi-order.json"_s;
        QTest::newRow("claim") << true << u"expected-claim-order.json"_s;
    }

    void shouldBuildTheExactObject()
    {
        QFETCH(bool, claim);
        QFETCH(QString, expectedFile);
        QJsonObject built;
        if (claim) {
            const OrderType t = claimType();
            Order o = defaultOrder(t, u"tenant-a"_s, profile());
            o.name = u"orders-claim"_s;
            o.version = u"1.33"_s;
            o.workers.first().replicas = 2;
            o.values.insert(u"workers"_s, QJsonObject{{u"flavor"_s, u"SCS-4V-16"_s}});
            built = buildObject(o, t);
            QCOMPARE(orderFromObject(built, t).value(), o);
        } else {
            const OrderType t = capiType();
            built = buildObject(capiOrder(), t);
            QCOMPARE(orderFromObject(built, t).value(), capiOrder());
        }
        const QByteArray text = QJsonDocument(built).toJson();
        if (qEnvironmentVariableIsSet("SCS_UPDATE_FIXTURES")) {
            QFile f(QStringLiteral(SCS_TEST_DATA "/orders/") + expectedFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        QCOMPARE(built, readJson(expectedFile).object());
    }

    void shouldStopInvalidOrdersAtTheField_data()
    {
        QTest::addColumn<bool>("claim");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("replicas below minimum")
            << false << u"/spec/topology/workers/machineDeployments/1/replicas"_s << u"0"_s
            << u"spec.topology.workers.machineDeployments[1].replicas: must be at least 1"_s;
        QTest::newRow("control plane even")
            << false << u"/spec/topology/controlPlane/replicas"_s << u"2"_s
            << u"spec.topology.controlPlane.replicas: must be one of 1, 3, 5"_s;
        QTest::newRow("version not allowed")
            << false << u"/spec/topology/version"_s << u"\"v1.32.9\""_s
            << u"spec.topology.version: must be one of \"v1.33.5\""_s;
        QTest::newRow("missing required variable")
            << false << u"/spec/topology/variables/@external_id"_s << u"<remove>"_s
            << u"spec.topology.variables[external_id].value: is required"_s;
        QTest::newRow("not in enum")
            << false << u"/spec/topology/variables/@worker_flavor/value"_s << u"\"SCS-1V-1\""_s
            << u"spec.topology.variables[worker_flavor].value: must be one of \"SCS-2V-4\", "
               u"\"SCS-4V-8\", \"SCS-4V-16\", \"SCS-8V-32\", \"SCS-16V-64\""_s;
        QTest::newRow("bad pattern")
            << false << u"/spec/topology/variables/@external_id/value"_s << u"\"public\""_s
            << u"spec.topology.variables[external_id].value: must match the pattern "
               u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s;
        QTest::newRow("above maximum")
            << false << u"/spec/topology/variables/@worker_root_disk_gb/value"_s << u"501"_s
            << u"spec.topology.variables[worker_root_disk_gb].value: must be at most 500"_s;
        QTest::newRow("wrong type")
            << false << u"/spec/topology/variables/@worker_root_disk_gb/value"_s << u"\"50\""_s
            << u"spec.topology.variables[worker_root_disk_gb].value: must be a whole number"_s;
        QTest::newRow("nested pattern")
            << false << u"/spec/topology/variables/@oidc_config/value/issuer_url"_s
            << u"\"http://id.example.test\""_s
            << u"spec.topology.variables[oidc_config].value.issuer_url: must match the "
               u"pattern ^https://"_s;
        QTest::newRow("nested required")
            << false << u"/spec/topology/variables/@oidc_config/value/issuer_url"_s
            << u"<remove>"_s
            << u"spec.topology.variables[oidc_config].value.issuer_url: is required"_s;
        QTest::newRow("too many items")
            << false << u"/spec/topology/variables/@dns_nameservers/value"_s
            << u"[\"1.1.1.1\",\"8.8.8.8\",\"9.9.9.9\",\"1.0.0.1\"]"_s
            << u"spec.topology.variables[dns_nameservers].value: must have at most 3 item(s)"_s;
        QTest::newRow("item type")
            << false << u"/spec/topology/variables/@dns_nameservers/value"_s << u"[1]"_s
            << u"spec.topology.variables[dns_nameservers].value[0]: must be a string"_s;
        QTest::newRow("unknown variable")
            << false << u"/spec/topology/variables/8"_s
            << u"{\"name\":\"flavour\",\"value\":\"x\"}"_s
            << u"spec.topology.variables[flavour]: is not a variable of the ClusterClass "
               u"openstack-scs-1-33-v1"_s;
        QTest::newRow("unknown worker class")
            << false << u"/spec/topology/workers/machineDeployments/0/class"_s
            << u"\"gpu-worker\""_s
            << u"spec.topology.workers.machineDeployments[0].class: must be one of "
               u"\"default-worker\""_s;
        QTest::newRow("pool name twice")
            << false << u"/spec/topology/workers/machineDeployments/1/name"_s << u"\"md-0\""_s
            << u"spec.topology.workers.machineDeployments[1].name: is used by another pool"_s;
        QTest::newRow("pool name not a label")
            << false << u"/spec/topology/workers/machineDeployments/1/name"_s << u"\"Pool 1\""_s
            << u"spec.topology.workers.machineDeployments[1].name: must consist of lowercase "
               u"letters, digits and '-', and start and end with a letter or digit"_s;
        QTest::newRow("other class")
            << false << u"/spec/topology/class"_s << u"\"other\""_s
            << u"spec.topology.class: must be openstack-scs-1-33-v1"_s;
        QTest::newRow("bad name")
            << false << u"/metadata/name"_s << u"\"Orders_Cluster\""_s
            << u"metadata.name: must consist of lowercase letters, digits and '-', and start "
               u"and end with a letter or digit"_s;
        QTest::newRow("name too long")
            << false << u"/metadata/name"_s << u"\""_s + QString(64, u'a') + u"\""_s
            << u"metadata.name: must have at most 63 characters"_s;
        QTest::newRow("name taken") << false << u"/metadata/name"_s << u"\"alpha\""_s
                                    << u"metadata.name: is already taken in tenant-a"_s;
        QTest::newRow("other tenant")
            << false << u"/metadata/namespace"_s << u"\"tenant-b\""_s
            << u"metadata.namespace: must be the tenant tenant-a"_s;
        QTest::newRow("claim version not allowed")
            << true << u"/spec/version"_s << u"\"1.30\""_s
            << u"spec.version: must be one of \"1.31\", \"1.32\", \"1.33\", \"1.34\""_s;
        QTest::newRow("claim version missing")
            << true << u"/spec/version"_s << u"<remove>"_s << u"spec.version: is required"_s;
        QTest::newRow("claim workers above maximum")
            << true << u"/spec/workers/replicas"_s << u"21"_s
            << u"spec.workers.replicas: must be at most 20"_s;
        QTest::newRow("claim control plane")
            << true << u"/spec/controlPlane/replicas"_s << u"5"_s
            << u"spec.controlPlane.replicas: must be one of 1, 3"_s;
        QTest::newRow("claim description too long")
            << true << u"/spec/description"_s << u"\""_s + QString(257, u'x') + u"\""_s
            << u"spec.description: must have at most 256 character(s)"_s;
        QTest::newRow("claim flavor")
            << true << u"/spec/workers/flavor"_s << u"\"SCS-1V-1\""_s
            << u"spec.workers.flavor: must be one of \"SCS-2V-4\", \"SCS-4V-8\", "
               u"\"SCS-4V-16\", \"SCS-8V-32\""_s;
        QTest::newRow("wrong kind")
            << true << u"/apiVersion"_s << u"\"cluster.x-k8s.io/v1beta1\""_s
            << u"apiVersion: must be api.scs.community/v1alpha1 (this is a Cluster API "
               u"cluster)"_s;
    }

    void shouldStopInvalidOrdersAtTheField()
    {
        QFETCH(bool, claim);
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const OrderType t = claim ? claimType() : capiType();
        const Order o = claim ? defaultOrder(t, u"tenant-a"_s, profile()) : capiOrder();
        QJsonObject object = buildObject(o, t);
        QCOMPARE(issueStrings(validateObject(object, t, u"tenant-a"_s, {u"alpha"_s})),
                 QStringList{});
        object = setAt(object, path.mid(1).split(u'/'), parsed(value)).toObject();
        QCOMPARE(issueStrings(validateObject(object, t, u"tenant-a"_s, {u"alpha"_s})),
                 QStringList{expected});
    }

    void shouldOnlyUpgrade_data()
    {
        QTest::addColumn<QStringList>("versions");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("error"); // empty: allowed
        const QStringList offered{u"v1.33.5"_s, u"v1.33.10"_s, u"v1.32.9"_s};
        QTest::newRow("patch up") << offered << u"v1.33.5"_s << u"v1.33.10"_s << QString();
        QTest::newRow("downgrade") << offered << u"v1.33.5"_s << u"v1.32.9"_s
                                   << u"v1.32.9 is older than v1.33.5: Kubernetes clusters "
                                      u"cannot be downgraded."_s;
        QTest::newRow("same") << offered << u"v1.33.5"_s << u"v1.33.5"_s
                              << u"The cluster already runs v1.33.5."_s;
        QTest::newRow("not offered")
            << offered << u"v1.33.5"_s << u"v1.34.0"_s
            << u"The version v1.34.0 is not offered: must be one of \"v1.33.5\", \"v1.33.10\", "
               u"\"v1.32.9\""_s;
    }

    void shouldOnlyUpgrade()
    {
        QFETCH(QStringList, versions);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, error);
        // A type that offers several versions (as the claim's schema does).
        OrderType t = capiType();
        t.versions = versions;
        t.versionField.enumValues = QJsonArray::fromStringList(versions);
        const auto r = checkUpgrade(t, from, to);
        QCOMPARE(r ? QString() : r.error().message, error);
    }

    void shouldCheckTheVersionFormatWhenTheClassNamesNone()
    {
        // No ClusterStackRelease of that name: a plain Cluster API class.
        const QJsonObject cc = readJson(u"clusterclass-openstack-scs-1-33-v1.json"_s).object();
        const OrderType t = *clusterClassOrderType({}, cc);
        QVERIFY(!t.versionsKnown);
        QVERIFY(t.versionField.validate(u"v1.34.1"_s).isEmpty());
        QCOMPARE(issueStrings(t.versionField.validate(u"1.34"_s)),
                 QStringList{u"spec.topology.version: must match the pattern "
                             u"^v[0-9]+\\.[0-9]+\\.[0-9]+$"_s});
    }

    void shouldMapServerCausesToFields_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("several")
            << u"Cluster.cluster.x-k8s.io \"x\" is invalid: [spec.topology.workers."
               u"machineDeployments[0].replicas: Invalid value: -1: must be greater than or "
               u"equal to 0, metadata.name: Invalid value: \"X\": a lowercase RFC 1123 label, "
               u"e.g. 'my-name']"_s
            << QStringList{u"spec.topology.workers.machineDeployments[0].replicas: Invalid "
                           u"value: -1: must be greater than or equal to 0"_s,
                           u"metadata.name: Invalid value: \"X\": a lowercase RFC 1123 label, "
                           u"e.g. 'my-name'"_s};
        QTest::newRow("one")
            << u"Cluster.api.scs.community \"y\" is invalid: spec.version: Unsupported value: "
               u"\"1.2\": supported values: \"1.31\", \"1.32\""_s
            << QStringList{u"spec.version: Unsupported value: \"1.2\": supported values: "
                           u"\"1.31\", \"1.32\""_s};
        QTest::newRow("no causes") << u"admission webhook denied the request"_s
                                   << QStringList{u"admission webhook denied the request"_s};
    }

    void shouldMapServerCausesToFields()
    {
        QFETCH(QString, message);
        QFETCH(QStringList, expected);
        QCOMPARE(issueStrings(issuesFromStatusMessage(message)), expected);
    }

    // A form shows a value as it would be typed, and reads typed text back as the field's type.
    void shouldShowValuesAsTypedAndReadThemBack()
    {
        QCOMPARE(valueText(QJsonValue(3.0)), u"3"_s);
        QCOMPARE(valueText(QJsonValue(2.5)), u"2.5"_s);
        QCOMPARE(valueText(QJsonValue(true)), u"true"_s);
        QCOMPARE(valueText(QJsonValue(u"a b"_s)), u"a b"_s);
        QCOMPARE(valueText(QJsonArray{1, u"x"_s}), u"[1,\"x\"]"_s);
        QCOMPARE(valueText(QJsonObject{{u"k"_s, 1}}), u"{\"k\":1}"_s);
        QCOMPARE(valueText(QJsonValue()), QString());
        QCOMPARE(valueFromText(Field::Type::Integer, u" 42 "_s), QJsonValue(42));
        QCOMPARE(valueFromText(Field::Type::Number, u"1.5"_s), QJsonValue(1.5));
        QCOMPARE(valueFromText(Field::Type::Integer, u"many"_s), QJsonValue(u"many"_s));
        QCOMPARE(valueFromText(Field::Type::Boolean, u"false"_s), QJsonValue(false));
        QCOMPARE(valueFromText(Field::Type::Boolean, u"no"_s), QJsonValue(u"no"_s));
        QCOMPARE(valueFromText(Field::Type::String, u"7"_s), QJsonValue(u"7"_s));
    }

    // The CLI and the wizard mark an issue at the YAML line its path names; variables are named
    // by "name" in issue paths but are list items in the YAML.
    void shouldFindTheYamlPathOfAnIssue_data()
    {
        QTest::addColumn<QString>("issuePath");
        QTest::addColumn<QStringList>("yamlPath");
        QTest::addColumn<int>("line");
        QTest::newRow("plain keys") << u"spec.topology.version"_s
                                    << QStringList{"spec", "topology", "version"} << 5;
        QTest::newRow("variable by name")
            << u"spec.topology.variables[disk].value"_s
            << QStringList{"spec", "topology", "variables", "1", "value"} << 10;
        QTest::newRow("below a variable")
            << u"spec.topology.variables[oidc].value.issuer_url"_s
            << QStringList{"spec", "topology", "variables", "0", "value", "issuer_url"} << 8;
        QTest::newRow("by index stays")
            << u"spec.topology.variables[1].name"_s
            << QStringList{"spec", "topology", "variables", "1", "name"} << 9;
        QTest::newRow("a name set twice: its first item")
            << u"spec.topology.variables[oidc]"_s
            << QStringList{"spec", "topology", "variables", "0"} << 7;
        QTest::newRow("unknown name: the list")
            << u"spec.topology.variables[flavour].value"_s
            << QStringList{"spec", "topology", "variables", "flavour", "value"} << 6;
    }

    void shouldFindTheYamlPathOfAnIssue()
    {
        QFETCH(QString, issuePath);
        QFETCH(QStringList, yamlPath);
        QFETCH(int, line);
        const QByteArray text = "apiVersion: cluster.x-k8s.io/v1beta1\n" // 1
                                "kind: Cluster\n"
                                "spec:\n"
                                "  topology:\n"
                                "    version: v1.33.1\n" // 5
                                "    variables:\n"
                                "    - name: oidc\n"
                                "      value: {issuer_url: x}\n"
                                "    - name: disk\n"
                                "      value: 50\n" // 10
                                "    - name: oidc\n"
                                "      value: {}\n";
        const auto object = yaml::toJsonDocument(text);
        QVERIFY(object);
        QCOMPARE(yamlPathOf(issuePath, object->object()), yamlPath);
        const auto at = yaml::locateNearest(text, yamlPath);
        QVERIFY(at);
        QCOMPARE(at->line, line);
    }

    void shouldReadTheStatusOfEitherKind()
    {
        ClusterStatus capi = ClusterStatus::fromObject(
            OrderKind::ClusterApi, readJson(u"capi-cluster-alpha.json"_s).object());
        QCOMPARE(capi.ref, (ClusterRef{OrderKind::ClusterApi, u"tenant-a"_s, u"alpha"_s}));
        QCOMPARE(capi.phase, u"Provisioned"_s);
        QVERIFY(capi.ready);
        QVERIFY(!capi.failed);
        QCOMPARE(capi.version, u"v1.33.5"_s);
        QCOMPARE(capi.clusterClass, u"openstack-scs-1-33-v1"_s);
        QCOMPARE(capi.controlPlaneReady, 1);
        QCOMPARE(capi.controlPlaneDesired, 1);
        QCOMPARE(capi.workersDesired(), 2);
        QCOMPARE(capi.workers.first().readyKnown, false);
        QCOMPARE(capi.kubeconfigSecret, u"alpha-kubeconfig"_s);
        QCOMPARE(capi.conditions.size(), 4);
        QCOMPARE(capi.conditions.first().lastTransitionTime,
                 QDateTime(QDate(2026, 11, 25), QTime(8, 57, 41), Qt::UTC));
        for (const QJsonValue &md : readJson(u"capi-machinedeployments-alpha.json"_s).array())
            QVERIFY(capi.applyMachineDeployment(md.toObject()));
        QCOMPARE(capi.workersReady(), 2);
        QCOMPARE(capi.conditionSummary(), u"Ready"_s);

        const ClusterStatus claim = ClusterStatus::fromObject(
            OrderKind::Claim, readJson(u"claim-cluster-demo.json"_s).object());
        QCOMPARE(claim.ref, (ClusterRef{OrderKind::Claim, u"tenant-a"_s, u"demo"_s}));
        QCOMPARE(claim.version, u"1.33"_s);
        QVERIFY(claim.runningVersion.startsWith(u"v1.33."_s));
        QVERIFY(claim.ready);
        QCOMPARE(claim.displayPhase(), u"Provisioned"_s);
    }

    void shouldTellTheKindsApart_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected"); // -1: refused
        QTest::newRow("claim") << u"api.scs.community/v1alpha1"_s << u"Cluster"_s
                               << int(OrderKind::Claim);
        QTest::newRow("capi") << u"cluster.x-k8s.io/v1beta1"_s << u"Cluster"_s
                              << int(OrderKind::ClusterApi);
        QTest::newRow("class") << u"cluster.x-k8s.io/v1beta1"_s << u"ClusterClass"_s << -1;
        QTest::newRow("other group") << u"example.com/v1"_s << u"Cluster"_s << -1;
        QTest::newRow("core") << u"v1"_s << u"Cluster"_s << -1;
    }

    void shouldTellTheKindsApart()
    {
        QFETCH(QString, apiVersion);
        QFETCH(QString, kind);
        QFETCH(int, expected);
        const auto k = orderKindOf({{u"apiVersion"_s, apiVersion}, {u"kind"_s, kind}});
        QCOMPARE(k ? int(*k) : -1, expected);
    }
};

QTEST_GUILESS_MAIN(TestOrder)
#include "tst_order.moc"
