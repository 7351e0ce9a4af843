#pragma once

#include <QLoggingCategory>

// The profiles module's category; enable with QT_LOGGING_RULES="scs.profiles.debug=true".
// Never a password or a token.
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
