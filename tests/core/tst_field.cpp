// Fields of real SCS classes (src/orders/field.h, order.h): readable labels that keep acronyms
// whole, formats checked (uuid, cidr, ip, hostname, uri), the OIDC pre-fill found by the
// schema (scs2's oidcConfig.issuerURL/clientID, scs's oidc_config.issuer_url/client_id), and a
// half-filled OIDC object refused. Fixtures: the stack's rendered scs2 and scs classes.

#include "orders/classcatalog.h"
#include "orders/field.h"
#include "orders/order.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace scs;
using namespace scs::orders;
using namespace Qt::StringLiterals;

namespace {

QJsonObject readJson(const QString &name)
{
    QFile f(QStringLiteral(SCS_TEST_DATA "/orders/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

OrderType typeOf(const QString &fixture, const QString &name, const QString &version)
{
    kube::ApiResource r;
    r.group = u"cluster.x-k8s.io"_s;
    r.version = u"v1beta1"_s;
    r.kind = u"Cluster"_s;
    r.plural = u"clusters"_s;
    r.namespaced = true;
    const QJsonObject release{
        {u"metadata"_s, QJsonObject{{u"name"_s, name}}},
        {u"status"_s, QJsonObject{{u"ready"_s, true}, {u"kubernetesVersion"_s, version}}}};
    const QList<OrderType> types =
        clusterClassOrderTypes(r, ClassCatalog::fromLists({readJson(fixture)}, {release}));
    if (types.size() != 1)
        qFatal("no type from %s", qPrintable(fixture));
    return types.first();
}

OrderType scs2()
{
    return typeOf(u"clusterclass-openstack-scs2-1-33-v1.json"_s, u"openstack-scs2-1-33-v1"_s,
                  u"v1.33.9"_s);
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

} // namespace

class TestField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepAcronymsWholeInLabels_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("title");
        QTest::newRow("camel") << u"controlPlane"_s << u"Control plane"_s;
        QTest::newRow("cidr") << u"nodeCIDR"_s << u"Node CIDR"_s;
        QTest::newRow("snake cidr") << u"node_cidr"_s << u"Node CIDR"_s;
        QTest::newRow("dns") << u"dnsNameservers"_s << u"DNS nameservers"_s;
        QTest::newRow("snake dns") << u"dns_nameservers"_s << u"DNS nameservers"_s;
        QTest::newRow("issuer") << u"issuerURL"_s << u"Issuer URL"_s;
        QTest::newRow("api fip") << u"disableAPIServerFloatingIP"_s
                                 << u"Disable API server floating IP"_s;
        QTest::newRow("id") << u"networkExternalID"_s << u"Network external ID"_s;
        QTest::newRow("snake id") << u"external_id"_s << u"External ID"_s;
        QTest::newRow("plural") << u"certSANs"_s << u"Cert SANs"_s;
        QTest::newRow("plural ids") << u"securityGroupIDs"_s << u"Security group IDs"_s;
        QTest::newRow("long") << u"apiServerLoadBalancerOctaviaAmphoraAllowedCIDRs"_s
                              << u"API server load balancer octavia amphora allowed CIDRs"_s;
        QTest::newRow("oidc") << u"oidc_config"_s << u"OIDC config"_s;
        QTest::newRow("mtu") << u"networkMTU"_s << u"Network MTU"_s;
        QTest::newRow("ssh") << u"sshKeyName"_s << u"SSH key name"_s;
        QTest::newRow("plain") << u"worker_flavor"_s << u"Worker flavor"_s;
        // Units keep their spelling (scs2's workerAdditionalBlockDevices[].sizeGiB).
        QTest::newRow("unit") << u"sizeGiB"_s << u"Size GiB"_s;
        QTest::newRow("snake unit") << u"size_gib"_s << u"Size GiB"_s;
        QTest::newRow("unit inside") << u"rootDiskGiBMax"_s << u"Root disk GiB max"_s;
        QTest::newRow("decimal unit") << u"memoryMB"_s << u"Memory MB"_s;
    }

    void shouldKeepAcronymsWholeInLabels()
    {
        QFETCH(QString, key);
        QFETCH(QString, title);
        QCOMPARE(titleFromKey(key), title);
    }

    void shouldCheckFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("uuid4") << u"uuid4"_s << u"ebfe5546-f09f-4f42-ab54-094e457d42ec"_s << true;
        QTest::newRow("uuid4 bad") << u"uuid4"_s << u"ebfe5546-f09f"_s << false;
        QTest::newRow("cidr") << u"cidr"_s << u"10.8.0.0/20"_s << true;
        QTest::newRow("cidr v6") << u"cidr"_s << u"fd00::/64"_s << true;
        QTest::newRow("cidr no mask") << u"cidr"_s << u"10.8.0.0"_s << false;
        QTest::newRow("cidr bad") << u"cidr"_s << u"10.8.0.300/20"_s << false;
        QTest::newRow("ipv4") << u"ipv4"_s << u"10.0.0.1"_s << true;
        QTest::newRow("ipv4 of v6") << u"ipv4"_s << u"fd00::1"_s << false;
        QTest::newRow("ip") << u"ip"_s << u"fd00::1"_s << true;
        QTest::newRow("ip bad") << u"ip"_s << u"example.com"_s << false;
        QTest::newRow("hostname") << u"hostname"_s << u"api.example.com"_s << true;
        QTest::newRow("hostname bad") << u"hostname"_s << u"api_example..com"_s << false;
        QTest::newRow("uri") << u"uri"_s << u"https://id.example.com/realms/scs"_s << true;
        QTest::newRow("uri no scheme") << u"uri"_s << u"id.example.com"_s << false;
        QTest::newRow("unknown") << u"date-time"_s << u"whatever"_s << true;
    }

    void shouldCheckFormats()
    {
        QFETCH(QString, format);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QCOMPARE(checkFormat(format, value).isEmpty(), ok);
        Field f;
        f.path = u"x"_s;
        f.type = Field::Type::String;
        f.format = format;
        QCOMPARE(f.validate(value).isEmpty(), ok);
    }

    void shouldCheckTheScs2ClassesFormats()
    {
        const OrderType t = scs2();
        const Field *external = t.option(u"networkExternalID"_s);
        QVERIFY(external);
        QCOMPARE(external->title, u"Network external ID"_s);
        QVERIFY(!external->validate(u"not-a-uuid"_s).isEmpty());
        const Field *cidr = t.option(u"nodeCIDR"_s);
        QVERIFY(cidr);
        QCOMPARE(cidr->title, u"Node CIDR"_s);
        QVERIFY(!cidr->validate(u"10.8.0.0"_s).isEmpty());
        QVERIFY(cidr->validate(u"10.8.0.0/20"_s).isEmpty());
    }

    void shouldPrefillOidcFoundByTheSchema_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("issuerKey");
        QTest::addColumn<QString>("clientKey");
        QTest::newRow("scs2 camelCase")
            << u"clusterclass-openstack-scs2-1-33-v1.json"_s << u"openstack-scs2-1-33-v1"_s
            << u"oidcConfig"_s << u"issuerURL"_s << u"clientID"_s;
        QTest::newRow("scs snake_case")
            << u"clusterclass-openstack-scs-1-33-v1.json"_s << u"openstack-scs-1-33-v1"_s
            << u"oidc_config"_s << u"issuer_url"_s << u"client_id"_s;
    }

