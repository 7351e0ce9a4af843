#include "auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace scs::auth {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomBase64Url(int bytes)
{
    QByteArray buffer(bytes, Qt::Uninitialized);
    // QRandomGenerator::system() is the operating system's cryptographically secure source.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(buffer.data()),
                                          bytes / int(sizeof(quint32)));
    return base64Url(buffer);
}

QString s256Challenge(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

AuthorizationSecrets AuthorizationSecrets::generate()
{
    AuthorizationSecrets s;
    s.codeVerifier = randomBase64Url(48); // 64 characters, within RFC 7636's 43..128
    s.codeChallenge = s256Challenge(s.codeVerifier);
    s.state = randomBase64Url(24);
    s.nonce = randomBase64Url(24);
    return s;
}

QStringList uiLocales(const QLocale &locale)
{
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {QStringLiteral("en")};
    const QString tag = locale.bcp47Name();
    QStringList tags{tag};
    const QString language = tag.section(QLatin1Char('-'), 0, 0);
    if (language != tag)
        tags.append(language);
    return tags;
}

} // namespace scs::auth
