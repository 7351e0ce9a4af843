// Discovery against the local Central API stack: the SCS kinds are there, and a custom
// resource kind added with the real kubectl while we run appears after a refresh.

#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kubestack.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::kube;

class TestDiscoveryIntegration : public QObject
{
    Q_OBJECT

private:
    KubeStack m_stack;
    QString m_alice;
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!m_stack.load(&why))
            QFAIL(qPrintable(why)); // run by ctest, the stack is a fixture: never a skip
        m_alice = m_stack.token("alice", &why);
        QVERIFY2(!m_alice.isEmpty(), qPrintable(why));
    }

    void shouldFindTheCentralApisKinds()
    {
        StaticTokenSource tokens(m_alice);
        KubeClient client(m_stack.profile(), &tokens);
        Discovery discovery(&client, "local-stack", nullptr, m_cache.path());
        QSignalSpy refreshed(&discovery, &Discovery::refreshed);
        discovery.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 15000);
        qInfo("%lld resource kinds", qint64(discovery.resources().size()));

        const auto configMaps = discovery.find("cm");
        QVERIFY(configMaps);
        QCOMPARE(configMaps->collectionPath("tenant-a"), "/api/v1/namespaces/tenant-a/configmaps");
        QVERIFY(configMaps->supports("watch"));

        const auto capi = discovery.find("clusters", "cluster.x-k8s.io");
        QVERIFY(capi);
        QCOMPARE(capi->kind, "Cluster");
        QVERIFY(capi->namespaced);
        QVERIFY(capi->subresources.contains("status"));

        const auto scs = discovery.find("clusters", "api.scs.community");
        QVERIFY(scs);
        QVERIFY(scs->categories.contains("scs"));

        const auto namespaces = discovery.forKind("", "Namespace");
        QVERIFY(namespaces && !namespaces->namespaced);
        QVERIFY(QFile::exists(discovery.cacheFile()));
    }

    void aNewCustomResourceKindShouldAppearAfterARefresh()
    {
        const QString suffix = QString::number(QDateTime::currentSecsSinceEpoch());
        const QString plural = "gadgets" + suffix;
        const QString group = "it.scs.test";
        const QByteArray crd = QStringLiteral(R"(apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: %1.%2
spec:
  group: %2
  scope: Namespaced
  names: {plural: %1, singular: gadget%3, kind: Gadget%3, shortNames: [gd%3]}
  versions:
  - name: v1
    served: true
    storage: true
    schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
)").arg(plural, group, suffix).toUtf8();

        StaticTokenSource tokens(m_alice);
        KubeClient client(m_stack.profile(), &tokens);
        Discovery discovery(&client, "local-stack", nullptr, m_cache.path());
        QVERIFY(discovery.isFromCache()); // the first test left it
        QVERIFY(!discovery.find(plural, group));
        QSignalSpy changed(&discovery, &Discovery::changed);

        QByteArray output;
        QCOMPARE(m_stack.kubectl({"apply", "-f", "-"}, &output, crd), 0);
        const auto cleanup = qScopeGuard([&] {
            m_stack.kubectl({"delete", "crd", plural + "." + group, "--wait=false"});
        });
        discovery.setRefreshInterval(std::chrono::milliseconds(500));
        QTRY_VERIFY_WITH_TIMEOUT(discovery.find(plural, group).has_value(), 20000);
        QVERIFY(changed.size() >= 1);
        const auto gadget = discovery.find("gd" + suffix);
        QVERIFY(gadget);
        QCOMPARE(gadget->kind, "Gadget" + suffix);
        QCOMPARE(gadget->collectionPath("tenant-a"),
                 "/apis/it.scs.test/v1/namespaces/tenant-a/" + plural);
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryIntegration)
#include "tst_discovery_integration.moc"
