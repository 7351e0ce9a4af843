#include "access/accesslogging.h"

Q_LOGGING_CATEGORY(lcAccess, "scs.access", QtInfoMsg)
