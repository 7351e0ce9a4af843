// The tenant tree at scale: 2,000 tenants x 500 kinds served by the fake API server of the
// tests, whose SelfSubjectRulesReviews each take 4-8 s (as reported in issue 17). A QTreeView
// (offscreen unless another platform is given) shows TenantTreeModel through the filter proxy,
// as the browser does, and tells the model which tenants it shows. Measured: time from reload()
// to the tree shown with every tenant, the requests sent by then, when the visible tenants'
// rules are in, an expanded tenant's 500 kinds, a filter keystroke, and the longest event-loop
// stall throughout (a 1 ms timer's largest gap). See bench/README.md.

#include "fakeapiserver.h"
#include "kube/kubeclient.h"
#include "models/tenanttreefiltermodel.h"
#include "models/tenanttreemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace scs;
using namespace scs::kube;
using namespace scs::models;

namespace {

QString tenantName(int i)
{
    return QStringLiteral("tenant-%1").arg(i, 4, 10, QLatin1Char('0'));
}

QList<ApiResource> kinds(int n)
{
    QList<ApiResource> out;
    for (int i = 0; i < n; ++i) {
        ApiResource r;
        r.group = QStringLiteral("g%1.example.com").arg(i % 25);
        r.version = QStringLiteral("v1");
        r.kind = QStringLiteral("Kind%1").arg(i, 3, 10, QLatin1Char('0'));
        r.plural = r.kind.toLower() + QLatin1Char('s');
        r.namespaced = true;
        r.verbs = {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")};
        out.append(r);
    }
    return out;
}

// Tenants the view shows now (what BrowserController::reportVisibleTenants does).
QStringList visibleTenants(QTreeView &view)
{
    QStringList out;
    QModelIndex index = view.indexAt(QPoint(1, 1));
    while (index.isValid() && view.visualRect(index).top() < view.viewport()->height()) {
        const QString t = index.data(TenantTreeModel::TenantRole).toString();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
        index = view.indexBelow(index);
    }
    return out;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

void must(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "timed out: %s\n", what);
        std::exit(2);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tenants = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const int kindCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 500;
    const int minMs = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 4000;
    const int maxMs = argc > 4 ? QString::fromLocal8Bit(argv[4]).toInt() : 8000;

    FakeApiServer server;
    QJsonArray items;
    for (int i = 0; i < tenants; ++i) {
        items.append(QJsonObject{
            {"metadata", QJsonObject{{"name", tenantName(i)},
                                     {"labels", QJsonObject{{"scs.community/tenant", "x"}}}}}});
    }
    server.onJson("GET", "/api/v1/namespaces", 200,
                  QJsonDocument(QJsonObject{{"items", items}}).toJson(QJsonDocument::Compact));
    const QByteArray rules
        = QJsonDocument(
              QJsonObject{{"kind", "SelfSubjectRulesReview"},
                          {"status",
                           QJsonObject{{"resourceRules",
                                        QJsonArray{QJsonObject{{"verbs", QJsonArray{"*"}},
                                                               {"apiGroups", QJsonArray{"*"}},
                                                               {"resources", QJsonArray{"*"}}}}}}}})
              .toJson(QJsonDocument::Compact);
    int reviewsOpen = 0;
    int reviewsPeak = 0;
    server.on("POST", "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews",
              [&](const FakeRequest &request) {
                  reviewsPeak = std::max(reviewsPeak, ++reviewsOpen);
                  const int ms = int(QRandomGenerator::global()->bounded(minMs, maxMs + 1));
                  QPointer<QTcpSocket> socket = request.socket;
                  QTimer::singleShot(ms, &server, [&, socket] {
                      --reviewsOpen;
                      server.sendChunk(socket, rules);
                      server.endStream(socket);
                  });
                  FakeResponse r;
                  r.status = 201;
                  r.stream = true;
                  return r;
              });
    const auto count = [&server](const QString &pathPart) {
        int n = 0;
        for (const FakeRequest &r : std::as_const(server.requests))
            n += r.path.contains(pathPart);
        return n;
    };

    StaticTokenSource tokens(QStringLiteral("t"));
    KubeClient client(profileFor(server.url(), QStringLiteral("bench")), &tokens);
    TenantTreeModel model(&client, QStringLiteral("bench"));
    model.setResources(kinds(kindCount));
    TenantTreeFilterModel filter;
    filter.setSourceModel(&model);
    QTreeView view;
    view.setHeaderHidden(true);
    view.setUniformRowHeights(true);
    view.setModel(&filter);
    view.resize(320, 900);
    view.show();
    must(QTest::qWaitForWindowExposed(&view), "window");

    // The stall meter: the largest gap between two ticks of a 1 ms timer.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 longestStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestStall = std::max(longestStall, now - lastTick);
        lastTick = now;
    });

