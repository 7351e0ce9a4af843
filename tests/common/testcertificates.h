#pragma once

// Throw-away client certificates for kubeconfig tests, made by the openssl program (a test
// dependency in scripts/bootstrap): EC P-256, self-signed, with a subject of choice.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

namespace scs::test {

struct TestKeyPair
{
    QByteArray certificatePem;
    QByteArray keyPem;
};

// Empty pair when openssl failed (the caller's QVERIFY catches it).
inline TestKeyPair makeTestKeyPair(const QString &dir, const QString &name, const QString &subject)
{
    const QString key = QDir(dir).filePath(name + QStringLiteral(".key"));
    const QString cert = QDir(dir).filePath(name + QStringLiteral(".crt"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), subject,
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    QFile k(key);
    QFile c(cert);
    if (!k.open(QIODevice::ReadOnly) || !c.open(QIODevice::ReadOnly))
        return {};
    return {c.readAll(), k.readAll()};
}

} // namespace scs::test
