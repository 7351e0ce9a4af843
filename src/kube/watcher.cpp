#include "kube/watcher.h"

#include "kube/jsonlistsplitter.h"
#include "kube/kubeclient.h"
#include "kube/kubelogging.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace scs::kube {

namespace {

const QByteArray tableAccept
    = QByteArrayLiteral("application/json;as=Table;g=meta.k8s.io;v=v1,application/json");

// Items handed to the views at once while a list streams in: fewer, larger insertions keep a
// sorted view's work down, and the first rows still show within milliseconds.
constexpr qsizetype streamBatch = 1000;
// Table pages when streamed lists fall back to pages (Options::pageSize 0).
constexpr int fallbackPageSize = 500;

// Errors the same request will meet again: retrying cannot help, the person must act.
bool isPermanent(int httpStatus)
{
    return httpStatus == 400 || httpStatus == 403 || httpStatus == 404 || httpStatus == 422;
}

bool isGone(const Status &status)
{
    return status.code == 410 || status.reason == QLatin1String("Expired")
        || status.reason == QLatin1String("Gone");
}

} // namespace

Watcher::Watcher(KubeClient *client, const QString &collectionPath, const Options &options,
                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(collectionPath)
    , m_options(options)
    , m_backoffTimer(new QTimer(this))
    , m_watchdog(new QTimer(this))
{
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, &Watcher::onWatchdog);
    m_backoffTimer->setSingleShot(true);
    connect(m_backoffTimer, &QTimer::timeout, this, [this] {
        if (m_relistAfterBackoff || !m_synced)
            relist();
        else
            watch();
    });
    // Waiting out a lost connection: when another request gets through again (the
    // connection state's probe, a refresh), come back soon instead of at the end of a long
    // backoff; a little jitter keeps many watchers from reconnecting in step.
    if (client) {
        // Only the watch's own answer ends a lost connection of a watcher in Watching (see
        // watch()): another request getting through does not mean the watch did.
        connect(client, &KubeClient::serverReachability, this, [this](bool reached) {
            if (!reached || m_state != State::Backoff || !m_waitingForServer)
                return;
            m_waitingForServer = false;
            const int soon = int(QRandomGenerator::global()->bounded(500));
            if (m_backoffTimer->isActive() && m_backoffTimer->remainingTime() > soon)
                m_backoffTimer->start(soon);
        });
    }
}

Watcher::Watcher(KubeClient *client, const QString &collectionPath, QObject *parent)
    : Watcher(client, collectionPath, Options{}, parent)
{}

Watcher::~Watcher()
{
    abortReply();
}

void Watcher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Watcher::abortReply()
{
    m_watchdog->stop();
    for (QPointer<KubeReply> *slot : {&m_reply, &m_cellsReply}) {
        if (KubeReply *reply = *slot) {
            *slot = nullptr;
            reply->disconnect(this);
            reply->abort();
        }
    }
    m_splitter.reset();
    m_streamed.clear();
    m_cellRows = {};
    m_rowOfName.clear();
    m_cellsTable = {};
    m_cellsPending = false;
    m_cellsArrived = false;
    m_streamDone = false;
}

void Watcher::start()
{
    if (m_state != State::Idle)
        return;
    relist();
}

void Watcher::stop()
{
    abortReply();
    m_backoffTimer->stop();
    setConnectionLost(false);
    m_buffer.clear();
    m_goneInARow = 0;
    endOutage();
    setState(State::Idle);
}

void Watcher::endOutage()
{
    m_outage = false;
    m_refusalsInOutage = 0;
}

