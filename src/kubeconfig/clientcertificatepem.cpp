#include "kubeconfig/clientcertificatepem.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientCertificate)
};

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

// A password callback that refuses: an encrypted key must fail, never prompt on a terminal.
int noPassword(char *, int, int, void *)
{
    return -1;
}

std::unique_ptr<BIO, BioFree> memoryBio(const QByteArray &data)
{
    return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(data.constData(), int(data.size())));
}
} // namespace

Result<kube::ClientCertificate> clientCertificateFromPem(const QByteArray &certificatePem,
                                                         const QByteArray &keyPem,
                                                         const QString &what)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(certificatePem,
                                                                          QSsl::Pem);
    if (certificates.isEmpty()) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("The client certificate of %1 is not a PEM certificate.").arg(what),
                    QStringLiteral("client certificate: no PEM certificate"));
    }
    if (keyPem.contains("ENCRYPTED")) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("The private key of %1 is encrypted; kubectl and the console can only "
                           "use an unencrypted key.")
                        .arg(what),
                    QStringLiteral("client key: encrypted"));
    }

    auto certBio = memoryBio(certificatePem);
    auto keyBio = memoryBio(keyPem);
    std::unique_ptr<X509, X509Free> x509(
        certBio ? PEM_read_bio_X509(certBio.get(), nullptr, noPassword, nullptr) : nullptr);
    std::unique_ptr<EVP_PKEY, PkeyFree> pkey(
        keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassword, nullptr) : nullptr);
    if (!pkey) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("The client key of %1 is not a PEM private key.").arg(what),
                    QStringLiteral("client key: no PEM private key"));
    }
    if (!x509 || X509_check_private_key(x509.get(), pkey.get()) != 1) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("The client key of %1 does not belong to its client certificate.")
                        .arg(what),
                    QStringLiteral("client key does not match the certificate"));
    }

    kube::ClientCertificate result;
    result.certificate = certificates.constFirst();
    result.chain = certificates.mid(1);
    // Qt needs the algorithm; kubeconfigs carry RSA or EC keys (PKCS#1, SEC1 or PKCS#8).
    const int id = EVP_PKEY_get_base_id(pkey.get());
    const QSsl::KeyAlgorithm algorithm = id == EVP_PKEY_RSA ? QSsl::Rsa
                                         : id == EVP_PKEY_EC ? QSsl::Ec
                                         : id == EVP_PKEY_DSA ? QSsl::Dsa
                                                              : QSsl::Opaque;
    if (algorithm != QSsl::Opaque)
        result.key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (result.key.isNull()) {
        // Ed25519 and friends: Qt takes OpenSSL's key as it is (and owns it from here).
        result.key = QSslKey(Qt::HANDLE(pkey.release()), QSsl::PrivateKey);
    }
    if (result.key.isNull()) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("The client key of %1 is of a kind the console cannot use.").arg(what),
                    QStringLiteral("client key: unsupported algorithm %1").arg(id));
    }
    return result;
}

} // namespace scs
