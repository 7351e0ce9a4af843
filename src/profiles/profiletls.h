#pragma once

#include "common/error.h"

#include <QSslConfiguration>

namespace scs {

struct ConnectionProfile;

// The TLS settings for talking to a profile's API server and issuer: the system's trust store
// plus the profile's CA bundle, when it names one. Peer verification is always on.
[[nodiscard]] Result<QSslConfiguration> sslConfigurationFor(const ConnectionProfile &profile);

// The profile's CA bundle alone (empty list for the system store).
[[nodiscard]] Result<QList<QSslCertificate>> profileCaCertificates(const ConnectionProfile &profile);

} // namespace scs
