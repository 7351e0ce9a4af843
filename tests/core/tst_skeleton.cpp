// Starting objects for "New <kind>" (src/edit/skeleton) from real OpenAPI v3 schemas, saved from
// the local stack's /openapi/v3 into tests/core/data/edit (the kind's schema and what it refers
// to): required fields filled, enums with their first value, defaults used.

#include "edit/skeleton.h"
#include "yaml/yaml.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace scs;
using namespace scs::edit;

namespace {

kube::OpenApiSchema loadSchema(const QString &file)
{
    QFile in(QStringLiteral(SCS_TEST_DATA "/edit/") + file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    kube::OpenApiSchema schema;
    schema.name = o.value("name").toString();
    schema.components = o.value("components").toObject().value("schemas").toObject();
    schema.schema = schema.components.value(schema.name).toObject();
    return schema;
}

} // namespace

class TestSkeleton : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeletonShouldFillWhatTheSchemaRequires_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("namespaceName");
        QTest::addColumn<QString>("expected");

        QTest::newRow("claim: required enum gets its first value, defaults filled")
            << "schema-scs-cluster.json" << "api.scs.community/v1alpha1" << "Cluster"
            << "tenant-a"
            << "apiVersion: api.scs.community/v1alpha1\n"
               "kind: Cluster\n"
               "metadata:\n"
               "  name: new\n"
               "  namespace: tenant-a\n"
               "spec:\n"
               "  version: \"1.31\"\n";
        QTest::newRow("instance: nested required fields, enum and default")
            << "schema-scs-instancev2.json" << "api.scs.community/v1alpha1" << "InstanceV2"
            << "tenant-a"
            << "apiVersion: api.scs.community/v1alpha1\n"
               "kind: InstanceV2\n"
               "metadata:\n"
               "  name: new\n"
               "  namespace: tenant-a\n"
               "spec:\n"
               "  forProvider:\n"
               "    flavorName: SCS-1V-2\n"
               "    imageName: Ubuntu 24.04\n";
        QTest::newRow("configmap: no spec, nothing required")
            << "schema-core-configmap.json" << "v1" << "ConfigMap" << "tenant-a"
            << "apiVersion: v1\n"
               "kind: ConfigMap\n"
               "metadata:\n"
               "  name: new\n"
               "  namespace: tenant-a\n";
    }
    void skeletonShouldFillWhatTheSchemaRequires()
    {
        QFETCH(QString, file);
        QFETCH(QString, apiVersion);
        QFETCH(QString, kind);
        QFETCH(QString, namespaceName);
        QFETCH(QString, expected);
        const kube::OpenApiSchema schema = loadSchema(file);
        QVERIFY(!schema.schema.isEmpty());
        const QString text = skeleton(schema, apiVersion, kind, QStringLiteral("new"),
                                      namespaceName);
        QCOMPARE(text, expected);
        // What comes out reads back as the same object.
        const auto back = yaml::toJsonDocument(text.toUtf8());
        QVERIFY(back);
        QCOMPARE(back->object(), skeletonObject(schema, apiVersion, kind, QStringLiteral("new"),
                                                namespaceName));
    }

    void nestedRequiredFieldsShouldBeFilledRecursively()
    {
        // MachineDeployment: spec.clusterName, spec.selector, spec.template are required;
        // template itself requires nothing, so its spec (which would require clusterName and
        // bootstrap) stays out.
        const auto schema = loadSchema("schema-capi-machinedeployment.json");
        const QJsonObject o = skeletonObject(schema, "cluster.x-k8s.io/v1beta1",
                                             "MachineDeployment", "md", "tenant-a");
        const QJsonObject spec = o.value("spec").toObject();
        QVERIFY2(spec.contains("clusterName"), QJsonDocument(o).toJson().constData());
        QCOMPARE(spec.value("clusterName").toString(), QString());
        QVERIFY(spec.value("selector").isObject());
        QCOMPARE(spec.value("template").toObject(), QJsonObject());
        QCOMPARE(o.value("metadata").toObject().value("name").toString(), "md");
        QVERIFY(!o.contains("status"));
    }
};

QTEST_GUILESS_MAIN(TestSkeleton)
#include "tst_skeleton.moc"
