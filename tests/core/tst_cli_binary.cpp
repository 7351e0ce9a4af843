// The real scs-console binary from the command line: no display is needed for --help,
// --version and verbs, and usage errors exit with 2 and say what is wrong.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliBinary : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display at all: the windowless paths must not touch a platform plugin.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("QT_LOGGING_RULES")); // a person's run has none
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SCS_CONSOLE_BIN), arguments);
        if (!process.waitForFinished(30000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void shouldPrintTheVersionWithoutADisplay()
    {
        const auto r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("scs-console 0.1.0")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void shouldPrintHelpWithoutADisplay()
    {
        const auto r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("--profile <name>")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Exit codes")));
    }

    void shouldPrintGermanHelp()
    {
        const auto r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("-h")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Diese Hilfe anzeigen")), qPrintable(r.out));
    }

    void shouldRefuseUnknownOptionsWithExitCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown option") << QStringList{"--bogus"} << "bogus";
        QTest::newRow("unknown verb") << QStringList{"reticulate"} << "reticulate";
        QTest::newRow("missing value") << QStringList{"--profile"} << "profile";
        QTest::newRow("verb usage") << QStringList{"profile", "frob"} << "Usage";
        // Every windowless verb: a stray argument is named, an unknown option too, and the
        // usage follows (get-token's stdout belongs to the ExecCredential: nothing there).
        for (const char *verb : {"get-token", "export-kubeconfig", "order-cluster",
                                 "create-tenant"}) {
            QTest::addRow("%s stray argument", verb) << QStringList{QString::fromLatin1(verb), "stray"}
                                                      << "unexpected argument \"stray\"";
            QTest::addRow("%s unknown option", verb)
                << QStringList{QString::fromLatin1(verb), "--bogus"} << "bogus";
        }
    }

    void shouldRefuseUnknownOptionsWithExitCode2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const auto r = run(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        QVERIFY2(arguments.size() < 2 || r.err.contains(QLatin1String("Usage")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void shouldManageProfilesFromScripts()
    {
        auto r = run({"profile", "set", "local", "--api-url", "https://127.0.0.1:6443",
                      "--issuer-url", "https://127.0.0.1:8443/realms/scs", "--current"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"profile", "list"});
        QCOMPARE(r.out, QStringLiteral("* local\thttps://127.0.0.1:6443\n"));
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("config/SCS/scs-console/profiles.ini")))
                || QFile::exists(m_home.filePath(QStringLiteral("config/scs-console/profiles.ini"))));
    }

    // A normal run prints the verb's own lines and nothing else: no log lines, no debug dumps.
    void shouldPrintOnlyTheVerbsOutputWhenExporting()
    {
        auto r = run({"profile", "set", "quiet", "--api-url", "https://127.0.0.1:6443",
                      "--issuer-url", "https://127.0.0.1:8443/realms/scs"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString file = m_home.filePath(QStringLiteral("quiet.kubeconfig"));
        r = run({"export-kubeconfig", "--profile", "quiet", "--tenant", "tenant-a", "--output",
                 file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.err, QString());
        QVERIFY2(!r.out.contains(QLatin1String("QList(")), qPrintable(r.out));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    }

    void shouldRefuseAnUnknownProfileForTheWindow()
    {
        const auto r = run({QStringLiteral("--profile"), QStringLiteral("nope")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("no profile called")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliBinary)
#include "tst_cli_binary.moc"
