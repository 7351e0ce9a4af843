#pragma once

#include <QByteArray>
#include <QStringList>

class QTextStream;

namespace scs {

class ProfileStore;
namespace auth {
class TokenStore;
}

// What get-token needs to know about the person in front of it.
struct GetTokenEnvironment
{
    QByteArray execInfo; // KUBERNETES_EXEC_INFO
    bool stdinIsTerminal = false;
    bool hasDisplay = false;

    [[nodiscard]] static GetTokenEnvironment fromProcess();
};

// `scs-console get-token --profile P`: the kubectl exec credential plugin. Prints exactly one
// ExecCredential (client.authentication.k8s.io/v1) on `out` and nothing else; messages go to
// `err`. Answers from the ID token cached in the keychain while it stays valid for at least
// another 30 s (no network round), else restores the keychain session (a refresh at the
// issuer) and caches the new ID token. When there is no usable session it fails with exit
// code 1 and says how to sign in; it never opens a window. Needs a QCoreApplication (it runs
// an event loop until the keychain and the issuer have answered). Never logs the token.
int runGetTokenVerb(const QStringList &arguments, const QString &defaultProfile,
                    ProfileStore &profiles, auth::TokenStore &tokens, QTextStream &out,
                    QTextStream &err, const GetTokenEnvironment &environment);

} // namespace scs