QUrlQuery Watcher::selectorQuery() const
{
    QUrlQuery query;
    if (!m_options.labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"), m_options.labelSelector);
    if (!m_options.fieldSelector.isEmpty())
        query.addQueryItem(QStringLiteral("fieldSelector"), m_options.fieldSelector);
    return query;
}

QUrlQuery Watcher::baseQuery() const
{
    QUrlQuery query = selectorQuery();
    if (m_options.table)
        query.addQueryItem(QStringLiteral("includeObject"), QStringLiteral("Object"));
    return query;
}

void Watcher::relist()
{
    m_seen.clear();
    // Only a relist over known objects can find some gone; a first list need not track.
    m_trackSeen = !m_items.isEmpty();
    if (m_options.pageSize > 0 || m_paged)
        list({});
    else
        streamList();
}

void Watcher::list(const QString &continueToken)
{
    abortReply();
    if (!m_client) {
        setState(State::Idle);
        return;
    }
    setState(State::Listing);
    Request request;
    request.throttleRetries = 0; // the watcher's own backoff waits out Retry-After
    request.path = m_path;
    request.query = baseQuery();
    request.query.addQueryItem(QStringLiteral("limit"),
                               QString::number(m_options.pageSize > 0 ? m_options.pageSize
                                                                      : fallbackPageSize));
    if (!continueToken.isEmpty())
        request.query.addQueryItem(QStringLiteral("continue"), continueToken);
    if (m_options.table)
        request.accept = tableAccept;
    m_pageTimer.start();
    KubeReply *reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &KubeReply::finished, this, [this, reply] { onListPage(reply); });
}

void Watcher::applyColumns(const QJsonArray &definitions)
{
    if (definitions.isEmpty())
        return; // watch events and later pages come without them
    QList<TableColumn> columns;
    for (const QJsonValue &value : definitions) {
        const QJsonObject d = value.toObject();
        columns.append(TableColumn{d.value(QLatin1String("name")).toString(),
                                   d.value(QLatin1String("type")).toString(),
                                   d.value(QLatin1String("format")).toString(),
                                   d.value(QLatin1String("description")).toString(),
                                   d.value(QLatin1String("priority")).toInt()});
    }
    if (columns != m_columns) {
        m_columns = columns;
        Q_EMIT columnsChanged();
    }
}

QList<WatchItem> Watcher::itemsOf(const QJsonObject &listOrTable)
{
    QList<WatchItem> result;
    if (listOrTable.value(QLatin1String("kind")).toString() == QLatin1String("Table")) {
        applyColumns(listOrTable.value(QLatin1String("columnDefinitions")).toArray());
        const QJsonArray rows = listOrTable.value(QLatin1String("rows")).toArray();
        result.reserve(rows.size());
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            result.append(WatchItem(row.value(QLatin1String("object")).toObject(),
                                    row.value(QLatin1String("cells")).toArray()));
        }
        return result;
    }
    // A list's items come without apiVersion and kind; the list names them once.
    const QString apiVersion = listOrTable.value(QLatin1String("apiVersion")).toString();
    QString kind = listOrTable.value(QLatin1String("kind")).toString();
    if (kind.endsWith(QLatin1String("List")))
        kind.chop(4);
    const QJsonArray items = listOrTable.value(QLatin1String("items")).toArray();
    result.reserve(items.size());
    for (const QJsonValue &value : items) {
        QJsonObject object = value.toObject();
        if (!apiVersion.isEmpty() && !object.contains(QLatin1String("apiVersion")))
            object.insert(QLatin1String("apiVersion"), apiVersion);
        if (!kind.isEmpty() && !object.contains(QLatin1String("kind")))
            object.insert(QLatin1String("kind"), kind);
        result.append(WatchItem(object));
    }
    return result;
}

