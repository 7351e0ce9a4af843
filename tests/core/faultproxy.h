#pragma once

// The stack's fault proxy (`stackctl faultproxy`, tests/stack/cmd/stackctl/faultproxy.go) from a
// test: started as a child process in front of the Central API and Keycloak, told per test which
// fault to inject, and asked afterwards which requests it saw. Also the network manager that
// sends the console's requests for one server through the proxy (ReroutingNetwork), for servers
// whose URL must not change (Keycloak: the issuer is checked in the discovery document and in
// every ID token, and Qt never uses an application proxy for 127.0.0.1).

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace scs::test {

// One fault; see faultproxy.go for what each kind does.
struct Fault
{
    QString upstream; // "api" or "keycloak"
    QString kind; // latency, bandwidth, reset, halfopen, status
    int code = 0; // status: the HTTP status
    int retryAfter = 0; // status: seconds in Retry-After (0: none)
    int count = 0; // requests affected; 0: every one until cleared
    int skip = 0; // matching requests passed on untouched before the first affected one
    QString match; // substring of the request path; empty: any
    QString method; // empty: any
    int delayMs = 0; // latency
    int bytesPerSec = 0; // bandwidth
    int afterBytes = 0; // reset: body bytes passed on before the cut

    [[nodiscard]] QJsonObject toJson() const
    {
        return {{"upstream", upstream}, {"kind", kind}, {"code", code},
                {"retryAfter", retryAfter}, {"count", count}, {"skip", skip}, {"match", match},
                {"method", method}, {"delayMs", delayMs}, {"bytesPerSec", bytesPerSec},
                {"afterBytes", afterBytes}};
    }
};

// A request the proxy saw since the last clear().
struct ProxiedRequest
{
    QString upstream;
    QString method;
    QString path;
    int status = 0; // 0: no answer (held, cut before the headers)
    QString fault; // empty: passed through untouched
};

class FaultProxy
{
public:
    // upstreams: name -> https URL. False with `why` when the proxy did not come up.
    bool start(const QString &stackctl, const QString &runDir,
               const QList<std::pair<QString, QUrl>> &upstreams, QString *why)
    {
        QStringList args{QStringLiteral("faultproxy"), QStringLiteral("--ca"),
                         runDir + QStringLiteral("/pki/ca.crt"), QStringLiteral("--cert"),
                         runDir + QStringLiteral("/pki/server.crt"), QStringLiteral("--key"),
                         runDir + QStringLiteral("/pki/server.key")};
        for (const auto &[name, url] : upstreams)
            args << QStringLiteral("--upstream") << name + QLatin1Char('=') + url.toString();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(stackctl, args);
        QByteArray out;
        while (!out.contains("ready\n")) {
            if (!m_process.waitForReadyRead(10000)) {
                *why = QStringLiteral("stackctl faultproxy did not start: %1 (%2)")
                           .arg(m_process.errorString(), stackctl);
                return false;
            }
            out += m_process.readAllStandardOutput();
        }
        for (const QByteArray &line : out.split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_urls.insert(QString::fromUtf8(line.left(eq)),
                              QUrl(QString::fromUtf8(line.mid(eq + 1))));
        }
        return m_urls.contains(QStringLiteral("control"));
    }

    ~FaultProxy()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel(); // it ends when its stdin closes
            if (!m_process.waitForFinished(3000))
                m_process.kill();
        }
    }

    // Where the proxy listens for `upstream` (https://127.0.0.1:<port>).
    [[nodiscard]] QUrl url(const QString &upstream) const { return m_urls.value(upstream); }

    bool set(const Fault &fault)
    {
        return call("POST", QStringLiteral("/fault"),
                    QJsonDocument(fault.toJson()).toJson(QJsonDocument::Compact))
            .has_value();
    }
    // No fault any more, held requests released, the request log emptied.
    bool clear() { return call("POST", QStringLiteral("/clear"), {}).has_value(); }

    [[nodiscard]] QList<ProxiedRequest> log()
    {
        QList<ProxiedRequest> result;
        const auto body = call("GET", QStringLiteral("/log"), {});
        if (!body)
            return result;
        for (const QJsonValue &v : QJsonDocument::fromJson(*body).array()) {
            const QJsonObject o = v.toObject();
            result.append({o.value("upstream").toString(), o.value("method").toString(),
                           o.value("path").toString(), o.value("status").toInt(),
                           o.value("fault").toString()});
        }
        return result;
    }

private:
    // A blocking call on the control endpoint (a local event loop: a test, never product code).
    std::optional<QByteArray> call(const QByteArray &verb, const QString &path,
                                   const QByteArray &body)
    {
        QUrl url = m_urls.value(QStringLiteral("control"));
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (!reply->isFinished() || reply->error() != QNetworkReply::NoError) {
            qWarning() << "fault proxy control" << path << "failed:" << reply->errorString();
            return std::nullopt;
        }
        return reply->readAll();
    }

    QProcess m_process;
    QHash<QString, QUrl> m_urls;
    QNetworkAccessManager m_network;
};

// Sends every request for `from` (scheme, host and port) to `to`, path and query unchanged;
// TLS is still checked against the host name, which both share (127.0.0.1).
class ReroutingNetwork : public QNetworkAccessManager
{
public:
    ReroutingNetwork(QUrl from, QUrl to, QObject *parent = nullptr)
        : QNetworkAccessManager(parent)
        , m_from(std::move(from))
        , m_to(std::move(to))
    {
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original,
                                 QIODevice *data) override
    {
        QNetworkRequest request(original);
        QUrl url = request.url();
        if (url.host() == m_from.host() && url.port() == m_from.port()) {
            url.setPort(m_to.port());
            request.setUrl(url);
        }
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    QUrl m_from;
    QUrl m_to;
};

} // namespace scs::test
