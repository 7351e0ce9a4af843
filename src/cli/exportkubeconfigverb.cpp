#include "cli/exportkubeconfigverb.h"

#include "cli/commandline.h"
#include "cli/verbsession.h"
#include "kube/apipath.h"
#include "kubeconfig/kubeconfig.h"
#include "kubeconfig/kubeconfigwriter.h"
#include "profiles/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportKubeconfigVerb)
};

QString usage()
{
    return Tr::tr("Usage: scs-console export-kubeconfig --profile <name> [--tenant NAMESPACE]...\n"
                  "           [--output FILE | --merge] [--kubelogin] [--kubelogin-arg ARG]...\n"
                  "           [--set-current] [--force]\n"
                  "Writes a kubeconfig with one context per tenant (<tenant>@<profile>, blanks "
                  "and other characters a shell would split on turned into '-'). Without "
                  "--output or --merge it is printed.\n"
                  "  --merge          merge into the default kubeconfig (the first file of "
                  "KUBECONFIG, else ~/.kube/config)\n"
                  "  --kubelogin      sign in with kubelogin (kubectl oidc-login) instead of "
                  "scs-console get-token\n"
                  "  --set-current    make the first tenant's context the current context\n"
                  "  --force          replace entries of the same name\n");
}

int reportError(const Error &error, QTextStream &err)
{
    err << "scs-console: " << error.toDisplayString() << '\n';
    return ExitFailure;
}
} // namespace

int runExportKubeconfigVerb(const QStringList &arguments, const QString &defaultProfile,
                            ProfileStore &profiles, const QString &consoleProgram,
                            QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), {}, QStringLiteral("name"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), {}, QStringLiteral("namespace"));
    const QCommandLineOption output(QStringLiteral("output"), {}, QStringLiteral("file"));
    const QCommandLineOption merge(QStringLiteral("merge"));
    const QCommandLineOption kubelogin(QStringLiteral("kubelogin"));
    const QCommandLineOption kubeloginArg(QStringLiteral("kubelogin-arg"), {},
                                          QStringLiteral("arg"));
    const QCommandLineOption setCurrent(QStringLiteral("set-current"));
    const QCommandLineOption force(QStringLiteral("force"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions(
        {profileOption, tenant, output, merge, kubelogin, kubeloginArg, setCurrent, force, help});
    if (const auto exit = parseVerbArguments(parser, QStringLiteral("export-kubeconfig"),
                                             arguments, help, usage(), out, err))
        return *exit;
    if (parser.isSet(output) && parser.isSet(merge)) {
        err << "scs-console: " << Tr::tr("Use either --output or --merge, not both.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(kubeloginArg) && !parser.isSet(kubelogin)) {
        err << "scs-console: " << Tr::tr("--kubelogin-arg needs --kubelogin.") << '\n';
        return ExitUsage;
    }
    const QString name = parser.isSet(profileOption) ? parser.value(profileOption)
                                                     : defaultProfile;
    for (const QString &t : parser.values(tenant)) {
        if (const auto ok = kube::checkNamespaceName(t); !ok) {
            err << "scs-console: --tenant: " << ok.error().message << '\n';
            return ExitUsage;
        }
    }
    const auto profile = verbProfile(name, profiles, err, usage(), ExitFailure);
    if (!profile)
        return profile.error();

    KubeconfigExport request;
    request.profile = *profile;
    request.tenants = parser.values(tenant);
    request.userKind = parser.isSet(kubelogin) ? KubeconfigExport::UserKind::Kubelogin
                                               : KubeconfigExport::UserKind::ConsolePlugin;
    request.consoleProgram = consoleProgram;
    request.kubeloginExtraArgs = parser.values(kubeloginArg);
    request.setCurrentContext = parser.isSet(setCurrent);

    if (!parser.isSet(output) && !parser.isSet(merge)) {
        const auto text = generateKubeconfig(request);
        if (!text)
            return reportError(text.error(), err);
        out << QString::fromUtf8(*text);
        return ExitOk;
    }
    // Without --output: where kubectl itself would write, across a KUBECONFIG list of files.
    const QStringList chain = parser.isSet(output)
        ? QStringList{QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(output)))}
        : kubeconfigSearchPaths();
    const auto written = writeKubeconfigChain(chain, request, parser.isSet(force));
    if (!written) {
        reportError(written.error(), err);
        if (written.error().kind == Error::Kind::Conflict)
            err << Tr::tr("Nothing was written. Run again with --force to replace them.") << '\n';
        return ExitFailure;
    }
    QStringList contexts;
    for (const QString &t : request.effectiveTenants())
        contexts.append(request.contextName(t));
    for (const KubeconfigWrite &file : *written) {
        out << Tr::tr("Wrote %1 with the contexts %2.")
                   .arg(QDir::toNativeSeparators(file.path), contexts.join(QStringLiteral(", ")))
            << '\n';
        if (!file.backupPath.isEmpty())
            out << Tr::tr("The previous file was saved as %1.")
                       .arg(QDir::toNativeSeparators(file.backupPath))
                << '\n';
        if (!file.merge.clashes.isEmpty())
            out << Tr::tr("Replaced: %1.").arg(file.merge.clashes.join(QStringLiteral(", ")))
                << '\n';
    }
    return ExitOk;
}

} // namespace scs
