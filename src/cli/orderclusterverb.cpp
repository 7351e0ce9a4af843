#include "cli/orderclusterverb.h"

#include "auth/session.h"
#include "auth/tokenstore.h"
#include "cli/commandline.h"
#include "cli/verbsession.h"
#include "kube/apipath.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/openapi.h"
#include "kube/resourcequota.h"
#include "kube/watcher.h"
#include "orders/clusterstatus.h"
#include "orders/order.h"
#include "orders/orderservice.h"
#include "orders/orderslogging.h"
#include "orders/quotacheck.h"
#include "profiles/profilestore.h"
#include "yaml/yaml.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderClusterVerb)
};

using orders::FieldIssue;
using orders::OrderKind;

constexpr int kDefaultTimeoutSeconds = 900;
constexpr std::chrono::milliseconds kRequestTimeout{60000};

QString usage()
{
    return Tr::tr(
        "Usage: scs-console order-cluster --profile <name> --tenant <tenant> --from <file> "
        "[--wait] [--timeout <seconds>]\n"
        "Orders a Kubernetes cluster from a YAML or JSON file holding one Cluster: either a "
        "Central API claim (clusters.api.scs.community) or a Cluster API cluster "
        "(clusters.cluster.x-k8s.io) with a ClusterClass topology. The file is checked with "
        "the console's rules (the ClusterClass's variables and versions, the claim's schema); "
        "then the server checks it in a dry run, and only then is it created. An order that "
        "would exceed a quota of the tenant that you may read is refused with the quota named, "
        "as the console's order wizard does. Uses the profile's keychain session; never opens "
        "a window.\n"
        "A Cluster API worker pool is autoscaled by the annotations "
        "cluster.x-k8s.io/cluster-api-autoscaler-node-group-min-size and -max-size on its "
        "metadata (whole numbers in quotes, 0 <= min <= max); it then sets no replicas. An "
        "order template the console saved is such a file once metadata.name is added.\n"
        "\n"
        "Options:\n"
        "  --profile <name>     the connection profile (signed in before, in the console)\n"
        "  --tenant <tenant>    the tenant namespace to order in\n"
        "  --from <file>        the cluster, as YAML or JSON\n"
        "  --wait               follow the cluster until it is ready, printing its phases\n"
        "  --timeout <seconds>  how long --wait waits (default %1)\n"
        "\n"
        "Exit codes:\n"
        "  0  created (with --wait: ready)\n"
        "  1  the server refused the order, or the cluster failed\n"
        "  2  wrong usage (options, unreadable file)\n"
        "  3  the order is not valid or a quota does not allow it; nothing was created (only "
        "discovery, the schema or ClusterClass, the existing names and the quotas were read)\n"
        "  4  --wait: not ready within the timeout\n"
        "  5  not signed in to the profile\n")
        .arg(kDefaultTimeoutSeconds);
}

void printIssues(QTextStream &err, const QString &file, const QByteArray &text,
                 const QJsonObject &object, const QList<FieldIssue> &issues)
{
    for (const FieldIssue &issue : issues) {
        QString where = file;
        if (!issue.path.isEmpty()) {
            if (const auto at = yaml::locateNearest(text, orders::yamlPathOf(issue.path, object)))
                where += u':' + QString::number(at->line) + u':' + QString::number(at->column);
        }
        err << where << ": " << issue.toString() << '\n';
    }
    err.flush();
}
} // namespace