void Watcher::onListPage(KubeReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const qint64 waitedMs = m_pageTimer.elapsed();
    QElapsedTimer work;
    work.start();
    const auto json = reply->json();
    if (!json) {
        if (isGone(reply->status())) {
            // The continue token expired between two pages: start the list over.
            qCDebug(lcKube).noquote() << m_path << "list continue expired; listing again";
            relistAfterGone();
            return;
        }
        backoff(json.error(), true, reply->httpStatus(), reply->retryAfter());
        return;
    }
    const qint64 jsonMs = work.restart();
    const QJsonObject page = json->object();
    const QJsonObject listMeta = page.value(QLatin1String("metadata")).toObject();
    const QString continueToken = listMeta.value(QLatin1String("continue")).toString();
    // Ask for the next page before working through this one, so that the server prepares it
    // while we parse and insert (bench/list-latency: a third less wall time for large lists).
    if (!continueToken.isEmpty())
        list(continueToken);
    // Items arrive only in the list's own kind: a List without "items" is an empty list.
    const QList<WatchItem> items = itemsOf(page);
    QList<WatchItem> addedBatch;
    for (const WatchItem &item : items) {
        if (m_trackSeen)
            m_seen.insert(item.uid());
        applyUpsert(item, addedBatch);
    }
    const qint64 parsedMs = work.restart();
    if (!addedBatch.isEmpty())
        Q_EMIT added(addedBatch);
    // Where a list's time goes (bench/list-latency): "waited" runs from the page's request,
    // which for prefetched pages overlaps the work on the page before.
    qCDebug(lcKube).noquote() << m_path << "list page:" << items.size() << "items, waited"
                              << waitedMs << "ms, JSON" << jsonMs << "ms, items" << parsedMs
                              << "ms, model" << work.elapsed() << "ms";
    if (!continueToken.isEmpty())
        return; // the next page is under way (or a slot stopped us, which aborted it)
    if (m_state == State::Listing)
        finishList(listMeta.value(QLatin1String("resourceVersion")).toString());
}

void Watcher::finishList(const QString &resourceVersion)
{
    // The whole list is in: what was not in it is gone.
    QList<WatchItem> vanished;
    for (auto it = m_items.cbegin(); m_trackSeen && it != m_items.cend(); ++it) {
        if (!m_seen.contains(it.key()))
            vanished.append(it.value());
    }
    for (const WatchItem &item : std::as_const(vanished))
        applyDelete(item);
    m_seen.clear();
    m_resourceVersion = resourceVersion;
    m_synced = true;
    m_relistAfterBackoff = false;
    endOutage();
    if (m_goneInARow <= 1) // a list that keeps expiring keeps its growing backoff
        m_backoff = std::chrono::milliseconds::zero();
    qCDebug(lcKube).noquote() << m_path << "listed" << m_items.size() << "at resourceVersion"
                              << m_resourceVersion;
    setConnectionLost(false);
    Q_EMIT synced();
    if (m_state == State::Listing) // a slot may have stopped us
        watch();
}

void Watcher::streamList()
{
    abortReply();
    if (!m_client) {
        setState(State::Idle);
        return;
    }
    setState(State::Listing);
    m_splitter = std::make_unique<JsonListSplitter>();
    m_cellRow = 0;
    m_nameCell = -1;
    m_cellsArrived = !m_options.table;
    m_cellMatch = CellMatch::None;
    m_cellsTable = {};
    m_cellsPending = false;
    m_listVersion.clear();
    m_listVersionKnown = false;
    m_itemApiVersion.clear();
    m_itemKind.clear();
    m_streamDone = false;
    m_streamBroken = false;
    Request request;
    request.throttleRetries = 0; // the watcher's own backoff waits out Retry-After
    request.path = m_path;
    request.query = selectorQuery();
    request.stream = true; // the client's timeout is then the longest silence
    m_pageTimer.start();
    KubeReply *reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &KubeReply::dataReceived, this, &Watcher::onStreamData);
    connect(reply, &KubeReply::finished, this, [this, reply] { onStreamFinished(reply); });
    // The cells beside the list, not after its first bytes: both are read at the server's
    // current state, which is the same one unless something was written in between (then
    // they are asked for again, at the list's; see matchCells()). Waiting for the list's
    // resourceVersion first put a second round and the Table's own time after the list's,
    // a fixed cost that made small lists 1.6x slower than curl (bench/list-latency).
    if (m_options.table)
        requestCells({});
}

