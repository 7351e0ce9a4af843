#include "yaml/yamlscalar.h"

#include "yaml/yamlnode.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

// The rules here copy go-yaml v2's resolve() (resolve.go) and Go's strconv, because that is
// what kubectl applies to every manifest: see tests/core/tst_yaml_kubectl.cpp for the oracle.

namespace scs::yaml::detail {

namespace {

constexpr char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

enum class ParseStatus { Ok, Syntax, Range };

// strconv.ParseUint(s, 0, 64): base prefixes 0x/0o/0b (at least one digit after them) and a
// leading 0 for octal. Underscores were removed by the caller, as go-yaml does.
ParseStatus goParseUint(std::string_view s, quint64 &out)
{
    if (s.empty())
        return ParseStatus::Syntax;
    unsigned base = 10;
    if (s[0] == '0') {
        if (s.size() >= 3 && lower(s[1]) == 'b') {
            base = 2;
            s.remove_prefix(2);
        } else if (s.size() >= 3 && lower(s[1]) == 'o') {
            base = 8;
            s.remove_prefix(2);
        } else if (s.size() >= 3 && lower(s[1]) == 'x') {
            base = 16;
            s.remove_prefix(2);
        } else {
            base = 8;
            s.remove_prefix(1);
        }
    }
    quint64 n = 0;
    for (const char c : s) {
        unsigned d;
        if (c >= '0' && c <= '9')
            d = unsigned(c - '0');
        else if (lower(c) >= 'a' && lower(c) <= 'z')
            d = unsigned(lower(c) - 'a' + 10);
        else
            return ParseStatus::Syntax;
        if (d >= base)
            return ParseStatus::Syntax;
        if (n > (std::numeric_limits<quint64>::max() - d) / base)
            return ParseStatus::Range;
        n = n * base + d;
    }
    out = n;
    return ParseStatus::Ok;
}

// strconv.ParseInt(s, 0, 64).
ParseStatus goParseInt(std::string_view s, qint64 &out)
{
    if (s.empty())
        return ParseStatus::Syntax;
    bool negative = false;
    if (s[0] == '+') {
        s.remove_prefix(1);
    } else if (s[0] == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    quint64 un = 0;
    const ParseStatus status = goParseUint(s, un);
    if (status != ParseStatus::Ok)
        return status;
    constexpr quint64 cutoff = quint64(1) << 63;
    if ((!negative && un >= cutoff) || (negative && un > cutoff))
        return ParseStatus::Range;
    out = negative ? qint64(0 - un) : qint64(un);
    return ParseStatus::Ok;
}

// ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$  (go-yaml's yamlStyleFloat)
bool isYamlStyleFloat(std::string_view s)
{
    size_t i = 0;
    const auto digits = [&] {
        const size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i - start;
    };
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    } else {
        if (digits() == 0)
            return false;
        if (i < s.size() && s[i] == '.') {
            ++i;
            digits();
        }
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == s.size();
}

// strconv.ParseFloat(s, 64) for decimal text already known to be well-formed: Range on
// overflow (Go returns ±Inf with ErrRange), underflow is a (signed) zero.
ParseStatus goParseFloat(std::string_view s, double &out)
{
    std::string_view body = s;
    if (!body.empty() && body[0] == '+')
        body.remove_prefix(1);
    const auto [ptr, ec] = std::from_chars(body.data(), body.data() + body.size(), out);
    if (ptr != body.data() + body.size())
        return ParseStatus::Syntax;
    if (ec == std::errc::result_out_of_range) {
        // Overflow or underflow? Only the extremes are out of range, so the sign of the
        // first significant digit's decimal exponent tells.
        size_t i = (!body.empty() && body[0] == '-') ? 1 : 0;
        long integerDigits = 0, firstSignificant = 0;
        bool seenPoint = false, seenDigit = false;
        long fractionPosition = 0;
        for (; i < body.size() && body[i] != 'e' && body[i] != 'E'; ++i) {
            if (body[i] == '.') {
                seenPoint = true;
                continue;
            }
            if (seenPoint)
                ++fractionPosition;
            else
                ++integerDigits;
            if (body[i] != '0' && !seenDigit) {
                seenDigit = true;
                firstSignificant = seenPoint ? -fractionPosition : integerDigits;
            }
        }
        long magnitude = 0;
        if (seenDigit && firstSignificant > 0)
            magnitude = integerDigits - firstSignificant; // digits after it before the point
        else if (seenDigit)
            magnitude = firstSignificant;
        long exponent = 0;
        if (i < body.size()) {
            std::string_view e = body.substr(i + 1);
            const bool negativeExponent = !e.empty() && e[0] == '-';
            if (!e.empty() && (e[0] == '+' || e[0] == '-'))
                e.remove_prefix(1);
            long value = 0;
            for (const char c : e)
                value = std::min(value * 10 + (c - '0'), 100000L);
            exponent = negativeExponent ? -value : value;
        }
        const bool negative = !body.empty() && body[0] == '-';
        if (seenDigit && magnitude + exponent > 0)
            return ParseStatus::Range;
        out = negative ? -0.0 : 0.0;
        return ParseStatus::Ok;
    }
    if (ec != std::errc())
        return ParseStatus::Syntax;
    return ParseStatus::Ok;
}

// strconv's underscoreOK for decimal text: an underscore only between two digits.
bool goUnderscoresOk(std::string_view s)
{
    char saw = '^';
    for (const char c : s) {
        if (c >= '0' && c <= '9') {
            saw = '0';
        } else if (c == '_') {
            if (saw != '0')
                return false;
            saw = '_';
        } else {
            if (saw == '_')
                return false;
            saw = '!';
        }
    }
    return saw != '_';
}

bool isDigits(std::string_view s, size_t &i, size_t min, size_t max)
{
    size_t n = 0;
    while (i < s.size() && n < max && s[i] >= '0' && s[i] <= '9') {
        ++i;
        ++n;
    }
    return n >= min;
}

// Go's strconv 'e' and 'f' formats with the shortest round-trip digits. std::to_chars gives
// the same digits in scientific form; its fixed form differs for large numbers (it prints
// 2^64 exactly where Go prints the shortest digits and zeros: 18446744073709552000).
template<typename T>
QByteArray goFormat(T value, char format)
{
    char buffer[128];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value,
                                      std::chars_format::scientific);
    const std::string_view text(buffer, size_t(result.ptr - buffer));
    if (format == 'e')
        return QByteArray(text.data(), qsizetype(text.size()));
    const size_t e = text.find('e');
    const bool negative = text[0] == '-';
    std::string digits;
    for (size_t i = negative ? 1 : 0; i < e; ++i) {
        if (text[i] != '.')
            digits.push_back(text[i]);
    }
    const int exponent = std::stoi(std::string(text.substr(e + 1)));
    std::string out = negative ? "-" : "";
    if (exponent >= 0) {
        const size_t integerDigits = size_t(exponent) + 1;
        if (digits.size() <= integerDigits) {
            out += digits + std::string(integerDigits - digits.size(), '0');
        } else {
            out += digits.substr(0, integerDigits) + '.' + digits.substr(integerDigits);
        }
    } else {
        out += "0." + std::string(size_t(-exponent - 1), '0') + digits;
    }
    return QByteArray::fromStdString(out);
}

} // namespace

bool isTimestamp(std::string_view s)
{
    // go-yaml v2 parseTimestamp: YYYY- then one of "2006-1-2T15:4:5.999999999Z07:00",
    // "2006-1-2t15:4:5.999999999Z07:00", "2006-1-2 15:4:5.999999999", "2006-1-2".
    size_t i = 0;
    if (!isDigits(s, i, 4, 4) || i >= s.size() || s[i] != '-')
        return false;
    ++i;
    if (!isDigits(s, i, 1, 2) || i >= s.size() || s[i] != '-')
        return false;
    ++i;
    if (!isDigits(s, i, 1, 2))
        return false;
    if (i == s.size())
        return true;
    const char separator = s[i];
    if (separator != 'T' && separator != 't' && separator != ' ')
        return false;
    ++i;
    if (!isDigits(s, i, 1, 2) || i >= s.size() || s[i++] != ':')
        return false;
    if (!isDigits(s, i, 1, 2) || i >= s.size() || s[i++] != ':')
        return false;
    if (!isDigits(s, i, 1, 2))
        return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!isDigits(s, i, 1, 9))
            return false;
    }
    if (separator == ' ')
        return i == s.size();
    if (i < s.size() && s[i] == 'Z')
        return i + 1 == s.size();
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        ++i;
        if (!isDigits(s, i, 2, 2) || i >= s.size() || s[i++] != ':')
            return false;
        return isDigits(s, i, 2, 2) && i == s.size();
    }
    return false;
}

