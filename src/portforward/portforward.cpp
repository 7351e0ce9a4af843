#include "portforward/portforward.h"

#include "kube/apipath.h"
#include "kube/kubeclient.h"
#include "portforward/forwardconnection.h"
#include "portforward/forwardtarget.h"
#include "portforward/portforwardlogging.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace scs::portforward {

namespace {

Error makeError(Error::Kind kind, const QString &message, const QString &detail = {})
{
    return Error{kind, message, detail, {}, {}, 0, 0};
}

QString podsPath(const QString &ns)
{
    return QStringLiteral("/api/v1/namespaces/%1/pods").arg(kube::pathSegment(ns));
}

} // namespace

PortForward::PortForward(kube::KubeClient *client, QString ns, QString kind, QString name,
                         quint16 remotePort, quint16 localPort, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ns(std::move(ns))
    , m_kind(std::move(kind))
    , m_name(std::move(name))
    , m_remotePort(remotePort)
    , m_requestedLocalPort(localPort)
    , m_checkTimer(new QTimer(this))
    , m_statsTimer(new QTimer(this))
{
    if (m_kind == QLatin1String("Pod")) {
        m_pod = m_name;
        m_podPort = m_remotePort;
    }
    m_checkTimer->setInterval(m_checkInterval);
    connect(m_checkTimer, &QTimer::timeout, this, [this] { checkPod(false); });
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(250);
    connect(m_statsTimer, &QTimer::timeout, this, &PortForward::statsChanged);
}

PortForward::~PortForward()
{
    closeAll();
}

void PortForward::setCheckInterval(std::chrono::milliseconds interval)
{
    m_checkInterval = interval;
    m_checkTimer->setInterval(interval);
}

QString PortForward::stateText() const
{
    switch (m_state) {
    case State::Starting:
        return tr("Starting");
    case State::Active:
        return tr("Active");
    case State::Stopped:
        return tr("Stopped");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

QString PortForward::podText() const
{
    return tr("pod %1/%2").arg(m_ns, m_pod);
}

QString PortForward::targetText() const
{
    if (m_kind == QLatin1String("Service")) {
        return m_pod.isEmpty() ? tr("service %1/%2").arg(m_ns, m_name)
                               : tr("service %1/%2 → pod %3").arg(m_ns, m_name, m_pod);
    }
    return podText();
}

QString PortForward::localAddress() const
{
    return m_localPort == 0 ? QString() : QStringLiteral("127.0.0.1:%1").arg(m_localPort);
}

int PortForward::openConnections() const
{
    return int(m_connections.size());
}

qint64 PortForward::bytesFromPod() const
{
    qint64 sum = m_closedFromPod;
    for (const ForwardConnection *c : m_connections)
        sum += c->bytesFromPod();
    return sum;
}

qint64 PortForward::bytesToPod() const
{
    qint64 sum = m_closedToPod;
    for (const ForwardConnection *c : m_connections)
        sum += c->bytesToPod();
    return sum;
}

bool PortForward::isLocalPortFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

quint16 PortForward::suggestLocalPort(quint16 wanted)
{
    quint32 port = std::max<quint32>(wanted, 1024);
    for (int i = 0; i < 100 && port < 65536; ++i, ++port) {
        if (port != wanted && isLocalPortFree(quint16(port)))
            return quint16(port);
    }
    return 0;
}

void PortForward::start()
{
    if (m_state != State::Starting || m_checking)
        return;
    if (!m_client) {
        fail(makeError(Error::Kind::Cancelled, tr("The connection to the cluster is closed.")));
        return;
    }
    if (auto ok = kube::checkNamespaceName(m_ns); !ok) {
        fail(ok.error());
        return;
    }
    if (auto ok = kube::checkObjectName(m_name); !ok) {
        fail(ok.error());
        return;
    }
    if (m_kind == QLatin1String("Service"))
        resolveService();
    else
        checkPod(true);
}

void PortForward::resolveService()
{
    m_checking = true;
    const QString path = QStringLiteral("/api/v1/namespaces/%1/services/%2")
                             .arg(kube::pathSegment(m_ns), kube::pathSegment(m_name));
    m_client->get(path)->onJson(this, [this](const Result<QJsonDocument> &service) {
        m_checking = false;
        if (m_state != State::Starting)
            return;
        if (!service) {
            fail(service.error());
            return;
        }
        const QJsonObject svc = service->object();
        const QString selector = selectorOf(svc);
        if (selector.isEmpty()) {
            fail(makeError(Error::Kind::Invalid,
                           tr("Service %1/%2 has no selector, so no pod of its own to forward to.")
                               .arg(m_ns, m_name)));
            return;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("labelSelector"), selector);
        m_checking = true;
        m_client->get(podsPath(m_ns), query)
            ->onJson(this, [this, svc, selector](const Result<QJsonDocument> &pods) {
                m_checking = false;
                if (m_state != State::Starting)
                    return;
                if (!pods) {
                    fail(pods.error());
                    return;
                }
                const QJsonObject pod =
                    pickPod(pods->object().value(QLatin1String("items")).toArray());
                if (pod.isEmpty()) {
                    fail(makeError(Error::Kind::NotFound,
                                   tr("No running pod behind Service %1/%2 (selector %3).")
                                       .arg(m_ns, m_name, selector)));
                    return;
                }
                const Result<quint16> port = containerPortFor(svc, pod, m_remotePort);
                if (!port) {
                    fail(port.error());
                    return;
                }
                m_pod = pod.value(QLatin1String("metadata"))
                            .toObject()
                            .value(QLatin1String("name"))
                            .toString();
                m_podPort = *port;
                qCInfo(lcPortForward) << "service" << m_ns << m_name << "port" << m_remotePort
                                      << "-> pod" << m_pod << "port" << m_podPort;
                listen();
            });
    });
}

void PortForward::checkPod(bool starting)
{
    if (m_checking || !m_client)
        return;
    m_checking = true;
    const QString path = podsPath(m_ns) + QLatin1Char('/') + kube::pathSegment(m_pod);
    m_client->get(path)->onJson(this, [this, starting](const Result<QJsonDocument> &answer) {
        m_checking = false;
        if (!isRunning())
            return;
        if (!answer) {
            if (answer.error().kind == Error::Kind::NotFound) {
                fail(makeError(Error::Kind::NotFound, tr("%1 is gone.").arg(podText()),
                               answer.error().detail));
            } else if (starting) {
                fail(answer.error());
            } // else: a passing problem (the API server unreachable); the next check decides
            return;
        }
        const QJsonObject pod = answer->object();
        if (pod.value(QLatin1String("metadata")).toObject().contains(
                QLatin1String("deletionTimestamp"))) {
            fail(makeError(Error::Kind::NotFound,
                           tr("%1 is gone (being deleted).").arg(podText())));
            return;
        }
        if (!isPodRunning(pod)) {
            const QString phase = pod.value(QLatin1String("status"))
                                      .toObject()
                                      .value(QLatin1String("phase"))
                                      .toString();
            fail(makeError(Error::Kind::Invalid,
                           tr("%1 is not running (phase %2).").arg(podText(), phase)));
            return;
        }
        if (starting)
            listen();
    });
}

void PortForward::listen()
{
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, m_requestedLocalPort)) {
        const QString detail = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        const quint16 other = suggestLocalPort(m_requestedLocalPort);
        const QString message =
            other != 0 ? tr("Local port %1 is already in use. Choose another one, such as %2.")
                             .arg(m_requestedLocalPort)
                             .arg(other)
                       : tr("Local port %1 is already in use. Choose another one.")
                             .arg(m_requestedLocalPort);
        fail(makeError(Error::Kind::Invalid, message, detail));
        return;
    }
    m_localPort = m_server->serverPort();
    connect(m_server, &QTcpServer::newConnection, this, &PortForward::onNewConnection);
    qCInfo(lcPortForward) << "forwarding" << localAddress() << "to" << m_ns << m_pod
                          << m_podPort;
    m_checkTimer->start();
    setState(State::Active);
}

void PortForward::onNewConnection()
{
    while (QTcpSocket *socket = m_server ? m_server->nextPendingConnection() : nullptr) {
        if (m_state != State::Active) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const QString path = podsPath(m_ns) + QLatin1Char('/') + kube::pathSegment(m_pod)
            + QStringLiteral("/portforward");
        auto *connection = new ForwardConnection(socket, m_client, path, m_podPort, this);
        m_connections.append(connection);
        ++m_totalConnections;
        connect(connection, &ForwardConnection::transferred, this, &PortForward::noteStats);
        connect(connection, &ForwardConnection::finished, this,
                [this, connection](const Error &error) {
                    onConnectionFinished(connection, error);
                });
        connection->start();
        noteStats();
    }
}

void PortForward::onConnectionFinished(ForwardConnection *connection, const Error &error)
{
    m_connections.removeOne(connection);
    m_closedFromPod += connection->bytesFromPod();
    m_closedToPod += connection->bytesToPod();
    connection->deleteLater();
    noteStats();
    if (error.message.isEmpty() || !isRunning())
        return;
    switch (error.kind) {
    case Error::Kind::Forbidden:
        fail(makeError(Error::Kind::Forbidden,
                       tr("Forbidden: forwarding to %1 needs the right to create pods/portforward "
                          "in namespace %2.")
                           .arg(podText(), m_ns),
                       error.detail));
        return;
    case Error::Kind::Unauthorized:
    case Error::Kind::Cancelled:
        fail(error);
        return;
    default:
        // The connection failed (the pod refused it, the pod went, the link dropped): keep
        // listening unless the pod is gone, which a check right now tells.
        m_error = error;
        Q_EMIT stateChanged();
        checkPod(false);
    }
}

void PortForward::stop()
{
    if (!isRunning())
        return;
    closeAll();
    setState(State::Stopped);
}

void PortForward::fail(const Error &error)
{
    if (!isRunning())
        return;
    qCInfo(lcPortForward) << "forward to" << m_ns << m_name << "failed:" << error.message
                          << error.detail;
    m_error = error;
    closeAll();
    setState(State::Failed);
}

void PortForward::closeAll()
{
    m_checkTimer->stop();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    const QList<ForwardConnection *> connections = m_connections;
    for (ForwardConnection *c : connections)
        c->close(); // finished() -> onConnectionFinished removes it
    m_connections.clear();
}

void PortForward::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
    Q_EMIT statsChanged();
}

void PortForward::noteStats()
{
    if (!m_statsTimer->isActive())
        m_statsTimer->start();
}

} // namespace scs::portforward
