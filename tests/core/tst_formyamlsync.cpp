// The form's edits reaching the YAML text (src/edit/formyamlsync): in place on their line,
// comments and order kept; rewritten where a line cannot be edited; refused on broken text.
// And the JSON paths both sides use (src/edit/jsonpath).

#include "edit/formyamlsync.h"
#include "edit/jsonpath.h"
#include "common/editfixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace scs;
using namespace scs::edit;

using testing::claimYaml;
using testing::parse;

class TestFormYamlSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formEditsShouldChangeOnlyTheirLine_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("lineText");
        QTest::newRow("quoted string keeps its comment")
            << QStringList{"spec", "version"} << QJsonValue("1.34") << 7
            << QStringLiteral("  version: \"1.34\"  # minor version");
        QTest::newRow("plain string") << QStringList{"spec", "description"}
                                      << QJsonValue("Bigger order") << 8
                                      << QStringLiteral("  description: Bigger order");
        QTest::newRow("integer") << QStringList{"spec", "controlPlane", "replicas"}
                                 << QJsonValue(3) << 10 << QStringLiteral("    replicas: 3");
        QTest::newRow("boolean") << QStringList{"spec", "paused"} << QJsonValue(true) << 11
                                 << QStringLiteral("  paused: true");
        QTest::newRow("sequence item") << QStringList{"spec", "tags", "1"} << QJsonValue("red")
                                       << 14 << QStringLiteral("  - red");
        QTest::newRow("a number typed into a string field stays text")
            << QStringList{"spec", "description"} << QJsonValue("42") << 8
            << QStringLiteral("  description: \"42\"");
    }

    void formEditsShouldChangeOnlyTheirLine()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(int, line);
        QFETCH(QString, lineText);
        const QString before = claimYaml();
        const auto edited = setYamlValue(before, path, value);
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
        QCOMPARE(edited->line, line);
        QCOMPARE(edited->lineText, lineText);
        // Every other line as it was.
        const QStringList a = before.split(u'\n');
        const QStringList b = edited->text.split(u'\n');
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            if (i != line - 1)
                QCOMPARE(b.at(i), a.at(i));
        }
        // And the text says what the form said.
        QJsonValue v = parse(edited->text);
        for (const QString &step : path)
            v = v.isArray() ? v.toArray().at(step.toInt()) : v.toObject().value(step);
        QCOMPARE(v, value);
    }

    void aBlockScalarShouldBeRewrittenNotBroken()
    {
        const auto edited = setYamlValue(claimYaml(), {"spec", "script"}, QJsonValue("one line"));
        QVERIFY(edited);
        QCOMPARE(edited->line, 0); // the whole document written anew
        QCOMPARE(parse(edited->text).value("spec").toObject().value("script").toString(),
                 QStringLiteral("one line"));
        QCOMPARE(parse(edited->text).value("spec").toObject().value("version").toString(),
                 QStringLiteral("1.33"));
    }

    void malformedTextShouldRefuseFormEdits()
    {
        const auto edited = setYamlValue(QStringLiteral("spec:\n  version: [1\n"),
                                         {"spec", "version"}, QJsonValue("1.34"));
        QVERIFY(!edited);
        QVERIFY(edited.error().line > 0);
    }

    void withValueAtShouldReplaceKeysAndExistingIndicesOnly()
    {
        const QJsonObject root = parse(claimYaml());
        const QJsonValue replicas
            = withValueAt(root, {"spec", "controlPlane", "replicas"}, QJsonValue(5));
        QCOMPARE(valueAt(replicas, {"spec", "controlPlane", "replicas"}), QJsonValue(5));
        QCOMPARE(valueAt(replicas, {"spec", "version"}), QJsonValue("1.33"));
        // A missing key is added on the way down.
        const QJsonValue added = withValueAt(root, {"spec", "new", "key"}, QJsonValue("x"));
        QCOMPARE(valueAt(added, {"spec", "new", "key"}), QJsonValue("x"));
        // An index that does not exist, or is no number, leaves the array as it was.
        QCOMPARE(withValueAt(root, {"spec", "tags", "2"}, QJsonValue("red")), QJsonValue(root));
        QCOMPARE(withValueAt(root, {"spec", "tags", "x"}, QJsonValue("red")), QJsonValue(root));
        const QJsonValue tag = withValueAt(root, {"spec", "tags", "1"}, QJsonValue("red"));
        QCOMPARE(valueAt(tag, {"spec", "tags"}), QJsonValue(QJsonArray{"blue", "red"}));
        // The empty path is the whole value.
        QCOMPARE(withValueAt(root, {}, QJsonValue(1)), QJsonValue(1));
    }

    void valueAtShouldBeUndefinedOffThePath()
    {
        const QJsonObject root = parse(claimYaml());
        QCOMPARE(valueAt(root, {"spec", "tags", "0"}), QJsonValue("blue"));
        QVERIFY(valueAt(root, {"spec", "tags", "x"}).isUndefined());
        QVERIFY(valueAt(root, {"spec", "version", "deeper"}).isUndefined());
        QVERIFY(valueAt(root, {"nothing"}).isUndefined());
        QCOMPARE(valueAt(root, {}), QJsonValue(root));
    }
};

QTEST_GUILESS_MAIN(TestFormYamlSync)
#include "tst_formyamlsync.moc"
