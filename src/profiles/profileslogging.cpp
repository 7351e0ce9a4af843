#include "profiles/profileslogging.h"

Q_LOGGING_CATEGORY(lcProfiles, "scs.profiles", QtInfoMsg)
