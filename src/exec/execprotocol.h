#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace scs::exec {

// The Kubernetes remote-command channel protocol over WebSocket (v4.channel.k8s.io and
// v5.channel.k8s.io), as the API server speaks it for pods/exec and pods/attach: every binary
// message starts with one byte naming its channel; the rest is that channel's data.
namespace protocol {

inline constexpr char v5[] = "v5.channel.k8s.io";
inline constexpr char v4[] = "v4.channel.k8s.io";

enum Channel : quint8 {
    Stdin = 0,
    Stdout = 1,
    Stderr = 2,
    Error = 3, // the command's end: a metav1.Status as JSON
    Resize = 4, // {"Width":w,"Height":h}
    Close = 255, // v5 only: the payload's one byte names a channel the client will not write
};

// A message for `channel` carrying `data`.
[[nodiscard]] QByteArray frame(Channel channel, const QByteArray &data);
// The resize message's payload for a terminal of `columns` x `rows`.
[[nodiscard]] QByteArray resizePayload(int columns, int rows);

} // namespace protocol

// How a command ended, read from the error channel's Status (or from its absence).
struct ExecEnd
{
    enum class Reason {
        Exited, // the command ran and ended with exitCode (0 for Success)
        NoShell, // the command could not be started: it is not in the container
        Failed, // the server refused or could not run it (error says why)
        ConnectionLost, // the connection ended without a Status
        Closed, // the console ended the session itself
    };

    Reason reason = Reason::Closed;
    int exitCode = 0;
    Error error; // for Failed, NoShell and ConnectionLost

    // A line for the end of a terminal: "exited with 0", "connection lost: ..." (translated).
    [[nodiscard]] QString message() const;
};

// Reads the error channel's content `json` (a metav1.Status): Success -> Exited(0);
// NonZeroExitCode -> Exited(details.causes[reason=ExitCode].message); a runtime's "executable
// file not found" / "no such file or directory" -> NoShell; anything else -> Failed with the
// server's message. Unparsable text -> Failed with it as detail.
[[nodiscard]] ExecEnd parseStatus(const QByteArray &json);

} // namespace scs::exec
