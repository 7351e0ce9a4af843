#include "exec/execlogging.h"

Q_LOGGING_CATEGORY(lcExec, "scs.exec", QtInfoMsg)
