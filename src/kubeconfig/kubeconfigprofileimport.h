#pragma once

#include "common/error.h"
#include "profiles/connectionprofile.h"

#include <QByteArray>
#include <QList>

namespace scs {

// A connection profile recovered from a kubeconfig whose user signs in through OIDC:
// an exec plugin running kubelogin (`kubectl oidc-login get-token --oidc-issuer-url=...
// --oidc-client-id=...`, or `kubelogin get-token ...`) or the legacy `auth-provider: oidc`.
// Contexts that share server, issuer and client become one profile; their namespaces become
// the profile's tenants.
struct ImportedProfile
{
    ConnectionProfile profile;
    QStringList contexts; // the kubeconfig contexts it came from
    // PEM of the cluster's certificate-authority-data: a profile keeps a CA *file*, so the
    // caller stores this (storeCaBundle) and sets profile.caFile. Empty when not inline.
    QByteArray caPem;
};

// `content` is the kubeconfig text; `filePath` names it in messages and anchors relative paths
// (kubectl resolves certificate-authority relative to the file that names it). Fails with a
// Parse error (line, column) for malformed YAML, and with Invalid when nothing can be imported.
[[nodiscard]] Result<QList<ImportedProfile>> importProfilesFromKubeconfig(
    const QByteArray &content, const QString &filePath);
[[nodiscard]] Result<QList<ImportedProfile>> importProfilesFromKubeconfigFile(
    const QString &filePath);

// Writes `pem` to <AppDataLocation>/ca/<profileName>.pem atomically and returns the path.
[[nodiscard]] Result<QString> storeCaBundle(const QString &profileName, const QByteArray &pem);

} // namespace scs
