#include "logs/logline.h"

#include <QDateTime>

namespace scs::logs {

namespace {

int digits(QByteArrayView text, qsizetype from, qsizetype count, bool *ok)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = i < text.size() ? text.at(i) : 'x';
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

qint64 parseLogTimestamp(QByteArrayView text, bool *ok)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM): read by hand, as this runs for every line.
    bool good = text.size() >= 20 && text.at(4) == '-' && text.at(7) == '-'
        && (text.at(10) == 'T' || text.at(10) == 't') && text.at(13) == ':'
        && text.at(16) == ':';
    const int year = good ? digits(text, 0, 4, &good) : 0;
    const int month = good ? digits(text, 5, 2, &good) : 0;
    const int day = good ? digits(text, 8, 2, &good) : 0;
    const int hour = good ? digits(text, 11, 2, &good) : 0;
    const int minute = good ? digits(text, 14, 2, &good) : 0;
    const int second = good ? digits(text, 17, 2, &good) : 0;
    qsizetype pos = 19;
    qint64 fraction = 0;
    if (good && pos < text.size() && text.at(pos) == '.') {
        ++pos;
        int count = 0;
        while (pos < text.size() && text.at(pos) >= '0' && text.at(pos) <= '9') {
            if (count < 9) {
                fraction = fraction * 10 + (text.at(pos) - '0');
                ++count;
            }
            ++pos;
        }
        good = count > 0;
        for (; count < 9; ++count)
            fraction *= 10;
    }
    qint64 offsetSeconds = 0;
    if (good && pos < text.size() && (text.at(pos) == 'Z' || text.at(pos) == 'z')) {
        ++pos;
    } else if (good && pos + 6 <= text.size() && (text.at(pos) == '+' || text.at(pos) == '-')
               && text.at(pos + 3) == ':') {
        const int sign = text.at(pos) == '-' ? -1 : 1;
        const int h = digits(text, pos + 1, 2, &good);
        const int m = digits(text, pos + 4, 2, &good);
        offsetSeconds = sign * (h * 3600 + m * 60);
        pos += 6;
    } else {
        good = false;
    }
    good = good && pos == text.size();
    QDateTime time;
    if (good) {
        time = QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
        good = time.isValid();
    }
    if (ok)
        *ok = good;
    if (!good)
        return 0;
    return (time.toSecsSinceEpoch() - offsetSeconds) * 1000000000LL + fraction;
}

QString sinceTimeOf(qint64 timeNs)
{
    qint64 seconds = timeNs / 1000000000LL;
    if (timeNs < 0 && timeNs % 1000000000LL != 0)
        --seconds;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

LogLine parseLogLine(QByteArrayView raw, qsizetype truncatedBytes)
{
    LogLine line;
    const qsizetype space = raw.indexOf(' ');
    bool ok = false;
    const QByteArrayView stamp = space > 0 ? raw.first(space) : raw;
    line.timeNs = parseLogTimestamp(stamp, &ok);
    QByteArrayView text = raw;
    if (ok) {
        line.timestamp = QString::fromLatin1(stamp);
        text = space > 0 ? raw.sliced(space + 1) : QByteArrayView();
    }
    // Invalid UTF-8 becomes U+FFFD (QString::fromUtf8's rule); a line cut inside a
    // multi-byte sequence loses only that character.
    line.text = QString::fromUtf8(text);
    if (truncatedBytes > 0)
        line.text += QStringLiteral(" … [+%1 B]").arg(truncatedBytes);
    return line;
}

} // namespace scs::logs
