#pragma once

#include <QString>

#include <expected>

namespace scs {

// What went wrong, kept apart for two readers: `message` is translated and meant for the person
// in front of the console; `detail` is technical and goes to the log (never a secret in either).
struct Error
{
    enum class Kind {
        Invalid, // input the user can correct (a field, a file's content)
        Io, // reading or writing a local file
        Parse, // malformed YAML/JSON/kubeconfig; line/column set where known
        Network, // connection refused, TLS, DNS, dropped connection
        Timeout,
        Cancelled,
        Unauthorized, // 401, expired or revoked session
        Forbidden, // 403
        NotFound,
        Conflict,
        Server, // 5xx or an answer we do not understand
        Unavailable, // a backend (keychain, discovery) is not there
    };

    Kind kind = Kind::Invalid;
    QString message;
    QString detail;
    QString field; // the input field the message belongs to, if any
    QString file;
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown

    // "file:line:column: message" for command-line output.
    [[nodiscard]] QString toDisplayString() const;
};

template<typename T>
using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(Error::Kind kind, const QString &message,
                                                 const QString &detail = {})
{
    return std::unexpected(Error{kind, message, detail, {}, {}, 0, 0});
}

} // namespace scs