int runOrderClusterVerb(const QStringList &arguments, const QString &defaultProfile,
                        ProfileStore &profiles, auth::TokenStore &tokens, QTextStream &out,
                        QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(u"profile"_s, {}, u"name"_s);
    const QCommandLineOption tenantOption(u"tenant"_s, {}, u"tenant"_s);
    const QCommandLineOption fromOption(u"from"_s, {}, u"file"_s);
    const QCommandLineOption waitOption(u"wait"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, {}, u"seconds"_s);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    parser.addOptions({profileOption, tenantOption, fromOption, waitOption, timeoutOption, help});
    if (const auto exit
        = parseVerbArguments(parser, u"order-cluster"_s, arguments, help, usage(), out, err))
        return *exit;
    const QString name = parser.isSet(profileOption) ? parser.value(profileOption)
                                                     : defaultProfile;
    const QString tenant = parser.value(tenantOption);
    const QString file = parser.value(fromOption);
    int timeoutSeconds = kDefaultTimeoutSeconds;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
        if (!ok || timeoutSeconds <= 0) {
            err << "scs-console: " << Tr::tr("--timeout needs a number of seconds above 0.")
                << '\n';
            return ExitUsage;
        }
    }
    if (name.isEmpty() || tenant.isEmpty() || file.isEmpty()) {
        err << "scs-console: " << Tr::tr("--profile, --tenant and --from are required.") << '\n'
            << usage();
        return ExitUsage;
    }
    if (const auto ok = kube::checkNamespaceName(tenant); !ok) {
        err << "scs-console: --tenant: " << ok.error().message << '\n';
        return ExitUsage;
    }
    const auto profile = verbProfile(name, profiles, err, usage(), ExitUsage);
    if (!profile)
        return profile.error();

    // 1. The file, checked as far as it can be without the server.
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        err << "scs-console: "
            << Tr::tr("Cannot read %1: %2").arg(file, input.errorString()) << '\n';
        return ExitUsage;
    }
    const QByteArray text = input.readAll();
    const auto document = yaml::toJsonDocument(text);
    if (!document) {
        Error e = document.error();
        e.file = file;
        err << e.toDisplayString() << '\n';
        return ExitValidation;
    }
    if (!document->isObject()) {
        err << file << ": " << Tr::tr("expected one Cluster object") << '\n';
        return ExitValidation;
    }
    QJsonObject object = document->object();
    const auto kind = orders::orderKindOf(object);
    if (!kind) {
        err << file << ": " << kind.error().message << '\n';
        return ExitValidation;
    }
    {
        QJsonObject metadata = object.value("metadata"_L1).toObject();
        QList<FieldIssue> early;
        const QString objectName = metadata.value("name"_L1).toString();
        if (const QString problem = orders::checkDnsLabel(objectName); !problem.isEmpty())
            early.append({u"metadata.name"_s, problem});
        const QString ns = metadata.value("namespace"_L1).toString();
        if (!ns.isEmpty() && ns != tenant)
            early.append({u"metadata.namespace"_s, Tr::tr("must be the tenant %1").arg(tenant)});
        if (!early.isEmpty()) {
            printIssues(err, file, text, object, early);
            return ExitValidation;
        }
        metadata.insert(u"namespace"_s, tenant);
        object.insert(u"metadata"_s, metadata);
    }

    // 2. The keychain session (a refresh at the issuer), never a window.
    QEventLoop loop;
    auth::Session session(*profile, &tokens);
    if (const auto restored = restoreSessionBlocking(session, kRequestTimeout); !restored) {
        if (isNotSignedIn(restored.error())) {
            err << "scs-console: " << notSignedInMessage(name) << '\n';
            return ExitNotSignedIn;
        }
        err << "scs-console: " << restoreFailureMessage(restored.error()) << '\n';
        return ExitFailure;
    }

    // 3. What the Central API offers: discovery, the claim schema or the ClusterClass.
    kube::KubeClient client(*profile, &session);
    kube::Discovery discovery(&client);
    discovery.setRefreshInterval(std::chrono::milliseconds(0));
    kube::OpenApi openApi(&client);
    orders::OrderService service(&client, &discovery, &openApi);
    if (const Result<void> discovered = discoverBlocking(discovery, kRequestTimeout);
        !discovered) {
        err << "scs-console: " << discovered.error().message << '\n';
        return discovered.error().kind == Error::Kind::Unauthorized ? int(ExitNotSignedIn)
                                                                    : ExitFailure;
    }
    std::optional<Result<QList<orders::OrderType>>> types;
    service.orderTypes(tenant, &loop, [&](const Result<QList<orders::OrderType>> &r) {
        types = r;
        loop.quit();
    });
    std::optional<Result<QStringList>> taken;
    service.takenNames(tenant, &loop, [&](const Result<QStringList> &r) {
        taken = r;
        loop.quit();
    });
    // The tenant's quotas as the order wizard reads them: one that may not be read checks
    // nothing (the API server's quota admission still does).
    std::optional<Result<QList<kube::Quota>>> quotas;
    kube::readQuotas(&client, tenant, &loop, [&](const Result<QList<kube::Quota>> &r) {
        quotas = r;
        loop.quit();
    });
    if (!waitUntil(loop, [&] { return types && taken && quotas; }, kRequestTimeout)) {
        err << "scs-console: " << Tr::tr("The Central API did not answer in time.") << '\n';
        return ExitFailure;
    }
    if (!*types) {
        err << "scs-console: " << types->error().message << '\n';
        return ExitFailure;
    }
    if (!*quotas)
        qCWarning(lcOrders) << "quotas of" << tenant << "not read:" << quotas->error().detail;
    // A quota the order would exceed stops it first, as in the wizard: whatever else is to fix,
    // this order cannot go through. There is no way past it (the wizard offers none either).
    if (const QList<orders::QuotaExcess> excess = orders::checkOrder(
            quotas->value_or(QList<kube::Quota>{}), orders::demandOf(object));
        !excess.isEmpty()) {
        for (const orders::QuotaExcess &e : excess)
            err << file << ": " << e.message << '\n';
        err << "scs-console: "
            << Tr::tr("A quota of %1 does not allow this order; nothing was sent. Ask a platform "
                      "operator to raise it, or remove a cluster first.")
                   .arg(tenant)
            << '\n';
        return ExitValidation;
    }
    const QString wantedClass = orders::topologyClass(
        object.value("spec"_L1).toObject().value("topology"_L1).toObject());
    const orders::OrderType *type = nullptr;
    for (const orders::OrderType &t : types->value()) {
        if (t.kind == *kind && (*kind == OrderKind::Claim || t.clusterClass == wantedClass))
            type = &t;
    }
    if (!type) {
        if (*kind == OrderKind::ClusterApi) {
            QStringList offered;
            for (const orders::OrderType &t : types->value()) {
                if (t.kind == OrderKind::ClusterApi)
                    offered.append(t.clusterClass);
            }
            printIssues(err, file, text, object,
                        {{orders::topologyClassPath(object.value("apiVersion"_L1).toString()),
                          offered.isEmpty()
                              ? Tr::tr("no ClusterClass is offered in %1").arg(tenant)
                              : Tr::tr("must be one of the ClusterClasses offered in %1: %2")
                                    .arg(tenant, offered.join(u", "_s))}});
        } else {
            err << file << ": "
                << Tr::tr("The Central API does not offer %1 in %2.")
                       .arg(orders::resourceName(*kind), tenant)
                << '\n';
        }
        return ExitValidation;
    }
    const QList<FieldIssue> issues =
        orders::validateObject(object, *type, tenant, taken->value_or(QStringList{}));
    if (!issues.isEmpty()) {
        printIssues(err, file, text, object, issues);
        return ExitValidation;
    }

    // 4. Dry run, then create.
    std::optional<Result<orders::SubmitResult>> submitted;
    service.submit(object, &loop, [&](const Result<orders::SubmitResult> &r) {
        submitted = r;
        loop.quit();
    });
    if (!waitUntil(loop, [&] { return submitted.has_value(); }, 2 * kRequestTimeout)) {
        err << "scs-console: " << Tr::tr("The Central API did not answer in time.") << '\n';
        return ExitFailure;
    }
    if (!*submitted) {
        const Error &error = submitted->error();
        if (!service.lastIssues().isEmpty() && !service.lastIssues().first().path.isEmpty())
            printIssues(err, file, text, object, service.lastIssues());
        else
            err << "scs-console: " << error.message << '\n';
        return error.kind == Error::Kind::Unauthorized ? int(ExitNotSignedIn) : int(ExitFailure);
    }
    const QString objectName =
        object.value("metadata"_L1).toObject().value("name"_L1).toString();
    const orders::ClusterRef ref{*kind, tenant, objectName};
    out << orders::resourceName(*kind) << '/' << ref.name << ' ' << Tr::tr("created") << '\n';
    out.flush();
    if (!parser.isSet(waitOption))
        return ExitOk;

    // 5. Follow it.
    const QString collection = service.collectionPath(*kind, tenant);
    kube::Watcher::Options options;
    options.table = false;
    options.fieldSelector = u"metadata.name="_s + ref.name;
    kube::Watcher watcher(&client, collection, options);
    std::optional<int> result;
    QString lastPhase;
    auto follow = [&](const QJsonObject &o) {
        const auto s = orders::ClusterStatus::fromObject(*kind, o);
        if (s.displayPhase() != lastPhase) {
            lastPhase = s.displayPhase();
            err << ref.name << ": " << lastPhase;
            if (const auto *ready = s.condition(u"Ready"_s);
                ready && ready->status != "True"_L1 && !ready->reason.isEmpty())
                err << " (" << ready->reason << ')';
            err << '\n';
            err.flush();
        }
        if (s.ready)
            result = ExitOk;
        else if (s.failed)
            result = ExitFailure;
        if (result)
            loop.quit();
    };
    QObject::connect(&watcher, &kube::Watcher::added, &loop,
                     [&](const QList<kube::WatchItem> &items) {
                         for (const kube::WatchItem &item : items)
                             follow(item.object());
                     });
    QObject::connect(&watcher, &kube::Watcher::modified, &loop,
                     [&](const kube::WatchItem &item) { follow(item.object()); });
    QObject::connect(&watcher, &kube::Watcher::deleted, &loop, [&](const kube::WatchItem &) {
        err << ref.name << ": " << Tr::tr("deleted") << '\n';
        result = ExitFailure;
        loop.quit();
    });
    QObject::connect(&watcher, &kube::Watcher::errorOccurred, &loop, [&](const Error &e) {
        qCWarning(lcOrders) << "following" << ref.name << ":" << e.detail;
        if (e.kind == Error::Kind::Unauthorized || e.kind == Error::Kind::Forbidden) {
            err << "scs-console: " << e.message << '\n';
            result = e.kind == Error::Kind::Unauthorized ? int(ExitNotSignedIn) : int(ExitFailure);
            loop.quit();
        } else if (watcher.state() == kube::Watcher::State::Idle) {
            // A permanent error (400, 404, 422): the watcher stopped; waiting longer is useless.
            err << "scs-console: " << e.message << '\n';
            result = int(ExitFailure);
            loop.quit();
        }
    });
    watcher.start();
    if (!waitUntil(
            loop, [&] { return result.has_value(); }, std::chrono::seconds(timeoutSeconds))) {
        watcher.stop();
        err << "scs-console: "
            << Tr::tr("%1 is not ready after %n second(s) (phase %2).", nullptr, timeoutSeconds)
                   .arg(ref.name, lastPhase.isEmpty() ? u"-"_s : lastPhase)
            << '\n';
        return ExitTimeout;
    }
    watcher.stop();
    if (*result == ExitOk)
        err << ref.name << ": " << Tr::tr("ready") << '\n';
    return *result;
}

} // namespace scs
