#pragma once

// A collection on the FakeApiServer that lists (in pages, Table or plain) and streams watch
// events, for Watcher and ResourceTableModel tests.

#include "fakeapiserver.h"
#include "kubefixtures.h"

#include <optional>

class FakeCollection
{
public:
    FakeCollection(FakeApiServer &server, const QString &path)
        : m_server(server)
    {
        server.on("GET", path, [this](const FakeRequest &r) { return answer(r); });
    }

    QList<QJsonObject> objects;
    QString resourceVersion = QStringLiteral("100");
    bool expireContinue = false; // the next page request gets 410
    int forbidLists = 0; // this many list requests get 403
    int failLists = 0; // this many list requests get failStatus (with failHeaders)
    int failStatus = 503;
    QByteArray failHeaders; // e.g. "Retry-After: 1\r\n"
    bool goneWatches = false; // every watch is answered 410 Gone
    int forbidWatches = 0; // this many watch requests get 403
    int holdWatches = 0; // this many watch requests get no answer at all (a hung connection)
    // The Table of cells (includeObject=None): of these objects at this resourceVersion when
    // set, as if the server had moved on after the list.
    std::optional<QList<QJsonObject>> tableObjects;
    QString tableResourceVersion;
    QByteArray plainListBody; // the plain list's body when set (broken lists)
    bool expireExact = false; // cells at exactly the list's resourceVersion get 410

    QList<FakeRequest> lists;
    QList<FakeRequest> watches;

    QTcpSocket *stream() const
    {
        const auto streams = m_server.streams();
        return streams.isEmpty() ? nullptr : streams.last().data();
    }
    void send(const QByteArray &lines) { m_server.sendChunk(stream(), lines); }

private:
    static FakeResponse forbidden(const QByteArray &verb)
    {
        FakeResponse response;
        response.status = 403;
        response.body = R"({"kind":"Status","code":403,"reason":"Forbidden","message":)"
                        R"("configmaps is forbidden: User \"x\" cannot )"
            + verb
            + R"( resource \"configmaps\" in API group \"\" in the namespace \"tenant-a\""})";
        return response;
    }

    FakeResponse answer(const FakeRequest &r)
    {
        FakeResponse response;
        const bool asTable = r.headers.value("accept").contains("as=Table");
        if (r.query.queryItemValue("watch") == "true") {
            watches.append(r);
            if (goneWatches) {
                response.status = 410;
                response.body = R"({"kind":"Status","code":410,"reason":"Expired",)"
                                R"("message":"too old resource version"})";
                return response;
            }
            if (forbidWatches > 0) {
                --forbidWatches;
                return forbidden("watch");
            }
            if (holdWatches > 0) {
                --holdWatches;
                response.noAnswer = true;
                return response;
            }
            response.stream = true;
            return response;
        }
        lists.append(r);
        if (failLists > 0) {
            --failLists;
            response.status = failStatus;
            response.headers = failHeaders;
            response.body = QByteArray(R"({"kind":"Status","code":)")
                + QByteArray::number(failStatus) + R"(,"message":"scripted failure"})";
            return response;
        }
        if (forbidLists > 0) {
            --forbidLists;
            return forbidden("list");
        }
        const QString continueToken = r.query.queryItemValue("continue");
        if (!continueToken.isEmpty() && expireContinue) {
            expireContinue = false;
            response.status = 410;
            response.body = R"({"kind":"Status","code":410,"reason":"Expired",)"
                            R"("message":"The provided continue parameter is too old"})";
            return response;
        }
        if (r.query.queryItemValue("includeObject") == "None"
            && r.query.queryItemValue("resourceVersionMatch") == "Exact") {
            if (expireExact) {
                response.status = 410;
                response.body = R"({"kind":"Status","code":410,"reason":"Expired",)"
                                R"("message":"too old resource version"})";
                return response;
            }
            response.body = fixtures::table(objects, r.query.queryItemValue("resourceVersion"),
                                            {}, true, false);
            return response;
        }
        if (r.query.queryItemValue("includeObject") == "None") {
            response.body = fixtures::table(tableObjects.value_or(objects),
                                            tableResourceVersion.isEmpty() ? resourceVersion
                                                                           : tableResourceVersion,
                                            {}, true, false);
            return response;
        }
        if (!asTable && !plainListBody.isEmpty()) {
            response.body = plainListBody;
            return response;
        }
        const int limit = r.query.queryItemValue("limit").toInt();
        const int offset = continueToken.toInt();
        const int end = limit > 0 ? std::min<int>(offset + limit, int(objects.size()))
                                  : int(objects.size());
        const QList<QJsonObject> page = objects.mid(offset, end - offset);
        const QString next = end < objects.size() ? QString::number(end) : QString();
        response.body = asTable ? fixtures::table(page, resourceVersion, next, offset == 0)
                                : fixtures::list(page, resourceVersion, next);
        return response;
    }

    FakeApiServer &m_server;
};

#include "kube/watcher.h"

// Watcher settings for unit tests: small pages and short backoffs, so that paging and
// reconnects happen within a test's time.
inline scs::kube::Watcher::Options fast(bool table = true)
{
    using namespace std::chrono_literals;
    scs::kube::Watcher::Options o;
    o.table = table;
    o.pageSize = 2;
    o.initialBackoff = 50ms;
    o.maxBackoff = 200ms;
    return o;
}

// The default list (one streamed list plus a Table of cells) with short backoffs.
inline scs::kube::Watcher::Options streamed(bool table = true)
{
    scs::kube::Watcher::Options o = fast(table);
    o.pageSize = 0;
    return o;
}