void Watcher::onStreamData(const QByteArray &chunk)
{
    if (!m_splitter)
        return;
    const bool ok = m_splitter->feed(chunk, [this](QByteArrayView element) {
        if (m_streamBroken)
            return;
        // Kept as bytes; only what rows show is read now (WatchItem::fromJson).
        std::optional<WatchItem> item = WatchItem::fromJson(element);
        if (!item) {
            m_streamBroken = true;
            return;
        }
        m_streamed.append(std::move(*item));
    });
    if (!ok || m_streamBroken) {
        const QString why = ok ? tr("An object in the list is not valid JSON.")
                               : m_splitter->error();
        abortReply();
        backoff(Error{Error::Kind::Parse, tr("The Central API sent a list that cannot be read."),
                      QStringLiteral("%1: %2").arg(m_path, why), {}, {}, 0, 0},
                true);
        return;
    }
    // The list's metadata comes before its items: now the cells can be matched to them.
    if (!m_listVersionKnown && m_splitter->hasMember("metadata")) {
        listVersionKnown();
        if (m_state != State::Listing)
            return; // a slot stopped us, or the cells are asked for again
    }
    drainStream(false);
}

void Watcher::onStreamFinished(KubeReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const auto &result = reply->result();
    if (!result) {
        abortReply();
        if (isGone(reply->status()))
            relistAfterGone();
        else
            backoff(result.error(), true, reply->httpStatus(), reply->retryAfter());
        return;
    }
    if (!m_splitter || !m_splitter->finish()) {
        const QString why = m_splitter ? m_splitter->error() : QString();
        abortReply();
        backoff(Error{Error::Kind::Parse, tr("The Central API sent a list that cannot be read."),
                      QStringLiteral("%1: %2").arg(m_path, why), {}, {}, 0, 0},
                true);
        return;
    }
    qCDebug(lcKube).noquote() << m_path << "list streamed:" << m_splitter->elementCount()
                              << "items in" << m_pageTimer.elapsed() << "ms";
    m_streamDone = true;
    if (!m_listVersionKnown) { // a server that put the metadata last
        listVersionKnown();
        if (m_state != State::Listing)
            return;
    }
    drainStream(true);
    finishStreamIfComplete();
}

QString Watcher::streamedVersion() const
{
    return m_splitter ? m_splitter->header()
                            .value(QLatin1String("metadata"))
                            .toObject()
                            .value(QLatin1String("resourceVersion"))
                            .toString()
                      : QString();
}

void Watcher::listVersionKnown()
{
    m_listVersion = streamedVersion();
    m_listVersionKnown = true;
    if (m_cellsPending)
        matchCells();
}

void Watcher::requestCells(const QString &resourceVersion, bool exact)
{
    m_exactCells = exact;
    m_cellsAtListVersion = !resourceVersion.isEmpty();
    m_cellsPending = false;
    m_cellsTable = {};
    Request request;
    request.throttleRetries = 0; // the watcher's own backoff waits out Retry-After
    request.path = m_path;
    request.query = selectorQuery();
    request.query.addQueryItem(QStringLiteral("includeObject"), QStringLiteral("None"));
    if (!resourceVersion.isEmpty()) {
        // Asked again: the list's state or a later one, from the server's cache (Exact reads
        // etcd and takes about as long as the list). Rows newer than the items are put right
        // by the watch, which starts at the list's resourceVersion and replays what happened
        // since.
        request.query.addQueryItem(QStringLiteral("resourceVersion"), resourceVersion);
        request.query.addQueryItem(QStringLiteral("resourceVersionMatch"),
                                   exact ? QStringLiteral("Exact")
                                         : QStringLiteral("NotOlderThan"));
    }
    request.accept = tableAccept;
    KubeReply *reply = m_client->send(request);
    m_cellsReply = reply;
    connect(reply, &KubeReply::finished, this, [this, reply] { onCellsFinished(reply); });
}

void Watcher::onCellsFinished(KubeReply *reply)
{
    if (reply != m_cellsReply)
        return;
    m_cellsReply = nullptr;
    const auto json = reply->json();
    if (!json) {
        if (m_exactCells && isGone(reply->status())) {
            fallBackToPages(QStringLiteral("the list's resourceVersion is compacted"));
            return;
        }
        const Error error = json.error();
        const int httpStatus = reply->httpStatus();
        const auto retryAfter = reply->retryAfter();
        abortReply();
        backoff(error, true, httpStatus, retryAfter);
        return;
    }
    m_cellsTable = json->object();
    if (m_cellsTable.value(QLatin1String("kind")).toString() == QLatin1String("Table")) {
        applyColumns(m_cellsTable.value(QLatin1String("columnDefinitions")).toArray());
        if (m_state != State::Listing)
            return; // a slot stopped us
    }
    m_cellsPending = true;
    if (m_listVersionKnown) // else when the list's metadata has come
        matchCells();
}

