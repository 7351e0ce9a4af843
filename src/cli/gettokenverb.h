#pragma once

#include <QByteArray>
#include <QStringList>

class QTextStream;

namespace scs {

class ProfileStore;
namespace auth {
class Session;
class TokenStore;
} // namespace auth

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
// code 1 and says how to sign in; it never opens a window itself. Needs a QCoreApplication (it
// runs an event loop until the keychain and the issuer have answered). Never logs the token.
//
// `signInProfile`: when given, and there is no usable session while a person is there
// (KUBERNETES_EXEC_INFO says interactive, or it does not say and stdin is a terminal with a
// display), the verb prints nothing, stores the profile's name there and returns ExitFailure:
// the caller (app/) then opens the sign-in window in a QApplication and finishes with
// finishGetTokenAfterSignIn(). Without a person it fails fast with a message, as before.
int runGetTokenVerb(const QStringList &arguments, const QString &defaultProfile,
                    ProfileStore &profiles, auth::TokenStore &tokens, QTextStream &out,
                    QTextStream &err, const GetTokenEnvironment &environment,
                    QString *signInProfile = nullptr);

// After an interactive sign-in of `session` (signed in): caches its ID token as get-token does
// and prints the ExecCredential on `out`. Returns an ExitCode. Runs an event loop for the
// keychain write.
int finishGetTokenAfterSignIn(const QString &profileName, auth::Session &session,
                              auth::TokenStore &tokens, QTextStream &out);

} // namespace scs
