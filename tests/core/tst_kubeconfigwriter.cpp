// Merging the console's entries into kubeconfigs: data-driven before/after files under
// data/kubeconfig-merge/<case>/ (after.yaml is the exact expected text; SCS_UPDATE_TEST_DATA=1
// rewrites it, to be reviewed by a person), malformed files refused untouched, 0600, backup,
// clashes.

#include "common/resultcheck.h"
#include "kubeconfig/kubeconfig.h"
#include "kubeconfig/kubeconfigwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <sys/stat.h>

using namespace scs;

namespace {
const QString kData = QStringLiteral(SCS_TEST_DATA "/kubeconfig-merge");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

KubeconfigExport request(KubeconfigExport::UserKind kind = KubeconfigExport::UserKind::ConsolePlugin)
{
    KubeconfigExport r;
    r.profile.name = QStringLiteral("central");
    r.profile.apiUrl = QUrl(QStringLiteral("https://api.example.com:6443"));
    r.profile.issuerUrl = QUrl(QStringLiteral("https://id.example.com/realms/scs/"));
    r.profile.clientId = QStringLiteral("scs-console");
    r.profile.tenants = {QStringLiteral("tenant-a"), QStringLiteral("tenant-b")};
    r.consoleProgram = QStringLiteral("/usr/bin/scs-console");
    r.userKind = kind;
    if (kind == KubeconfigExport::UserKind::ConsolePlugin)
        r.profile.caFile = kData + QStringLiteral("/ca.pem");
    else
        r.profile.extraScopes = {QStringLiteral("groups"), QStringLiteral("offline_access")};
    return r;
}
} // namespace

class TestKubeconfigWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMergeAsTheAfterFileSays_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<bool>("kubelogin");
        QTest::addColumn<bool>("setCurrent");
        QTest::addColumn<QStringList>("clashes");
        QTest::addColumn<bool>("formattingKept");
        const QStringList none;
        QTest::newRow("new file") << "new-file" << false << true << none << true;
        QTest::newRow("hand-written file keeps comments, extensions, order")
            << "handwritten" << false << false << none << true;
        QTest::newRow("clashes replaced in place")
            << "replace-clash" << false << false
            << QStringList{QStringLiteral("cluster central"), QStringLiteral("user central"),
                           QStringLiteral("context tenant-a@central")}
            << true;
        QTest::newRow("exporting again changes nothing") << "idempotent" << false << true << none
                                                         << true;
        QTest::newRow("indented lists, current context set")
            << "indented-lists" << false << true << none << true;
        QTest::newRow("empty and null lists") << "empty-lists" << false << true << none << true;
        QTest::newRow("flow-style lists are re-emitted")
            << "flow-style" << false << false << none << false;
        QTest::newRow("kubelogin user") << "kubelogin" << true << false << none << true;
        QTest::newRow("file with only a comment") << "comments-only" << false << false << none
                                                  << true;
    }

    void shouldMergeAsTheAfterFileSays()
    {
        QFETCH(QString, caseName);
        QFETCH(bool, kubelogin);
        QFETCH(bool, setCurrent);
        QFETCH(QStringList, clashes);
        QFETCH(bool, formattingKept);
        const QString dir = kData + QLatin1Char('/') + caseName;
        KubeconfigExport r = request(kubelogin ? KubeconfigExport::UserKind::Kubelogin
                                               : KubeconfigExport::UserKind::ConsolePlugin);
        r.setCurrentContext = setCurrent;
        const QByteArray before = caseName == QLatin1String("idempotent")
            ? readFile(kData + QStringLiteral("/new-file/after.yaml"))
            : readFile(dir + QStringLiteral("/before.yaml"));
        const auto merged = mergeKubeconfig(before, dir + QStringLiteral("/before.yaml"), r);
        SCS_VERIFY_OK(merged);
        if (qEnvironmentVariableIntValue("SCS_UPDATE_TEST_DATA") == 1)
            QVERIFY(writeFile(dir + QStringLiteral("/after.yaml"), merged->content));
        QCOMPARE(QString::fromUtf8(merged->content),
                 QString::fromUtf8(readFile(dir + QStringLiteral("/after.yaml"))));
        QCOMPARE(merged->clashes, clashes);
        QCOMPARE(merged->formattingKept, formattingKept);
        if (caseName == QLatin1String("idempotent"))
            QCOMPARE(merged->content, before);

        // kubectl's view of the result: the console's contexts are there and complete.
        const auto config = parseKubeconfig(merged->content, dir + QStringLiteral("/after.yaml"));
        QVERIFY(config);
        for (const QString &tenant : r.profile.tenants) {
            const auto *context = config->context(tenant + QStringLiteral("@central"));
            QVERIFY(context);
            QCOMPARE(context->ns, tenant);
            QCOMPARE(context->cluster, QStringLiteral("central"));
            QCOMPARE(context->user, r.userName());
        }
        QCOMPARE(config->cluster(QStringLiteral("central"))->server,
                 QStringLiteral("https://api.example.com:6443"));
    }

    // Context names are typed on command lines: no blanks, nothing a shell would take apart.
    void shouldNameContextsWithoutBlanks_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("part");
        QTest::newRow("plain") << "central" << "central";
        QTest::newRow("blank") << "local stack" << "local-stack";
        QTest::newRow("runs and ends") << "  my  'prod' $stack/eu " << "my-prod-stack-eu";
        QTest::newRow("dots and underscores") << "scs_prod.eu-1" << "scs_prod.eu-1";
        QTest::newRow("letters of any script") << "Zürich Süd" << "Zürich-Süd";
        QTest::newRow("nothing left") << "  " << "profile";
    }

    void shouldNameContextsWithoutBlanks()
    {
        QFETCH(QString, profile);
        QFETCH(QString, part);
        QCOMPARE(kubeconfigNamePart(profile), part);
        KubeconfigExport r = request();
        r.profile.name = profile;
        QCOMPARE(r.contextName(QStringLiteral("tenant-a")), QStringLiteral("tenant-a@") + part);
        // The way back: the context's cluster entry keeps the profile's exact name.
        const auto text = generateKubeconfig(r);
        QVERIFY(text);
        const auto config = parseKubeconfig(*text, QStringLiteral("generated"));
        QVERIFY(config);
        const auto *context = config->context(QStringLiteral("tenant-a@") + part);
        QVERIFY(context);
        QCOMPARE(context->cluster, profile);
    }

    // A kubeconfig of its own without a current context sends plain kubectl to localhost:8080.
    void shouldAlwaysNameACurrentContextInAFileOfItsOwn()
    {
        KubeconfigExport r = request();
        r.setCurrentContext = false;
        const auto text = generateKubeconfig(r);
        QVERIFY(text);
        const auto config = parseKubeconfig(*text, QStringLiteral("generated"));
        QVERIFY(config);
        QCOMPARE(config->currentContext, QStringLiteral("tenant-a@central"));

        // Merged into a file that has one, the person's choice stays.
        const QByteArray existing = "apiVersion: v1\nkind: Config\nclusters: []\nusers: []\n"
                                    "contexts: []\ncurrent-context: prod\n";
        const auto merged = mergeKubeconfig(existing, QStringLiteral("existing"), r);
        QVERIFY(merged);
        QVERIFY(merged->content.contains("current-context: prod\n"));
    }

    void shouldWriteTheExecPluginAsKubectlExpects()
    {
        const auto text = generateKubeconfig(request());
        QVERIFY(text);
        const YAML::Node root = YAML::Load(text->toStdString());
        const YAML::Node exec = root["users"][0]["user"]["exec"];
        QCOMPARE(exec["apiVersion"].as<std::string>(), "client.authentication.k8s.io/v1");
        QCOMPARE(exec["command"].as<std::string>(), "/usr/bin/scs-console");
        QCOMPARE(exec["args"].size(), 3u);
        QCOMPARE(exec["args"][0].as<std::string>(), "get-token");
        QCOMPARE(exec["args"][1].as<std::string>(), "--profile");
        QCOMPARE(exec["args"][2].as<std::string>(), "central");
        QCOMPARE(exec["interactiveMode"].as<std::string>(), "IfAvailable");
        QCOMPARE(exec["provideClusterInfo"].as<bool>(), false);
        QCOMPARE(root["clusters"][0]["cluster"]["certificate-authority-data"].as<std::string>(),
                 readFile(kData + QStringLiteral("/ca.pem")).toBase64().toStdString());
    }

    void shouldWriteKubeloginWithIssuerClientScopesAndCa()
    {
        KubeconfigExport r = request(KubeconfigExport::UserKind::Kubelogin);
        r.profile.caFile = kData + QStringLiteral("/ca.pem");
        r.kubeloginExtraArgs = {QStringLiteral("--browser-command=/bin/true")};
        const auto text = generateKubeconfig(r);
        QVERIFY(text);
        const YAML::Node exec = YAML::Load(text->toStdString())["users"][0]["user"]["exec"];
        QCOMPARE(exec["command"].as<std::string>(), "kubectl");
        QStringList args;
        for (const auto &a : exec["args"])
            args.append(QString::fromStdString(a.as<std::string>()));
        QCOMPARE(args,
                 (QStringList{QStringLiteral("oidc-login"), QStringLiteral("get-token"),
                              QStringLiteral("--oidc-issuer-url=https://id.example.com/realms/scs"),
                              QStringLiteral("--oidc-client-id=scs-console"),
                              QStringLiteral("--oidc-extra-scope=groups"),
                              QStringLiteral("--oidc-extra-scope=offline_access"),
                              QStringLiteral("--certificate-authority=") + kData
                                  + QStringLiteral("/ca.pem"),
                              QStringLiteral("--browser-command=/bin/true")}));
    }

    void shouldRefuseNoTenantsAndRelativeProgram()
    {
        KubeconfigExport r = request();
        r.profile.tenants.clear();
        QCOMPARE(generateKubeconfig(r).error().kind, Error::Kind::Invalid);
        r = request();
        r.consoleProgram = QStringLiteral("scs-console");
        QCOMPARE(generateKubeconfig(r).error().kind, Error::Kind::Invalid);
    }

    void shouldRefuseAMalformedFileAndLeaveItUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not YAML") << QByteArray("apiVersion: v1\nclusters:\n- name: [x\n") << 4
                                  << "not valid YAML";
        QTest::newRow("not a map") << QByteArray("- a\n- b\n") << 1 << "not a YAML map";
        QTest::newRow("other kind") << QByteArray("apiVersion: v1\nkind: Pod\n") << 2
                                    << "not \"Config\"";
        QTest::newRow("clusters not a list")
            << QByteArray("apiVersion: v1\nkind: Config\nclusters:\n  a: b\n") << 4
            << "must be a list";
        QTest::newRow("entry without name")
            << QByteArray("kind: Config\nusers:\n- name: a\n  user: {}\n- user:\n    token: x\n")
            << 5 << "has no name";
    }

    void shouldRefuseAMalformedFileAndLeaveItUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        QVERIFY(writeFile(path, content));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadGroup));
        const auto written = writeKubeconfig(path, request(), true);
        QVERIFY(!written);
        QCOMPARE(written.error().kind, Error::Kind::Parse);
        QCOMPARE(written.error().file, path);
        QCOMPARE(written.error().line, line);
        QVERIFY2(written.error().message.contains(reason), qPrintable(written.error().message));
        QVERIFY(written.error().toDisplayString().contains(path));
        QCOMPARE(readFile(path), content);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("config")});
        QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadGroup); // not even chmod
    }

    void shouldWriteOwnerOnlyWithABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".kube/config"));
        // A new file, its folder created: 0600, no backup.
        auto written = writeKubeconfig(path, request(), false);
        SCS_VERIFY_OK(written);
        QVERIFY(written->backupPath.isEmpty());
        QCOMPARE(QFileInfo(path).permissions(),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                     | QFileDevice::WriteUser);

        // An existing world-readable file: backed up (0600 too), then written 0600.
        const QByteArray old = readFile(kData + QStringLiteral("/handwritten/before.yaml"));
        QVERIFY(writeFile(path, old));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadOther));
        written = writeKubeconfig(path, request(), false);
        QVERIFY(written);
        QVERIFY(!written->backupPath.isEmpty());
        QCOMPARE(readFile(written->backupPath), old);
        QVERIFY(!(QFileInfo(written->backupPath).permissions() & QFileDevice::ReadOther));
        QVERIFY(!(QFileInfo(path).permissions() & QFileDevice::ReadOther));
        QCOMPARE(readFile(path), readFile(kData + QStringLiteral("/handwritten/after.yaml")));

        // The same export again: nothing to do, no second backup.
        written = writeKubeconfig(path, request(), false);
        QVERIFY(written);
        QVERIFY(written->backupPath.isEmpty());
        QCOMPARE(QDir(dir.filePath(QStringLiteral(".kube"))).entryList(QDir::Files).size(), 2);
    }

    // Issue 15, item 4: folders made on the way are 0700 and files 0600 from their creation,
    // whatever the umask (it was 0666/0777 minus umask, then chmod-ed).
    void shouldCreateOwnerOnlyWhateverTheUmask()
    {
        QTemporaryDir dir;
        const mode_t old = ::umask(0);
        const auto written = writeKubeconfig(dir.filePath(QStringLiteral("home/.kube/config")),
                                             request(), false);
        ::umask(old);
        QVERIFY(written);
        const auto ownerAll = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser
            | QFileDevice::ExeUser;
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("home/.kube"))).permissions(), ownerAll);
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("home"))).permissions(), ownerAll);
        QVERIFY(!(QFileInfo(written->path).permissions()
                  & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
        // The umask is the caller's again.
        const mode_t now = ::umask(0);
        ::umask(now);
        QCOMPARE(now, old);
    }

    // Issue 15, item 4: kubectl's lock file is honoured, and ours is gone afterwards.
    void shouldHonourKubectlsLockFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        QVERIFY(writeFile(path + QStringLiteral(".lock"), {}));
        auto written = writeKubeconfig(path, request(), false);
        QVERIFY(!written);
        QCOMPARE(written.error().kind, Error::Kind::Conflict);
        QVERIFY2(written.error().message.contains(QLatin1String("config.lock")),
                 qPrintable(written.error().message));
        QVERIFY(!QFile::exists(path)); // nothing written
        QVERIFY(QFile::remove(path + QStringLiteral(".lock")));
        written = writeKubeconfig(path, request(), false);
        QVERIFY(written);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    // Issue 15, item 4: backups (full of credentials) no longer pile up: five are kept.
    void shouldKeepOnlyTheFiveNewestBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        for (int i = 0; i < 8; ++i) {
            KubeconfigExport r = request();
            r.profile.tenants = {QStringLiteral("tenant-%1").arg(i)};
            QVERIFY(writeKubeconfig(path, r, true));
        }
        const QStringList backups
            = QDir(dir.path()).entryList({QStringLiteral("config.*.bak")}, QDir::Files);
        QCOMPARE(backups.size(), 5);
        // The newest backup is the file before the last write (it has tenant-6).
        QVERIFY(QFile::exists(path));
    }

    // Issue 15, item 4: with several KUBECONFIG files, as kubectl does: an entry is changed in
    // the file that defines it, new entries go to the first file that exists.
    void shouldFollowKubectlsRulesForSeveralFiles()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing"));
        const QString first = dir.filePath(QStringLiteral("first"));
        const QString second = dir.filePath(QStringLiteral("second"));
        QVERIFY(writeFile(first, "apiVersion: v1\nkind: Config\nclusters: []\nusers: []\n"
                                 "contexts: []\ncurrent-context: \"\"\n"));
        // The second file already has the console's context for tenant-b (an older export).
        KubeconfigExport old = request();
        old.profile.tenants = {QStringLiteral("tenant-b")};
        old.consoleProgram = QStringLiteral("/opt/old/scs-console");
        QVERIFY(writeKubeconfig(second, old, false));
        const QByteArray secondBefore = readFile(second);

        const QStringList chain{missing, first, second};
        QCOMPARE(defaultKubeconfigPath(chain), first);
        const auto written = writeKubeconfigChain(chain, request(), true);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toDisplayString()));
        QVERIFY(!QFile::exists(missing));
        const auto firstConfig = parseKubeconfig(readFile(first), first);
        const auto secondConfig = parseKubeconfig(readFile(second), second);
        QVERIFY(firstConfig && secondConfig);
        // tenant-a's context is new: the first existing file; tenant-b's (and the cluster and
        // user the old export wrote) are changed where they are.
        QVERIFY(firstConfig->context(request().contextName(QStringLiteral("tenant-a"))));
        QVERIFY(!firstConfig->context(request().contextName(QStringLiteral("tenant-b"))));
        QVERIFY(secondConfig->context(request().contextName(QStringLiteral("tenant-b"))));
        QVERIFY(!secondConfig->context(request().contextName(QStringLiteral("tenant-a"))));
        QVERIFY(!firstConfig->cluster(request().clusterName()));
        QVERIFY(readFile(second) != secondBefore); // the user's program path was updated there
        QVERIFY(readFile(second).contains("/usr/bin/scs-console"));
        QVERIFY(!readFile(second).contains("/opt/old/scs-console"));

        // None of the files exists: the last one gets everything.
        QTemporaryDir empty;
        const QStringList none{empty.filePath(QStringLiteral("a")), empty.filePath(QStringLiteral("b"))};
        QCOMPARE(defaultKubeconfigPath(none), none.last());
        QVERIFY(writeKubeconfigChain(none, request(), false));
        QVERIFY(!QFile::exists(none.first()));
        QVERIFY(QFile::exists(none.last()));
    }

    void shouldAskBeforeReplacingAClash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        const QByteArray old = readFile(kData + QStringLiteral("/replace-clash/before.yaml"));
        QVERIFY(writeFile(path, old));
        auto written = writeKubeconfig(path, request(), false);
        QVERIFY(!written);
        QCOMPARE(written.error().kind, Error::Kind::Conflict);
        QVERIFY(written.error().message.contains(QLatin1String("context tenant-a@central")));
        QCOMPARE(readFile(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

        written = writeKubeconfig(path, request(), true);
        QVERIFY(written);
        QCOMPARE(readFile(path), readFile(kData + QStringLiteral("/replace-clash/after.yaml")));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigWriter)
#include "tst_kubeconfigwriter.moc"
