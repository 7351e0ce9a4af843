#pragma once

// A TCP proxy on 127.0.0.1 in front of a real server (TLS passes through untouched), so that a
// test can cut every connection and refuse new ones for a while, like a restarting API server.

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

class TcpProxy : public QObject
{
public:
    TcpProxy(const QString &host, quint16 port, QObject *parent = nullptr)
        : QObject(parent)
        , m_host(host)
        , m_port(port)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                if (m_down) {
                    client->abort();
                    client->deleteLater();
                    continue;
                }
                auto *upstream = new QTcpSocket(this);
                m_pairs.append(Pair{client, upstream});
                // What the client sends before the upstream connection is up waits in the
                // client's buffer (writing to a socket still connecting would lose it).
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                    if (upstream->state() == QAbstractSocket::ConnectedState)
                        upstream->write(client->readAll());
                });
                connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
                    upstream->write(client->readAll());
                });
                connect(upstream, &QTcpSocket::readyRead, client,
                        [client, upstream] { client->write(upstream->readAll()); });
                connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::abort);
                // A server that closes after its answer (HTTP/1.1 "Connection: close"): the answer
                // still reaches the client (abort() would drop what is not yet written).
                connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
                    if (client->state() != QAbstractSocket::ConnectedState)
                        return;
                    client->write(upstream->readAll());
                    client->disconnectFromHost();
                });
                upstream->connectToHost(m_host, m_port);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }

    // Cuts every connection and refuses new ones until up().
    void down()
    {
        m_down = true;
        for (const auto &[client, upstream] : std::as_const(m_pairs)) {
            if (client)
                client->abort();
            if (upstream)
                upstream->abort();
        }
        m_pairs.clear();
    }
    void up() { m_down = false; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };
    QString m_host;
    quint16 m_port;
    QTcpServer m_server;
    QList<Pair> m_pairs;
    bool m_down = false;
};