void Watcher::matchCells()
{
    m_cellsPending = false;
    const QJsonObject table = std::exchange(m_cellsTable, {});
    m_cellMatch = CellMatch::None; // a kind without a Table form: rows show names only
    if (table.value(QLatin1String("kind")).toString() == QLatin1String("Table")) {
        // Rows of the list's own state match the items one to one.
        const bool sameState = table.value(QLatin1String("metadata"))
                                   .toObject()
                                   .value(QLatin1String("resourceVersion"))
                                   .toString()
            == m_listVersion;
        if (!sameState && !m_cellsAtListVersion && !m_listVersion.isEmpty()) {
            // Asked for beside the list and read at another state, maybe an older one, whose
            // rows the watch (from the list's resourceVersion) would never put right: once
            // more, at the list's state or later.
            qCDebug(lcKube).noquote() << m_path << "cells of another state than the list's;"
                                      << "asking again at" << m_listVersion;
            requestCells(m_listVersion);
            return;
        }
        m_cellRows = table.value(QLatin1String("rows")).toArray();
        int nameCell = -1;
        for (int i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i).format == QLatin1String("name")) {
                nameCell = i;
                break;
            }
        }
        // Rows of a later state are matched by name where names are unique (one namespace,
        // or a cluster-scoped kind); where they repeat (across namespaces) the rows are asked
        // for once more, exactly.
        // The same state (the usual case): one to one, each checked by name; no index needed.
        bool unique = nameCell >= 0 && !sameState;
        m_rowOfName.clear();
        if (unique)
            m_rowOfName.reserve(m_cellRows.size());
        for (qsizetype i = 0; unique && i < m_cellRows.size(); ++i) {
            const QString name = m_cellRows.at(i)
                                     .toObject()
                                     .value(QLatin1String("cells"))
                                     .toArray()
                                     .at(nameCell)
                                     .toString();
            if (m_rowOfName.contains(name))
                unique = false;
            else
                m_rowOfName.insert(name, i);
        }
        if (unique) {
            m_cellMatch = CellMatch::ByName;
        } else if (sameState) {
            m_rowOfName.clear();
            m_cellMatch = CellMatch::ByIndex;
            m_nameCell = nameCell;
        } else if (!m_exactCells && !m_listVersion.isEmpty()) {
            // Names repeat and the server had moved on: the cells once more, of exactly the
            // list's state.
            m_cellRows = {};
            m_rowOfName.clear();
            requestCells(m_listVersion, true);
            return;
        } else {
            fallBackToPages(QStringLiteral("names repeat and the Table is of another state"));
            return;
        }
    }
    qCDebug(lcKube).noquote() << m_path << "cells:" << m_cellRows.size() << "rows,"
                              << (m_cellMatch == CellMatch::ByName    ? "matched by name"
                                      : m_cellMatch == CellMatch::ByIndex ? "matched one to one"
                                                                          : "no Table")
                              << (m_exactCells ? "(exact resourceVersion)" : "");
    m_cellsArrived = true;
    drainStream(m_streamDone);
    finishStreamIfComplete();
}

