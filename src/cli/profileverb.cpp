#include "cli/profileverb.h"

#include "cli/commandline.h"
#include "kubeconfig/kubeconfigprofileimport.h"
#include "profiles/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileVerb)
};

QString usage()
{
    return Tr::tr("Usage: scs-console profile list\n"
                  "       scs-console profile show <name>\n"
                  "       scs-console profile set <name> [--api-url URL] [--issuer-url URL]\n"
                  "           [--client-id ID] [--scope SCOPE]... [--ca-file PEM] "
                  "[--tenant NAMESPACE]...\n"
                  "           [--username-prefix PREFIX] [--groups-prefix PREFIX] [--current]\n"
                  "       scs-console profile remove <name>\n"
                  "       scs-console profile import <kubeconfig>\n");
}

void printProfile(const ConnectionProfile &p, bool current, QTextStream &out)
{
    out << "name:         " << p.name << (current ? QStringLiteral(" (current)") : QString())
        << '\n'
        << "api-url:      " << p.apiUrl.toString() << '\n'
        << "issuer-url:   " << p.issuerUrl.toString() << '\n'
        << "client-id:    " << p.clientId << '\n'
        << "scopes:       " << p.extraScopes.join(QLatin1Char(' ')) << '\n'
        << "ca-file:      "
        << (p.caFile.isEmpty() ? Tr::tr("(system trust store)") : QDir::toNativeSeparators(p.caFile))
        << '\n'
        << "tenants:      " << p.tenants.join(QLatin1Char(' ')) << '\n'
        << "user-prefix:  " << p.usernamePrefix << '\n'
        << "group-prefix: " << p.groupsPrefix << '\n';
}

int reportError(const Error &error, QTextStream &err)
{
    err << "scs-console: " << error.toDisplayString();
    if (!error.field.isEmpty())
        err << " (" << error.field << ")";
    err << '\n';
    return ExitFailure;
}

int setProfile(const QStringList &arguments, ProfileStore &store, QTextStream &out,
               QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption api(QStringLiteral("api-url"), {}, QStringLiteral("url"));
    const QCommandLineOption issuer(QStringLiteral("issuer-url"), {}, QStringLiteral("url"));
    const QCommandLineOption client(QStringLiteral("client-id"), {}, QStringLiteral("id"));
    const QCommandLineOption scope(QStringLiteral("scope"), {}, QStringLiteral("scope"));
    const QCommandLineOption ca(QStringLiteral("ca-file"), {}, QStringLiteral("file"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), {}, QStringLiteral("namespace"));
    // As the API server's --oidc-username-prefix/--oidc-groups-prefix; "" for none.
    const QCommandLineOption userPrefix(QStringLiteral("username-prefix"), {},
                                        QStringLiteral("prefix"));
    const QCommandLineOption groupPrefix(QStringLiteral("groups-prefix"), {},
                                         QStringLiteral("prefix"));
    const QCommandLineOption current(QStringLiteral("current"));
    parser.addOptions({api, issuer, client, scope, ca, tenant, userPrefix, groupPrefix, current});
    if (!parser.parse(QStringList{QStringLiteral("set")} + arguments)) {
        err << "scs-console: " << parser.errorText() << '\n' << usage();
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        err << usage();
        return ExitUsage;
    }
    const QString name = parser.positionalArguments().constFirst();
    ConnectionProfile profile = store.profile(name).value_or(ConnectionProfile{});
    profile.name = name;
    if (parser.isSet(api))
        profile.apiUrl = urlFromUserInput(parser.value(api));
    if (parser.isSet(issuer))
        profile.issuerUrl = urlFromUserInput(parser.value(issuer));
    if (parser.isSet(client))
        profile.clientId = parser.value(client);
    if (parser.isSet(scope))
        profile.extraScopes = parser.values(scope);
    if (parser.isSet(ca))
        profile.caFile = parser.value(ca).isEmpty()
            ? QString()
            : QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(ca)));
    if (parser.isSet(tenant))
        profile.tenants = parser.values(tenant);
    if (parser.isSet(userPrefix))
        profile.usernamePrefix = parser.value(userPrefix);
    if (parser.isSet(groupPrefix))
        profile.groupsPrefix = parser.value(groupPrefix);

    if (const auto saved = store.save(profile, store.profile(name) ? name : QString()); !saved)
        return reportError(saved.error(), err);
    if (parser.isSet(current)) {
        if (const auto made = store.setCurrentProfile(name); !made)
            return reportError(made.error(), err);
    }
    out << Tr::tr("Saved profile \"%1\".").arg(name) << '\n';
    return ExitOk;
}

int importProfiles(const QString &path, ProfileStore &store, QTextStream &out, QTextStream &err)
{
    const auto imported = importProfilesFromKubeconfigFile(path);
    if (!imported)
        return reportError(imported.error(), err);
    int failures = 0;
    for (auto item : *imported) {
        if (!item.caPem.isEmpty()) {
            const auto caPath = storeCaBundle(item.profile.name, item.caPem);
            if (!caPath) {
                ++failures;
                reportError(caPath.error(), err);
                continue;
            }
            item.profile.caFile = *caPath;
        }
        const bool exists = store.profile(item.profile.name).has_value();
        if (const auto saved = store.save(item.profile, exists ? item.profile.name : QString());
            !saved) {
            ++failures;
            err << Tr::tr("Profile \"%1\" not imported: ").arg(item.profile.name);
            reportError(saved.error(), err);
            continue;
        }
        out << Tr::tr("Imported profile \"%1\" from contexts %2.")
                   .arg(item.profile.name, item.contexts.join(QStringLiteral(", ")))
            << '\n';
    }
    return failures == 0 ? ExitOk : ExitFailure;
}
} // namespace

int runProfileVerb(const QStringList &arguments, ProfileStore &store, QTextStream &out,
                   QTextStream &err)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        out << usage();
        return ExitOk;
    }
    if (const auto &loadError = store.loadError(); loadError && sub != QLatin1String("list")) {
        err << "scs-console: " << loadError->message << '\n';
    }
    if (sub == QLatin1String("list") && rest.isEmpty()) {
        const QString current = store.currentProfile();
        for (const auto &p : store.profiles())
            out << (p.name == current ? "* " : "  ") << p.name << '\t' << p.apiUrl.toString()
                << '\n';
        return ExitOk;
    }
    if (sub == QLatin1String("show") && rest.size() == 1) {
        const auto p = store.profile(rest.first());
        if (!p) {
            err << "scs-console: " << Tr::tr("There is no profile called \"%1\".").arg(rest.first())
                << '\n';
            return ExitFailure;
        }
        printProfile(*p, p->name == store.currentProfile(), out);
        return ExitOk;
    }
    if (sub == QLatin1String("set"))
        return setProfile(rest, store, out, err);
    if (sub == QLatin1String("remove") && rest.size() == 1) {
        if (const auto removed = store.remove(rest.first()); !removed)
            return reportError(removed.error(), err);
        out << Tr::tr("Removed profile \"%1\".").arg(rest.first()) << '\n';
        return ExitOk;
    }
    if (sub == QLatin1String("import") && rest.size() == 1)
        return importProfiles(rest.first(), store, out, err);
    err << usage();
    return ExitUsage;
}

} // namespace scs
