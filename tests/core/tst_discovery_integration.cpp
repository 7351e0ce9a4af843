// Discovery against the local Central API stack: the SCS kinds are there; a second start with the
// warm cache revalidates it with conditional requests only (answered 304 by kube-apiserver); a
// custom resource kind added with the real kubectl while we run appears after a refresh (and
// changes the cache), and is gone again after it is removed.

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
        Discovery discovery(&client, nullptr, m_cache.path());
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

    void aWarmStartShouldMakeOnlyConditionalRequests()
    {
        StaticTokenSource tokens(m_alice);
        KubeClient client(m_stack.profile(), &tokens);
        Discovery discovery(&client, nullptr, m_cache.path());
        QVERIFY(discovery.isFromCache()); // the first test left it
        const qsizetype cached = discovery.resources().size();
        QSignalSpy refreshed(&discovery, &Discovery::refreshed);
        QSignalSpy changed(&discovery, &Discovery::changed);
        discovery.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 15000);
        const Discovery::RefreshStats stats = discovery.lastRefreshStats();
        qInfo("warm start: %d requests, %d answered 304", stats.requests, stats.notModified);
        QCOMPARE(stats.requests, 2); // /api and /apis
        QCOMPARE(stats.notModified, 2);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(discovery.resources().size(), cached);

        // Another person's profile on the same server starts from the same cache.
        const QString bob = m_stack.token("bob");
        QVERIFY(!bob.isEmpty());
        StaticTokenSource bobTokens(bob);
        ConnectionProfile bobsProfile = m_stack.profile();
        bobsProfile.name = "bob-on-the-stack";
        KubeClient bobsClient(bobsProfile, &bobTokens);
        Discovery bobs(&bobsClient, nullptr, m_cache.path());
        QVERIFY(bobs.isFromCache());
        QCOMPARE(bobs.resources(), discovery.resources());
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
        Discovery discovery(&client, nullptr, m_cache.path());
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
        // The core group did not change: /api was still answered 304.
        QVERIFY(discovery.lastRefreshStats().notModified >= 1);
        const auto gadget = discovery.find("gd" + suffix);
        QVERIFY(gadget);
        QCOMPARE(gadget->kind, "Gadget" + suffix);
        QCOMPARE(gadget->collectionPath("tenant-a"),
                 "/apis/it.scs.test/v1/namespaces/tenant-a/" + plural);
        {
            // The cache was updated: a next start knows the new kind before any request.
            Discovery next(&client, nullptr, m_cache.path());
            QVERIFY(next.isFromCache());
            QVERIFY(next.find(plural, group));
        }

        // Removed on the server: gone after the next refreshes, and from the cache.
        const int changesBefore = int(changed.size());
        QCOMPARE(m_stack.kubectl({"delete", "crd", plural + "." + group, "--wait=true"}, &output),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(!discovery.find(plural, group).has_value(), 20000);
        QVERIFY(changed.size() > changesBefore);
        discovery.setRefreshInterval(std::chrono::milliseconds(0));
        QTRY_VERIFY(!discovery.isRefreshing());
        Discovery next(&client, nullptr, m_cache.path());
        QVERIFY(next.isFromCache());
        QVERIFY(!next.find(plural, group));
        QVERIFY(next.find("clusters", "cluster.x-k8s.io"));
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryIntegration)
#include "tst_discovery_integration.moc"