void Watcher::drainStream(bool final)
{
    if (!m_cellsArrived || m_state != State::Listing)
        return;
    if (m_streamed.isEmpty() || (!final && m_streamed.size() < streamBatch))
        return;
    QList<WatchItem> batch;
    batch.swap(m_streamed);
    QList<WatchItem> addedBatch;
    addedBatch.reserve(batch.size());
    const auto cellsOf = [this](qsizetype row) {
        return m_cellRows.at(row).toObject().value(QLatin1String("cells")).toArray();
    };
    if (m_itemKind.isEmpty() && m_splitter) {
        // A list's items come without apiVersion and kind; the list names them once.
        const QJsonObject header = m_splitter->header();
        m_itemApiVersion = header.value(QLatin1String("apiVersion")).toString();
        m_itemKind = header.value(QLatin1String("kind")).toString();
        if (m_itemKind.endsWith(QLatin1String("List")))
            m_itemKind.chop(4);
    }
    for (WatchItem &item : batch) {
        item.setTypeMeta(m_itemApiVersion, m_itemKind);
        if (m_cellMatch == CellMatch::ByName) {
            // No row: the object is gone in the Table's (later) state; the watch says so.
            const auto row = m_rowOfName.constFind(item.name());
            if (row != m_rowOfName.cend())
                item.setCells(cellsOf(*row));
        } else if (m_cellMatch == CellMatch::ByIndex) {
            if (m_cellRow >= m_cellRows.size()) {
                fallBackToPages(QStringLiteral("more items than rows"));
                return;
            }
            item.setCells(cellsOf(m_cellRow++));
            if (m_nameCell >= 0 && item.cells().at(m_nameCell).toString() != item.name()) {
                fallBackToPages(QStringLiteral("row %1 is %2, item is %3")
                                    .arg(m_cellRow - 1)
                                    .arg(item.cells().at(m_nameCell).toString(), item.name()));
                return;
            }
        }
        if (m_trackSeen)
            m_seen.insert(item.uid());
        applyUpsert(item, addedBatch);
        if (m_state != State::Listing)
            return; // a slot of modified() stopped us
    }
    if (!addedBatch.isEmpty())
        Q_EMIT added(addedBatch);
}

void Watcher::finishStreamIfComplete()
{
    if (m_state != State::Listing || !m_splitter || !m_streamDone || !m_cellsArrived
        || !m_streamed.isEmpty())
        return; // still under way, or stopped, or listing in pages after all
    if (m_cellMatch == CellMatch::ByIndex && m_cellRow != m_cellRows.size()) {
        fallBackToPages(
            QStringLiteral("%1 rows for %2 items").arg(m_cellRows.size()).arg(m_cellRow));
        return;
    }
    const QString resourceVersion = streamedVersion();
    m_splitter.reset();
    m_cellRows = {};
    m_rowOfName.clear();
    finishList(resourceVersion);
}

void Watcher::fallBackToPages(const QString &why)
{
    // What was applied so far had the right cells; the paged list compares with it.
    qCWarning(lcKube).noquote() << m_path << "streamed list and its Table disagree (" << why
                                << "); listing in Table pages from now on";
    m_paged = true;
    abortReply();
    relist();
}

void Watcher::applyUpsert(const WatchItem &item, QList<WatchItem> &addedBatch)
{
    const QString uid = item.uid();
    if (uid.isEmpty())
        return;
    auto it = m_items.find(uid);
    if (it == m_items.end()) {
        m_items.insert(uid, item);
        addedBatch.append(item);
        return;
    }
    if (it->resourceVersion() == item.resourceVersion())
        return; // nothing new (a relist, or an event replayed after a reconnect)
    *it = item;
    Q_EMIT modified(item);
}

void Watcher::applyDelete(const WatchItem &item)
{
    const auto it = m_items.constFind(item.uid());
    if (it == m_items.cend())
        return;
    const WatchItem last = it.value();
    m_items.erase(it);
    Q_EMIT deleted(last);
}

void Watcher::watch()
{
    abortReply();
    if (!m_client) {
        setState(State::Idle);
        return;
    }
    setState(State::Watching);
    Request request;
    request.throttleRetries = 0; // the watcher's own backoff waits out Retry-After
    request.path = m_path;
    request.query = baseQuery();
    request.query.addQueryItem(QStringLiteral("watch"), QStringLiteral("true"));
    request.query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    request.query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    request.query.addQueryItem(QStringLiteral("timeoutSeconds"),
                               QString::number(m_options.watchTimeout.count()));
    if (m_options.table)
        request.accept = tableAccept;
    request.stream = true;
    request.timeout = m_options.watchTimeout + std::chrono::seconds(30);
    m_buffer.clear();
    m_watchGotEvents = false;
    m_watchStarted.start();
    m_watchAnswered = false;
    KubeReply *reply = m_client->send(request);
    m_reply = reply;
    m_watchdog->start(m_options.watchAnswerTimeout);
    connect(reply, &KubeReply::answered, this, [this] {
        m_watchAnswered = true;
        m_watchdog->start(m_options.watchSilence);
        setConnectionLost(false); // the watch is back, even before its first event
    });
    connect(reply, &KubeReply::dataReceived, this, &Watcher::onWatchData);
    connect(reply, &KubeReply::finished, this, [this, reply] { onWatchFinished(reply); });
}

