// The new-tenant plan: which objects it becomes (the console's label and display name on the
// Namespace, the admin group with the API server's prefix), and what validation refuses.

#include "tenants/tenantplan.h"
#include "yaml/yaml.h"

#include <QJsonArray>
#include <QTest>

using namespace scs::tenants;
using namespace Qt::StringLiterals;

class TestTenantPlan : public QObject
{
    Q_OBJECT

    static TenantPlan plan()
    {
        TenantPlan p;
        p.name = u"tenant-c"_s;
        p.displayName = u"Tenant C"_s;
        p.adminGroup = u"tenant-c-admins"_s;
        return p;
    }

private Q_SLOTS:
    void shouldMakeNamespaceAndAdminBinding()
    {
        const QList<QJsonObject> objects = objectsOf(plan());
        QCOMPARE(objects.size(), 2);
        const QJsonObject ns = objects[0];
        QCOMPARE(ns.value("kind"_L1).toString(), u"Namespace"_s);
        const QJsonObject meta = ns.value("metadata"_L1).toObject();
        QCOMPARE(meta.value("name"_L1).toString(), u"tenant-c"_s);
        QCOMPARE(meta.value("labels"_L1).toObject().value("scs.community/tenant"_L1).toString(),
                 u"tenant-c"_s);
        QCOMPARE(meta.value("annotations"_L1)
                     .toObject()
                     .value("scs.community/display-name"_L1)
                     .toString(),
                 u"Tenant C"_s);

        const QJsonObject rb = objects[1];
        QCOMPARE(rb.value("kind"_L1).toString(), u"RoleBinding"_s);
        QCOMPARE(rb.value("metadata"_L1).toObject().value("namespace"_L1).toString(),
                 u"tenant-c"_s);
        QCOMPARE(rb.value("metadata"_L1).toObject().value("name"_L1).toString(),
                 u"tenant-c-admins"_s);
        QCOMPARE(rb.value("roleRef"_L1).toObject().value("name"_L1).toString(), u"admin"_s);
        QCOMPARE(rb.value("roleRef"_L1).toObject().value("kind"_L1).toString(), u"ClusterRole"_s);
        const QJsonObject subject = rb.value("subjects"_L1).toArray().at(0).toObject();
        QCOMPARE(subject.value("kind"_L1).toString(), u"Group"_s);
        QCOMPARE(subject.value("name"_L1).toString(), u"oidc:tenant-c-admins"_s);
    }

    void shouldLeaveDisplayNameOutWhenEmpty()
    {
        TenantPlan p = plan();
        p.displayName = u"  "_s;
        QVERIFY(!objectsOf(p)[0].value("metadata"_L1).toObject().contains("annotations"_L1));
    }

    void shouldAddQuotaAndLimitRangeWhenAsked()
    {
        TenantPlan p = plan();
        p.adminRole = u"scs:tenant"_s;
        p.groupsPrefix.clear();
        p.quota = {{u"count/clusters.cluster.x-k8s.io"_s, u"3"_s}, {u"requests.cpu"_s, u"16"_s}};
        p.defaultRequests = {{u"cpu"_s, u"250m"_s}};
        p.defaultLimits = {{u"memory"_s, u"1Gi"_s}};
        const QList<QJsonObject> objects = objectsOf(p);
        QCOMPARE(objects.size(), 4);
        QCOMPARE(objects[1].value("roleRef"_L1).toObject().value("name"_L1).toString(),
                 u"scs:tenant"_s);
        QCOMPARE(objects[1].value("subjects"_L1).toArray().at(0).toObject().value("name"_L1),
                 u"tenant-c-admins"_s);
        QCOMPARE(objects[2].value("kind"_L1).toString(), u"ResourceQuota"_s);
        const QJsonObject hard =
            objects[2].value("spec"_L1).toObject().value("hard"_L1).toObject();
        QCOMPARE(hard.value("count/clusters.cluster.x-k8s.io"_L1).toString(), u"3"_s);
        QCOMPARE(objects[3].value("kind"_L1).toString(), u"LimitRange"_s);
        const QJsonObject limit =
            objects[3].value("spec"_L1).toObject().value("limits"_L1).toArray().at(0).toObject();
        QCOMPARE(limit.value("type"_L1).toString(), u"Container"_s);
        QCOMPARE(limit.value("defaultRequest"_L1).toObject().value("cpu"_L1).toString(),
                 u"250m"_s);
        QCOMPARE(limit.value("default"_L1).toObject().value("memory"_L1).toString(), u"1Gi"_s);

        // The YAML for review holds the same objects, in order.
        const auto docs = scs::yaml::toJson(yamlOf(p));
        QVERIFY(docs);
        QCOMPARE(docs->size(), 4);
        QCOMPARE(QJsonDocument::fromJson(docs->at(2).json).object(), objects[2]);
    }

    void shouldRefuseBadPlans_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("quota");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fine") << "tenant-c" << "g" << "" << "";
        QTest::newRow("no name") << "" << "g" << "" << "needs a name";
        QTest::newRow("upper case") << "Tenant-C" << "g" << "" << "Tenant-C";
        QTest::newRow("reserved") << "kube-public" << "g" << "" << "reserved";
        QTest::newRow("no group") << "tenant-c" << " " << "" << "group";
        QTest::newRow("blank in group") << "tenant-c" << "a b" << "" << "blanks";
        QTest::newRow("bad quantity") << "tenant-c" << "g" << "lots" << "lots";
    }
    void shouldRefuseBadPlans()
    {
        QFETCH(QString, name);
        QFETCH(QString, group);
        QFETCH(QString, quota);
        QFETCH(QString, expected);
        TenantPlan p;
        p.name = name;
        p.adminGroup = group;
        if (!quota.isEmpty())
            p.quota = {{u"requests.cpu"_s, quota}};
        const QStringList issues = validate(p);
        if (expected.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.join(u'\n')));
        } else {
            QCOMPARE(issues.size(), 1);
            QVERIFY2(issues.first().contains(expected), qPrintable(issues.first()));
        }
    }

    void shouldParseQuantityLists()
    {
        const auto ok = parseQuantityMap(u"count/clusters.cluster.x-k8s.io=3, requests.cpu=500m"_s);
        QVERIFY(ok.error.isEmpty());
        QCOMPARE(ok.values.value(u"requests.cpu"_s), u"500m"_s);
        QCOMPARE(ok.values.value(u"count/clusters.cluster.x-k8s.io"_s), u"3"_s);
        QVERIFY(!parseQuantityMap(u"requests.cpu"_s).error.isEmpty());
        QVERIFY(parseQuantityMap(u"cpu=much"_s).error.contains(u"much"_s));
        QVERIFY(parseQuantityMap(QString()).values.isEmpty());
    }

    void shouldFindGroupsPrefix()
    {
        QCOMPARE(groupsPrefixOf({u"system:authenticated"_s, u"oidc:platform-operators"_s}),
                 u"oidc:"_s);
        QCOMPARE(groupsPrefixOf({u"system:authenticated"_s, u"operators"_s}), QString());
    }
};

QTEST_GUILESS_MAIN(TestTenantPlan)
#include "tst_tenantplan.moc"
