#include "edit/editlogging.h"

Q_LOGGING_CATEGORY(lcEdit, "scs.edit", QtInfoMsg)
