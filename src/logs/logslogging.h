#pragma once

#include <QLoggingCategory>

// The logs module's category (defined in logslogging.cpp); enable with
// QT_LOGGING_RULES="scs.logs.debug=true". Never a token; never the log lines themselves.
Q_DECLARE_LOGGING_CATEGORY(lcLogs)
