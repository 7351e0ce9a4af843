#include "portforward/portforwardlogging.h"

Q_LOGGING_CATEGORY(lcPortForward, "scs.portforward", QtInfoMsg)
