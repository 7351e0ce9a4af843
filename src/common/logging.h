#pragma once

#include <QLoggingCategory>

// One category per module, declared in the module's <module>logging.h and defined in its
// <module>logging.cpp; enable with QT_LOGGING_RULES="scs.*.debug=true". These two are the
// application's (start-up) and the common module's (translations). Nothing logged under any
// category may contain a token, a password or a kubeconfig user.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
