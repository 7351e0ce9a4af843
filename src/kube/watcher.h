#pragma once

#include "common/error.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>
#include <QString>

#include <chrono>

class QTimer;

namespace scs::kube {

class KubeClient;
class KubeReply;

// One object of a watched collection.
struct WatchItem
{
    QJsonObject object; // the whole object
    QJsonArray cells; // Table mode: the row's cells, in the order of Watcher::columns()

    [[nodiscard]] QJsonObject metadata() const
    {
        return object.value(QLatin1String("metadata")).toObject();
    }
    [[nodiscard]] QString uid() const { return metadata().value(QLatin1String("uid")).toString(); }
    [[nodiscard]] QString name() const
    {
        return metadata().value(QLatin1String("name")).toString();
    }
    [[nodiscard]] QString namespaceName() const
    {
        return metadata().value(QLatin1String("namespace")).toString();
    }
    [[nodiscard]] QString resourceVersion() const
    {
        return metadata().value(QLatin1String("resourceVersion")).toString();
    }
};

// A column of the server's Table representation (CRD printer columns included).
struct TableColumn
{
    QString name;
    QString type; // "string", "integer", "number", "boolean", "date"
    QString format; // "name", "date", ...
    QString description;
    int priority = 0; // 0: shown by default; higher: "wide" columns

    friend bool operator==(const TableColumn &, const TableColumn &) = default;
};

// Follows one collection (optionally in Table form, so that the server's columns come along):
// a paged list, then a watch from the list's resourceVersion with bookmarks; reconnects with
// backoff; relists on 410 Gone and compares the new list with what it knows, so that users of
// its signals only ever see precise additions, modifications and deletions (never a reset).
//
//   start() ──> Listing ─pages─> (diff: added/modified/deleted) ──synced()──> Watching
//   Watching ──event──> added/modified/deleted; BOOKMARK: just the resourceVersion
//            ──stream ends (server timeout)──> Watching again from the last resourceVersion
//            ──410 / ERROR 410──> Listing (relist + diff)
//            ──network, 5xx, 403, ...──> errorOccurred(), Backoff ──> Watching (or Listing)
//   stop() from anywhere ──> Idle
//
// Lives in the client's thread; the client must outlive it.
class Watcher : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Listing, Watching, Backoff };
    Q_ENUM(State)

    struct Options
    {
        bool table = true; // Accept the Table form (columns from the server)
        QString labelSelector;
        QString fieldSelector;
        int pageSize = 500; // limit per list page; 0: no paging
        std::chrono::seconds watchTimeout{300}; // server side; the watch is then renewed
        std::chrono::milliseconds initialBackoff{500};
        std::chrono::milliseconds maxBackoff{30000};
    };

    // `collectionPath` e.g. "/api/v1/namespaces/tenant-a/configmaps" (ApiResource::collectionPath).
    Watcher(KubeClient *client, const QString &collectionPath, const Options &options,
            QObject *parent = nullptr);
    Watcher(KubeClient *client, const QString &collectionPath, QObject *parent = nullptr);
    ~Watcher() override;

    void start();
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString collectionPath() const { return m_path; }
    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] QString resourceVersion() const { return m_resourceVersion; }
    [[nodiscard]] bool isSynced() const { return m_synced; }
    [[nodiscard]] const QList<TableColumn> &columns() const { return m_columns; }
    // What is known now, by uid.
    [[nodiscard]] const QHash<QString, WatchItem> &items() const { return m_items; }

Q_SIGNALS:
    void stateChanged(scs::kube::Watcher::State state);
    void columnsChanged(); // before the rows that use the new columns
    void added(const QList<scs::kube::WatchItem> &items);
    void modified(const scs::kube::WatchItem &item);
    void deleted(const scs::kube::WatchItem &item); // the last known state of the object
    void synced(); // a (re)list has been applied completely
    void errorOccurred(const scs::Error &error); // the watcher keeps trying (see state())

private:
    void setState(State state);
    void list(const QString &continueToken);
    void onListPage(KubeReply *reply);
    void watch();
    void onWatchData(const QByteArray &chunk);
    void onWatchFinished(KubeReply *reply);
    void handleEvent(const QJsonObject &event);
    void applyUpsert(const WatchItem &item, QList<WatchItem> &addedBatch);
    void applyDelete(const WatchItem &item);
    void relist();
    void backoff(const Error &error, bool relistAfter);
    [[nodiscard]] QList<WatchItem> itemsOf(const QJsonObject &listOrTable);
    [[nodiscard]] QUrlQuery baseQuery() const;
    void abortReply();

    QPointer<KubeClient> m_client;
    QString m_path;
    Options m_options;
    State m_state = State::Idle;
    QPointer<KubeReply> m_reply;
    QHash<QString, WatchItem> m_items;
    QSet<QString> m_seen; // uids seen by the list under way
    QList<TableColumn> m_columns;
    QString m_resourceVersion;
    QByteArray m_buffer;
    QTimer *m_backoffTimer;
    std::chrono::milliseconds m_backoff{0};
    QElapsedTimer m_watchStarted;
    QElapsedTimer m_pageTimer; // request -> answer -> parsed -> applied, for the debug log
    bool m_synced = false;
    bool m_relistAfterBackoff = false;
    bool m_watchGotEvents = false;
};

} // namespace scs::kube

Q_DECLARE_METATYPE(scs::kube::WatchItem)
