#pragma once

// Internal to the yaml module: how go-yaml v2 (the reader behind sigs.k8s.io/yaml and kubectl)
// resolves a plain scalar, and Go's number formatting. Pure functions.

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <string_view>

namespace scs::yaml::detail {

struct Scalar
{
    enum class Type : quint8 { Null, Bool, Int, Uint, Float, String, Timestamp };
    Type type = Type::String;
    bool boolean = false;
    qint64 integer = 0;
    quint64 unsignedInteger = 0;
    double real = 0;
};

// go-yaml v2 resolve("", text) for a plain (unquoted, untagged) scalar. Timestamp means "looks
// like a date", which kubectl keeps as the original string.
[[nodiscard]] Scalar resolvePlain(std::string_view text);
[[nodiscard]] bool isTimestamp(std::string_view text);

// strconv.ParseFloat of well-formed decimal text: std::nullopt on overflow (Go's ErrRange);
// underflow gives a signed zero.
[[nodiscard]] std::optional<double> parseDecimal(std::string_view text);

// The JSON text of a resolved number (Int, Uint, finite Float); std::nullopt for Inf/NaN.
[[nodiscard]] std::optional<QByteArray> numberJson(const Scalar &scalar);
// The map key sigs.k8s.io/yaml makes of a non-string key (Go's %g of a float32 for floats).
[[nodiscard]] QByteArray goKeyFloat(double value);

// Whether `text`, written as a plain scalar, reads back as exactly this string.
[[nodiscard]] bool plainReadsAsString(QByteArrayView text);

} // namespace scs::yaml::detail
