#pragma once

#include <QLoggingCategory>

// The kube module's category (defined in kubelogging.cpp); enable with
// QT_LOGGING_RULES="scs.kube.debug=true". Never a token, never a request body.
Q_DECLARE_LOGGING_CATEGORY(lcKube)
