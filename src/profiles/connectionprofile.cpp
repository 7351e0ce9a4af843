#include "profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};
} // namespace

QString validateHttpsUrl(const QUrl &url)
{
    if (url.isEmpty())
        return Tr::tr("Enter a URL, for example https://api.example.com:6443.");
    if (!url.isValid())
        return Tr::tr("This is not a valid URL: %1").arg(url.errorString());
    if (url.scheme() != QLatin1String("https"))
        return Tr::tr("The URL must start with https:// (the console sends credentials to it).");
    if (url.host().isEmpty())
        return Tr::tr("The URL has no host name.");
    if (url.hasQuery() || url.hasFragment())
        return Tr::tr("The URL must not contain a query (?) or fragment (#).");
    if (!url.userInfo().isEmpty())
        return Tr::tr("The URL must not contain a user name or password.");
    return {};
}

QString validateCaFile(const QString &path)
{
    if (path.isEmpty())
        return {}; // the system trust store
    const QFileInfo info(path);
    if (!info.exists())
        return Tr::tr("The file does not exist.");
    if (!info.isFile())
        return Tr::tr("This is not a file.");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("The file cannot be read: %1").arg(file.errorString());
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Tr::tr("The file contains no PEM certificate.");
    return {};
}

QString validateProfileName(const QString &name, const QStringList &takenNames)
{
    if (name.trimmed().isEmpty())
        return Tr::tr("Enter a name for this profile.");
    if (name != name.trimmed())
        return Tr::tr("The name must not start or end with a blank.");
    // The name ends up in kubeconfig context names (<tenant>@<profile>) and keychain keys.
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._ -]*$"));
    if (!allowed.match(name).hasMatch())
        return Tr::tr("Use letters, digits, blanks, dots, dashes and underscores only.");
    if (takenNames.contains(name, Qt::CaseInsensitive))
        return Tr::tr("Another profile already has this name.");
    return {};
}

QString validatePrefix(const QString &prefix)
{
    if (prefix.isEmpty())
        return {};
    if (prefix == QLatin1String("-"))
        return Tr::tr("\"-\" is how kube-apiserver's flag says \"no prefix\": leave the field "
                      "empty instead.");
    static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7E]+$"));
    if (!printable.match(prefix).hasMatch())
        return Tr::tr("A prefix has no blanks and only printable ASCII characters, for example "
                      "oidc:.");
    if (prefix.startsWith(QLatin1String("system:")))
        return Tr::tr("Names starting with system: are reserved for Kubernetes' own identities.");
    return {};
}

QList<FieldError> validateProfile(const ConnectionProfile &profile, const QStringList &takenNames)
{
    QList<FieldError> errors;
    auto check = [&errors](ProfileField field, const QString &message) {
        if (!message.isEmpty())
            errors.append({field, message});
    };
    check(ProfileField::Name, validateProfileName(profile.name, takenNames));
    check(ProfileField::ApiUrl, validateHttpsUrl(profile.apiUrl));
    check(ProfileField::IssuerUrl, validateHttpsUrl(profile.issuerUrl));

    static const QRegularExpression token(QStringLiteral("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"));
    if (profile.clientId.isEmpty())
        check(ProfileField::ClientId, Tr::tr("Enter the OIDC client ID, for example scs-console."));
    else if (!token.match(profile.clientId).hasMatch())
        check(ProfileField::ClientId, Tr::tr("The client ID must not contain blanks or quotes."));

    for (const QString &scope : profile.extraScopes) {
        if (!token.match(scope).hasMatch()) {
            check(ProfileField::ExtraScopes,
                  Tr::tr("\"%1\" is not a valid scope: no blanks or quotes.").arg(scope));
            break;
        }
    }
    check(ProfileField::CaFile, validateCaFile(profile.caFile));

    // RFC 1123 labels, as Kubernetes requires for namespace names.
    static const QRegularExpression dnsLabel(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    for (const QString &tenant : profile.tenants) {
        if (!dnsLabel.match(tenant).hasMatch()) {
            check(ProfileField::Tenants,
                  Tr::tr("\"%1\" is not a namespace name (lower-case letters, digits and dashes).")
                      .arg(tenant));
            break;
        }
    }
    check(ProfileField::UsernamePrefix, validatePrefix(profile.usernamePrefix));
    check(ProfileField::GroupsPrefix, validatePrefix(profile.groupsPrefix));
    return errors;
}

QUrl urlFromUserInput(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

} // namespace scs
