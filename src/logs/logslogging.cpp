#include "logs/logslogging.h"

Q_LOGGING_CATEGORY(lcLogs, "scs.logs", QtInfoMsg)
