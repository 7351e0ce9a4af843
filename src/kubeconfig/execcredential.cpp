#include "kubeconfig/execcredential.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExecCredential)
};

const auto kApiVersion = QStringLiteral("client.authentication.k8s.io/v1");
} // namespace

QByteArray execCredentialJson(const QString &token, const QDateTime &expiresAt)
{
    QJsonObject status{{QStringLiteral("token"), token}};
    if (expiresAt.isValid()) {
        status.insert(QStringLiteral("expirationTimestamp"),
                      expiresAt.toUTC().toString(Qt::ISODate));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("apiVersion"), kApiVersion},
                                     {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                                     {QStringLiteral("status"), status}})
        .toJson(QJsonDocument::Compact);
}

Result<ExecInfo> parseExecInfo(const QByteArray &json)
{
    ExecInfo info;
    if (json.trimmed().isEmpty())
        return info;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(Error::Kind::Parse,
                    Tr::tr("KUBERNETES_EXEC_INFO is not an ExecCredential in JSON."),
                    error.errorString());
    }
    const QJsonObject spec = document.object().value(QLatin1String("spec")).toObject();
    const QJsonValue interactive = spec.value(QLatin1String("interactive"));
    if (interactive.isBool())
        info.interactive = interactive.toBool();
    return info;
}

} // namespace scs