void Watcher::onWatchData(const QByteArray &chunk)
{
    if (!chunk.isEmpty()) {
        setConnectionLost(false);
        m_watchdog->start(m_options.watchSilence);
    }
    m_buffer += chunk;
    if (m_buffer.size() > m_options.maxEventBytes && !m_buffer.contains('\n')) {
        const qsizetype size = m_buffer.size();
        abortReply();
        m_buffer.clear();
        backoff(Error{Error::Kind::Server,
                      tr("A change the Central API sent for %1 is larger than %2 MiB, more than "
                         "the console reads at once; listing again.")
                          .arg(m_path)
                          .arg(double(m_options.maxEventBytes) / (1024 * 1024), 0, 'f', 1),
                      QStringLiteral("%1: watch event over %2 bytes (%3 buffered)")
                          .arg(m_path)
                          .arg(m_options.maxEventBytes)
                          .arg(size),
                      {}, {}, 0, 0},
                true);
        return;
    }
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArray line = m_buffer.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError) {
            qCWarning(lcKube).noquote() << m_path << "unreadable watch event:"
                                        << error.errorString();
            continue;
        }
        handleEvent(doc.object());
        if (m_state != State::Watching)
            return; // the event ended this watch (410) or a slot stopped us
    }
    m_buffer.remove(0, start);
}

void Watcher::handleEvent(const QJsonObject &event)
{
    const QString type = event.value(QLatin1String("type")).toString();
    const QJsonObject object = event.value(QLatin1String("object")).toObject();
    if (type == QLatin1String("ERROR")) {
        const Status status = KubeClient::parseStatus(QJsonDocument(object).toJson(), 0);
        abortReply();
        if (isGone(status)) {
            qCDebug(lcKube).noquote() << m_path << "watch expired (" << status.message
                                      << "); listing again";
            relistAfterGone();
        } else {
            backoff(KubeClient::errorFromStatus(status, "GET", m_path), false, status.code);
        }
        return;
    }
    m_watchGotEvents = true;
    m_goneInARow = 0;
    m_backoff = std::chrono::milliseconds::zero();
    endOutage();
    const QString version = object.value(QLatin1String("metadata"))
                                .toObject()
                                .value(QLatin1String("resourceVersion"))
                                .toString();
    if (type == QLatin1String("BOOKMARK")) {
        if (!version.isEmpty())
            m_resourceVersion = version;
        return;
    }
    const QList<WatchItem> items = itemsOf(object.value(QLatin1String("kind")).toString()
                                                   == QLatin1String("Table")
                                               ? object
                                               : QJsonObject{{QStringLiteral("items"),
                                                              QJsonArray{object}}});
    QList<WatchItem> addedBatch;
    for (const WatchItem &item : items) {
        if (type == QLatin1String("DELETED"))
            applyDelete(item);
        else
            applyUpsert(item, addedBatch);
        const QString itemVersion = item.resourceVersion();
        if (!itemVersion.isEmpty())
            m_resourceVersion = itemVersion;
    }
    if (!addedBatch.isEmpty())
        Q_EMIT added(addedBatch);
}

void Watcher::onWatchFinished(KubeReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_watchdog->stop();
    const auto &result = reply->result();
    if (!result) {
        if (isGone(reply->status())) {
            relistAfterGone();
            return;
        }
        backoff(result.error(), false, reply->httpStatus(), reply->retryAfter());
        return;
    }
    // The server ended the watch (timeoutSeconds): renew it, unless it ended at once, which
    // would make this a busy loop.
    if (!m_watchGotEvents && m_watchStarted.elapsed() < 1000) {
        backoff(Error{Error::Kind::Server, {}, QStringLiteral("watch ended at once"), {}, {},
                      0, 0},
                false);
        return;
    }
    watch();
}

