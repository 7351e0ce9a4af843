// Real kubectl (the stack's, $SCS_KUBECTL) is the oracle for scs::yaml: the same YAML goes
// through `kubectl label --local -o json -f` (reads manifests exactly as `kubectl apply` does,
// with sigs.k8s.io/yaml, and needs no server) and through our conversion, and the JSON values
// must agree. The other way round, our YAML for real objects must read back in kubectl as the
// same objects.

#include "common/stackenv.h"
#include "yaml/yaml.h"
#include "yaml_cases.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;

namespace {

struct KubectlResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A manifest of several documents, each an object whose extra top-level fields hold the case.
QByteArray header(int index)
{
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: case-" + QByteArray::number(index)
           + "\n";
}

// What kubectl made of one object, without the fields the manifest itself added.
QJsonObject payload(QJsonObject object, bool keepHeader = false)
{
    if (!keepHeader) {
        object.remove("apiVersion");
        object.remove("kind");
        object.remove("metadata");
        return object;
    }
    QJsonObject metadata = object.value("metadata").toObject();
    QJsonObject labels = metadata.value("labels").toObject();
    labels.remove("yaml-oracle");
    if (labels.isEmpty())
        metadata.remove("labels");
    else
        metadata.insert("labels", labels);
    object.insert("metadata", metadata);
    return object;
}

QJsonObject ours(const QByteArray &yaml)
{
    const auto json = yaml::toJsonSingle(yaml);
    if (!json)
        return QJsonObject{{"error", json.error().message}};
    return QJsonDocument::fromJson(*json).object();
}

} // namespace

class TestYamlKubectl : public QObject
{
    Q_OBJECT

private:
    QString m_kubectl;
    QTemporaryDir m_dir;
    QStringList m_report;