    void shouldPrefillOidcFoundByTheSchema()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, name);
        QFETCH(QString, option);
        QFETCH(QString, issuerKey);
        QFETCH(QString, clientKey);
        const OrderType t = typeOf(fixture, name, u"v1.33.9"_s);
        const Order o = defaultOrder(t, u"tenant-a"_s, profile());
        const QJsonObject oidc = o.values.value(option).toObject();
        QCOMPARE(oidc.value(issuerKey).toString(), u"https://id.example.test/realms/scs"_s);
        QCOMPARE(oidc.value(clientKey).toString(), u"scs-console"_s);
        QCOMPARE(validateOrder(o, t), QList<FieldIssue>{});
    }

    void shouldRefuseAHalfFilledOidcObject()
    {
        const OrderType t = scs2();
        ConnectionProfile noIssuer = profile();
        noIssuer.issuerUrl = QUrl();
        // Without a sign-in to complete it, the defaulted claims alone are not sent.
        Order o = defaultOrder(t, u"tenant-a"_s, noIssuer);
        QVERIFY(!o.values.contains(u"oidcConfig"_s));
        QCOMPARE(validateOrder(o, t), QList<FieldIssue>{});
        // Claims and prefixes but no issuer or client: refused before anything is sent.
        o.values.insert(u"oidcConfig"_s, QJsonObject{{u"usernameClaim"_s, u"preferred_username"_s},
                                                     {u"groupsPrefix"_s, u"oidc:"_s}});
        const QList<FieldIssue> issues = validateOrder(o, t);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, u"spec.topology.variables[oidcConfig].value"_s);
        QVERIFY2(issues.first().message.contains(u"issuerURL"_s)
                     && issues.first().message.contains(u"clientID"_s),
                 qPrintable(issues.first().message));
        // Completed from the sign-in, it passes.
        QJsonObject values = o.values;
        prefillOidc(t, profile(), values);
        o.values = values;
        QCOMPARE(validateOrder(o, t), QList<FieldIssue>{});
        QCOMPARE(o.values.value("oidcConfig"_L1).toObject().value("usernameClaim"_L1).toString(),
                 u"preferred_username"_s);
    }
};

QTEST_GUILESS_MAIN(TestField)
#include "tst_field.moc"
