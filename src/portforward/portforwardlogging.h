#pragma once

#include <QLoggingCategory>

// The port-forward module's category (defined in portforwardlogging.cpp); enable with
// QT_LOGGING_RULES="scs.portforward.debug=true". Never a token; never the forwarded bytes.
Q_DECLARE_LOGGING_CATEGORY(lcPortForward)
