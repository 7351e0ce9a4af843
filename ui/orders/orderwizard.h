#pragma once

#include "orders/clusterstatus.h"
#include "orders/order.h"
#include "orders/orderservice.h"
#include "profiles/connectionprofile.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWizard>
#include <QWizardPage>

#include <optional>

class QComboBox;
class QCommandLinkButton;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace scs::ui {

class OrderWizard;
class SchemaForm;
class YamlEditor;

// Page 1: the tenant (only those where the person may create clusters) and what to order
// there (the claim, or a Cluster API cluster of one ClusterClass).
class OrderTenantPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderTenantPage(OrderWizard &wizard);
    bool isComplete() const override;

    [[nodiscard]] QComboBox *tenantBox() const { return m_tenants; }
    [[nodiscard]] QListWidget *typeList() const { return m_types; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

private:
    friend class OrderWizard;
    void refresh();

    OrderWizard &m_wizard;
    QComboBox *m_tenants;
    QListWidget *m_types;
    QLabel *m_status;
};

// Page 2: the cluster's name (a free one is suggested) and its Kubernetes version (only what
// the class or the claim schema offers).
class OrderVersionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderVersionPage(OrderWizard &wizard);
    void initializePage() override;
    bool validatePage() override;

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox *versionBox() const { return m_version; }
    [[nodiscard]] QString nameError() const;
    [[nodiscard]] QString versionError() const;

private:
    void store();

    OrderWizard &m_wizard;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QComboBox *m_version;
    QLabel *m_versionHint;
    QLabel *m_versionError;
};

// Page 3: control plane nodes, worker pools (add/remove, class, name, nodes, failure domain)
// and the flavors, where the schema has them.
class OrderSizePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderSizePage(OrderWizard &wizard);
    void initializePage() override;
    bool validatePage() override;

    [[nodiscard]] QComboBox *controlPlaneBox() const { return m_controlPlane; }
    [[nodiscard]] int poolCount() const { return int(m_pools.size()); }
    [[nodiscard]] QLineEdit *poolName(int pool) const { return m_pools.at(pool).name; }
    [[nodiscard]] QComboBox *poolClass(int pool) const { return m_pools.at(pool).workerClass; }
    [[nodiscard]] QSpinBox *poolReplicas(int pool) const { return m_pools.at(pool).replicas; }
    [[nodiscard]] QLineEdit *poolFailureDomain(int pool) const
    {
        return m_pools.at(pool).failureDomain;
    }
    [[nodiscard]] QString poolError(int pool) const;
    [[nodiscard]] QString controlPlaneError() const;
    [[nodiscard]] QPushButton *addPoolButton() const { return m_addPool; }
    [[nodiscard]] QGroupBox *poolsBox() const { return m_poolsBox; }
    void removePool(int pool);
    [[nodiscard]] SchemaForm *flavorForm() const { return m_flavors; }

private:
    struct PoolRow
    {
        QLineEdit *name = nullptr;
        QComboBox *workerClass = nullptr;
        QSpinBox *replicas = nullptr;
        QLineEdit *failureDomain = nullptr;
        QToolButton *remove = nullptr;
        QLabel *error = nullptr;
    };

    void rebuildPools();
    void store();

    OrderWizard &m_wizard;
    QComboBox *m_controlPlane;
    QLabel *m_controlPlaneError;
    QGroupBox *m_poolsBox;
    QGridLayout *m_poolsLayout = nullptr;
    QList<PoolRow> m_pools;
    QPushButton *m_addPool;
    QLabel *m_flavorsTitle;
    SchemaForm *m_flavors;
};

// Page 4: the rest of the schema (ClusterClass variables / claim options) as a form; the OIDC
// settings come pre-filled with the console's own issuer and client.
class OrderOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderOptionsPage(OrderWizard &wizard);
    void initializePage() override;
    bool validatePage() override;

    [[nodiscard]] SchemaForm *form() const { return m_form; }
    [[nodiscard]] QPushButton *oidcButton() const { return m_oidc; }

private:
    OrderWizard &m_wizard;
    SchemaForm *m_form;
    QLabel *m_empty;
    QPushButton *m_oidc;
};

// Page 5: the exact object as YAML, editable (what is in the editor is what gets submitted,
// checked again as it changes), and the server's dry-run verdict.
class OrderReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderReviewPage(OrderWizard &wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

    [[nodiscard]] YamlEditor *editor() const { return m_editor; }
    [[nodiscard]] QString text() const;
    // The verdict line ("The Central API accepts this order (dry run).") and the problems.
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QListWidget *issueList() const { return m_issues; }
    [[nodiscard]] bool isDryRunPending() const { return m_dryRunPending; }
    [[nodiscard]] bool dryRunAccepted() const { return m_dryRunAccepted; }
    // Shows issues (the server's refusal on submit) as the review's problems.
    void showIssues(const QList<orders::FieldIssue> &issues, const QString &headline);

private:
    // The editor's text parsed and checked locally; std::nullopt with the problems shown.
    std::optional<QJsonObject> check();
    void onEdited();
    void startDryRun(const QJsonObject &object);

    OrderWizard &m_wizard;
    YamlEditor *m_editor;
    QLabel *m_status;
    QListWidget *m_issues;
    QTimer *m_recheck;
    bool m_dryRunPending = false;
    bool m_dryRunAccepted = false;
    int m_dryRunSerial = 0;
};

