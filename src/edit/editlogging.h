#pragma once

#include <QLoggingCategory>

// The edit module's category; enable with QT_LOGGING_RULES="scs.edit.debug=true". Never an
// object's Secret data.
Q_DECLARE_LOGGING_CATEGORY(lcEdit)
