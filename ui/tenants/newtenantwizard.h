#pragma once

#include "tenants/tenantplan.h"

#include <QPointer>
#include <QStringList>
#include <QWizard>

namespace scs::kube {
class Discovery;
class KubeClient;
} // namespace scs::kube

namespace scs::tenants {
class TenantCreator;
}

namespace scs::ui {

class NewTenantCreatePage;
class NewTenantLimitsPage;
class NewTenantNamePage;
class NewTenantReviewPage;

// "New Tenant" for platform operators: name and admins -> quota and limits -> review (YAML) ->
// create. What it creates is a tenants::TenantPlan (the Namespace with the console's tenant
// label and display name, the RoleBinding of the Keycloak group, optional ResourceQuota and
// LimitRange); no ProviderConfig. The group gets the API server's groups prefix (`groupsPrefix`,
// from the signed-in user's own groups). `roles`: the ClusterRoles offered, the first is the
// default; the person may type another.
//
//   name page ──Next──> limits page ──Next──> review (YAML) ──Create──> created / refused
//                                                                  └─ refused: namespace deleted again
//
// The client and discovery must outlive the wizard. GUI thread; nothing blocks.
class NewTenantWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { NamePage, LimitsPage, ReviewPage, CreatePage };

    NewTenantWizard(kube::KubeClient *client, const kube::Discovery *discovery,
                    const QStringList &roles, const QString &groupsPrefix,
                    QWidget *parent = nullptr);
    ~NewTenantWizard() override;

    // What the pages say now.
    [[nodiscard]] tenants::TenantPlan plan() const;
    [[nodiscard]] NewTenantNamePage *namePage() const { return m_namePage; }
    [[nodiscard]] NewTenantLimitsPage *limitsPage() const { return m_limitsPage; }
    [[nodiscard]] NewTenantReviewPage *reviewPage() const { return m_reviewPage; }
    [[nodiscard]] NewTenantCreatePage *createPage() const { return m_createPage; }
    [[nodiscard]] bool isCreating() const;
    // After the create page: the tenant was made (tenantCreated was emitted).
    [[nodiscard]] bool succeeded() const { return m_succeeded; }

Q_SIGNALS:
    void tenantCreated(const QString &tenant);

private:
    friend class NewTenantCreatePage;
    QPointer<kube::KubeClient> m_client;
    QString m_groupsPrefix;
    tenants::TenantCreator *m_creator;
    NewTenantNamePage *m_namePage;
    NewTenantLimitsPage *m_limitsPage;
    NewTenantReviewPage *m_reviewPage;
    NewTenantCreatePage *m_createPage;
    bool m_succeeded = false;
};

} // namespace scs::ui
