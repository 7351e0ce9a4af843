#pragma once

// A kubeconfig context as a connection of the console (File > Open Kubeconfig Context…): the
// context's cluster becomes a ConnectionProfile (server, CA, tls-server-name) and its user a
// description of how to authenticate, which KubeconfigTokenSource turns into bearer tokens and
// a client certificate. Follows client-go's rules (relative paths against the file, *-data
// before the file, kubectl's validation) and refuses what the console cannot do safely:
// insecure-skip-tls-verify, proxy-url, auth-provider, username/password, impersonation, an
// exec plugin that needs a terminal, plain http.

#include "common/error.h"
#include "kube/tokensource.h"
#include "profiles/connectionprofile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace scs {

// The `exec` of a kubeconfig user entry (client.authentication.k8s.io v1 or v1beta1).
struct ExecPluginConfig
{
    QString apiVersion;
    QString command; // a path with a separator is absolute here (resolved against the file)
    QStringList args;
    QList<std::pair<QString, QString>> env;
    QString interactiveMode; // "Never" or "IfAvailable" ("Always" is refused)
    bool provideClusterInfo = false;
    QString installHint; // the kubeconfig's text, shown when the program is missing

    // The profile when the command is the console's own `scs-console get-token --profile X`
    // (as File > Export Kubeconfig writes it); empty otherwise.
    [[nodiscard]] QString consoleProfile() const;

    friend bool operator==(const ExecPluginConfig &, const ExecPluginConfig &) = default;
};

// How a context's user authenticates. Holds secrets (token, key): never log it.
struct KubeconfigUserAuth
{
    enum class Bearer {
        None, // no bearer token (a client certificate alone, or anonymous)
        Token, // `token`
        TokenFile, // `tokenFile`, read now and again after a 401
        Exec, // `exec`: a credential plugin
    };

    QString userName; // the user entry's name
    Bearer bearer = Bearer::None;
    QString token; // Token, and TokenFile's content as read when resolved
    QString tokenFile; // absolute
    ExecPluginConfig exec;
    kube::ClientCertificate clientCertificate; // null when the entry names none
    QString clientCertificateSubject; // for people: the certificate's CN and O

    // In plain words for a list: "Client certificate (CN=admin, O=system:masters)", "Token",
    // "Token from /var/run/token", "Program kubelogin (exec plugin)", "SCS Console sign-in
    // (profile prod)", "No credentials".
    [[nodiscard]] QString description() const;
};

// One context, resolved and checked.
struct KubeconfigConnection
{
    QString file;
    QString contextName;
    QString clusterName;
    QString namespaceName; // the context's namespace, may be empty
    // name: "kubeconfig:<context>"; apiUrl, caData, tlsServerName from the cluster;
    // tenants: the context's namespace (so that a user who may not list namespaces still sees it).
    ConnectionProfile profile;
    KubeconfigUserAuth auth;

    // The spec.cluster an exec plugin gets when the kubeconfig sets provideClusterInfo
    // (server, certificate-authority-data, tls-server-name; the cluster's exec extension is
    // not passed on as `config`).
    QJsonObject clusterInfo;
};

// A context as the dialog lists it: what it is, and why it cannot be opened if it cannot.
struct KubeconfigContextSummary
{
    QString name;
    QString cluster;
    QString server;
    QString namespaceName;
    QString user;
    QString authDescription; // KubeconfigUserAuth::description(), or empty when refused
    QString problem; // translated reason it cannot be opened; empty when it can
    bool current = false; // the file's current-context
};

// Resolves `contextName` of the kubeconfig text `content` (read from `file`, which relative
// paths are resolved against). Reads the files it names (CA, token file, client certificate
// and key). Fails with a translated message naming the context: Kind::Parse for a malformed
// file, NotFound for a missing context, Invalid for what the context refers to (missing
// cluster or user, bad base64, unreadable file, key not matching the certificate) and for
// what the console refuses (see the file comment).
[[nodiscard]] Result<KubeconfigConnection> resolveKubeconfigContext(const QByteArray &content,
                                                                    const QString &file,
                                                                    const QString &contextName);

// Reads `path` (at most 16 MiB) and resolves the context. Never writes the file.
[[nodiscard]] Result<KubeconfigConnection> openKubeconfigContext(const QString &path,
                                                                 const QString &contextName);

// Every context of one file, in its order, each resolved to tell whether it can be opened.
// Fails only when the file cannot be read or is no kubeconfig.
[[nodiscard]] Result<QList<KubeconfigContextSummary>> listKubeconfigContexts(const QString &path);

} // namespace scs
