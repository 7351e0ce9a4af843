#include "cli/createtenantverb.h"

#include "auth/session.h"
#include "auth/tokenstore.h"
#include "cli/commandline.h"
#include "cli/verbsession.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "profiles/profilestore.h"
#include "tenants/tenantcreator.h"
#include "tenants/tenantplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreateTenantVerb)
};

constexpr std::chrono::milliseconds kRequestTimeout{60000};

QString usage()
{
    return Tr::tr(
        "Usage: scs-console create-tenant --profile <name> --name <tenant> --admin-group <group> "
        "[options]\n"
        "Sets up a new tenant for platform operators: the namespace (labelled "
        "scs.community/tenant, with the display name as annotation scs.community/display-name, "
        "the console's own convention), a RoleBinding that makes the Keycloak group its "
        "administrators, and optionally a ResourceQuota and a LimitRange. No OpenStack "
        "ProviderConfig is created. Uses the profile's keychain session; never opens a "
        "window.\n"
        "\n"
        "Options:\n"
        "  --profile <name>              the connection profile (signed in before)\n"
        "  --name <tenant>               the namespace, a DNS label\n"
        "  --admin-group <group>         the Keycloak group of the tenant's administrators\n"
        "  --display-name <text>         the name the console shows\n"
        "  --role <clusterrole>          the ClusterRole the group gets (default admin)\n"
        "  --groups-prefix <prefix>      the API server's group prefix (default oidc:)\n"
        "  --quota <r=q,...>             a ResourceQuota, e.g. "
        "count/clusters.cluster.x-k8s.io=3,requests.cpu=32\n"
        "  --default-request <r=q,...>   a LimitRange's default container requests\n"
        "  --default-limit <r=q,...>     a LimitRange's default container limits\n"
        "  --dry-run                     print the objects as YAML; send nothing\n"
        "\n"
        "Exit codes:\n"
        "  0  created (with --dry-run: printed)\n"
        "  1  the server refused; a namespace this run created is deleted again\n"
        "  2  wrong usage\n"
        "  3  the tenant is not valid; nothing was sent\n"
        "  5  not signed in to the profile\n");
}
} // namespace

int runCreateTenantVerb(const QStringList &arguments, const QString &defaultProfile,
                        ProfileStore &profiles, auth::TokenStore &tokens, QTextStream &out,
                        QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(u"profile"_s, {}, u"name"_s);
    const QCommandLineOption nameOption(u"name"_s, {}, u"tenant"_s);
    const QCommandLineOption groupOption(u"admin-group"_s, {}, u"group"_s);
    const QCommandLineOption displayOption(u"display-name"_s, {}, u"text"_s);
    const QCommandLineOption roleOption(u"role"_s, {}, u"clusterrole"_s);
    const QCommandLineOption prefixOption(u"groups-prefix"_s, {}, u"prefix"_s);
    const QCommandLineOption quotaOption(u"quota"_s, {}, u"list"_s);
    const QCommandLineOption requestOption(u"default-request"_s, {}, u"list"_s);
    const QCommandLineOption limitOption(u"default-limit"_s, {}, u"list"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    parser.addOptions({profileOption, nameOption, groupOption, displayOption, roleOption,
                       prefixOption, quotaOption, requestOption, limitOption, dryRunOption,
                       help});
    if (const auto exit
        = parseVerbArguments(parser, u"create-tenant"_s, arguments, help, usage(), out, err))
        return *exit;
    const bool dryRun = parser.isSet(dryRunOption);
    const QString profileName = parser.isSet(profileOption) ? parser.value(profileOption)
                                                            : defaultProfile;
    if (parser.value(nameOption).isEmpty() || parser.value(groupOption).isEmpty()
        || (!dryRun && profileName.isEmpty())) {
        err << "scs-console: " << Tr::tr("--profile, --name and --admin-group are required.")
            << '\n'
            << usage();
        return ExitUsage;
    }

    tenants::TenantPlan plan;
    plan.name = parser.value(nameOption);
    plan.adminGroup = parser.value(groupOption);
    plan.displayName = parser.value(displayOption);
    if (parser.isSet(roleOption))
        plan.adminRole = parser.value(roleOption);
    if (parser.isSet(prefixOption))
        plan.groupsPrefix = parser.value(prefixOption);
    const std::pair<const QCommandLineOption *, QMap<QString, QString> *> maps[] = {
        {&quotaOption, &plan.quota},
        {&requestOption, &plan.defaultRequests},
        {&limitOption, &plan.defaultLimits}};
    for (const auto &[option, target] : maps) {
        const auto parsed = tenants::parseQuantityMap(parser.value(*option));
        if (!parsed.error.isEmpty()) {
            err << "scs-console: --" << option->names().constFirst() << ": " << parsed.error
                << '\n';
            return ExitTenantInvalid;
        }
        *target = parsed.values;
    }
    if (const QStringList issues = tenants::validate(plan); !issues.isEmpty()) {
        for (const QString &issue : issues)
            err << "scs-console: " << issue << '\n';
        return ExitTenantInvalid;
    }
    if (dryRun) {
        out << QString::fromUtf8(tenants::yamlOf(plan));
        return ExitOk;
    }

    const auto profile = verbProfile(profileName, profiles, err, usage(), ExitUsage);
    if (!profile)
        return profile.error();
    QEventLoop loop;
    auth::Session session(*profile, &tokens);
    if (const auto restored = restoreSessionBlocking(session, kRequestTimeout); !restored) {
        if (isNotSignedIn(restored.error())) {
            err << "scs-console: " << notSignedInMessage(profileName) << '\n';
            return ExitTenantNotSignedIn;
        }
        err << "scs-console: " << restoreFailureMessage(restored.error()) << '\n';
        return ExitFailure;
    }
    kube::KubeClient client(*profile, &session);
    kube::Discovery discovery(&client);
    discovery.setRefreshInterval(std::chrono::milliseconds(0));
    if (const Result<void> discovered = discoverBlocking(discovery, kRequestTimeout);
        !discovered) {
        err << "scs-console: " << discovered.error().message << '\n';
        return discovered.error().kind == Error::Kind::Unauthorized ? int(ExitTenantNotSignedIn)
                                                                    : ExitFailure;
    }

    tenants::TenantCreator creator(&client, &discovery);
    QObject::connect(&creator, &tenants::TenantCreator::created, &loop,
                     [&](const QString &what) {
                         out << what << ' ' << Tr::tr("created") << '\n';
                         out.flush();
                     });
    std::optional<Result<QStringList>> result;
    QObject::connect(&creator, &tenants::TenantCreator::succeeded, &loop,
                     [&](const QStringList &created) {
                         result = created;
                         loop.quit();
                     });
    QObject::connect(&creator, &tenants::TenantCreator::failed, &loop, [&](const Error &e) {
        result = std::unexpected(e);
        loop.quit();
    });
    creator.start(plan);
    if (!waitUntil(loop, [&] { return result.has_value(); }, 2 * kRequestTimeout)) {
        err << "scs-console: " << Tr::tr("The Central API did not answer in time.") << '\n';
        return ExitFailure;
    }
    if (!*result) {
        err << "scs-console: " << result->error().message << '\n';
        return result->error().kind == Error::Kind::Unauthorized ? int(ExitTenantNotSignedIn)
                                                                 : int(ExitFailure);
    }
    return ExitOk;
}

} // namespace scs