void Watcher::onWatchdog()
{
    if (m_state != State::Watching || !m_reply)
        return;
    const bool answered = m_watchAnswered;
    const qint64 ms = answered ? qint64(m_options.watchSilence.count())
                               : qint64(m_options.watchAnswerTimeout.count());
    abortReply();
    m_buffer.clear();
    // The connection it hangs on may take the next try too: new ones for it.
    if (m_client)
        m_client->recycleConnections(answered ? "watch silent" : "watch not answered");
    // No message: this is no error to show, but the rows are not known to be current until
    // the watch is answered again (connection lost until then).
    backoff(Error{Error::Kind::Timeout, {},
                  QStringLiteral("%1: watch %2 for %3 ms")
                      .arg(m_path, answered ? QStringLiteral("silent")
                                            : QStringLiteral("not answered"))
                      .arg(ms),
                  {}, {}, 0, 0},
            false);
}

void Watcher::relistAfterGone()
{
    // The first 410 relists at once; another before any event came means the server keeps
    // expiring what we list (or answers 410 to everything): back off, do not spin.
    if (++m_goneInARow <= 1) {
        relist();
        return;
    }
    backoff(Error{Error::Kind::Server, {},
                  QStringLiteral("410 again after a relist (%1 in a row)").arg(m_goneInARow), {},
                  {}, 0, 0},
            true);
}

void Watcher::setConnectionLost(bool lost)
{
    if (m_connectionLost == lost)
        return;
    m_connectionLost = lost;
    Q_EMIT connectionLostChanged(lost);
}

QDateTime Watcher::nextRetry() const
{
    if (m_state != State::Backoff || !m_backoffTimer->isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(m_backoffTimer->remainingTime());
}

void Watcher::backoff(const Error &error, bool relistAfter, int httpStatus,
                      std::chrono::milliseconds retryAfter)
{
    using namespace std::chrono;
    const bool permanent = isPermanent(httpStatus);
    if (permanent && m_outage && m_refusalsInOutage < m_options.refusalsAfterOutage) {
        ++m_refusalsInOutage;
        qCDebug(lcKube).noquote() << m_path << "HTTP" << httpStatus
                                  << "right after a lost connection: retrying"
                                  << m_refusalsInOutage << "of" << m_options.refusalsAfterOutage
                                  << "(a restarted API server refuses until its caches are filled)";
    } else if (permanent) {
        // The same request gets the same answer: say so once and stop (start() tries again).
        qCDebug(lcKube).noquote() << m_path << "not retrying HTTP" << httpStatus << ":"
                                  << error.detail;
        abortReply();
        m_backoffTimer->stop();
        m_backoff = milliseconds::zero();
        m_goneInARow = 0;
        endOutage();
        setState(State::Idle);
        Q_EMIT errorOccurred(error);
        return;
    }
    if (!permanent)
        m_outage = true;
    m_backoff = m_backoff == milliseconds::zero()
        ? m_options.initialBackoff
        : std::min(m_backoff * 2, m_options.maxBackoff);
    // Jitter: a wait drawn from [backoff/2, backoff], so that watchers do not retry in step.
    const qint64 step = std::max<qint64>(m_backoff.count(), 1);
    milliseconds wait(step / 2 + QRandomGenerator::global()->bounded(step / 2 + 1));
    wait = std::max(wait, retryAfter); // the server said when
    m_relistAfterBackoff = m_relistAfterBackoff || relistAfter;
    m_waitingForServer = httpStatus == 0
        && (error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout);
    qCDebug(lcKube).noquote() << m_path << "retrying in" << wait.count()
                              << "ms:" << error.detail;
    setConnectionLost(true);
    setState(State::Backoff);
    m_backoffTimer->start(wait);
    if (!error.message.isEmpty() && !permanent)
        Q_EMIT errorOccurred(error);
}

} // namespace scs::kube
