#include "cli/commandline.h"
#include "common/i18n.h"
#include "common/resultcheck.h"

#include <QCoreApplication>
#include <QTest>

using namespace scs;
using Action = CommandLine::Action;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldParse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QStringList>("verbArguments");

        QTest::newRow("nothing: the window") << QStringList{} << int(Action::RunGui) << "" << ""
                                             << "" << QStringList{};
        QTest::newRow("--help") << QStringList{"--help"} << int(Action::ShowHelp) << "" << ""
                                << "" << QStringList{};
        QTest::newRow("-h") << QStringList{"-h"} << int(Action::ShowHelp) << "" << "" << ""
                            << QStringList{};
        QTest::newRow("--version") << QStringList{"--version"} << int(Action::ShowVersion) << ""
                                   << "" << "" << QStringList{};
        QTest::newRow("profile and language")
            << QStringList{"--profile", "Prod", "--lang=de"} << int(Action::RunGui) << "Prod"
            << "de" << "" << QStringList{};
        QTest::newRow("a verb keeps its own options")
            << QStringList{"--lang", "de", "profile", "set", "x", "--api-url", "https://a"}
            << int(Action::RunVerb) << "" << "de" << "profile"
            << QStringList{"set", "x", "--api-url", "https://a"};
        QTest::newRow("help wins over a verb") << QStringList{"--help", "profile"}
                                               << int(Action::ShowHelp) << "" << "" << ""
                                               << QStringList{};
    }

    void shouldParse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, action);
        QFETCH(QString, profile);
        QFETCH(QString, language);
        QFETCH(QString, verb);
        QFETCH(QStringList, verbArguments);

        const auto result = parseCommandLine(QStringList{QStringLiteral("scs-console")} + arguments);
        SCS_VERIFY_OK(result);
        QCOMPARE(int(result->action), action);
        QCOMPARE(result->profile, profile);
        QCOMPARE(result->language, language);
        QCOMPARE(result->verb, verb);
        QCOMPARE(result->verbArguments, verbArguments);
    }

    void shouldRefuse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
        QTest::newRow("missing value") << QStringList{"--profile"} << "profile";
        QTest::newRow("empty profile") << QStringList{"--profile="} << "profile name";
        QTest::newRow("unknown verb") << QStringList{"launch-rockets"} << "launch-rockets";
    }

    void shouldRefuse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const auto result = parseCommandLine(QStringList{QStringLiteral("scs-console")} + arguments);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    }

    // Item 11 of issue 15: the sandbox is off only by the person's explicit --no-sandbox
    // (scripts/run passes it as root), for the window and for a verb's sign-in alike.
    void shouldTurnTheSandboxOffOnlyWhenAsked()
    {
        const auto plain = parseCommandLine({QStringLiteral("scs-console")});
        QVERIFY(plain.has_value());
        QVERIFY(!plain->noSandbox);
        const auto window = parseCommandLine(
            {QStringLiteral("scs-console"), QStringLiteral("--no-sandbox"),
             QStringLiteral("--profile"), QStringLiteral("local stack")});
        QVERIFY2(window.has_value(), qPrintable(window ? QString() : window.error().message));
        QVERIFY(window->noSandbox);
        QCOMPARE(int(window->action), int(Action::RunGui));
        QCOMPARE(window->profile, QStringLiteral("local stack"));
        const auto verb = parseCommandLine({QStringLiteral("scs-console"),
                                            QStringLiteral("--no-sandbox"),
                                            QStringLiteral("get-token")});
        QVERIFY(verb.has_value());
        QVERIFY(verb->noSandbox);
        // After the verb it is the verb's argument, not ours.
        const auto after = parseCommandLine({QStringLiteral("scs-console"),
                                             QStringLiteral("get-token"),
                                             QStringLiteral("--no-sandbox")});
        QVERIFY(after.has_value());
        QVERIFY(!after->noSandbox);
    }

    void shouldDescribeEveryOptionInHelp()
    {
        const QString help = commandLineHelp();
        for (const char *option : {"--help", "--version", "--profile", "--lang", "--no-sandbox",
                                   "profile",
                                   "Exit codes"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }

    void shouldShowHelpInGerman()
    {
        const QLocale german = installTranslations(*QCoreApplication::instance(),
                                                   localeFromLanguageOption(QStringLiteral("de")));
        QCOMPARE(german.language(), QLocale::German);
        const QString help = commandLineHelp();
        QVERIFY2(help.contains(QStringLiteral("Diese Hilfe anzeigen")), qPrintable(help));
    }

    void shouldMapLanguageOptions()
    {
        QCOMPARE(localeFromLanguageOption(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(localeFromLanguageOption(QStringLiteral("de_AT")).language(), QLocale::German);
        QCOMPARE(localeFromLanguageOption(QStringLiteral("en")).language(), QLocale::English);
        QCOMPARE(localeFromLanguageOption(QStringLiteral("klingon!")).language(), QLocale::C);
    }

    void shouldNameTheVersion()
    {
        QVERIFY(versionText().startsWith(QLatin1String("scs-console 0.")));
        QVERIFY(versionText().contains(QLatin1String(qVersion())));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
