#pragma once

#include "common/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace scs::portforward {

// What a forward can point at, read from the objects as the server has them: a pod's container
// ports, a Service's ports, the pod a Service forward goes to and the container port a Service
// port stands for. kubectl port-forward's rules (k8s.io/kubectl pkg/util/service_port.go and
// polymorphichelpers): a Service is resolved once, to one running pod its selector picks, and
// its port to that pod's container port. Pure functions, no I/O.

struct ContainerPort
{
    quint16 port = 0;
    QString name; // the port's name, may be empty
    QString container;
    QString protocol; // "TCP" (the default), "UDP", "SCTP"
};

struct ServicePort
{
    quint16 port = 0;
    QString name;
    // targetPort: a number (0 when omitted: the port itself) or a container port's name.
    quint16 targetNumber = 0;
    QString targetName;
    QString protocol;
};

// The ports the pod's containers declare, in spec order (init containers left out).
[[nodiscard]] QList<ContainerPort> containerPortsOf(const QJsonObject &pod);
// A Service's spec.ports.
[[nodiscard]] QList<ServicePort> servicePortsOf(const QJsonObject &service);
// spec.selector as a label selector ("app=web,tier=front", keys sorted); empty when the
// Service has none (then it has no pods of its own to forward to).
[[nodiscard]] QString selectorOf(const QJsonObject &service);

// A pod that can take a forward: phase Running and not being deleted.
[[nodiscard]] bool isPodRunning(const QJsonObject &pod);
[[nodiscard]] bool isPodReady(const QJsonObject &pod);

// The pod of `pods` (a list's items) a Service forward goes to: running and not being
// deleted, Ready before not Ready, then the one Ready the longest (kubectl: the "most active"
// pod), then by name. An empty object when none is running.
[[nodiscard]] QJsonObject pickPod(const QJsonArray &pods);

// The container port of `pod` that `servicePort` of `service` reaches: targetPort as a number,
// the port itself when targetPort is omitted or the Service is headless (clusterIP None), or the
// container port named by targetPort. Error::Kind::Invalid naming what is missing.
[[nodiscard]] Result<quint16> containerPortFor(const QJsonObject &service, const QJsonObject &pod,
                                               quint16 servicePort);

} // namespace scs::portforward
