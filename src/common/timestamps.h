#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace scs {

// One way to show a point in time everywhere a person reads one (form fields, conditions,
// tool tips of ages): the user's locale, short format, local time ("06.12.26 14:03" in German,
// "12/6/26 2:03 PM" in US English). Empty for an invalid time.
[[nodiscard]] QString displayTimestamp(const QDateTime &when, const QLocale &locale = QLocale());

// The time of an RFC 3339 timestamp as the API writes them ("2026-01-01T00:00:00Z", with
// fractions or an offset); invalid for any other text, dates without a time included.
[[nodiscard]] QDateTime parseApiTimestamp(const QString &text);

} // namespace scs
