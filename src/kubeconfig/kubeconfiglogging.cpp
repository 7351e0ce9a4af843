#include "kubeconfig/kubeconfiglogging.h"

Q_LOGGING_CATEGORY(lcKubeconfig, "scs.kubeconfig", QtInfoMsg)
