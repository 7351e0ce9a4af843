#pragma once

#include <QLoggingCategory>

// The kubeconfig module's category (kubeconfig files, the get-token plugin); enable with
// QT_LOGGING_RULES="scs.kubeconfig.debug=true". Never a kubeconfig user, a token or a key.
Q_DECLARE_LOGGING_CATEGORY(lcKubeconfig)