Scalar resolvePlain(std::string_view in)
{
    Scalar result;
    if (in.empty()) {
        result.type = Scalar::Type::Null;
        return result;
    }
    const char first = in[0];
    char hint = 0;
    if (first == '+' || first == '-')
        hint = 'S';
    else if (first >= '0' && first <= '9')
        hint = 'D';
    else if (std::string_view("yYnNtTfFoO~").find(first) != std::string_view::npos)
        hint = 'M';
    else if (first == '.')
        hint = '.';
    if (hint == 0)
        return result;

    static constexpr std::string_view trueWords[] = {"y",    "Y",    "yes", "Yes", "YES", "true",
                                                     "True", "TRUE", "on",  "On",  "ON"};
    static constexpr std::string_view falseWords[] = {"n",     "N",     "no",    "No",
                                                      "NO",    "false", "False", "FALSE",
                                                      "off",   "Off",   "OFF"};
    static constexpr std::string_view nullWords[] = {"~", "null", "Null", "NULL"};
    static constexpr std::string_view nanWords[] = {".nan", ".NaN", ".NAN"};
    static constexpr std::string_view infWords[] = {".inf",  ".Inf",  ".INF",
                                                    "+.inf", "+.Inf", "+.INF"};
    static constexpr std::string_view negInfWords[] = {"-.inf", "-.Inf", "-.INF"};
    const auto in_ = [&](const auto &words) {
        for (const std::string_view w : words) {
            if (w == in)
                return true;
        }
        return false;
    };
    if (in_(trueWords) || in_(falseWords)) {
        result.type = Scalar::Type::Bool;
        result.boolean = in_(trueWords);
        return result;
    }
    if (in_(nullWords)) {
        result.type = Scalar::Type::Null;
        return result;
    }
    if (in_(nanWords) || in_(infWords) || in_(negInfWords)) {
        result.type = Scalar::Type::Float;
        result.real = in_(nanWords) ? std::numeric_limits<double>::quiet_NaN()
                                    : (in_(infWords) ? std::numeric_limits<double>::infinity()
                                                     : -std::numeric_limits<double>::infinity());
        return result;
    }
    if (hint == 'M')
        return result;
    if (hint == '.') {
        // strconv.ParseFloat on text starting with '.': ".5", ".5e3", ".5_0" (Go allows
        // underscores between digits).
        std::string digits;
        for (const char c : in) {
            if (c != '_')
                digits.push_back(c);
        }
        if (goUnderscoresOk(in) && isYamlStyleFloat(digits)) {
            double value = 0;
            if (goParseFloat(digits, value) == ParseStatus::Ok) {
                result.type = Scalar::Type::Float;
                result.real = value;
            }
        }
        return result;
    }
    // 'D' or 'S': timestamp, int, uint, float, binary.
    if (isTimestamp(in)) {
        result.type = Scalar::Type::Timestamp;
        return result;
    }
    std::string plain;
    plain.reserve(in.size());
    for (const char c : in) {
        if (c != '_')
            plain.push_back(c);
    }
    qint64 integer = 0;
    if (goParseInt(plain, integer) == ParseStatus::Ok) {
        result.type = Scalar::Type::Int;
        result.integer = integer;
        return result;
    }
    quint64 unsignedInteger = 0;
    if (goParseUint(plain, unsignedInteger) == ParseStatus::Ok) {
        result.type = Scalar::Type::Uint;
        result.unsignedInteger = unsignedInteger;
        return result;
    }
    if (isYamlStyleFloat(plain)) {
        double value = 0;
        if (goParseFloat(plain, value) == ParseStatus::Ok) {
            result.type = Scalar::Type::Float;
            result.real = value;
            return result;
        }
    }
    // "0b101" and "-0b101" were already taken by ParseInt's base prefix (Go 1.13+).
    return result;
}

