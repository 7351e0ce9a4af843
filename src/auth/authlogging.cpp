#include "auth/authlogging.h"

Q_LOGGING_CATEGORY(lcAuth, "scs.auth", QtInfoMsg)
