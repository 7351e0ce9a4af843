#pragma once

#include <QLoggingCategory>

// The kube module's category (defined in kubeclient.cpp); enable with
// QT_LOGGING_RULES="scs.kube.debug=true". Never a token, never a request body.
Q_DECLARE_LOGGING_CATEGORY(lcKube)
