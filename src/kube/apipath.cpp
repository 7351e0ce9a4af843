#include "kube/apipath.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace scs::kube {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiPath)
};

Error invalid(const QString &message, const QString &detail)
{
    return Error{Error::Kind::Invalid, message, detail, {}, {}, 0, 0};
}
} // namespace

bool isDns1123Label(const QString &text)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return !text.isEmpty() && text.size() <= 63 && label.match(text).hasMatch();
}

bool isDns1123Subdomain(const QString &text)
{
    static const QRegularExpression subdomain(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return !text.isEmpty() && text.size() <= 253 && subdomain.match(text).hasMatch();
}

Result<void> checkNamespaceName(const QString &name)
{
    if (isDns1123Label(name))
        return {};
    return std::unexpected(invalid(
        Tr::tr("\"%1\" is not a valid namespace or tenant name: use at most 63 lower-case "
               "letters, digits and \"-\", starting and ending with a letter or digit.")
            .arg(name),
        QStringLiteral("namespace name is not a DNS-1123 label: %1").arg(name)));
}

Result<void> checkObjectName(const QString &name)
{
    if (!name.isEmpty() && name.size() <= 253 && name != QLatin1String(".")
        && name != QLatin1String("..") && !name.contains(QLatin1Char('/'))
        && !name.contains(QLatin1Char('%')))
        return {};
    return std::unexpected(
        invalid(Tr::tr("\"%1\" is not a valid object name: it may not be empty, \".\" or "
                       "\"..\", nor contain \"/\" or \"%\".")
                    .arg(name),
                QStringLiteral("object name is not a valid path segment: %1").arg(name)));
}

QString pathSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

Result<void> checkApiPath(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return std::unexpected(invalid(Tr::tr("The request path \"%1\" is not valid.").arg(path),
                                       QStringLiteral("relative API path: %1").arg(path)));
    const QStringList segments = path.mid(1).split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString decoded = QUrl::fromPercentEncoding(segments.at(i).toUtf8());
        if (segments.at(i).isEmpty() && i == segments.size() - 1 && i > 0)
            break; // a trailing slash
        if (auto ok = checkObjectName(decoded); !ok)
            return ok;
        if (i > 0 && segments.at(i - 1) == QLatin1String("namespaces")) {
            if (auto ok = checkNamespaceName(decoded); !ok)
                return ok;
        }
    }
    return {};
}

} // namespace scs::kube
