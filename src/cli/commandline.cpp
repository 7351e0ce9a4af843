#include "cli/commandline.h"

#include "buildinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

struct Options
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            Tr::tr("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               Tr::tr("Show the version and exit.")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               Tr::tr("Open the connection profile <name>."), Tr::tr("name")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            Tr::tr("Use the language <code> (for example de or en) instead of "
                                   "the system's."),
                            Tr::tr("code")};
    QCommandLineOption noSandbox{QStringLiteral("no-sandbox"),
                                 Tr::tr("Run the embedded sign-in page without Chromium's "
                                        "sandbox. Needed to sign in inside the console as the "
                                        "root user; weakens the page's isolation.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({help, version, profile, lang, noSandbox});
        parser.addPositionalArgument(QStringLiteral("verb"),
                                     Tr::tr("Run a command instead of opening the window."),
                                     QStringLiteral("[verb [options]]"));
        // Everything after the verb belongs to the verb.
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    }
};
} // namespace

QStringList knownVerbs()
{
    return {QStringLiteral("profile"), QStringLiteral("get-token"),
            QStringLiteral("export-kubeconfig"), QStringLiteral("order-cluster"),
            QStringLiteral("create-tenant")};
}

Result<CommandLine> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    if (!parser.parse(arguments))
        return fail(Error::Kind::Invalid, parser.errorText());

    CommandLine result;
    result.profile = parser.value(options.profile);
    result.language = parser.value(options.lang);
    result.noSandbox = parser.isSet(options.noSandbox);
    if (parser.isSet(options.profile) && result.profile.trimmed().isEmpty())
        return fail(Error::Kind::Invalid, Tr::tr("--profile needs a profile name."));

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(options.help))
        result.action = CommandLine::Action::ShowHelp;
    else if (parser.isSet(options.version))
        result.action = CommandLine::Action::ShowVersion;
    else if (!positional.isEmpty()) {
        result.verb = positional.first();
        if (!knownVerbs().contains(result.verb)) {
            return fail(Error::Kind::Invalid,
                        Tr::tr("Unknown command \"%1\". Known commands: %2.")
                            .arg(result.verb, knownVerbs().join(QStringLiteral(", "))));
        }
        result.action = CommandLine::Action::RunVerb;
        result.verbArguments = positional.mid(1);
    }
    return result;
}

QString commandLineHelp()
{
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.setApplicationDescription(
        Tr::tr("SCS Console: a desktop console for the Sovereign Cloud Stack Central API."));
    QString text = parser.helpText();
    text += QLatin1Char('\n') + Tr::tr("Commands:") + QLatin1Char('\n');
    text += QStringLiteral("  profile list|show|set|remove   ")
        + Tr::tr("Manage connection profiles (see \"profile --help\").") + QLatin1Char('\n');
    text += QStringLiteral("  export-kubeconfig --profile P  ")
        + Tr::tr("Write a kubeconfig for kubectl (see \"export-kubeconfig --help\").")
        + QLatin1Char('\n');
    text += QStringLiteral("  get-token --profile P          ")
        + Tr::tr("Print an ExecCredential for kubectl (the exported kubeconfig runs it).")
        + QLatin1Char('\n');
    text += QStringLiteral("  order-cluster --profile P --tenant T --from FILE [--wait]\n"
                           "                                 ")
        + Tr::tr("Order a Kubernetes cluster (exit codes 3-5: see \"order-cluster --help\").")
        + QLatin1Char('\n');
    text += QStringLiteral("  create-tenant --profile P --name N --admin-group G [--dry-run]\n"
                           "                                 ")
        + Tr::tr("Set up a new tenant (see \"create-tenant --help\").") + QLatin1Char('\n');
    text += QLatin1Char('\n')
        + Tr::tr("Exit codes: 0 success, 1 failure, 2 wrong usage.") + QLatin1Char('\n');
    return text;
}

QString versionText()
{
    return QStringLiteral("scs-console %1 (Qt %2, built with Qt %3)\n")
        .arg(QLatin1String(buildinfo::kVersion), QLatin1String(qVersion()),
             QLatin1String(buildinfo::kQtBuildVersion));
}

} // namespace scs
