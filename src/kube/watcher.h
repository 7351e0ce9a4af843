#pragma once

#include "common/error.h"
#include "kube/watchitem.h"

#include <QDateTime>
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
#include <memory>

class QTimer;

namespace scs::kube {

class JsonListSplitter;
class KubeClient;
class KubeReply;

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
// a list, then a watch from the list's resourceVersion with bookmarks; reconnects with
// backoff; relists on 410 Gone and compares the new list with what it knows, so that users of
// its signals only ever see precise additions, modifications and deletions (never a reset).
//
// The list is, by default, one plain list streamed and read item by item while the server
// sends it, plus a small Table request for the cells alone (includeObject=None) sent beside
// it, its rows matched to the items one to one when both were read at the same
// resourceVersion (the usual case). Otherwise the cells are asked for again at the list's
// resourceVersion or later and matched by name. That is as fast as a raw list: a Table with
// whole objects in it is not streamed by the server and costs it half as much again
// (bench/list-latency). Where names repeat (a namespaced kind across namespaces) the rows are
// matched one to one, which needs both at the same resourceVersion (asked for exactly if the
// server had moved on). Failing that, and whenever rows and items disagree, the watcher falls
// back to Table pages with the objects inside (as with Options::pageSize > 0).
//
//   start() ──> Listing ─items─> (diff: added/modified/deleted) ──synced()──> Watching
//   Watching ──event──> added/modified/deleted; BOOKMARK: just the resourceVersion
//            ──stream ends (server timeout)──> Watching again from the last resourceVersion
//            ──410 / ERROR 410──> Listing (relist + diff)
//            ──410 again soon after a relist──> Backoff ──> Listing (no hot relist loop)
//            ──network, 5xx, 429, ...──> errorOccurred(), Backoff ──> Watching (or Listing)
//            ──400, 403, 404, 422 (permanent)──> errorOccurred(), Idle (no retry)
//              (but right after a lost connection, a few of them are retried first:
//               Options::refusalsAfterOutage)
//   stop() from anywhere ──> Idle
//
// Backoff doubles from initialBackoff to maxBackoff with jitter (each wait is drawn from the
// upper half of the current step, so that many watchers do not reconnect in step); a server's
// Retry-After (429, 503) is waited out when it is longer. A backoff for a lost connection ends
// early (within half a second) when another request of the client gets an answer again. A watch event (one line) larger than
// Options::maxEventBytes is an error: the watcher reports it and lists again after a backoff.
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
        // 0: one streamed list, parsed while it arrives (with the Table's cells fetched
        // alongside, see streamList()); > 0: Table pages of this many objects each.
        int pageSize = 0;
        std::chrono::seconds watchTimeout{300}; // server side; the watch is then renewed
        std::chrono::milliseconds initialBackoff{500};
        std::chrono::milliseconds maxBackoff{30000};
        // A 400/403/404/422 right after the connection was lost is not yet taken as final: an
        // API server that has just restarted answers 403 until its RBAC caches are filled, and
        // 404 until its CRDs are served again. This many such answers are retried (silently,
        // with the usual backoff) before the watcher reports them and stops.
        int refusalsAfterOutage = 5;
        qsizetype maxEventBytes = 64 * 1024 * 1024; // one watch event, as the server sends it
        // A watch not answered (no response headers) within watchAnswerTimeout, or silent for
        // longer than watchSilence after that, is taken as lost: sent again, from the last
        // resourceVersion, over new connections. Qt 6.4 can leave a request on an HTTP/2
        // connection that an API server restart closed without any answer, and another
        // request getting through does not prove the watch did. kube-apiserver sends watches
        // that allow bookmarks one about every minute, so a live watch is never that silent.
        std::chrono::milliseconds watchAnswerTimeout{20000};
        std::chrono::milliseconds watchSilence{150000};
    };

    // `collectionPath` e.g. "/api/v1/namespaces/tenant-a/configmaps" (ApiResource::collectionPath).
    Watcher(KubeClient *client, const QString &collectionPath, const Options &options,
            QObject *parent = nullptr);
    Watcher(KubeClient *client, const QString &collectionPath, QObject *parent = nullptr);
    ~Watcher() override;

    void start();
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    // In Backoff: when the next attempt starts; otherwise invalid.
    [[nodiscard]] QDateTime nextRetry() const;
    // What items() holds may be out of date: the list or watch failed and has not come back
    // (set on entering Backoff; cleared by a complete (re)list, watch data, or an answer of the
    // server while the watch is out again, and by stop()).
    [[nodiscard]] bool isConnectionLost() const { return m_connectionLost; }
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
    void connectionLostChanged(bool lost);

