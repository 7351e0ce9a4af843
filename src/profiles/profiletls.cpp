#include "profiles/profiletls.h"

#include "profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSslCertificate>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tls)
};
} // namespace

Result<QList<QSslCertificate>> profileCaCertificates(const ConnectionProfile &profile)
{
    QList<QSslCertificate> inMemory;
    if (!profile.caData.isEmpty()) {
        inMemory = QSslCertificate::fromData(profile.caData, QSsl::Pem);
        if (inMemory.isEmpty()) {
            return std::unexpected(Error{Error::Kind::Invalid,
                                         Tr::tr("The CA certificate of \"%1\" cannot be read.")
                                             .arg(profile.name),
                                         QStringLiteral("caData holds no PEM certificate"),
                                         {}, {}, 0, 0});
        }
    }
    if (profile.caFile.isEmpty())
        return inMemory;
    const QString problem = validateCaFile(profile.caFile);
    if (!problem.isEmpty()) {
        Error error{Error::Kind::Invalid,
                    Tr::tr("The CA bundle %1 of profile \"%2\" cannot be used: %3")
                        .arg(QDir::toNativeSeparators(profile.caFile), profile.name, problem),
                    {}, QStringLiteral("caFile"), profile.caFile, 0, 0};
        return std::unexpected(error);
    }
    return QSslCertificate::fromPath(profile.caFile, QSsl::Pem) + inMemory;
}

Result<QSslConfiguration> sslConfigurationFor(const ConnectionProfile &profile)
{
    auto cas = profileCaCertificates(profile);
    if (!cas)
        return std::unexpected(cas.error());
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::SecureProtocols);
    if (!cas->isEmpty())
        config.addCaCertificates(*cas);
    return config;
}

} // namespace scs
