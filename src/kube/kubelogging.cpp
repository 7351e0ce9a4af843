#include "kube/kubelogging.h"

Q_LOGGING_CATEGORY(lcKube, "scs.kube", QtInfoMsg)
