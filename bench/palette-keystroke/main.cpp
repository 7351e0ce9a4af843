// Find Anything (Ctrl+K) at an operator's scale: a palette index of 2,000 tenants, 500 kinds
// (Crossplane-provider-like names), 50,000 object names and the menu commands, shown in the real
// PalettePopup (offscreen unless another platform is given). Typing realistic queries character
// by character, each keystroke is timed from the key event until the list is repainted (search,
// ranking, highlighting, model reset, paint). Also: the index's search alone, and building the
// index (what opening the palette costs). See bench/README.md.

#include "palette/paletteindex.h"
#include "ui/palette/palettepopup.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using scs::palette::PaletteIndex;
using scs::palette::PaletteItem;

namespace {

const char *const kProviders[] = {"aws", "azure", "gcp", "openstack", "kubernetes", "helm",
                                  "vault", "github", "cloudflare", "datadog"};
const char *const kServices[] = {"s3", "ec2", "rds", "iam", "network", "compute", "storage",
                                 "dns", "kms", "sql", "lb", "container", "identity", "monitor"};
const char *const kResources[] = {"buckets", "instances", "roles", "policies", "networks",
                                  "subnets", "routers", "volumes", "records", "keys",
                                  "databases", "users", "groups", "clusters", "nodepools",
                                  "firewalls", "addresses", "certificates", "queues", "topics"};
const char *const kApps[] = {"frontend", "backend", "payments", "search", "auth", "billing",
                             "catalog", "checkout", "ledger", "reports"};

PaletteIndex buildIndex(QStringList &tenantsOut)
{
    PaletteIndex index;
    index.reserve(53000);
    for (const char *c : {"File › Connection Profiles…", "File › Sign In…", "File › Sign Out",
                          "File › Export Kubeconfig…", "File › Quit", "View › Navigation",
                          "View › Table", "View › Form", "View › YAML", "View › Refresh",
                          "View › Full Screen", "View › Pin to Favourites", "Object › Edit",
                          "Object › New…", "Object › Open YAML File…", "Object › Review Changes",
                          "Object › Apply", "Object › Discard", "Clusters › Order Cluster…",
                          "Clusters › Show Clusters", "Help › About SCS Console"}) {
        PaletteItem item;
        item.type = PaletteItem::Type::Action;
        item.text = QString::fromUtf8(c);
        index.add(item);
    }
    for (int t = 0; t < 2000; ++t) {
        const QString tenant = u"%1-%2-%3"_s.arg(QString::fromLatin1(kApps[t % 10]),
                                                 t % 3 == 0 ? u"prod"_s : u"dev"_s)
                                   .arg(t, 4, 10, QChar(u'0'));
        tenantsOut.append(tenant);
        PaletteItem item;
        item.type = PaletteItem::Type::Tenant;
        item.text = tenant;
        item.tenant = tenant;
        index.add(item);
    }
    for (int k = 0; k < 500; ++k) {
        const QString group = u"%1.%2.upbound.io"_s.arg(QString::fromLatin1(kServices[k % 14]),
                                                        QString::fromLatin1(kProviders[k % 10]));
        const QString plural = QString::fromLatin1(kResources[k % 20])
            + (k >= 20 ? QString::number(k / 20) : QString());
        PaletteItem item;
        item.type = PaletteItem::Type::Kind;
        item.text = tenantsOut.at(k % 40) + u'/' + plural;
        item.detail = u"Kind · "_s + group;
        item.plural = plural;
        item.group = group;
        index.add(item);
    }
    for (int o = 0; o < 50000; ++o) {
        PaletteItem item;
        item.type = PaletteItem::Type::Object;
        item.text = u"%1/configmaps/%2-config-%3"_s.arg(tenantsOut.at(o % 2000),
                                                        QString::fromLatin1(kApps[(o / 7) % 10]))
                        .arg(o);
        item.detail = u"ConfigMap"_s;
        index.add(item);
    }
    return index;
}

// The GUI thread's CPU time: what a keystroke costs, without the time the (shared) machine gave
// the CPU to others meanwhile.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

void report(const char *what, const std::vector<double> &ms)
{
    std::printf("%-38s n=%4zu  median %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", what, ms.size(),
                percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 1.0));
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;

    QStringList tenants;
    QElapsedTimer build;
    build.start();
    PaletteIndex index = buildIndex(tenants);
    const double buildMs = double(build.nsecsElapsed()) / 1e6;
    std::printf("index: %lld items (2,000 tenants, 500 kinds, 50,000 objects, %d commands), "
                "built in %.1f ms\n",
                static_cast<long long>(index.size()), 21, buildMs);

    // Realistic queries: a full path, fuzzy abbreviations, a kind, a command, and a miss.
    const QStringList queries{u"payments-prod-0042/configmaps/payments-config-1234"_s,
                              u"tac"_s,
                              u"bprod42cfg"_s,
                              u"buckets"_s,
                              u"refresh"_s,
                              u"search-dev-1999"_s,
                              u"ledger-config-4999"_s,
                              u"zzqx"_s};

    // The index alone.
    std::vector<double> core;
    std::vector<double> coreCpu;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &q : queries) {
            for (qsizetype n = 1; n <= q.size(); ++n) {
                QElapsedTimer t;
                t.start();
                const double cpu = threadCpuMs();
                const auto results = index.search(q.left(n));
                coreCpu.push_back(threadCpuMs() - cpu);
                core.push_back(double(t.nsecsElapsed()) / 1e6);
                Q_UNUSED(results);
            }
            (void)index.search({}); // the next query starts afresh
        }
    }

    // The popup: key event until the list is repainted.
    QWidget window;
    window.resize(1280, 800);
    scs::ui::PalettePopup popup(&window);
    popup.setIndex(&index);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window not exposed\n");
    std::vector<double> keys;
    std::vector<double> keysCpu;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &q : queries) {
            popup.popup();
            QCoreApplication::processEvents();
            for (const QChar c : q) {
                QElapsedTimer t;
                t.start();
                const double cpu = threadCpuMs();
                QTest::keyClick(popup.lineEdit(), c.toLatin1());
                popup.repaint(); // synchronous paint of the edit and the list
                keysCpu.push_back(threadCpuMs() - cpu);
                keys.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            popup.dismiss();
        }
    }
    report("search only (PaletteIndex), wall", core);
    report("search only, GUI thread CPU", coreCpu);
    report("keystroke to repaint (popup), wall", keys);
    report("keystroke to repaint, GUI thread CPU", keysCpu);
    return 0;
}
