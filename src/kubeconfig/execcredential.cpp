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

QByteArray execInfoJson(const QString &apiVersion, bool interactive, const QJsonObject &cluster)
{
    QJsonObject spec{{QStringLiteral("interactive"), interactive}};
    if (!cluster.isEmpty())
        spec.insert(QStringLiteral("cluster"), cluster);
    return QJsonDocument(QJsonObject{{QStringLiteral("apiVersion"), apiVersion},
                                     {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                                     {QStringLiteral("spec"), spec}})
        .toJson(QJsonDocument::Compact);
}

Result<ExecCredentialStatus> parseExecCredential(const QByteArray &output,
                                                 const QString &apiVersion)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output.trimmed(), &error);
    const auto refuse = [](const QString &message, const QString &detail) {
        return fail(Error::Kind::Parse, message, detail);
    };
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return refuse(Tr::tr("The program did not print an ExecCredential (its output is not a "
                             "JSON object)."),
                      QStringLiteral("exec plugin output: not a JSON object (%1)")
                          .arg(error.error == QJsonParseError::NoError ? QStringLiteral("not an object")
                                                                       : error.errorString()));
    }
    const QJsonObject root = document.object();
    const QString kind = root.value(QLatin1String("kind")).toString();
    const QString version = root.value(QLatin1String("apiVersion")).toString();
    if (kind != QLatin1String("ExecCredential")) {
        return refuse(Tr::tr("The program did not print an ExecCredential (its output is of "
                             "kind \"%1\").")
                          .arg(kind.left(64)),
                      QStringLiteral("exec plugin output: kind %1").arg(kind.left(64)));
    }
    if (version != apiVersion) {
        return refuse(Tr::tr("The program answered in %1, but the kubeconfig asks for %2.")
                          .arg(version.left(64), apiVersion),
                      QStringLiteral("exec plugin output: apiVersion %1, want %2")
                          .arg(version.left(64), apiVersion));
    }
    const QJsonValue statusValue = root.value(QLatin1String("status"));
    if (!statusValue.isObject()) {
        return refuse(Tr::tr("The program's ExecCredential has no status."),
                      QStringLiteral("exec plugin output: no status"));
    }
    const QJsonObject status = statusValue.toObject();
    ExecCredentialStatus result;
    result.token = status.value(QLatin1String("token")).toString();
    result.clientCertificatePem
        = status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    result.clientKeyPem = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    if (result.clientCertificatePem.isEmpty() != result.clientKeyPem.isEmpty()) {
        return refuse(Tr::tr("The program's ExecCredential has a client certificate without "
                             "its key, or a key without its certificate."),
                      QStringLiteral("exec plugin output: certificate/key pair incomplete"));
    }
    if (result.token.isEmpty() && result.clientCertificatePem.isEmpty()) {
        return refuse(Tr::tr("The program's ExecCredential holds neither a token nor a client "
                             "certificate."),
                      QStringLiteral("exec plugin output: no token, no certificate"));
    }
    const QJsonValue expiry = status.value(QLatin1String("expirationTimestamp"));
    if (!expiry.isUndefined() && !expiry.isNull()) {
        result.expiresAt = QDateTime::fromString(expiry.toString(), Qt::ISODateWithMs);
        if (!result.expiresAt.isValid()) {
            return refuse(Tr::tr("The program's ExecCredential has an expirationTimestamp that "
                                 "is not a time."),
                          QStringLiteral("exec plugin output: bad expirationTimestamp"));
        }
    }
    return result;
}

} // namespace scs
