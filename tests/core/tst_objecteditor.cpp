// ObjectEditor's local parts (src/edit/objecteditor, objectref): what is sent for SSA and
// update, the editable and the review texts, local refusal of bad text without a request, and
// the mapping of a refused write's Status to lines of the user's YAML. The server side is in
// tst_edit_integration.

#include "edit/objecteditor.h"
#include "yaml/objectyaml.h"
#include "kube/kubeclient.h"
#include "kube/tokensource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::edit;
using namespace scs::kube;

namespace {

QJsonObject liveClaim()
{
    return QJsonDocument::fromJson(
               "{\"apiVersion\":\"api.scs.community/v1alpha1\",\"kind\":\"Cluster\","
               "\"metadata\":{\"name\":\"demo\",\"namespace\":\"tenant-a\",\"uid\":\"u-1\","
               "\"resourceVersion\":\"42\",\"generation\":3,"
               "\"creationTimestamp\":\"2026-01-01T00:00:00Z\",\"labels\":{\"a\":\"b\"},"
               "\"annotations\":{\"kubectl.kubernetes.io/last-applied-configuration\":\"{}\"},"
               "\"finalizers\":[\"x\"],"
               "\"managedFields\":[{\"manager\":\"kubectl\",\"operation\":\"Update\"}]},"
               "\"spec\":{\"version\":\"1.33\",\"workers\":{\"replicas\":3}},"
               "\"status\":{\"phase\":\"Provisioned\"}}")
        .object();
}

ObjectRef claimRef()
{
    ObjectRef ref;
    ref.resource.group = QStringLiteral("api.scs.community");
    ref.resource.version = QStringLiteral("v1alpha1");
    ref.resource.kind = QStringLiteral("Cluster");
    ref.resource.plural = QStringLiteral("clusters");
    ref.resource.namespaced = true;
    ref.resource.subresources = {QStringLiteral("status")};
    ref.namespaceName = QStringLiteral("tenant-a");
    ref.name = QStringLiteral("demo");
    return ref;
}

} // namespace

class TestObjectEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refShouldNameThePathAndKey()
    {
        const ObjectRef ref = claimRef();
        QCOMPARE(ref.path(), "/apis/api.scs.community/v1alpha1/namespaces/tenant-a/clusters/demo");
        QCOMPARE(ref.key(), "api.scs.community/v1alpha1/Cluster/tenant-a/demo");
        QCOMPARE(ref.displayName(), "clusters.api.scs.community tenant-a/demo");
    }

    void sendableObjectShouldStripWhatTheServerOwns()
    {
        const QJsonObject ssa = ObjectEditor::sendableObject(liveClaim(),
                                                             ApplyMode::ServerSideApply, "42");
        const QJsonObject md = ssa.value("metadata").toObject();
        for (const char *field : {"managedFields", "uid", "resourceVersion", "generation",
                                  "creationTimestamp"})
            QVERIFY2(!md.contains(field), field);
        QVERIFY(!ssa.contains("status"));
        QCOMPARE(md.value("labels").toObject().value("a").toString(), "b");
        QCOMPARE(md.value("finalizers").toArray().size(), 1);
        QCOMPARE(ssa.value("spec"), liveClaim().value("spec"));

        const QJsonObject put = ObjectEditor::sendableObject(liveClaim(), ApplyMode::Update, "7");
        QCOMPARE(put.value("metadata").toObject().value("resourceVersion").toString(), "7");
        QVERIFY(!put.value("metadata").toObject().contains("managedFields"));
    }

    void editableTextShouldKeepManagedFieldsLastInMetadata()
    {
        const QString text = ObjectEditor::editableText(liveClaim());
        QVERIFY(text.startsWith("apiVersion: api.scs.community/v1alpha1\nkind: Cluster\n"
                                "metadata:\n  name: demo\n  namespace: tenant-a\n"));
        const auto managed = text.indexOf("  managedFields:");
        QVERIFY(managed > text.indexOf("  uid: u-1"));
        QVERIFY(managed < text.indexOf("\nspec:"));
        QVERIFY(text.indexOf("\nstatus:") > text.indexOf("\nspec:"));
        QVERIFY(!ObjectEditor::editableText(liveClaim(), false).contains("managedFields"));

        const QString review = yaml::reviewYaml(liveClaim());
        for (const char *noise : {"managedFields", "resourceVersion", "generation",
                                  "last-applied-configuration"})
            QVERIFY2(!review.contains(noise), noise);
        QVERIFY(review.contains("phase: Provisioned")); // status stays: defaults and results
    }

    void badTextShouldBeRefusedWithoutARequest_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        // An unclosed flow sequence is noticed at the end of the text.
        QTest::newRow("malformed") << "apiVersion: v1\nkind: [x\n" << 3 << "";
        QTest::newRow("two documents") << "a: 1\n---\nb: 2\n" << 3 << "";
        QTest::newRow("not a map") << "- a\n- b\n" << 1 << "";
        QTest::newRow("other kind")
            << "apiVersion: api.scs.community/v1alpha1\nkind: KeypairV2\nmetadata:\n  name: demo\n"
            << 2 << "kind";
        QTest::newRow("renamed")
            << "apiVersion: api.scs.community/v1alpha1\nkind: Cluster\nmetadata:\n  name: x\n"
            << 4 << "metadata.name";
        QTest::newRow("other namespace")
            << "apiVersion: api.scs.community/v1alpha1\nkind: Cluster\nmetadata:\n  name: demo\n"
               "  namespace: tenant-b\n"
            << 5 << "metadata.namespace";
    }
    void badTextShouldBeRefusedWithoutARequest()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, field);
        ConnectionProfile profile;
        profile.apiUrl = QUrl("https://127.0.0.1:1"); // closed: a request would fail loudly
        StaticTokenSource tokens("t");
        KubeClient client(profile, &tokens);
        ObjectEditor editor(&client, claimRef());
        editor.begin(liveClaim());
        QSignalSpy reviewed(&editor, &ObjectEditor::reviewed);
        editor.review(text);
        QVERIFY(editor.isBusy());
        QCOMPARE(client.findChildren<KubeReply *>().size(), 0);
        QVERIFY(reviewed.wait(1000));
        const auto r = reviewed.constFirst().constFirst().value<EditResult>();
        QCOMPARE(r.outcome, EditResult::Outcome::LocalError);
        QCOMPARE(r.error.line, line);
        QCOMPARE(r.error.field, field);
        QCOMPARE(r.fieldErrors.size(), 1);
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY(!editor.isBusy());
    }

    void statusShouldMapToLinesOfTheText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<bool>("atParent");
        QTest::newRow("422 causes")
            << QByteArray("{\"kind\":\"Status\",\"code\":422,\"reason\":\"Invalid\",\"message\":\"x\","
                          "\"details\":{\"causes\":[{\"reason\":\"FieldValueNotSupported\","
                          "\"message\":\"Unsupported value: \\\"1.99\\\"\",\"field\":\"spec.version\"},"
                          "{\"reason\":\"FieldValueInvalid\",\"message\":\"bad\","
                          "\"field\":\"spec.workers.replicas\"}]}}")
            << 422 << QStringList{"spec.version", "spec.workers.replicas"} << QList<int>{6, 8}
            << false;
        QTest::newRow("422 on a list item")
            << QByteArray("{\"kind\":\"Status\",\"code\":422,\"details\":{\"causes\":[{\"field\":"
                          "\"spec.topology.workers.machineDeployments[0].replicas\",\"message\":\"m\"}]}}")
            << 422 << QStringList{"spec.topology.workers.machineDeployments[0].replicas"}
            << QList<int>{13} << false;
        QTest::newRow("required field missing: its parent")
            << QByteArray("{\"kind\":\"Status\",\"code\":422,\"details\":{\"causes\":[{\"field\":"
                          "\"spec.workers.flavor\",\"reason\":\"FieldValueRequired\",\"message\":\"Required value\"}]}}")
            << 422 << QStringList{"spec.workers.flavor"} << QList<int>{7} << true;
        QTest::newRow("400 from SSA, field in the message")
            << QByteArray("{\"kind\":\"Status\",\"code\":400,\"reason\":\"BadRequest\",\"message\":"
                          "\"failed to create typed patch object (tenant-a/demo; api.scs.community/v1alpha1, "
                          "Kind=Cluster): .spec.workers.replicas: expected numeric (int or float), got string\"}")
            << 400 << QStringList{".spec.workers.replicas"} << QList<int>{8} << false;
        QTest::newRow("409 is not a field error")
            << QByteArray("{\"kind\":\"Status\",\"code\":409,\"details\":{\"causes\":[{\"reason\":"
                          "\"FieldManagerConflict\",\"field\":\".spec.version\",\"message\":\"conflict\"}]}}")
            << 409 << QStringList{} << QList<int>{} << false;
    }
    void statusShouldMapToLinesOfTheText()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QStringList, fields);
        QFETCH(QList<int>, lines);
        QFETCH(bool, atParent);
        const QString yaml = "apiVersion: api.scs.community/v1alpha1\n" // 1
                             "kind: Cluster\n"                           // 2
                             "metadata:\n"                               // 3
                             "  name: demo\n"                            // 4
                             "spec:\n"                                   // 5
                             "  version: \"1.99\"\n"                     // 6
                             "  workers:\n"                              // 7
                             "    replicas: two\n"                       // 8
                             "  topology:\n"                             // 9
                             "    workers:\n"                            // 10
                             "      machineDeployments:\n"               // 11
                             "      - name: md-0\n"                      // 12
                             "        replicas: -1\n";                   // 13
        const Status status = KubeClient::parseStatus(body, code);
        const auto errors = fieldErrorsFromStatus(status, yaml);
        QStringList gotFields;
        QList<int> gotLines;
        for (const auto &e : errors) {
            gotFields.append(e.field);
            gotLines.append(e.line);
            QCOMPARE(e.atParent, atParent);
            QVERIFY(e.column > 0);
            QVERIFY(!e.message.isEmpty());
        }
        QCOMPARE(gotFields, fields);
        QCOMPARE(gotLines, lines);
    }

    void onlyOwnManagerConflictsShouldBeRecognised()
    {
        auto status = [](const char *manager) {
            return KubeClient::parseStatus(
                QByteArray("{\"kind\":\"Status\",\"code\":409,\"details\":{\"causes\":[{\"reason\":"
                           "\"FieldManagerConflict\",\"field\":\".data.a\",\"message\":\"conflict with \\\"")
                    + manager + "\\\" using v1\"}]}}",
                409);
        };
        QVERIFY(onlyOwnManagerConflicts(status("scs-console")));
        QVERIFY(!onlyOwnManagerConflicts(status("kubectl-client-side-apply")));
        QVERIFY(!onlyOwnManagerConflicts(KubeClient::parseStatus("{}", 409)));
    }
};

QTEST_GUILESS_MAIN(TestObjectEditor)
#include "tst_objecteditor.moc"
