#pragma once

#include <QLoggingCategory>

// The models module's category (tenant tree, resource table); enable with
// QT_LOGGING_RULES="scs.models.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcModels)
