// The read-only object views without a server: YAML (managedFields left out unless asked for,
// kubectl's key order as in the editor, multi-line strings as blocks), the form (sections, conditions table,
// schema descriptions as tool tips) and the status colours of the table.

#include "edit/objecteditor.h"
#include "ui/common/objectformview.h"
#include "ui/common/resourcestatusproxy.h"
#include "ui/browse/resourcetableview.h"
#include "ui/common/yamlview.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <yaml-cpp/yaml.h>

using namespace scs;
using namespace scs::ui;

namespace {

QJsonObject claim()
{
    return QJsonObject{
        {"status", QJsonObject{{"phase", "Provisioned"},
                               {"conditions", QJsonArray{
                                   QJsonObject{{"type", "Ready"}, {"status", "True"},
                                               {"reason", "Available"}},
                                   QJsonObject{{"type", "Synced"}, {"status", "False"},
                                               {"reason", "ReconcileError"},
                                               {"message", "quota"}}}}}},
        {"spec", QJsonObject{{"version", "1.33"}, {"paused", false},
                             {"workers", QJsonObject{{"replicas", 3}}},
                             {"script", "line one\nline two\n"},
                             {"note", "no final newline\nhere"},
                             {"flags", QJsonArray{"true", "NO", "~", "", "0x1F", "1e3", "-"}}}},
        {"metadata", QJsonObject{{"name", "demo"}, {"namespace", "tenant-a"}, {"uid", "u1"},
                                 {"managedFields", QJsonArray{QJsonObject{{"manager", "kubectl"}}}}}},
        {"kind", "Cluster"},
        {"apiVersion", "api.scs.community/v1alpha1"},
    };
}

} // namespace

class TestObjectViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlShouldReadLikeKubectlAndRoundTrip()
    {
        // The YAML tab shows what the editor shows (one writer, one key layout).
        YamlView view;
        view.setObject(claim());
        const QString yaml = view.text();
        QCOMPARE(yaml, edit::ObjectEditor::editableText(claim(), false));
        QVERIFY2(yaml.startsWith("apiVersion: api.scs.community/v1alpha1\nkind: Cluster\n"
                                 "metadata:\n  name: demo\n"),
                 qPrintable(yaml));
        QVERIFY(!yaml.contains("managedFields"));
        QVERIFY(yaml.indexOf("spec:") < yaml.indexOf("status:"));
        // List items in the editor's layout too: their keys sorted.
        QVERIFY2(yaml.contains("- reason: Available\n"), qPrintable(yaml));
        QVERIFY2(yaml.contains("  type: Ready\n"), qPrintable(yaml));
        QVERIFY2(yaml.contains("script: |"), qPrintable(yaml));
        // Strings that a YAML reader would take for numbers, booleans or null stay strings.
        QVERIFY2(yaml.contains("version: \"1.33\""), qPrintable(yaml));
        QVERIFY2(yaml.contains("status: \"True\""), qPrintable(yaml));
        QVERIFY(edit::ObjectEditor::editableText(claim()).contains("managedFields"));

        const YAML::Node node = YAML::Load(yaml.toStdString());
        QCOMPARE(node["spec"]["workers"]["replicas"].as<int>(), 3);
        QCOMPARE(node["spec"]["paused"].as<bool>(), false);
        QCOMPARE(node["spec"]["version"].as<std::string>(), std::string("1.33"));
        QCOMPARE(node["spec"]["script"].as<std::string>(), std::string("line one\nline two\n"));
        QCOMPARE(node["spec"]["note"].as<std::string>(), std::string("no final newline\nhere"));
        const YAML::Node flags = node["spec"]["flags"];
        QCOMPARE(flags.size(), size_t(7));
        for (size_t i = 0; i < flags.size() - 1; ++i) // all quoted but the plain "-"
            QVERIFY2(flags[i].Tag() == "!", flags[i].as<std::string>().c_str());
    }

    void yamlViewShouldFoldManagedFieldsAwayUntilAsked()
    {
        YamlView view;
        view.setObject(claim());
        QVERIFY(!view.text().contains("managedFields"));
        view.findChild<QCheckBox *>("showManagedFields")->setChecked(true);
        QVERIFY(view.text().contains("managedFields"));
        view.clear();
        QVERIFY(view.text().isEmpty());
    }

    void formShouldShowSectionsConditionsAndDescriptions()
    {
        ObjectFormView form;
        kube::OpenApiSchema schema;
        schema.schema = QJsonObject{
            {"description", "A cluster claim."},
            {"properties", QJsonObject{{"spec", QJsonObject{
                {"description", "What is ordered."},
                {"properties", QJsonObject{{"version", QJsonObject{
                    {"type", "string"}, {"description", "Kubernetes version."},
                    {"enum", QJsonArray{"1.33", "1.34"}}}}}}}}}}};
        form.setSchema(schema);
        form.setObject(claim());
        QTreeWidget *fields = form.fields();
        QStringList sections;
        for (int i = 0; i < fields->topLevelItemCount(); ++i)
            sections.append(fields->topLevelItem(i)->text(0));
        QCOMPARE(sections, (QStringList{"Metadata", "Spec", "Status"}));
        QTreeWidgetItem *spec = fields->topLevelItem(1);
        QTreeWidgetItem *version = nullptr;
        QTreeWidgetItem *paused = nullptr;
        for (int i = 0; i < spec->childCount(); ++i) {
            if (spec->child(i)->text(0) == "version")
                version = spec->child(i);
            if (spec->child(i)->text(0) == "paused")
                paused = spec->child(i);
        }
        QVERIFY(version && paused);
        QCOMPARE(version->text(1), "1.33");
        QVERIFY(version->toolTip(0).contains("Kubernetes version."));
        QVERIFY(version->toolTip(0).contains("1.33, 1.34"));
        QCOMPARE(paused->checkState(1), Qt::Unchecked);
        // managedFields stay out; conditions go to their own table, not the Status section.
        for (int i = 0; i < fields->topLevelItem(0)->childCount(); ++i)
            QVERIFY(fields->topLevelItem(0)->child(i)->text(0) != "managedFields");
        QCOMPARE(fields->topLevelItem(2)->childCount(), 1);
        QCOMPARE(form.conditions()->rowCount(), 2);
        QCOMPARE(form.conditions()->item(1, 0)->text(), "Synced");
        QCOMPARE(form.conditions()->item(1, 3)->text(), "quota");
    }

    // One timestamp style in the form: metadata times and condition times read alike (the
    // user's locale, short format), the API's text in the tool tip.
    void formShouldShowTimesInOneStyle()
    {
        QJsonObject object = claim();
        QJsonObject metadata = object["metadata"].toObject();
        metadata["creationTimestamp"] = "2026-03-04T05:06:07Z";
        object["metadata"] = metadata;
        QJsonObject status = object["status"].toObject();
        status["conditions"] = QJsonArray{QJsonObject{{"type", "Ready"}, {"status", "True"},
                                                      {"lastTransitionTime",
                                                       "2026-03-04T05:06:07Z"}}};
        status["observedAt"] = "2026-03-04T05:06:07.123456Z";
        object["status"] = status;
        ObjectFormView form;
        form.setObject(object);
        auto child = [](QTreeWidgetItem *parent, const QString &key) -> QTreeWidgetItem * {
            for (int i = 0; i < parent->childCount(); ++i) {
                if (parent->child(i)->text(0) == key)
                    return parent->child(i);
            }
            return nullptr;
        };
        QTreeWidgetItem *created = child(form.fields()->topLevelItem(0), "creationTimestamp");
        QTreeWidgetItem *observed = child(form.fields()->topLevelItem(2), "observedAt");
        QVERIFY(created && observed);
        const QString expected = QLocale().toString(
            QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC).toLocalTime(),
            QLocale::ShortFormat);
        QCOMPARE(created->text(1), expected);
        QCOMPARE(created->toolTip(1), "2026-03-04T05:06:07Z");
        QCOMPARE(observed->text(1), expected);
        QCOMPARE(form.conditions()->item(0, 4)->text(), expected);
    }

    void statusWordsShouldBeColouredByHealth()
    {
        using H = ResourceStatusProxy::Health;
        QCOMPARE(ResourceStatusProxy::healthOf("True"), H::Good);
        QCOMPARE(ResourceStatusProxy::healthOf("Provisioned"), H::Good);
        QCOMPARE(ResourceStatusProxy::healthOf("Provisioning"), H::Progressing);
        QCOMPARE(ResourceStatusProxy::healthOf("Deleting"), H::Bad);
        QCOMPARE(ResourceStatusProxy::healthOf("Warning"), H::Bad);
        QCOMPARE(ResourceStatusProxy::healthOf("demo"), H::None);
        QVERIFY(ResourceStatusProxy::colorOf(H::Good) != ResourceStatusProxy::colorOf(H::Bad));
    }
};

QTEST_MAIN(TestObjectViews)
#include "tst_objectviews.moc"
