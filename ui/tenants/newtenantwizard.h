#pragma once

#include "common/error.h"
#include "tenants/tenantplan.h"

#include <QPointer>
#include <QStringList>
#include <QWizard>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace scs::kube {
class Discovery;
class KubeClient;
} // namespace scs::kube

namespace scs::tenants {
class TenantCreator;
}

namespace scs::ui {

class NewTenantWizard;
class YamlEditor;

// Page 1: the tenant's name, display name, admin group and role.
class NewTenantNamePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewTenantNamePage(NewTenantWizard &wizard);
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit *name;
    QLineEdit *displayName;
    QLineEdit *group;
    QComboBox *role;
    QLabel *status;

private:
    NewTenantWizard &m_wizard;
    bool m_groupEdited = false;
};

// Page 2 (optional fields): a ResourceQuota and LimitRange defaults; empty fields are left out.
class NewTenantLimitsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewTenantLimitsPage(NewTenantWizard &wizard);
    bool validatePage() override;

    QLineEdit *capiClusters;
    QLineEdit *claimClusters;
    QLineEdit *cpu;
    QLineEdit *memory;
    QLineEdit *requestCpu;
    QLineEdit *requestMemory;
    QLineEdit *limitCpu;
    QLineEdit *limitMemory;
    QLabel *status;

private:
    NewTenantWizard &m_wizard;
};

// Page 3: the objects as YAML, exactly what "Create" sends, read-only.
class NewTenantReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewTenantReviewPage(NewTenantWizard &wizard);
    void initializePage() override;

    YamlEditor *editor;
    QLabel *note;

private:
    NewTenantWizard &m_wizard;
};

// Page 4: the objects are created one after the other (tenants::TenantCreator); Finish once done.
class NewTenantCreatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewTenantCreatePage(NewTenantWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;

    QListWidget *created;
    QLabel *status;

private:
    NewTenantWizard &m_wizard;
    bool m_done = false;
};

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
