// Times the console's table path for one collection: a Watcher (as BrowserController sets it
// up: the list streamed, the Table's cells alongside) feeding a ResourceTableModel, from the first
// request until the model holds the whole list (Watcher::synced). Prints one line:
//   rows=<n> ms=<wall ms> batches=<added() signals> peak_rss_kb=<kB>
// Usage: list-latency <api url> <ca file> <token file> <collection path> [page size] [list]
// (page size > 0: Table pages with the objects, the fallback path; "list": no Table at all, to
// split server from client costs)
#include "kube/kubeclient.h"
#include "kube/tokensource.h"
#include "kube/watcher.h"
#include "models/resourcetablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace scs;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: list-latency API_URL CA_FILE TOKEN_FILE PATH [PAGE]\n");
        return 2;
    }
    QFile tokenFile(args.at(3));
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the token file\n");
        return 2;
    }
    kube::StaticTokenSource tokens(QString::fromUtf8(tokenFile.readAll().trimmed()));
    ConnectionProfile profile;
    profile.name = QStringLiteral("bench");
    profile.apiUrl = QUrl(args.at(1));
    profile.caFile = args.at(2);
    kube::KubeClient client(profile, &tokens);
    client.setDefaultTimeout(std::chrono::minutes(5));

    kube::Watcher::Options options; // what BrowserController uses
    if (args.size() > 5)
        options.pageSize = args.at(5).toInt();
    if (args.size() > 6 && args.at(6) == QLatin1String("list"))
        options.table = false;
    kube::Watcher watcher(&client, args.at(4), options);
    models::ResourceTableModel model;
    model.setWatcher(&watcher);

    int batches = 0;
    QObject::connect(&watcher, &kube::Watcher::added, &app, [&batches] { ++batches; });
    QElapsedTimer timer;
    QObject::connect(&watcher, &kube::Watcher::synced, &app, [&] {
        const qint64 ms = timer.elapsed();
        // Touch every row once, as a view's first paint of the sorted table would.
        qsizetype chars = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            chars += model.index(row, 0).data().toString().size();
        struct rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("rows=%d ms=%lld batches=%d peak_rss_kb=%ld touched_chars=%lld\n",
                    model.rowCount(), static_cast<long long>(ms), batches, usage.ru_maxrss,
                    static_cast<long long>(chars));
        std::fflush(stdout);
        watcher.stop();
        QCoreApplication::exit(0);
    });
    QObject::connect(&watcher, &kube::Watcher::errorOccurred, &app, [](const Error &error) {
        std::fprintf(stderr, "error: %s\n", qPrintable(error.detail));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(0, &app, [&] {
        timer.start();
        watcher.start();
    });
    return app.exec();
}
