// Watcher against a scripted server: paged list, watch events (Table and plain), bookmarks,
// relist on 410 with a diff, reconnect after a cut, renewal after the server's timeout.

#include "fakecollection.h"
#include "kube/kubeclient.h"
#include "kube/watcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::kube;
using namespace std::chrono_literals;
using fixtures::configMap;

namespace {
const QString path = QStringLiteral("/api/v1/namespaces/tenant-a/configmaps");
}

// Records what a watcher says, in order, as "added:name", "modified:name", "deleted:name".
class Journal : public QObject
{
public:
    explicit Journal(Watcher *watcher)
    {
        connect(watcher, &Watcher::added, this, [this](const QList<WatchItem> &items) {
            for (const WatchItem &item : items)
                entries.append("added:" + item.name());
        });
        connect(watcher, &Watcher::modified, this,
                [this](const WatchItem &item) { entries.append("modified:" + item.name()); });
        connect(watcher, &Watcher::deleted, this,
                [this](const WatchItem &item) { entries.append("deleted:" + item.name()); });
        connect(watcher, &Watcher::synced, this, [this] { entries.append("synced"); });
    }
    QStringList entries;
    QStringList take()
    {
        QStringList e = entries;
        entries.clear();
        return e;
    }
};

class TestWatcher : public QObject
{
    Q_OBJECT

private:

private Q_SLOTS:
    void shouldListInPagesThenWatch()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1"), configMap("u2", "b", "2"),
                              configMap("u3", "c", "3")};
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher::Options options = fast();
        options.labelSelector = "app=x";
        Watcher watcher(&client, path, options);
        Journal journal(&watcher);
        QSignalSpy columns(&watcher, &Watcher::columnsChanged);
        watcher.start();
        QTRY_COMPARE(watcher.state(), Watcher::State::Watching);
        QCOMPARE(journal.take(), QStringList({"added:a", "added:b", "added:c", "synced"}));
        QCOMPARE(columns.size(), 1);
        QCOMPARE(watcher.columns().size(), 4);
        QCOMPARE(watcher.columns().at(1).name, "Data");
        QCOMPARE(watcher.resourceVersion(), "100");

        QCOMPARE(collection.lists.size(), 2);
        const FakeRequest &first = collection.lists.at(0);
        QCOMPARE(first.query.queryItemValue("limit"), "2");
        QCOMPARE(first.query.queryItemValue("includeObject"), "Object");
        QCOMPARE(first.query.queryItemValue("labelSelector", QUrl::FullyDecoded), "app=x");
        QVERIFY(first.headers.value("accept").startsWith("application/json;as=Table;"));
        QCOMPARE(collection.lists.at(1).query.queryItemValue("continue"), "2");

        QTRY_COMPARE(collection.watches.size(), 1);
        const FakeRequest &w = collection.watches.first();
        QCOMPARE(w.query.queryItemValue("resourceVersion"), "100");
        QCOMPARE(w.query.queryItemValue("allowWatchBookmarks"), "true");
        QCOMPARE(w.query.queryItemValue("labelSelector", QUrl::FullyDecoded), "app=x");
        QVERIFY(!w.query.hasQueryItem("limit"));
    }

    void shouldStreamTheListAndTakeTheCellsFromATable()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1"), configMap("u2", "b", "2"),
                              configMap("u3", "c", "3")};
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher::Options options = streamed();
        options.labelSelector = "app=x";
        Watcher watcher(&client, path, options);
        Journal journal(&watcher);
        QSignalSpy columns(&watcher, &Watcher::columnsChanged);
        watcher.start();
        QTRY_COMPARE(watcher.state(), Watcher::State::Watching);
        QCOMPARE(journal.take(), QStringList({"added:a", "added:b", "added:c", "synced"}));
        QCOMPARE(columns.size(), 1);
        QCOMPARE(watcher.columns().at(1).name, "Data");
        QCOMPARE(watcher.items().value("u2").cells(), QJsonArray({"b", 1, "wide", "5m"}));
        // The list's items come without apiVersion and kind: they are put back.
        QCOMPARE(watcher.items().value("u2").object(), configMap("u2", "b", "2"));
        QCOMPARE(watcher.resourceVersion(), "100");

        // One plain list without paging, and beside it the cells at the server's current
        // state (both sent at once: they may arrive in either order).
        QCOMPARE(collection.lists.size(), 2);
        const bool cellsFirst = collection.lists.at(0).query.hasQueryItem("includeObject");
        const FakeRequest &list = collection.lists.at(cellsFirst ? 1 : 0);
        QVERIFY(!list.query.hasQueryItem("limit"));
        QVERIFY(!list.query.hasQueryItem("includeObject"));
        QCOMPARE(list.headers.value("accept"), "application/json");
        QCOMPARE(list.query.queryItemValue("labelSelector", QUrl::FullyDecoded), "app=x");
        const FakeRequest &cells = collection.lists.at(cellsFirst ? 0 : 1);
        QCOMPARE(cells.query.queryItemValue("includeObject"), "None");
        QVERIFY(!cells.query.hasQueryItem("resourceVersion"));
        QVERIFY(!cells.query.hasQueryItem("resourceVersionMatch"));
        QCOMPARE(cells.query.queryItemValue("labelSelector", QUrl::FullyDecoded), "app=x");
        QVERIFY(cells.headers.value("accept").startsWith("application/json;as=Table;"));

        QTRY_COMPARE(collection.watches.size(), 1);
        const FakeRequest &w = collection.watches.first();
        QCOMPARE(w.query.queryItemValue("resourceVersion"), "100");
        QCOMPARE(w.query.queryItemValue("includeObject"), "Object");
    }

    // The Table's cells are asked for beside the list, not after its first bytes: a small
    // list then costs one round, not two in a row.
    void shouldAskForTheCellsBesideTheList()
    {
        FakeApiServer server;
        const QList<QJsonObject> objects{configMap("u1", "a", "1"), configMap("u2", "b", "2")};
        QList<FakeRequest> cellRequests;
        int plainLists = 0;
        server.on("GET", path, [&](const FakeRequest &r) {
            FakeResponse response;
            if (r.query.queryItemValue("includeObject") == "None") {
                cellRequests.append(r);
                response.body = fixtures::table(objects, "100", {}, true, false);
            } else {
                ++plainLists; // the list, and later the watch: held open, sent by the test
                response.stream = true;
            }
            return response;
        });
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, streamed());
        Journal journal(&watcher);
        watcher.start();
        // Not a byte of the list sent yet, and the cells are asked for already.
        QTRY_COMPARE(cellRequests.size(), 1);
        QTRY_COMPARE(server.streams().size(), 1);
        QCOMPARE(plainLists, 1);
        QVERIFY(!cellRequests.first().query.hasQueryItem("resourceVersion"));
        QTest::qWait(50); // the cells are in; nothing is shown before the list's items
        QCOMPARE(watcher.state(), Watcher::State::Listing);
        QVERIFY(journal.entries.isEmpty());
        QTcpSocket *list = server.streams().first().data();
        server.sendChunk(list, fixtures::list(objects, "100", {}));
        server.endStream(list);
        QTRY_COMPARE(watcher.state(), Watcher::State::Watching);
        QCOMPARE(journal.take(), QStringList({"added:a", "added:b", "synced"}));
        QCOMPARE(watcher.items().value("u2").cells().first().toString(), "b");
        QCOMPARE(cellRequests.size(), 1); // the same state: not asked again
        QCOMPARE(watcher.resourceVersion(), "100");
    }

    void shouldMatchCellsOfALaterStateByNameAndLetTheWatchCatchUp()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1"), configMap("u2", "b", "2")};
        // By the time the cells were read, a was deleted, b changed and c was created.
        collection.tableObjects = QList<QJsonObject>{configMap("u2", "b", "101", "w"),
                                                     configMap("u3", "c", "102")};
        collection.tableResourceVersion = "102";
        collection.objects.first()["data"] = QJsonObject{{"k", "v"}, {"k2", "v"}};
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, streamed());
        Journal journal(&watcher);
        watcher.start();
        QTRY_COMPARE(collection.watches.size(), 1);
        // The cells beside the list were of another state: once more, at the list's state or
        // later; no fallback to pages.
        QCOMPARE(collection.lists.size(), 3);
        QCOMPARE(collection.lists.last().query.queryItemValue("includeObject"), "None");
        QCOMPARE(collection.lists.last().query.queryItemValue("resourceVersion"), "100");
        QCOMPARE(collection.lists.last().query.queryItemValue("resourceVersionMatch"),
                 "NotOlderThan");
        QCOMPARE(journal.take(), QStringList({"added:a", "added:b", "synced"}));
        QVERIFY(watcher.items().value("u1").cells().isEmpty()); // gone in the later state
        QCOMPARE(watcher.items().value("u2").cells().first().toString(), "b");
        // The watch starts at the list's resourceVersion and brings what happened since.
        QCOMPARE(collection.watches.first().query.queryItemValue("resourceVersion"), "100");
        QTRY_VERIFY(collection.stream());
        collection.send(fixtures::event("DELETED", configMap("u1", "a", "100")));
        collection.send(fixtures::event("MODIFIED", configMap("u2", "b", "101", "w")));
        collection.send(fixtures::event("ADDED", configMap("u3", "c", "102")));
        QTRY_COMPARE(journal.entries.size(), 3);
        QCOMPARE(journal.take(), QStringList({"deleted:a", "modified:b", "added:c"}));
        QCOMPARE(watcher.items().value("u3").cells().first().toString(), "c");
    }

    void shouldMatchRepeatedNamesOneToOneOnlyInTheSameState_data()
    {
        QTest::addColumn<QString>("tableVersion");
        QTest::addColumn<bool>("reordered"); // the Table's rows in another order
        QTest::addColumn<bool>("expireExact"); // the list's state is compacted away
        QTest::addColumn<int>("lists"); // requests until synced
        QTest::addColumn<bool>("paged"); // fell back to Table pages
        QTest::newRow("same state: one to one") << QString() << false << false << 2 << false;
        // Another state beside the list, again at NotOlderThan, then exactly.
        QTest::newRow("later state: the cells again, exactly")
            << QStringLiteral("150") << false << false << 4 << false;
        QTest::newRow("later state, the list's compacted: Table pages")
            << QStringLiteral("150") << false << true << 5 << true;
        QTest::newRow("rows disagree: Table pages") << QString() << true << false << 3 << true;
    }

    void shouldMatchRepeatedNamesOneToOneOnlyInTheSameState()
    {
        QFETCH(QString, tableVersion);
        QFETCH(bool, reordered);
        QFETCH(bool, expireExact);
        QFETCH(int, lists);
        QFETCH(bool, paged);
        const QString allNamespaces = QStringLiteral("/api/v1/configmaps");
        FakeApiServer server;
        FakeCollection collection(server, allNamespaces);
        QJsonObject other = configMap("u2", "a", "2");
        other["metadata"] = QJsonObject{{"name", "a"}, {"namespace", "tenant-b"}, {"uid", "u2"},
                                        {"resourceVersion", "2"}};
        other["data"] = QJsonObject{{"k", "v"}, {"k2", "v"}, {"k3", "v"}};
        collection.objects = {configMap("u1", "a", "1"), other};
        collection.tableResourceVersion = tableVersion;
        collection.expireExact = expireExact;
        if (reordered) { // same names, so only the cells tell: the check is by name and count
            QJsonObject b = configMap("u3", "b", "3");
            collection.objects.append(b);
            collection.tableObjects = QList<QJsonObject>{b, collection.objects.at(0),
                                                         collection.objects.at(1)};
        }
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, allNamespaces, streamed());
        Journal journal(&watcher);
        watcher.start();
        QTRY_COMPARE(watcher.state(), Watcher::State::Watching);
        QCOMPARE(collection.lists.size(), lists);
        QCOMPARE(collection.lists.last().query.queryItemValue("limit"), paged ? "500" : "");
        if (lists == 4 && !paged) {
            QCOMPARE(collection.lists.last().query.queryItemValue("resourceVersionMatch"),
                     "Exact");
            QCOMPARE(collection.lists.last().query.queryItemValue("resourceVersion"), "100");
        }
        QStringList expected({"added:a", "added:a", "synced"});
        if (reordered)
            expected.insert(2, "added:b");
        QCOMPARE(journal.take(), expected);
        QCOMPARE(watcher.items().value("u1").cells().at(1).toInt(), 1);
        QCOMPARE(watcher.items().value("u2").cells().at(1).toInt(), 3);
    }

    void shouldReportABrokenStreamedListAndTryAgain()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1")};
        collection.plainListBody = "{\"kind\":\"ConfigMapList\",\"metadata\":{\"resourceVersion\":"
                                   "\"9\"},\"items\":[{\"metadata\":{\"name\":\"x\",\"uid\":"
                                   "\"u9\"}},{\"metadata\":";
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, streamed());
        QSignalSpy errors(&watcher, &Watcher::errorOccurred);
        QSignalSpy synced(&watcher, &Watcher::synced);
        watcher.start();
        QTRY_VERIFY(!errors.isEmpty());
        const Error error = errors.first().first().value<Error>();
        QCOMPARE(error.kind, Error::Kind::Parse);
        QVERIFY2(error.detail.contains("ended early"), qPrintable(error.detail));
        QVERIFY(watcher.items().isEmpty()); // nothing half-read was shown
        QCOMPARE(synced.size(), 0);
        collection.plainListBody.clear(); // the server is well again
        QTRY_COMPARE(synced.size(), 1);
        QCOMPARE(watcher.items().size(), 1);
    }

    void shouldApplyWatchEvents_data()
    {
        QTest::addColumn<bool>("table");
        QTest::newRow("table") << true;
        QTest::newRow("plain") << false;
    }

    void shouldApplyWatchEvents()
    {
        QFETCH(bool, table);
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1")};
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, fast(table));
        Journal journal(&watcher);
        watcher.start();
        QTRY_COMPARE(collection.watches.size(), 1);
        QTRY_VERIFY(collection.stream());
        journal.take();

        collection.send(fixtures::event("ADDED", configMap("u2", "b", "101"), table));
        collection.send(fixtures::event("MODIFIED", configMap("u1", "a", "102", "w"), table));
        // One event split over two chunks, then two events in one chunk.
        const QByteArray deleted = fixtures::event("DELETED", configMap("u2", "b", "103"), table);
        collection.send(deleted.left(20));
        collection.send(deleted.mid(20) + fixtures::bookmark("150")
                        + fixtures::event("ADDED", configMap("u3", "c", "151"), table));
        QTRY_COMPARE(journal.entries.size(), 4);
        QCOMPARE(journal.take(), QStringList({"added:b", "modified:a", "deleted:b", "added:c"}));
        QCOMPARE(watcher.resourceVersion(), "151");
        QCOMPARE(watcher.items().size(), 2);
        QCOMPARE(watcher.items().value("u1").object()["data"].toObject()["k"].toString(), "w");
        if (table)
            QCOMPARE(watcher.items().value("u3").cells().first().toString(), "c");

        // A replayed event (same resourceVersion) changes nothing.
        collection.send(fixtures::event("MODIFIED", configMap("u1", "a", "102", "w"), table));
        collection.send(fixtures::bookmark("160"));
        QTRY_COMPARE(watcher.resourceVersion(), "160");
        QVERIFY(journal.entries.isEmpty());
    }

    void shouldRelistOnGoneAndReportOnlyTheDifference()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1"), configMap("u2", "b", "2"),
                              configMap("u3", "c", "3")};
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, fast());
        Journal journal(&watcher);
        watcher.start();
        QTRY_VERIFY(collection.stream());
        journal.take();

        // While we were away: b deleted, c changed, d created, a untouched.
        collection.objects = {configMap("u1", "a", "1"), configMap("u3", "c", "30"),
                              configMap("u4", "d", "31")};
        collection.resourceVersion = "300";
        collection.send(fixtures::expired());
        QTRY_COMPARE(collection.watches.size(), 2);
        QCOMPARE(collection.lists.size(), 4);
        QCOMPARE(journal.take(), QStringList({"modified:c", "added:d", "deleted:b", "synced"}));
        QCOMPARE(collection.watches.last().query.queryItemValue("resourceVersion"), "300");
        QCOMPARE(watcher.items().size(), 3);
    }

    void shouldReconnectFromTheLastResourceVersionAfterACut()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1")};
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, fast());
        Journal journal(&watcher);
        QSignalSpy errors(&watcher, &Watcher::errorOccurred);
        watcher.start();
        QTRY_VERIFY(collection.stream());
        collection.send(fixtures::event("ADDED", configMap("u2", "b", "120")));
        QTRY_COMPARE(watcher.resourceVersion(), "120");
        journal.take();

        server.cutStreams();
        QTRY_COMPARE(collection.watches.size(), 2);
        QCOMPARE(collection.watches.last().query.queryItemValue("resourceVersion"), "120");
        QCOMPARE(collection.lists.size(), 1); // no relist needed
        QVERIFY(errors.size() >= 1);
        QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::Network);
        QTRY_COMPARE(watcher.state(), Watcher::State::Watching);
        QVERIFY(journal.entries.isEmpty()); // no duplicates
    }

    void shouldRenewTheWatchWhenTheServerEndsIt()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, fast());
        QSignalSpy errors(&watcher, &Watcher::errorOccurred);
        watcher.start();
        QTRY_VERIFY(collection.stream());
        collection.send(fixtures::bookmark("200"));
        QTRY_COMPARE(watcher.resourceVersion(), "200");
        server.endStream(collection.stream());
        QTRY_COMPARE(collection.watches.size(), 2);
        QCOMPARE(collection.watches.last().query.queryItemValue("resourceVersion"), "200");
        QCOMPARE(errors.size(), 0);
    }

    void shouldStartTheListOverWhenTheContinueTokenExpires()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1"), configMap("u2", "b", "2"),
                              configMap("u3", "c", "3")};
        collection.expireContinue = true;
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, fast());
        Journal journal(&watcher);
        watcher.start();
        QTRY_COMPARE(watcher.state(), Watcher::State::Watching);
        // page 1, page 2 (410), page 1 again, page 2
        QCOMPARE(collection.lists.size(), 4);
        QCOMPARE(journal.take(), QStringList({"added:a", "added:b", "added:c", "synced"}));
    }

    void shouldReportErrorsAndKeepTrying()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1")};
        collection.failLists = 2; // 503: the server will be back
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, fast());
        QSignalSpy errors(&watcher, &Watcher::errorOccurred);
        QSignalSpy synced(&watcher, &Watcher::synced);
        watcher.start();
        QTRY_COMPARE(synced.size(), 1);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::Unavailable);
    }

    // Issue 15, item 7: 400, 403, 404 and 422 come again on every retry: reported once, then
    // the watcher stops (it used to retry them forever).
    void shouldReportPermanentErrorsOnceAndStop_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
        QTest::newRow("422") << 422;
    }

    void shouldReportPermanentErrorsOnceAndStop()
    {
        QFETCH(int, status);
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1")};
        if (status == 403) {
            collection.forbidLists = 1000; // the API server's own answer
        } else {
            collection.failLists = 1000;
            collection.failStatus = status;
        }
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, fast());
        QSignalSpy errors(&watcher, &Watcher::errorOccurred);
        watcher.start();
        QTRY_COMPARE(errors.size(), 1);
        QTRY_COMPARE(watcher.state(), Watcher::State::Idle);
        QTest::qWait(400); // two maximal backoffs
        QCOMPARE(collection.lists.size(), 1);
        QCOMPARE(errors.size(), 1);
        if (status == 403) {
            QCOMPARE(errors.first().first().value<Error>().message,
                     "You are not allowed to list configmaps in namespace tenant-a.");
        }
    }

    // A restarted API server answers 403 until its RBAC caches are filled (seen on the real
    // kube-apiserver in tst_browse): right after a lost connection, a few refusals are retried
    // without a word, and the watch goes on from where it was.
    void shouldRetryARefusalRightAfterALostConnection()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1")};
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, fast());
        QSignalSpy errors(&watcher, &Watcher::errorOccurred);
        watcher.start();
        QTRY_VERIFY(collection.stream());
        collection.send(fixtures::event("ADDED", configMap("u2", "b", "120")));
        QTRY_COMPARE(watcher.resourceVersion(), "120");

        collection.forbidWatches = 3;
        server.cutStreams();
        QTRY_COMPARE(collection.watches.size(), 5); // the cut one, three refused, the new one
        QTRY_COMPARE(watcher.state(), Watcher::State::Watching);
        QCOMPARE(collection.watches.last().query.queryItemValue("resourceVersion"), "120");
        for (const QList<QVariant> &error : std::as_const(errors))
            QCOMPARE(error.first().value<Error>().kind, Error::Kind::Network);

        // The outage is over: the next refusal is final again.
        collection.send(fixtures::bookmark("130"));
        QTRY_COMPARE(watcher.resourceVersion(), "130");
        errors.clear();
        collection.forbidWatches = 1;
        server.endStream(collection.stream());
        QTRY_COMPARE(watcher.state(), Watcher::State::Idle);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::Forbidden);
    }

    // ...but a refusal that stays is reported once and stops the watcher, as above.
    void shouldStopWhenARefusalAfterALostConnectionStays()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1")};
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher::Options options = fast();
        Watcher watcher(&client, path, options);
        QSignalSpy errors(&watcher, &Watcher::errorOccurred);
        watcher.start();
        QTRY_VERIFY(collection.stream());
        collection.forbidWatches = 1000;
        server.cutStreams();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), Watcher::State::Idle, 10000);
        // the cut watch, the retried refusals, the final one
        QCOMPARE(collection.watches.size(), 1 + options.refusalsAfterOutage + 1);
        QCOMPARE(errors.last().first().value<Error>().kind, Error::Kind::Forbidden);
        int forbidden = 0;
        for (const QList<QVariant> &error : std::as_const(errors))
            forbidden += error.first().value<Error>().kind == Error::Kind::Forbidden;
        QCOMPARE(forbidden, 1);
        QTest::qWait(400);
        QCOMPARE(collection.watches.size(), 1 + options.refusalsAfterOutage + 1);
    }

    // Issue 15, item 7: a 429's Retry-After is waited out (the backoff alone is 50 ms here).
    void shouldHonourRetryAfter()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1")};
        collection.failLists = 1;
        collection.failStatus = 429;
        collection.failHeaders = "Retry-After: 1\r\n";
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, fast());
        QSignalSpy errors(&watcher, &Watcher::errorOccurred);
        QElapsedTimer clock;
        clock.start();
        watcher.start();
        QTRY_COMPARE(errors.size(), 1);
        QTest::qWait(600);
        QCOMPARE(collection.lists.size(), 1); // still waiting
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), Watcher::State::Watching, 5000);
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    }

    // Issue 15, item 7: a server that answers 410 to every watch made a hot relist loop.
    void shouldNotRelistInAHotLoopWhenEveryWatchIsGone()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1")};
        collection.goneWatches = true;
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher::Options options = fast();
        options.pageSize = 0;
        options.table = false;
        options.initialBackoff = 100ms;
        options.maxBackoff = 400ms;
        Watcher watcher(&client, path, options);
        watcher.start();
        QTest::qWait(1500);
        // At once, then 100, 200, 400, 400 ms (halved at worst by jitter): a handful, where
        // the old loop relisted hundreds of times.
        QVERIFY2(collection.watches.size() >= 2, qPrintable(QString::number(collection.watches.size())));
        QVERIFY2(collection.watches.size() <= 12, qPrintable(QString::number(collection.watches.size())));
    }

    // Issue 15, item 7: a watch line without an end is not buffered without limit.
    void shouldCapTheWatchBuffer()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher::Options options = fast();
        options.maxEventBytes = 4096;
        Watcher watcher(&client, path, options);
        QSignalSpy errors(&watcher, &Watcher::errorOccurred);
        watcher.start();
        QTRY_VERIFY(collection.stream());
        collection.send(QByteArray(8192, 'x'));
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().value<Error>().message.contains("larger than"),
                 qPrintable(errors.first().first().value<Error>().message));
        QTRY_COMPARE(collection.watches.size(), 2); // listed and watching again
    }

    // A watch sent again after a cut that the server never answers (what Qt 6.4 can do with
    // a request on an HTTP/2 connection an API server restart closed): the table stays marked
    // stale though other requests get through, and the watch is sent again from the last
    // resourceVersion, without a relist, an error message or lost events.
    void shouldSendAgainAWatchThatIsNeverAnswered()
    {
        FakeApiServer server;
        server.onJson("GET", "/version", 200, R"({"gitVersion":"v1.34.4"})");
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1")};
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher::Options options = fast();
        options.watchAnswerTimeout = 1500ms;
        Watcher watcher(&client, path, options);
        Journal journal(&watcher);
        QSignalSpy errors(&watcher, &Watcher::errorOccurred);
        watcher.start();
        QTRY_VERIFY(collection.stream());
        collection.send(fixtures::event("ADDED", configMap("u2", "b", "120")));
        QTRY_COMPARE(watcher.resourceVersion(), "120");
        journal.take();
        errors.clear();

        collection.holdWatches = 1;
        server.cutStreams();
        QTRY_COMPARE(collection.watches.size(), 2); // sent again, and held
        QTRY_COMPARE(watcher.state(), Watcher::State::Watching);
        QVERIFY(watcher.isConnectionLost());
        // Another request gets through: the watch still has no answer, the rows stay stale.
        KubeReply *probe = client.get(QStringLiteral("/version"));
        QSignalSpy probed(probe, &KubeReply::finished);
        QVERIFY(probed.wait(5000));
        QVERIFY(probe->result().has_value());
        QVERIFY2(watcher.isConnectionLost(), "a watch without an answer counted as back");

        // The watchdog sends it again; the new watch is answered and carries on.
        QTRY_COMPARE_WITH_TIMEOUT(collection.watches.size(), 3, 10000);
        QCOMPARE(collection.watches.last().query.queryItemValue("resourceVersion"), "120");
        QTRY_VERIFY(collection.stream());
        QTRY_VERIFY(!watcher.isConnectionLost());
        collection.send(fixtures::event("MODIFIED", configMap("u2", "b", "130")));
        QTRY_COMPARE(watcher.resourceVersion(), "130");
        QCOMPARE(journal.take(), QStringList{"modified:b"});
        QCOMPARE(collection.lists.size(), 1); // no relist
        for (const QList<QVariant> &error : std::as_const(errors))
            QCOMPARE(error.first().value<Error>().kind, Error::Kind::Network); // the cut only
    }

    // A watch answered but then silent for longer than the server's bookmark interval is sent
    // again from the last resourceVersion; no error is reported.
    void shouldSendAgainAWatchThatFallsSilent()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1")};
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher::Options options = fast();
        options.watchSilence = 1500ms;
        Watcher watcher(&client, path, options);
        QSignalSpy errors(&watcher, &Watcher::errorOccurred);
        watcher.start();
        QTRY_VERIFY(collection.stream());
        collection.send(fixtures::bookmark("150"));
        QTRY_COMPARE(watcher.resourceVersion(), "150");
        QCOMPARE(collection.watches.size(), 1);
        QTest::qWait(500);
        collection.send(fixtures::bookmark("160")); // data keeps it alive
        QTest::qWait(1200);
        QCOMPARE(collection.watches.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(collection.watches.size(), 2, 10000);
        QCOMPARE(collection.watches.last().query.queryItemValue("resourceVersion"), "160");
        QTRY_COMPARE(watcher.state(), Watcher::State::Watching);
        QTRY_VERIFY(!watcher.isConnectionLost());
        QCOMPARE(collection.lists.size(), 1);
        QCOMPARE(errors.size(), 0);
    }

    void shouldStopQuietly()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, fast());
        QSignalSpy errors(&watcher, &Watcher::errorOccurred);
        watcher.start();
        QTRY_VERIFY(collection.stream());
        watcher.stop();
        QCOMPARE(watcher.state(), Watcher::State::Idle);
        QTest::qWait(300);
        QCOMPARE(collection.watches.size(), 1);
        QCOMPARE(errors.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWatcher)
#include "tst_watcher.moc"
