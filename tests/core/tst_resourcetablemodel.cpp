// ResourceTableModel fed by a Watcher on a scripted server; a QAbstractItemModelTester watches
// every mutation, and a reset counter proves that events never reset the model.

#include "fakecollection.h"
#include "kube/kubeclient.h"
#include "kube/watcher.h"
#include "models/resourcetablemodel.h"
#include "tcpproxy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::kube;
using namespace scs::models;
using namespace std::chrono_literals;
using fixtures::configMap;

namespace {
const QString path = QStringLiteral("/api/v1/namespaces/tenant-a/configmaps");
}

class TestResourceTableModel : public QObject
{
    Q_OBJECT

private:
    static QStringList names(const ResourceTableModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, 0).data(ResourceTableModel::NameRole).toString());
        return result;
    }

private Q_SLOTS:
    void shouldFollowTheWatchPrecisely()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1"), configMap("u2", "b", "2"),
                              configMap("u3", "c", "3")};
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, fast());
        ResourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWatcher(&watcher);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        watcher.start();
        QTRY_VERIFY(collection.stream());
        QCOMPARE(names(model), QStringList({"a", "b", "c"}));
        QCOMPARE(resets.size(), 1); // the server's columns arrived once
        QCOMPARE(inserted.size(), 2); // one per page
        // Name and Data from the server; its Age and the wide column left out; our Age last.
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), "Name");
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(), "the name");
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), "Data");
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), "Age");
        QCOMPARE(model.ageColumn(), 2);
        QCOMPARE(model.index(0, 1).data().toString(), "1");
        QCOMPARE(model.index(0, 1).data(ResourceTableModel::SortRole).toInt(), 1);
        QVERIFY(model.index(0, 2).data().toString().endsWith('d')); // created 2026-01-01
        QVERIFY(model.index(0, 2).data(ResourceTableModel::SortRole).toLongLong() > 86400);

        const QModelIndex b = model.index(1, 0);
        QCOMPARE(b.data(ResourceTableModel::UidRole).toString(), "u2");
        QCOMPARE(b.data(ResourceTableModel::NamespaceRole).toString(), "tenant-a");
        QCOMPARE(b.data(ResourceTableModel::ResourceVersionRole).toString(), "2");
        QCOMPARE(b.data(ResourceTableModel::ReadyRole).toString(), "True");
        QCOMPARE(b.data(ResourceTableModel::PhaseRole).toString(), "Active");
        QCOMPARE(b.data(ResourceTableModel::ConditionsRole).toJsonArray().size(), 1);
        QCOMPARE(b.data(ResourceTableModel::ObjectRole).toJsonObject()["kind"].toString(),
                 "ConfigMap");
        QCOMPARE(b.data(ResourceTableModel::CreationTimestampRole).toDateTime(),
                 QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));

        inserted.clear();
        collection.send(fixtures::event("ADDED", configMap("u4", "d", "101")));
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3);
        QCOMPARE(inserted.first().at(2).toInt(), 3);

        changed.clear();
        collection.send(fixtures::event("MODIFIED", configMap("u2", "b", "102", "w")));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, 0).data(ResourceTableModel::ResourceVersionRole).toString(),
                 "102");

        collection.send(fixtures::event("DELETED", configMap("u1", "a", "103")));
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(names(model), QStringList({"b", "c", "d"}));
        QCOMPARE(model.rowOf("u4"), 2);

        // Relist after 410: only the difference reaches the model, and no reset.
        inserted.clear();
        removed.clear();
        changed.clear();
        collection.objects = {configMap("u2", "b", "102", "w"), configMap("u4", "d", "200"),
                              configMap("u5", "e", "201")};
        collection.resourceVersion = "300";
        collection.send(fixtures::expired());
        QTRY_COMPARE(collection.watches.size(), 2);
        QCOMPARE(names(model), QStringList({"b", "d", "e"}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(resets.size(), 1);

        model.refreshAges();
        QCOMPARE(changed.last().at(0).toModelIndex().column(), model.ageColumn());
    }

    // A lost watch makes the rows stale (since when it was lost) until the watcher is back and
    // has listed again; then the note clears by itself.
    void shouldBeStaleWhileTheWatchIsLost()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1"), configMap("u2", "b", "2")};
        TcpProxy proxy(QStringLiteral("127.0.0.1"), quint16(server.url().port()));
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(QUrl(QStringLiteral("http://127.0.0.1:%1")
                                              .arg(proxy.port()))),
                          &tokens);
        Watcher watcher(&client, path, fast());
        ResourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWatcher(&watcher);
        QSignalSpy stale(&model, &ResourceTableModel::staleChanged);
        watcher.start();
        QTRY_COMPARE(watcher.state(), Watcher::State::Watching);
        QVERIFY(!model.isStale());
        QVERIFY(!model.staleSince().isValid());
        QCOMPARE(stale.size(), 0);

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        proxy.down();
        QTRY_VERIFY(model.isStale());
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.at(0).at(0).toBool(), true);
        QVERIFY(model.staleSince() >= before);
        QCOMPARE(model.rowCount(), 2); // what was known stays
        const QDateTime since = model.staleSince();
        // Retries (Listing, Backoff, ...) keep it stale, since the first loss.
        QTest::qWait(400);
        QVERIFY(model.isStale());
        QCOMPARE(model.staleSince(), since);
        QCOMPARE(stale.size(), 1);

        proxy.up();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isStale(), 5000);
        QCOMPARE(watcher.state(), Watcher::State::Watching);
        QCOMPARE(stale.size(), 2);
        QVERIFY(!model.staleSince().isValid());
    }

    void shouldTakeOverWhatTheWatcherKnowsAndWorkWithoutTables()
    {
        FakeApiServer server;
        FakeCollection collection(server, path);
        collection.objects = {configMap("u1", "a", "1"), configMap("u2", "b", "2")};
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, path, fast(false));
        watcher.start();
        QTRY_VERIFY(collection.stream());

        ResourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWatcher(&watcher);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2); // Name, Age
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), "Name");
        QStringList shown = {model.index(0, 0).data().toString(),
                             model.index(1, 0).data().toString()};
        shown.sort();
        QCOMPARE(shown, QStringList({"a", "b"}));

        collection.send(fixtures::event("ADDED", configMap("u3", "c", "101"), false));
        QTRY_COMPARE(model.rowCount(), 3);
        model.setNamespaceColumn(true);
        QCOMPARE(model.columnCount(), 3); // Namespace, Name, Age
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), "Namespace");
        QCOMPARE(model.index(2, 0).data().toString(), "tenant-a");
        QCOMPARE(model.index(2, 1).data().toString(), "c");
        QCOMPARE(model.ageColumn(), 2);
        model.setWatcher(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // Events print "Last Seen" where other kinds print "Age": one column for it, moving on,
    // from the event's last time (not its creation).
    void shouldShowLastSeenOnceForEvents()
    {
        const QString eventsPath = QStringLiteral("/api/v1/namespaces/tenant-a/events");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QJsonObject event{
            {"apiVersion", "v1"},
            {"kind", "Event"},
            {"metadata", QJsonObject{{"name", "e1"}, {"namespace", "tenant-a"}, {"uid", "e1"},
                                     {"resourceVersion", "7"},
                                     {"creationTimestamp", "2026-01-01T00:00:00Z"}}},
            {"lastTimestamp", now.addSecs(-300).toString(Qt::ISODate)},
            {"type", "Normal"},
            {"reason", "Created"},
        };
        FakeApiServer server;
        server.on("GET", eventsPath, [&event](const FakeRequest &r) {
            FakeResponse response;
            if (r.query.queryItemValue("watch") == "true") {
                response.stream = true;
                return response;
            }
            auto column = [](const char *name) {
                return QJsonObject{{"name", name}, {"type", "string"}, {"format", ""},
                                   {"priority", 0}};
            };
            const QJsonObject table{
                {"kind", "Table"},
                {"apiVersion", "meta.k8s.io/v1"},
                {"metadata", QJsonObject{{"resourceVersion", "7"}}},
                {"columnDefinitions", QJsonArray{column("Last Seen"), column("Type"),
                                                 column("Reason")}},
                {"rows", QJsonArray{QJsonObject{{"cells", QJsonArray{"5m", "Normal", "Created"}},
                                                {"object", event}}}}};
            response.body = QJsonDocument(table).toJson(QJsonDocument::Compact);
            return response;
        });
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, eventsPath, fast());
        ResourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWatcher(&watcher);
        watcher.start();
        QTRY_COMPARE(model.rowCount(), 1);
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers.append(model.headerData(c, Qt::Horizontal).toString());
        QCOMPARE(headers, QStringList({"Type", "Reason", "Last Seen"}));
        QCOMPARE(model.index(0, model.ageColumn()).data().toString(), QStringLiteral("5m"));
    }

    // A CRD printer column of type date ("Expires") reads like Age, not "202…01Z": relative,
    // the time in the tool tip, sorted by time.
    void shouldShowDateColumnsAsAges()
    {
        const QString crPath = QStringLiteral("/apis/example.com/v1/namespaces/tenant-a/certs");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString when = now.addSecs(-7200).toString(Qt::ISODate);
        const QJsonObject object{
            {"apiVersion", "example.com/v1"},
            {"kind", "Cert"},
            {"metadata", QJsonObject{{"name", "c1"}, {"namespace", "tenant-a"}, {"uid", "c1"},
                                     {"resourceVersion", "3"},
                                     {"creationTimestamp", "2026-01-01T00:00:00Z"}}},
        };
        FakeApiServer server;
        server.on("GET", crPath, [&object, when](const FakeRequest &r) {
            FakeResponse response;
            if (r.query.queryItemValue("watch") == "true") {
                response.stream = true;
                return response;
            }
            const QJsonObject table{
                {"kind", "Table"},
                {"apiVersion", "meta.k8s.io/v1"},
                {"metadata", QJsonObject{{"resourceVersion", "3"}}},
                {"columnDefinitions",
                 QJsonArray{QJsonObject{{"name", "Name"}, {"type", "string"},
                                        {"format", "name"}, {"priority", 0}},
                            QJsonObject{{"name", "Renewed"}, {"type", "date"}, {"format", ""},
                                        {"priority", 0}}}},
                {"rows", QJsonArray{QJsonObject{{"cells", QJsonArray{"c1", when}},
                                                {"object", object}}}}};
            response.body = QJsonDocument(table).toJson(QJsonDocument::Compact);
            return response;
        });
        StaticTokenSource tokens("t");
        KubeClient client(profileFor(server.url()), &tokens);
        Watcher watcher(&client, crPath, fast());
        ResourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWatcher(&watcher);
        watcher.start();
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(model.isNameColumn(0));
        QVERIFY(!model.isDateColumn(0));
        QVERIFY(model.isDateColumn(1));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("2h"));
        QVERIFY(model.index(0, 1).data(ResourceTableModel::SortRole).toLongLong() >= 7200);
        QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
                 QLocale().toString(QDateTime::fromString(when, Qt::ISODate).toLocalTime(),
                                    QLocale::ShortFormat));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshAges(); // the date column moves on with Age
        QCOMPARE(changed.size(), 2);
    }

    void shouldFormatAgesLikeKubectl_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(59) << "59s";
        QTest::newRow("under two minutes") << qint64(119) << "119s";
        QTest::newRow("minutes") << qint64(600) << "10m";
        QTest::newRow("hours") << qint64(5 * 3600) << "5h";
        QTest::newRow("days") << qint64(3 * 86400) << "3d";
        QTest::newRow("clock skew") << qint64(-5) << "0s";
    }

    void shouldFormatAgesLikeKubectl()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(ResourceTableModel::formatAge(seconds), text);
    }
};

QTEST_GUILESS_MAIN(TestResourceTableModel)
#include "tst_resourcetablemodel.moc"
