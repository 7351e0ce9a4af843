#pragma once

#include <QLoggingCategory>

// One category per module; enable with QT_LOGGING_RULES="scs.*.debug=true".
// Nothing logged under these categories may contain a token, a password or a kubeconfig user.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
Q_DECLARE_LOGGING_CATEGORY(lcKubeconfig)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
