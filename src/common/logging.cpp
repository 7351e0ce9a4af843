#include "common/logging.h"

Q_LOGGING_CATEGORY(lcApp, "scs.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "scs.i18n", QtInfoMsg)
