// What a forward points at: container and Service ports as the objects declare them, a
// Service's selector, the pod a Service forward picks (running, Ready the longest, never one
// being deleted) and the container port a Service port reaches (number, omitted, named,
// headless), with kubectl's rules; the messages for what is missing.
#include "portforward/forwardtarget.h"

#include <QJsonDocument>
#include <QTest>

using namespace scs;
using namespace scs::portforward;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject pod(const QString &name, const QString &phase, const QString &readySince,
                bool deleting = false)
{
    QJsonObject metadata{{u"name"_qs, name}};
    if (deleting)
        metadata.insert(u"deletionTimestamp"_qs, u"2026-01-01T00:00:00Z"_qs);
    QJsonArray conditions;
    if (!readySince.isEmpty()) {
        conditions.append(QJsonObject{{u"type"_qs, u"Ready"_qs},
                                      {u"status"_qs, u"True"_qs},
                                      {u"lastTransitionTime"_qs, readySince}});
    }
    return QJsonObject{
        {u"metadata"_qs, metadata},
        {u"spec"_qs, json(R"({"containers":[{"name":"web","ports":[
            {"name":"http","containerPort":8080},{"containerPort":9090,"protocol":"UDP"}]},
            {"name":"side","ports":[{"name":"metrics","containerPort":9100}]}]})")},
        {u"status"_qs, QJsonObject{{u"phase"_qs, phase}, {u"conditions"_qs, conditions}}}};
}

const char *service = R"({"metadata":{"name":"web","namespace":"demo"},"spec":{
    "selector":{"tier":"front","app":"web"},
    "ports":[{"name":"http","port":80,"targetPort":"http"},
             {"name":"alt","port":81,"targetPort":8081},
             {"port":82},
             {"port":83,"targetPort":"8083"},
             {"name":"bad","port":84,"targetPort":"nope"}]}})";

} // namespace

class TestForwardTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListContainerPortsWithTheirContainers()
    {
        const QList<ContainerPort> ports = containerPortsOf(pod(u"p"_qs, u"Running"_qs, {}));
        QCOMPARE(ports.size(), 3);
        QCOMPARE(ports[0].port, quint16(8080));
        QCOMPARE(ports[0].name, u"http"_qs);
        QCOMPARE(ports[0].container, u"web"_qs);
        QCOMPARE(ports[0].protocol, u"TCP"_qs);
        QCOMPARE(ports[1].protocol, u"UDP"_qs);
        QCOMPARE(ports[2].container, u"side"_qs);
    }

    void shouldReadServicePortsAndSelector()
    {
        const QList<ServicePort> ports = servicePortsOf(json(service));
        QCOMPARE(ports.size(), 5);
        QCOMPARE(ports[0].targetName, u"http"_qs);
        QCOMPARE(ports[1].targetNumber, quint16(8081));
        QCOMPARE(ports[2].targetNumber, quint16(0));
        QCOMPARE(ports[3].targetNumber, quint16(8083)); // digits in a string are a number
        QCOMPARE(selectorOf(json(service)), u"app=web,tier=front"_qs);
        QCOMPARE(selectorOf(json(R"({"spec":{}})")), QString());
    }

    void shouldMapAServicePortToTheContainerPort_data()
    {
        QTest::addColumn<int>("servicePort");
        QTest::addColumn<int>("containerPort");
        QTest::newRow("named") << 80 << 8080;
        QTest::newRow("number") << 81 << 8081;
        QTest::newRow("omitted") << 82 << 82;
        QTest::newRow("digits") << 83 << 8083;
    }

    void shouldMapAServicePortToTheContainerPort()
    {
        QFETCH(int, servicePort);
        QFETCH(int, containerPort);
        const Result<quint16> port =
            containerPortFor(json(service), pod(u"p"_qs, u"Running"_qs, {}), quint16(servicePort));
        QVERIFY(port);
        QCOMPARE(int(*port), containerPort);
    }

    void shouldUseTheServicePortItselfWhenHeadless()
    {
        QJsonObject headless = json(service);
        QJsonObject spec = headless.value(u"spec").toObject();
        spec.insert(u"clusterIP"_qs, u"None"_qs);
        headless.insert(u"spec"_qs, spec);
        QCOMPARE(*containerPortFor(headless, pod(u"p"_qs, u"Running"_qs, {}), 81), quint16(81));
    }

    void shouldNameWhatIsMissing()
    {
        const QJsonObject p = pod(u"web-1"_qs, u"Running"_qs, {});
        const Result<quint16> noName = containerPortFor(json(service), p, 84);
        QVERIFY(!noName);
        QVERIFY2(noName.error().message.contains(u"web-1"_qs)
                     && noName.error().message.contains(u"\"nope\""_qs),
                 qPrintable(noName.error().message));
        const Result<quint16> noPort = containerPortFor(json(service), p, 443);
        QVERIFY(!noPort);
        QVERIFY2(noPort.error().message.contains(u"443"_qs), qPrintable(noPort.error().message));
    }

    void shouldPickTheRunningPodReadyTheLongest()
    {
        const QJsonArray pods{
            pod(u"pending"_qs, u"Pending"_qs, {}),
            pod(u"running-not-ready"_qs, u"Running"_qs, {}),
            pod(u"ready-new"_qs, u"Running"_qs, u"2026-01-02T00:00:00Z"_qs),
            pod(u"ready-old-deleting"_qs, u"Running"_qs, u"2026-01-01T00:00:00Z"_qs, true),
            pod(u"ready-old"_qs, u"Running"_qs, u"2026-01-01T12:00:00Z"_qs),
        };
        QCOMPARE(pickPod(pods).value(u"metadata").toObject().value(u"name").toString(),
                 u"ready-old"_qs);
        // Without a Ready one, a running one; without a running one, none.
        QCOMPARE(pickPod(QJsonArray{pods[0], pods[1]})
                     .value(u"metadata")
                     .toObject()
                     .value(u"name")
                     .toString(),
                 u"running-not-ready"_qs);
        QVERIFY(pickPod(QJsonArray{pods[0], pods[3]}).isEmpty());
        QVERIFY(isPodReady(pods[2].toObject()));
        QVERIFY(!isPodRunning(pods[3].toObject()));
    }
};

QTEST_GUILESS_MAIN(TestForwardTarget)
#include "tst_forwardtarget.moc"
