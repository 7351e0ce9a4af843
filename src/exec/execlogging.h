#pragma once

#include <QLoggingCategory>

// The exec module's category (defined in execlogging.cpp); enable with
// QT_LOGGING_RULES="scs.exec.debug=true". Never a token; never what the terminal shows.
Q_DECLARE_LOGGING_CATEGORY(lcExec)
