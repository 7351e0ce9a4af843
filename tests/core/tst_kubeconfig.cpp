// Reading kubeconfigs the way kubectl does: the KUBECONFIG list, first file wins per name and
// for current-context, relative CA paths resolved against the file that names them,
// certificate-authority vs -data, missing files skipped, malformed files refused with a line.

#include "kubeconfig/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;

namespace {
bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}
} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSplitTheKubeconfigListLikeKubectl()
    {
        const QChar sep = QDir::listSeparator();
        const QString list = QStringLiteral("/a/one") + sep + sep + QStringLiteral("/b/two") + sep
            + QStringLiteral("/a/one");
        QCOMPARE(kubeconfigSearchPaths(list),
                 (QStringList{QStringLiteral("/a/one"), QStringLiteral("/b/two")}));
        QCOMPARE(kubeconfigSearchPaths(QString()),
                 QStringList{QDir::homePath() + QStringLiteral("/.kube/config")});
    }

    void shouldMergeFilesFirstWins()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("a/config"));
        const QString second = dir.filePath(QStringLiteral("b/config"));
        QVERIFY(writeFile(first, R"(apiVersion: v1
kind: Config
clusters:
- name: shared
  cluster:
    server: https://first.example.com
    certificate-authority: certs/ca.crt
users:
- name: u1
  user: {token: x}
contexts:
- name: ctx
  context: {cluster: shared, user: u1, namespace: one}
)"));
        QVERIFY(writeFile(second, R"(apiVersion: v1
kind: Config
clusters:
- name: shared
  cluster: {server: https://second.example.com}
- name: only-second
  cluster:
    server: https://only.example.com
    certificate-authority-data: LS0tLS1CRUdJTg==
    certificate-authority: /ignored/when/data/is/set
users:
- name: u1
  user: {token: y}
- name: u2
  user: {token: z}
contexts:
- name: ctx
  context: {cluster: only-second, user: u2}
- name: ctx2
  context: {cluster: only-second, user: u2}
current-context: ctx2
)"));
        const auto config = loadKubeconfigs(
            {first, dir.filePath(QStringLiteral("missing")), second});
        QVERIFY(config);
        QCOMPARE(config->files, (QStringList{first, second}));
        QCOMPARE(config->cluster(QStringLiteral("shared"))->server,
                 QStringLiteral("https://first.example.com"));
        QCOMPARE(config->cluster(QStringLiteral("shared"))->certificateAuthority,
                 dir.filePath(QStringLiteral("a/certs/ca.crt")));
        QCOMPARE(config->cluster(QStringLiteral("only-second"))->certificateAuthorityData,
                 QByteArray("-----BEGIN"));
        QCOMPARE(config->cluster(QStringLiteral("only-second"))->file, second);
        QCOMPARE(config->users, (QStringList{QStringLiteral("u1"), QStringLiteral("u2")}));
        QCOMPARE(config->context(QStringLiteral("ctx"))->ns, QStringLiteral("one"));
        QCOMPARE(config->context(QStringLiteral("ctx2"))->cluster, QStringLiteral("only-second"));
        QCOMPARE(config->currentContext, QStringLiteral("ctx2")); // the first non-empty one
    }

    void shouldRefuseAMalformedFileWithItsLine()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good"));
        const QString bad = dir.filePath(QStringLiteral("bad"));
        QVERIFY(writeFile(good, "kind: Config\n"));
        QVERIFY(writeFile(bad, "kind: Config\ncontexts:\n- name: a\n  context: [\n"));
        const auto config = loadKubeconfigs({good, bad});
        QVERIFY(!config);
        QCOMPARE(config.error().kind, Error::Kind::Parse);
        QCOMPARE(config.error().file, bad);
        QVERIFY(config.error().line >= 4);
    }

    void shouldReadAnEmptyFileAsEmpty()
    {
        const auto config = parseKubeconfig({}, QStringLiteral("/x"));
        QVERIFY(config);
        QVERIFY(config->clusters.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