    QElapsedTimer timer;
    const double cpuStart = threadCpuMs();
    timer.start();
    lastTick = clock.elapsed();
    heartbeat.start();
    model.reload();
    must(QTest::qWaitFor([&] { return model.tenants().size() == tenants; }, 60000), "tenants");
    view.expand(filter.mapFromSource(model.profileIndex()));
    view.viewport()->repaint();
    const qint64 shownMs = timer.elapsed();
    const double shownCpuMs = threadCpuMs() - cpuStart;
    const qint64 stallUntilShown = longestStall;
    const int reviewsAtShown = count(QStringLiteral("selfsubjectrulesreviews"));
    const int requestsAtShown = int(server.requests.size());

    // The view reports what it shows; wait for those rules.
    const QStringList visible = visibleTenants(view);
    model.setVisibleTenants(visible);
    must(QTest::qWaitFor([&] {
        return std::all_of(visible.cbegin(), visible.cend(),
                           [&](const QString &t) { return model.rulesKnown(t); });
    }, 120000), "visible rules");
    const qint64 visibleKnownMs = timer.elapsed();

    // Expand a tenant far down (urgent): its 500 kinds once its review is in.
    const QString far = tenantName(tenants - 7);
    view.scrollTo(filter.mapFromSource(model.tenantIndex(far)));
    QElapsedTimer expand;
    expand.start();
    view.expand(filter.mapFromSource(model.tenantIndex(far)));
    must(QTest::qWaitFor([&] {
        int shown = 0;
        const QModelIndex t = model.tenantIndex(far);
        for (int c = 0; c < model.rowCount(t); ++c)
            shown += model.rowCount(model.index(c, 0, t));
        return shown == kindCount;
    }, 60000), "expanded tenant");
    const qint64 expandMs = expand.elapsed();
    model.setVisibleTenants(visibleTenants(view));

    // A filter keystroke over 2,000 tenants and one expanded tenant's 500 kinds.
    QElapsedTimer filterTimer;
    filterTimer.start();
    filter.setFilterText(QStringLiteral("kind42"));
    view.viewport()->repaint();
    const qint64 filterMs = filterTimer.elapsed();
    const int filteredRows = filter.rowCount(filter.index(0, 0));
    filter.setFilterText(QString());
    QTest::qWait(200);
    heartbeat.stop();

    const int reviews = count(QStringLiteral("selfsubjectrulesreviews"));
    std::printf("tenants %d, kinds %d, review latency %d-%d ms, at most %d reviews in flight\n",
                tenants, kindCount, minMs, maxMs, model.reviewQueue()->maxInFlight());
    std::printf("tree shown with every tenant:         %6lld ms (%d requests, %d reviews sent; "
                "GUI thread CPU %.0f ms, longest stall %lld ms)\n",
                static_cast<long long>(shownMs), requestsAtShown, reviewsAtShown, shownCpuMs,
                static_cast<long long>(stallUntilShown));
    std::printf("rules of the %d visible tenants in:   %6lld ms\n", int(visible.size()),
                static_cast<long long>(visibleKnownMs));
    std::printf("expanded tenant's %d kinds shown in:  %6lld ms\n", kindCount,
                static_cast<long long>(expandMs));
    std::printf("filter keystroke (%d tenants kept):   %6lld ms\n", filteredRows,
                static_cast<long long>(filterMs));
    std::printf("reviews sent in all: %d (peak in flight at the server: %d); requests: %d\n",
                reviews, reviewsPeak, int(server.requests.size()));
    std::printf("longest event-loop stall: %lld ms; GUI thread CPU in all: %.0f ms\n",
                static_cast<long long>(longestStall), threadCpuMs() - cpuStart);
    return reviewsPeak <= model.reviewQueue()->maxInFlight() ? 0 : 1;
}
