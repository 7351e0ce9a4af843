#include "portforward/forwardtarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace scs::portforward {

namespace {

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

QString nameOf(const QJsonObject &object)
{
    return metadataOf(object).value(QLatin1String("name")).toString();
}

quint16 portNumber(const QJsonValue &value)
{
    const int port = value.toInt();
    return port > 0 && port < 65536 ? quint16(port) : 0;
}

QString protocolOf(const QJsonObject &port)
{
    const QString protocol = port.value(QLatin1String("protocol")).toString();
    return protocol.isEmpty() ? QStringLiteral("TCP") : protocol;
}

// When the pod's Ready condition last became True; invalid when it is not Ready.
QDateTime readySince(const QJsonObject &pod)
{
    const QJsonArray conditions =
        pod.value(QLatin1String("status")).toObject().value(QLatin1String("conditions")).toArray();
    for (const QJsonValue &c : conditions) {
        const QJsonObject condition = c.toObject();
        if (condition.value(QLatin1String("type")).toString() == QLatin1String("Ready")
            && condition.value(QLatin1String("status")).toString() == QLatin1String("True")) {
            const QDateTime since = QDateTime::fromString(
                condition.value(QLatin1String("lastTransitionTime")).toString(), Qt::ISODate);
            return since.isValid() ? since : QDateTime::fromSecsSinceEpoch(0);
        }
    }
    return {};
}

} // namespace

QList<ContainerPort> containerPortsOf(const QJsonObject &pod)
{
    QList<ContainerPort> ports;
    const QJsonArray containers =
        pod.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
    for (const QJsonValue &c : containers) {
        const QJsonObject container = c.toObject();
        for (const QJsonValue &p : container.value(QLatin1String("ports")).toArray()) {
            const QJsonObject port = p.toObject();
            ContainerPort out;
            out.port = portNumber(port.value(QLatin1String("containerPort")));
            if (out.port == 0)
                continue;
            out.name = port.value(QLatin1String("name")).toString();
            out.container = container.value(QLatin1String("name")).toString();
            out.protocol = protocolOf(port);
            ports.append(out);
        }
    }
    return ports;
}

QList<ServicePort> servicePortsOf(const QJsonObject &service)
{
    QList<ServicePort> ports;
    const QJsonArray list =
        service.value(QLatin1String("spec")).toObject().value(QLatin1String("ports")).toArray();
    for (const QJsonValue &p : list) {
        const QJsonObject port = p.toObject();
        ServicePort out;
        out.port = portNumber(port.value(QLatin1String("port")));
        if (out.port == 0)
            continue;
        out.name = port.value(QLatin1String("name")).toString();
        const QJsonValue target = port.value(QLatin1String("targetPort"));
        if (target.isString()) {
            // An IntOrString written as a string of digits is a number to the API server too.
            bool number = false;
            const int value = target.toString().toInt(&number);
            if (number && value > 0 && value < 65536)
                out.targetNumber = quint16(value);
            else
                out.targetName = target.toString();
        } else {
            out.targetNumber = portNumber(target);
        }
        out.protocol = protocolOf(port);
        ports.append(out);
    }
    return ports;
}

QString selectorOf(const QJsonObject &service)
{
    const QJsonObject selector =
        service.value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject();
    QStringList terms;
    for (auto it = selector.begin(); it != selector.end(); ++it)
        terms.append(it.key() + QLatin1Char('=') + it.value().toString());
    terms.sort();
    return terms.join(QLatin1Char(','));
}

bool isPodRunning(const QJsonObject &pod)
{
    return !metadataOf(pod).contains(QLatin1String("deletionTimestamp"))
        && pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString()
        == QLatin1String("Running");
}

bool isPodReady(const QJsonObject &pod)
{
    return readySince(pod).isValid();
}

QJsonObject pickPod(const QJsonArray &pods)
{
    QList<QJsonObject> running;
    for (const QJsonValue &p : pods) {
        if (isPodRunning(p.toObject()))
            running.append(p.toObject());
    }
    if (running.isEmpty())
        return {};
    std::sort(running.begin(), running.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QDateTime ra = readySince(a);
        const QDateTime rb = readySince(b);
        if (ra.isValid() != rb.isValid())
            return ra.isValid();
        if (ra != rb)
            return ra < rb;
        return nameOf(a) < nameOf(b);
    });
    return running.constFirst();
}

Result<quint16> containerPortFor(const QJsonObject &service, const QJsonObject &pod,
                                 quint16 servicePort)
{
    const bool headless = service.value(QLatin1String("spec"))
                              .toObject()
                              .value(QLatin1String("clusterIP"))
                              .toString()
        == QLatin1String("None");
    for (const ServicePort &port : servicePortsOf(service)) {
        if (port.port != servicePort)
            continue;
        if (headless)
            return servicePort;
        if (port.targetName.isEmpty())
            return port.targetNumber == 0 ? servicePort : port.targetNumber;
        for (const ContainerPort &c : containerPortsOf(pod)) {
            if (c.name == port.targetName)
                return c.port;
        }
        return fail(Error::Kind::Invalid,
                    QCoreApplication::translate(
                        "scs::portforward::ForwardTarget",
                        "Pod %1 has no container port named \"%2\" (the target of port %3 of "
                        "Service %4).")
                        .arg(nameOf(pod), port.targetName)
                        .arg(servicePort)
                        .arg(nameOf(service)));
    }
    return fail(Error::Kind::Invalid,
                QCoreApplication::translate("scs::portforward::ForwardTarget",
                                            "Service %1 has no port %2.")
                    .arg(nameOf(service)).arg(servicePort));
}

} // namespace scs::portforward