std::optional<double> parseDecimal(std::string_view text)
{
    double value = 0;
    if (goParseFloat(text, value) != ParseStatus::Ok)
        return std::nullopt;
    return value;
}

std::optional<QByteArray> goJsonFloat(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    if (value == 0)
        return std::signbit(value) ? QByteArray("-0") : QByteArray("0");
    const double magnitude = std::fabs(value);
    if (magnitude < 1e-6 || magnitude >= 1e21) {
        QByteArray text = goFormat(value, 'e');
        // Go's encoding/json: "e-09" -> "e-9".
        const qsizetype n = text.size();
        if (n >= 4 && text[n - 4] == 'e' && text[n - 3] == '-' && text[n - 2] == '0') {
            text[n - 2] = text[n - 1];
            text.chop(1);
        }
        return text;
    }
    return goFormat(value, 'f');
}

QByteArray goKeyFloat(double value)
{
    const float f = float(value);
    if (std::isnan(f))
        return QByteArrayLiteral(".nan");
    if (std::isinf(f))
        return f > 0 ? QByteArrayLiteral(".inf") : QByteArrayLiteral("-.inf");
    if (f == 0)
        return std::signbit(f) ? QByteArrayLiteral("-0") : QByteArrayLiteral("0");
    // Go's %g with shortest precision: exponent form when exp < -4 || exp >= 6 (eprec = 6).
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, f,
                                      std::chars_format::scientific);
    const std::string_view text(buffer, result.ptr - buffer);
    const size_t e = text.find('e');
    const int exponent = std::stoi(std::string(text.substr(e + 1)));
    if (exponent < -4 || exponent >= 6)
        return QByteArray(text.data(), qsizetype(text.size()));
    return goFormat(f, 'f');
}

std::optional<QByteArray> numberJson(const Scalar &scalar)
{
    switch (scalar.type) {
    case Scalar::Type::Int:
        return QByteArray::number(scalar.integer);
    case Scalar::Type::Uint:
        return QByteArray::number(scalar.unsignedInteger);
    case Scalar::Type::Float:
        return goJsonFloat(scalar.real);
    default:
        return std::nullopt;
    }
}

bool plainReadsAsString(QByteArrayView text)
{
    const std::string_view s(text.data(), size_t(text.size()));
    const Scalar scalar = resolvePlain(s);
    if (scalar.type != Scalar::Type::String && scalar.type != Scalar::Type::Timestamp)
        return false;
    // yaml-cpp reports these plain words as null before any resolution.
    return s != "<<";
}

} // namespace scs::yaml::detail
