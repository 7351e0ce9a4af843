#include "models/modelslogging.h"

Q_LOGGING_CATEGORY(lcModels, "scs.models", QtInfoMsg)
