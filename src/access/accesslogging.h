#pragma once

#include <QLoggingCategory>

// The access module's category (defined in accesslogging.cpp); enable with
// QT_LOGGING_RULES="scs.access.debug=true". Never a token.
Q_DECLARE_LOGGING_CATEGORY(lcAccess)