    KubectlResult kubectl(const QByteArray &manifest)
    {
        static int n = 0;
        const QString file = m_dir.filePath(QString("m%1.yaml").arg(++n));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(manifest);
        f.close();
        QProcess p;
        p.start(m_kubectl, {"--kubeconfig", "/dev/null", "label", "--local", "-o", "json", "-f",
                            file, "yaml-oracle=1"});
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // kubectl's objects for a multi-document manifest (a List when there are several).
    QList<QJsonObject> kubectlObjects(const QByteArray &manifest, int expected,
                                      QByteArrayList *fields = nullptr)
    {
        const KubectlResult r = kubectl(manifest);
        if (r.exitCode != 0) {
            qWarning("kubectl failed: %s", r.err.constData());
            return {};
        }
        // One JSON object after the other (not a List).
        QList<QJsonObject> objects;
        QByteArray rest = r.out;
        while (!rest.trimmed().isEmpty()) {
            QJsonParseError error;
            QByteArray chunk = rest;
            QJsonDocument::fromJson(rest, &error);
            if (error.error == QJsonParseError::GarbageAtEnd) {
                chunk = rest.first(error.offset);
                rest = rest.sliced(error.offset);
            } else if (error.error == QJsonParseError::NoError) {
                rest.clear();
            } else {
                qWarning("kubectl's output does not parse: %s", qPrintable(error.errorString()));
                return {};
            }
            objects.append(QJsonDocument::fromJson(chunk).object());
            // kubectl's own text of the case's field, for the record (QJsonDocument would
            // reformat numbers): its top-level line that is not part of the header.
            if (fields) {
                QByteArray field;
                for (const QByteArray &line : chunk.split('\n')) {
                    if (line.startsWith("    \"") && !line.startsWith("    \"apiVersion\"")
                        && !line.startsWith("    \"kind\"") && !line.startsWith("    \"metadata\"")) {
                        field = line.trimmed();
                        if (field.endsWith(','))
                            field.chop(1);
                    }
                }
                fields->append(field);
            }
        }
        Q_UNUSED(expected);
        return objects;
    }

    void compareScalars(const QList<yamlcases::ScalarCase> &cases, bool asKeys)
    {
        // The accepted inputs in one kubectl run, the refused ones one by one.
        QByteArray manifest;
        QList<const yamlcases::ScalarCase *> accepted;
        for (const auto &c : cases) {
            if (QByteArray(c.json).isEmpty())
                continue;
            if (!accepted.isEmpty())
                manifest += "---\n";
            const QByteArray field = asKeys ? QByteArray(c.scalar) + ": x\n"
                                            : "v: " + QByteArray(c.scalar) + "\n";
            manifest += header(int(accepted.size())) + field;
            accepted.append(&c);
        }
        QByteArrayList fields;
        const QList<QJsonObject> objects = kubectlObjects(manifest, int(accepted.size()), &fields);
        QCOMPARE(objects.size(), accepted.size());
        for (qsizetype i = 0; i < accepted.size(); ++i) {
            const auto &c = *accepted[i];
            const QByteArray field = asKeys ? QByteArray(c.scalar) + ": x\n"
                                            : "v: " + QByteArray(c.scalar) + "\n";
            const QJsonObject theirs = payload(objects[i]);
            const QJsonObject mine = ours(field);
            const QByteArray theirsText = QJsonDocument(theirs).toJson(QJsonDocument::Compact);
            m_report.append(QString("%1 %2 -> kubectl %3, ours %4%5")
                                .arg(asKeys ? "key  " : "value", QString(c.scalar).replace('\n', "\\n"),
                                     QString::fromUtf8(fields.value(i, theirsText)),
                                     QString::fromUtf8(yaml::toJsonSingle(field).value_or("?")),
                                     c.kubectlDiffers ? QString(" (") + c.kubectlDiffers + ")"
                                                      : QString()));
            // JSON values compare numbers as doubles: kubectl's float64 view of a uint64 equals
            // our exact digits there, which is the one difference we mean to have.
            QVERIFY2(theirs == mine, qPrintable(m_report.last()));
        }
        for (const auto &c : cases) {
            if (!QByteArray(c.json).isEmpty())
                continue;
            const QByteArray field = asKeys ? QByteArray(c.scalar) + ": x\n"
                                            : "v: " + QByteArray(c.scalar) + "\n";
            const KubectlResult r = kubectl(header(0) + field);
            m_report.append(QString("%1 %2 -> kubectl %3, ours refused")
                                .arg(asKeys ? "key  " : "value", QString(c.scalar),
                                     r.exitCode == 0 ? "accepted" : "refused"));
            QVERIFY2(r.exitCode != 0, qPrintable(m_report.last() + "\n" + r.out));
            QVERIFY(!yaml::toJson(field));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // $SCS_KUBECTL wins (the stack's env file is rewritten while the stack restarts).
        m_kubectl = qEnvironmentVariable("SCS_KUBECTL");
        if (m_kubectl.isEmpty()) {
            const test::StackEnv env;
            QVERIFY2(env.error().isEmpty(), qPrintable(env.error()));
            m_kubectl = env.value("SCS_KUBECTL");
        }
        QVERIFY2(QFileInfo(m_kubectl).isExecutable(), qPrintable(m_kubectl));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        // The oracle's answers, for the record (the closing note quotes them).
        for (const QString &line : std::as_const(m_report))
            qInfo("%s", qPrintable(line));
    }

    void shouldResolveScalarsLikeKubectl() { compareScalars(yamlcases::scalarCases(), false); }

    void shouldConvertKeysLikeKubectl() { compareScalars(yamlcases::keyCases(), true); }

    void shouldConvertDocumentsLikeKubectl_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        for (const auto &c : yamlcases::documentCases()) {
            if (c.kubectl)
                QTest::newRow(c.name) << QByteArray(c.yaml);
        }
    }
    void shouldConvertDocumentsLikeKubectl()
    {
        QFETCH(QByteArray, yaml);
        QByteArray manifest = header(0) + yaml;
        const QList<QJsonObject> objects = kubectlObjects(manifest, 1);
        QCOMPARE(objects.size(), 1);
        const QJsonObject theirs = payload(objects[0]);
        const QJsonObject mine = ours(yaml);
        QVERIFY2(theirs == mine,
                 qPrintable(QString("kubectl %1, ours %2")
                                .arg(QString(QJsonDocument(theirs).toJson(QJsonDocument::Compact)),
                                     QString(QJsonDocument(mine).toJson(QJsonDocument::Compact)))));
    }

    // Where we deliberately differ: kubectl keeps the last of two equal keys without a word;
    // an editor must not drop what someone typed, so we refuse. This pins kubectl's behaviour.
    void shouldRefuseDuplicateKeysWhereKubectlKeepsTheLast()
    {
        const QByteArray field = "v: 1\nv: 2\n";
        const KubectlResult r = kubectl(header(0) + field);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("v").toInt(), 2);
        QVERIFY(!yaml::toJson(field));
        m_report.append("duplicate key v: 1 / v: 2 -> kubectl {\"v\":2}, ours refused");
    }

    // JSON -> our YAML -> kubectl: the same objects (real ones from the stack, and one with the
    // strings that need care).
    void shouldWriteYamlThatKubectlReadsAsTheSameObjects()
    {
        const QDir dir(QStringLiteral(SCS_TEST_DATA "/yaml/objects"));
        QByteArray manifest;
        QList<QJsonObject> originals;
        for (const QString &name : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray json = f.readAll();
            const auto yamlText = yaml::toYaml(QByteArrayView(json));
            QVERIFY(yamlText);
            if (!originals.isEmpty())
                manifest += "---\n";
            manifest += *yamlText;
            originals.append(QJsonDocument::fromJson(json).object());
        }
        QVERIFY(originals.size() >= 5);
        const QList<QJsonObject> objects = kubectlObjects(manifest, int(originals.size()));
        QCOMPARE(objects.size(), originals.size());
        for (qsizetype i = 0; i < originals.size(); ++i) {
            const QJsonObject theirs = payload(objects[i], true);
            QVERIFY2(theirs == originals[i],
                     qPrintable(originals[i].value("metadata").toObject().value("name").toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestYamlKubectl)
#include "tst_yaml_kubectl.moc"
