#pragma once

#include "common/error.h"
#include "tenants/tenantplan.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace scs::kube {
class Discovery;
class KubeClient;
} // namespace scs::kube

namespace scs::edit {
class BatchApplier;
}

namespace scs::tenants {

// Creates the objects of a TenantPlan, one after the other (edit::BatchApplier, create mode,
// stopping at the first refusal): the Namespace first, then what goes into it. A server-side
// dry run of the whole plan is not possible (the namespaced objects' namespace does not exist
// yet), so the person reviews the YAML before and the server decides here. When an object after
// the Namespace is refused (RBAC refuses to bind a role the creator may not grant, a quota
// quantity the server rejects), the Namespace this run created is deleted again, so that a
// failed run leaves nothing half made; failed() then carries the refusal.
//
//   start ─> Namespace ─> RoleBinding ─> [ResourceQuota] ─> [LimitRange] ─> succeeded
//               └─refused──> failed           └─refused──> delete Namespace ─> failed
//
// `client` and `discovery` (refreshed: it resolves the kinds) must outlive it. GUI thread.
class TenantCreator : public QObject
{
    Q_OBJECT

public:
    TenantCreator(kube::KubeClient *client, const kube::Discovery *discovery,
                  QObject *parent = nullptr);
    ~TenantCreator() override;

    void start(const TenantPlan &plan);
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    // One per created object: "namespace/tenant-c", "rolebinding/tenant-c-admins", ...
    void created(const QString &what);
    // Once per start(): what was created, in order; or the refusal's error (its message says
    // when the namespace was removed again).
    void succeeded(const QStringList &created);
    void failed(const scs::Error &error);

private:
    QPointer<kube::KubeClient> m_client;
    edit::BatchApplier *m_applier;
    TenantPlan m_plan;
    QStringList m_created;
    bool m_running = false;
};

} // namespace scs::tenants
