#pragma once

#include "common/error.h"
#include "kube/tokensource.h"

#include <QByteArray>
#include <QString>

namespace scs {

// A client certificate and its private key from PEM text (a kubeconfig's client-certificate /
// client-key, or an exec plugin's clientCertificateData / clientKeyData). Checks what kubectl
// would only find out in the TLS handshake: that both are PEM, that the key is not encrypted,
// and that the key belongs to the certificate (OpenSSL's X509_check_private_key). `what` names
// the source in messages ("the kubeconfig user \"admin\""). The key never appears in a message.
[[nodiscard]] Result<kube::ClientCertificate> clientCertificateFromPem(const QByteArray &certificatePem,
                                                                       const QByteArray &keyPem,
                                                                       const QString &what);

} // namespace scs
