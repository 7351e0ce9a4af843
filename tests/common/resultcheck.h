#pragma once

// Checks of a Result<T> (std::expected<T, Error>) in Qt Test. QVERIFY2 and QCOMPARE build their
// message even when the check passes, and error() of a result that holds a value is undefined
// behaviour (under ASan: a nonsense-sized allocation and an abort). So a message never touches
// error() directly; it comes from failureText(), which formats the Error only on failure.
//
//   SCS_VERIFY_OK(result);                         // fails with the Error's text and detail
//   QVERIFY2(result, failureText(result, yaml).constData());   // with extra context

#include "common/error.h"

#include <QByteArray>

#include <expected>

namespace scs::test {

// Empty when `result` holds a value; otherwise "file:line:column: message [detail] extra".
template<typename T>
QByteArray failureText(const std::expected<T, Error> &result, const QByteArray &extra = {})
{
    if (result)
        return {};
    const Error &error = result.error();
    QByteArray text = error.toDisplayString().toUtf8();
    if (!error.detail.isEmpty())
        text += " [" + error.detail.toUtf8() + ']';
    if (!extra.isEmpty())
        text += ' ' + extra;
    return text;
}

} // namespace scs::test

// `result` is evaluated once (a call that sends a request is sent once).
#define SCS_VERIFY_OK(result)                                                                  \
    do {                                                                                       \
        const auto &scsVerifiedResult_ = (result);                                             \
        QVERIFY2(bool(scsVerifiedResult_),                                                     \
                 ::scs::test::failureText(scsVerifiedResult_).constData());                    \
    } while (false)
