#include "exec/execprotocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace scs::exec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scs::exec::ExecEnd", text);
}

// How container runtimes say that argv[0] is not there: Go's os/exec ("exec: \"bash\":
// executable file not found in $PATH", what runc and the stack's node report) and a path that
// does not exist ("stat /bin/bash: no such file or directory").
bool saysNotFound(const QString &message)
{
    return message.contains(QLatin1String("executable file not found"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("no such file or directory"), Qt::CaseInsensitive);
}

} // namespace

namespace protocol {

QByteArray frame(Channel channel, const QByteArray &data)
{
    QByteArray message;
    message.reserve(data.size() + 1);
    message.append(char(channel));
    message.append(data);
    return message;
}

QByteArray resizePayload(int columns, int rows)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("Width"), qMax(columns, 1)},
                                     {QStringLiteral("Height"), qMax(rows, 1)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace protocol

QString ExecEnd::message() const
{
    switch (reason) {
    case Reason::Exited:
        return tr("Exited with %1").arg(exitCode);
    case Reason::NoShell:
        return tr("The container has no shell: %1").arg(error.message);
    case Reason::Failed:
        return error.message;
    case Reason::ConnectionLost:
        return tr("Connection lost: %1").arg(error.message);
    case Reason::Closed:
        return tr("Session closed");
    }
    return {};
}

ExecEnd parseStatus(const QByteArray &json)
{
    ExecEnd end;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        end.reason = ExecEnd::Reason::Failed;
        end.error = {Error::Kind::Server, tr("The server ended the command with an answer the "
                                             "console does not understand"),
                     QString::fromUtf8(json.left(500)), {}, {}, 0, 0};
        return end;
    }
    const QJsonObject status = doc.object();
    if (status.value(QLatin1String("status")).toString() == QLatin1String("Success")) {
        end.reason = ExecEnd::Reason::Exited;
        return end;
    }
    const QString message = status.value(QLatin1String("message")).toString();
    const QString why = status.value(QLatin1String("reason")).toString();
    if (why == QLatin1String("NonZeroExitCode")) {
        const QJsonArray causes = status.value(QLatin1String("details"))
                                      .toObject()
                                      .value(QLatin1String("causes"))
                                      .toArray();
        for (const QJsonValue &cause : causes) {
            const QJsonObject c = cause.toObject();
            if (c.value(QLatin1String("reason")).toString() != QLatin1String("ExitCode"))
                continue;
            bool ok = false;
            const int code = c.value(QLatin1String("message")).toString().toInt(&ok);
            if (ok) {
                end.reason = ExecEnd::Reason::Exited;
                end.exitCode = code;
                return end;
            }
        }
    }
    if (saysNotFound(message)) {
        end.reason = ExecEnd::Reason::NoShell;
        end.error = {Error::Kind::NotFound, tr("the command was not found in the container"),
                     message, {}, {}, 0, 0};
        return end;
    }
    end.reason = ExecEnd::Reason::Failed;
    Error::Kind kind = Error::Kind::Server;
    if (why == QLatin1String("NotFound"))
        kind = Error::Kind::NotFound;
    else if (why == QLatin1String("Forbidden"))
        kind = Error::Kind::Forbidden;
    end.error = {kind,
                 message.isEmpty() ? tr("The server could not run the command")
                                   : tr("The server could not run the command: %1").arg(message),
                 message, {}, {}, 0, 0};
    return end;
}

} // namespace scs::exec
