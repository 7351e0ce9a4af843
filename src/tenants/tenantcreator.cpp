#include "tenants/tenantcreator.h"

#include "edit/batchapplier.h"
#include "kube/kubeclient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace scs::tenants {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TenantCreator)
};
} // namespace

TenantCreator::TenantCreator(kube::KubeClient *client, const kube::Discovery *discovery,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_applier(new edit::BatchApplier(client, discovery, this))
{
    connect(m_applier, &edit::BatchApplier::documentFinished, this,
            [this](const edit::DocumentResult &r) {
                if (!r.isOk())
                    return;
                const QString what = r.kind.toLower() + u'/' + r.name;
                m_created.append(what);
                Q_EMIT created(what);
            });
    connect(m_applier, &edit::BatchApplier::finished, this,
            [this](const QList<edit::DocumentResult> &results) {
                const edit::DocumentResult *refused = nullptr;
                for (const edit::DocumentResult &r : results) {
                    if (r.status == edit::DocumentResult::Status::Failed) {
                        refused = &r;
                        break;
                    }
                }
                if (!refused) {
                    m_running = false;
                    Q_EMIT succeeded(m_created);
                    return;
                }
                Error error = refused->error;
                const bool namespaceMade = !results.isEmpty() && results.first().isOk();
                if (!namespaceMade || !m_client) {
                    m_running = false;
                    Q_EMIT failed(error);
                    return;
                }
                // Leave nothing half made: the namespace (and what is in it) goes again.
                kube::KubeReply *reply =
                    m_client->deleteResource(u"/api/v1/namespaces/"_s + m_plan.name);
                reply->onJson(this, [this, error](const Result<QJsonDocument> &deleted) mutable {
                    error.message += u' '
                        + (deleted ? Tr::tr("The namespace %1 was deleted again.").arg(m_plan.name)
                                   : Tr::tr("The namespace %1 was created and could not be "
                                            "deleted again: %2")
                                         .arg(m_plan.name, deleted.error().message));
                    m_running = false;
                    Q_EMIT failed(error);
                });
            });
}

TenantCreator::~TenantCreator() = default;

void TenantCreator::start(const TenantPlan &plan)
{
    m_plan = plan;
    m_created.clear();
    m_running = true;
    edit::BatchApplier::Options options;
    options.mode = edit::BatchApplier::Mode::Create;
    options.stopOnError = true;
    m_applier->start(QString::fromUtf8(yamlOf(plan)), options);
}

} // namespace scs::tenants
