#include "common/timestamps.h"

#include <QRegularExpression>

namespace scs {

QString displayTimestamp(const QDateTime &when, const QLocale &locale)
{
    return when.isValid() ? locale.toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QDateTime parseApiTimestamp(const QString &text)
{
    static const QRegularExpression rfc3339(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!rfc3339.match(text).hasMatch())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace scs