// Page 6: the submission (dry run again, then create), its progress and outcome, and the way
// to follow the new cluster.
class OrderSubmitPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderSubmitPage(OrderWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;

    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QCommandLinkButton *followButton() const { return m_follow; }
    [[nodiscard]] bool isDone() const { return m_done; }
    [[nodiscard]] bool succeeded() const { return m_succeeded; }

private:
    OrderWizard &m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    QCommandLinkButton *m_follow;
    bool m_done = false;
    bool m_succeeded = false;
};

// The order wizard: tenant -> type and class -> name and version -> size -> options ->
// review (exact YAML + dry run) -> submit. Every page validates its fields with the orders
// module's rules before anything is sent (Next is refused and the field says why); the
// defaults make a complete order, so "Review Order" (a wizard button) goes from the first page
// straight to the review: Order Cluster… -> Review Order -> Submit.
//
//   tenants ──canOrder each──> orderable tenants ──pick──> orderTypes + takenNames ──pick──>
//   defaultOrder ──pages edit it──> buildObject ──review edits──> object ──submit──> created
//
// The service must outlive the wizard. GUI thread only; nothing blocks (requests answer into
// the pages).
class OrderWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { TenantPage, VersionPage, SizePage, OptionsPage, ReviewPage, SubmitPage };

    // `tenants`: the tenants to offer (each is checked with canOrder); `preferredTenant` is
    // selected when it may be ordered in.
    OrderWizard(orders::OrderService *service, const ConnectionProfile &profile,
                const QStringList &tenants, const QString &preferredTenant = {},
                QWidget *parent = nullptr);
    ~OrderWizard() override;

    int nextId() const override;

    [[nodiscard]] orders::OrderService *service() const { return m_service; }
    [[nodiscard]] const ConnectionProfile &profile() const { return m_profile; }
    // True while access checks, order types or taken names are being fetched.
    [[nodiscard]] bool isLoading() const { return m_pending > 0; }
    [[nodiscard]] QStringList orderableTenants() const { return m_orderable; }
    [[nodiscard]] QString tenant() const { return m_tenant; }
    [[nodiscard]] const QList<orders::OrderType> &orderTypes() const { return m_types; }
    [[nodiscard]] const orders::OrderType *orderType() const;
    [[nodiscard]] QStringList takenNames() const { return m_taken; }
    [[nodiscard]] orders::Order &order() { return m_order; }
    [[nodiscard]] const orders::Order &order() const { return m_order; }
    // Picks a tenant / an order type (by OrderType::id()); false when not offered.
    bool selectTenant(const QString &tenant);
    bool selectOrderType(const QString &id);

    // The object the review page accepted (what submit sends) and what the server made of it.
    [[nodiscard]] const QJsonObject &objectToSubmit() const { return m_toSubmit; }
    [[nodiscard]] const QJsonObject &createdObject() const { return m_created; }
    [[nodiscard]] std::optional<orders::ClusterRef> createdCluster() const;

    // Skips the remaining pages to the review (the "Review Order" button).
    void reviewNow();

    [[nodiscard]] OrderTenantPage *tenantPage() const { return m_tenantPage; }
    [[nodiscard]] OrderVersionPage *versionPage() const { return m_versionPage; }
    [[nodiscard]] OrderSizePage *sizePage() const { return m_sizePage; }
    [[nodiscard]] OrderOptionsPage *optionsPage() const { return m_optionsPage; }
    [[nodiscard]] OrderReviewPage *reviewPage() const { return m_reviewPage; }
    [[nodiscard]] OrderSubmitPage *submitPage() const { return m_submitPage; }

    // Issues of the whole order (validateOrder) that belong to paths starting with one of
    // `prefixes`; the pages use this to stop at their own fields.
    [[nodiscard]] QList<orders::FieldIssue> issuesUnder(const QStringList &prefixes) const;

Q_SIGNALS:
    void loadingChanged();
    void orderTypeChanged();
    // The person asked to follow the new cluster (the last page's button).
    void followRequested(const scs::orders::ClusterRef &ref);
    void clusterOrdered(const scs::orders::ClusterRef &ref);

private:
    friend class OrderTenantPage;
    friend class OrderReviewPage;
    friend class OrderSubmitPage;

    void checkTenants(const QStringList &tenants, const QString &preferred);
    void loadTenant(const QString &tenant);
    void setTypeIndex(int index);
    void updateReviewButton();

    QPointer<orders::OrderService> m_service;
    ConnectionProfile m_profile;
    int m_pending = 0;
    int m_loadSerial = 0;
    QStringList m_orderable;
    QHash<QString, orders::OrderAccess> m_access;
    QString m_tenant;
    QList<orders::OrderType> m_types;
    int m_typeIndex = -1;
    QStringList m_taken;
    orders::Order m_order;
    QJsonObject m_toSubmit;
    QJsonObject m_created;
    bool m_skipToReview = false;

    OrderTenantPage *m_tenantPage;
    OrderVersionPage *m_versionPage;
    OrderSizePage *m_sizePage;
    OrderOptionsPage *m_optionsPage;
    OrderReviewPage *m_reviewPage;
    OrderSubmitPage *m_submitPage;
};

} // namespace scs::ui