private:
    void setState(State state);
    void setConnectionLost(bool lost);
    void list(const QString &continueToken);
    void onListPage(KubeReply *reply);
    void streamList();
    void onStreamData(const QByteArray &chunk);
    void onStreamFinished(KubeReply *reply);
    // Empty resourceVersion: beside the list, at the server's current state.
    void requestCells(const QString &resourceVersion, bool exact = false);
    void listVersionKnown(); // the streamed list's header is in
    void matchCells(); // the cells and the list's resourceVersion are both in
    [[nodiscard]] QString streamedVersion() const; // the streamed list's, once it is known
    void onCellsFinished(KubeReply *reply);
    void drainStream(bool final);
    void finishStreamIfComplete();
    void fallBackToPages(const QString &why);
    void finishList(const QString &resourceVersion);
    void applyColumns(const QJsonArray &definitions);
    void watch();
    void onWatchData(const QByteArray &chunk);
    void onWatchFinished(KubeReply *reply);
    void handleEvent(const QJsonObject &event);
    void applyUpsert(const WatchItem &item, QList<WatchItem> &addedBatch);
    void applyDelete(const WatchItem &item);
    void relist();
    void backoff(const Error &error, bool relistAfter, int httpStatus = 0,
                 std::chrono::milliseconds retryAfter = {});
    void relistAfterGone();
    [[nodiscard]] QList<WatchItem> itemsOf(const QJsonObject &listOrTable);
    [[nodiscard]] QUrlQuery baseQuery() const;
    [[nodiscard]] QUrlQuery selectorQuery() const;
    void abortReply();
    void endOutage();
    void onWatchdog();

    QPointer<KubeClient> m_client;
    QString m_path;
    Options m_options;
    State m_state = State::Idle;
    QPointer<KubeReply> m_reply;
    QHash<QString, WatchItem> m_items;
    // The streamed list under way (see streamList()).
    std::unique_ptr<JsonListSplitter> m_splitter;
    QPointer<KubeReply> m_cellsReply;
    QList<WatchItem> m_streamed; // parsed items waiting for their cells
    QJsonArray m_cellRows; // the Table's rows, cells only
    enum class CellMatch { None, ByName, ByIndex };
    CellMatch m_cellMatch = CellMatch::None; // how items find their row
    QHash<QString, qsizetype> m_rowOfName; // ByName
    qsizetype m_cellRow = 0; // ByIndex: the next of m_cellRows to match
    int m_nameCell = -1; // ByIndex: the column with format "name", to check each match
    QString m_listVersion; // the streamed list's resourceVersion
    bool m_listVersionKnown = false; // its header has come
    QJsonObject m_cellsTable; // the cells' answer, until the list's resourceVersion is known
    bool m_cellsPending = false; // m_cellsTable waits for matchCells()
    bool m_cellsAtListVersion = false; // asked at the list's resourceVersion (not beside it)
    QString m_itemApiVersion; // what the list's items lack (the list names it once)
    QString m_itemKind;
    bool m_exactCells = false; // the cells asked for with resourceVersionMatch=Exact
    bool m_cellsArrived = false;
    bool m_streamDone = false;
    bool m_streamBroken = false; // an item could not be parsed
    bool m_paged = false; // a streamed list and its cells disagreed: Table pages from now on
    QSet<QString> m_seen; // uids seen by the list under way
    bool m_trackSeen = false; // m_seen is needed: the list started with objects known
    QList<TableColumn> m_columns;
    QString m_resourceVersion;
    QByteArray m_buffer;
    QTimer *m_backoffTimer;
    QTimer *m_watchdog; // see Options::watchAnswerTimeout
    bool m_watchAnswered = false; // the watch under way got its answer headers
    std::chrono::milliseconds m_backoff{0};
    QElapsedTimer m_watchStarted;
    QElapsedTimer m_pageTimer; // request -> answer -> parsed -> applied, for the debug log
    bool m_synced = false;
    bool m_relistAfterBackoff = false;
    bool m_watchGotEvents = false;
    int m_goneInARow = 0; // 410s without a watch event between them
    bool m_outage = false; // the connection failed since the last list or event
    bool m_connectionLost = false;
    bool m_waitingForServer = false; // in Backoff for want of a connection (see the constructor)
    int m_refusalsInOutage = 0; // permanent-looking answers retried in this outage
};

} // namespace scs::kube

