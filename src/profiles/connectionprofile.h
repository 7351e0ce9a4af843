#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace scs {

// One Central API installation the console can talk to. Holds no secret: tokens live in the
// keychain (auth::TokenStore), keyed by the profile name.
struct ConnectionProfile
{
    QString name;
    QUrl apiUrl; // the Central API (a Kubernetes API server), https
    QUrl issuerUrl; // the Keycloak realm, e.g. https://id.example.com/realms/scs
    QString clientId = QStringLiteral("scs-console");
    QStringList extraScopes; // beyond "openid"; e.g. offline_access
    QString caFile; // PEM bundle for API server and issuer; empty: the system's trust store
    // PEM certificates trusted besides caFile, held in memory only (never saved with the
    // profile): the CA a server handed over, such as an ordered cluster's.
    QByteArray caData;
    // The name the API server's certificate is checked against when it differs from the URL's
    // host (a kubeconfig cluster's tls-server-name); in memory only, like caData.
    QString tlsServerName;
    QStringList tenants; // tenant namespaces to show when the user may not list namespaces
    // What the API server puts before OIDC user and group names (kube-apiserver's
    // --oidc-username-prefix / --oidc-groups-prefix): RoleBindings the console writes name
    // "oidc:alice". Empty: none (the names as the token has them).
    QString usernamePrefix = QStringLiteral("oidc:");
    QString groupsPrefix = QStringLiteral("oidc:");

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

enum class ProfileField {
    Name,
    ApiUrl,
    IssuerUrl,
    ClientId,
    ExtraScopes,
    CaFile,
    Tenants,
    UsernamePrefix,
    GroupsPrefix
};

struct FieldError
{
    ProfileField field;
    QString message; // translated, shown beside the field

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// Checks what a person typed. `takenNames` are the names of the other profiles (a rename onto
// one of them is refused). An empty list means the profile can be saved.
[[nodiscard]] QList<FieldError> validateProfile(const ConnectionProfile &profile,
                                                const QStringList &takenNames = {});

// The checks behind validateProfile, one field each; empty string when the value is fine.
[[nodiscard]] QString validateHttpsUrl(const QUrl &url);
[[nodiscard]] QString validateCaFile(const QString &path);
[[nodiscard]] QString validateProfileName(const QString &name, const QStringList &takenNames);
// A username or groups prefix as kube-apiserver's --oidc-username-prefix / --oidc-groups-prefix
// sets it: empty (none) or printable without blanks; not "-" (the flag's way of saying none, which
// the API server never puts before a name) and not in Kubernetes' reserved "system:" space.
[[nodiscard]] QString validatePrefix(const QString &prefix);

// A URL typed by a person: surrounding blanks dropped, no scheme guessing (an http URL must stay
// visible as such so that validation can refuse it).
[[nodiscard]] QUrl urlFromUserInput(const QString &text);

} // namespace scs
