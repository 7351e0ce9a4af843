#pragma once

// What the benchmarks read about their own process from /proc (Linux): memory from
// /proc/self/status and the TCP connections it holds. Header-only; bench code, not a test.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QSet>
#include <QString>

namespace scs::bench {

// A field of /proc/self/status in kB ("VmRSS", "VmHWM"); -1 when not there.
inline qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Connections
{
    int sockets = 0; // socket file descriptors of the process
    int established = 0; // of them: established TCP connections
    int api = 0; // ... to the API server's port
    int keycloak = 0; // ... to Keycloak's port (when given)
};

// The process's sockets (from /proc/self/fd) matched with /proc/net/tcp{,6} by inode.
inline Connections connections(int apiPort, int keycloakPort = -1)
{
    Connections out;
    QSet<QByteArray> inodes;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.contains(QLatin1String("socket:["))) {
            ++out.sockets;
            const qsizetype open = target.indexOf(QLatin1Char('['));
            inodes.insert(target.mid(open + 1, target.size() - open - 2).toLatin1());
        }
    }
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines.at(i).simplified().split(' ');
            // sl local rem st tx:rx tr:when retrnsmt uid timeout inode
            if (f.size() < 10 || f.at(3) != "01" || !inodes.contains(f.at(9)))
                continue;
            ++out.established;
            const int remotePort = f.at(2).split(':').last().toInt(nullptr, 16);
            out.api += remotePort == apiPort;
            out.keycloak += keycloakPort > 0 && remotePort == keycloakPort;
        }
    }
    return out;
}

} // namespace scs::bench
