#pragma once

#include "orders/clusterstatus.h"
#include "orders/order.h"
#include "orders/orderservice.h"
#include "profiles/connectionprofile.h"
#include "kube/resourcequota.h"
#include "ui/orders/ordertenantpage.h"
#include "ui/orders/orderversionpage.h"
#include "ui/orders/ordersizepage.h"
#include "ui/orders/orderoptionspage.h"
#include "ui/orders/orderreviewpage.h"
#include "ui/orders/ordersubmitpage.h"

#include <QHash>
#include <QMessageBox>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWizard>

#include <optional>

namespace scs::ui {

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
    // The tenant's ResourceQuotas as loaded with its order types (empty where none can be read);
    // the review page stops an order that would exceed one (orders::checkOrder).
    [[nodiscard]] const QList<kube::Quota> &quotas() const { return m_quotas; }
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

    // "Order like this" and templates (orders/ordertemplate.h): start from `order` (its name and
    // tenant are ignored: the wizard's tenant and a free name are kept) of the type `typeId`.
    // Before the tenant's types are loaded it waits for them; when the tenant does not offer
    // the type the tenant page says so and the defaults stay.
    void startFrom(const orders::Order &order, const QString &typeId);
    // Opens a template file into the wizard; on a malformed file or a class not offered here
    // the order stays as it was and templateMessage() says why. Returns whether it loaded.
    bool openTemplate(const QString &path);
    // Saves the current order as a template (atomically); false and templateMessage() on error.
    bool saveTemplate(const QString &path);
    // The last template error, shown in a window-modal box (null when there was none).
    [[nodiscard]] QMessageBox *templateMessage() const { return m_templateMessage; }

    // Escape, Cancel and the window's close button: with input that would be lost (an order
    // changed from its defaults, or the review reached) the wizard asks first (discardQuestion,
    // window-modal, no nested event loop); after the submission it just closes.
    void reject() override;
    // Closes without asking (the connection went away).
    void discard();
    [[nodiscard]] bool hasInput() const;
    [[nodiscard]] QMessageBox *discardQuestion() const { return m_discardQuestion; }

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
    void applyPendingStart();
    void showTemplateError(const QString &text);
    void chooseTemplateToOpen();
    void chooseTemplateToSave();

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
    QList<kube::Quota> m_quotas;
    orders::Order m_order;
    orders::Order m_defaultOrder; // what the type's defaults gave, to tell input apart
    QPointer<QMessageBox> m_discardQuestion;
    QJsonObject m_toSubmit;
    QJsonObject m_created;
    bool m_skipToReview = false;
    std::optional<std::pair<orders::Order, QString>> m_pendingStart; // (order, type id)
    QPointer<QMessageBox> m_templateMessage;

    OrderTenantPage *m_tenantPage;
    OrderVersionPage *m_versionPage;
    OrderSizePage *m_sizePage;
    OrderOptionsPage *m_optionsPage;
    OrderReviewPage *m_reviewPage;
    OrderSubmitPage *m_submitPage;
};

} // namespace scs::ui
