// OpenApi against the local Central API stack: core kinds and the CRDs' schemas.

#include "common/resultcheck.h"
#include "kube/kubeclient.h"
#include "kube/openapi.h"
#include "kubestack.h"

#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::kube;

class TestOpenApiIntegration : public QObject
{
    Q_OBJECT

private:
    KubeStack m_stack;
    QString m_alice;

    Result<OpenApiSchema> schema(OpenApi &openApi, const QString &group, const QString &version,
                                 const QString &kind)
    {
        std::optional<Result<OpenApiSchema>> result;
        openApi.schemaFor(group, version, kind, this,
                          [&result](const Result<OpenApiSchema> &s) { result = s; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
            return std::unexpected(Error{Error::Kind::Timeout, "test wait", {}, {}, {}, 0, 0});
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!m_stack.load(&why))
            QFAIL(qPrintable(why)); // run by ctest, the stack is a fixture: never a skip
        m_alice = m_stack.token("alice", &why);
        QVERIFY2(!m_alice.isEmpty(), qPrintable(why));
    }

    void shouldDescribeCoreAndCustomKinds()
    {
        QTemporaryDir cache;
        StaticTokenSource tokens(m_alice);
        KubeClient client(m_stack.profile(), &tokens);
        OpenApi openApi(&client, nullptr, cache.path());

        const auto configMap = schema(openApi, "", "v1", "ConfigMap");
        SCS_VERIFY_OK(configMap);
        QCOMPARE(configMap->property({"data"})["type"].toString(), "object");
        QCOMPARE(configMap->property({"metadata", "name"})["type"].toString(), "string");

        const auto capi = schema(openApi, "cluster.x-k8s.io", "v1beta1", "Cluster");
        SCS_VERIFY_OK(capi);
        QVERIFY(!capi->property({"spec", "topology"}).isEmpty());

        // The SCS claim kind: its spec is what the order form is built from.
        const auto claim = schema(openApi, "api.scs.community", "v1alpha1", "Cluster");
        SCS_VERIFY_OK(claim);
        QCOMPARE(claim->property({"spec"})["type"].toString(), "object");
    }
};

QTEST_GUILESS_MAIN(TestOpenApiIntegration)
#include "tst_openapi_integration.moc"
