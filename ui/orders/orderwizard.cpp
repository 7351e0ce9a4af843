#include "ui/orders/orderwizard.h"

#include "ui/common/statusstyle.h"
#include "ui/common/wizardtaborder.h"
#include "ui/orders/orderwizardhelpers.h"

#include "orders/ordertemplate.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace scs::ui {

using namespace orderwizard;

OrderWizard::OrderWizard(orders::OrderService *service, const ConnectionProfile &profile,
                         const QStringList &tenants, const QString &preferredTenant,
                         QWidget *parent)
    : QWizard(parent)
    , m_service(service)
    , m_profile(profile)
    , m_tenantPage(new OrderTenantPage(*this))
    , m_versionPage(new OrderVersionPage(*this))
    , m_sizePage(new OrderSizePage(*this))
    , m_optionsPage(new OrderOptionsPage(*this))
    , m_reviewPage(new OrderReviewPage(*this))
    , m_submitPage(new OrderSubmitPage(*this))
{
    setObjectName(u"orderWizard"_s);
    setWindowTitle(tr("Order Cluster"));
    setWizardStyle(QWizard::ClassicStyle);
    // The last page (submitted) is left one way only: its Close button.
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1
               | QWizard::HaveCustomButton2 | QWizard::HaveCustomButton3
               | QWizard::DisabledBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CustomButton1, tr("&Review Order"));
    button(QWizard::CustomButton1)->setToolTip(
        tr("Go straight to the review with what is filled in now"));
    setButtonText(QWizard::CustomButton2, tr("O&pen Template…"));
    button(QWizard::CustomButton2)->setObjectName(u"openTemplateButton"_s);
    button(QWizard::CustomButton2)->setToolTip(
        tr("Fill the order in from a saved order template (YAML)"));
    setButtonText(QWizard::CustomButton3, tr("Save Temp&late…"));
    button(QWizard::CustomButton3)->setObjectName(u"saveTemplateButton"_s);
    button(QWizard::CustomButton3)->setToolTip(
        tr("Save this order, without its name and tenant, as a YAML template"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::CustomButton3,
                     QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    setPage(TenantPage, m_tenantPage);
    setPage(VersionPage, m_versionPage);
    setPage(SizePage, m_sizePage);
    setPage(OptionsPage, m_optionsPage);
    setPage(ReviewPage, m_reviewPage);
    setPage(SubmitPage, m_submitPage);
    setStartId(TenantPage);
    keepWizardTabOrder(this);
    resize(820, 640);

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            reviewNow();
        else if (which == QWizard::CustomButton2)
            chooseTemplateToOpen();
        else if (which == QWizard::CustomButton3)
            chooseTemplateToSave();
    });
    connect(this, &QWizard::currentIdChanged, this, [this] {
        m_skipToReview = false;
        updateReviewButton();
    });
    connect(this, &OrderWizard::loadingChanged, this, [this] {
        m_tenantPage->refresh();
        updateReviewButton();
    });
    checkTenants(tenants, preferredTenant);
    updateReviewButton();
}

OrderWizard::~OrderWizard() = default;

int OrderWizard::nextId() const
{
    if (m_skipToReview && currentId() < ReviewPage)
        return ReviewPage;
    return QWizard::nextId();
}

const OrderType *OrderWizard::orderType() const
{
    return m_typeIndex >= 0 && m_typeIndex < m_types.size() ? &m_types.at(m_typeIndex) : nullptr;
}

std::optional<orders::ClusterRef> OrderWizard::createdCluster() const
{
    const OrderType *type = orderType();
    if (!type || m_created.isEmpty())
        return std::nullopt;
    const QJsonObject metadata = m_created.value("metadata"_L1).toObject();
    return orders::ClusterRef{type->kind, metadata.value("namespace"_L1).toString(m_tenant),
                              metadata.value("name"_L1).toString()};
}

bool OrderWizard::hasInput() const
{
    if (currentId() == SubmitPage)
        return false; // sent: nothing is lost by closing
    return currentId() == ReviewPage || (orderType() && m_order != m_defaultOrder);
}

void OrderWizard::reject()
{
    if (!hasInput()) {
        QWizard::reject();
        return;
    }
    if (m_discardQuestion) {
        m_discardQuestion->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard Order?"),
                                tr("Discard this order? What you filled in is lost."),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"discardOrderQuestion"_s);
    QPushButton *discardButton = box->addButton(tr("&Discard Order"),
                                                QMessageBox::DestructiveRole);
    discardButton->setObjectName(u"discardOrderButton"_s);
    QPushButton *keep = box->addButton(tr("Continue &Editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"continueEditingButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, discardButton](QAbstractButton *b) {
        if (b == discardButton)
            QWizard::reject();
    });
    m_discardQuestion = box;
    box->open();
}

void OrderWizard::discard()
{
    if (m_discardQuestion)
        m_discardQuestion->close();
    QWizard::reject();
}

void OrderWizard::updateReviewButton()
{
    QAbstractButton *review = button(QWizard::CustomButton1);
    review->setVisible(currentId() < ReviewPage);
    review->setEnabled(!isLoading() && orderType() != nullptr);
    // Templates: any time before the order is sent (the review's edits are in m_order only
    // once accepted, so saving there saves what the pages hold).
    for (const auto which : {QWizard::CustomButton2, QWizard::CustomButton3}) {
        QAbstractButton *b = button(which);
        b->setVisible(currentId() < SubmitPage);
        b->setEnabled(!isLoading() && orderType() != nullptr);
    }
}

void OrderWizard::startFrom(const orders::Order &order, const QString &typeId)
{
    m_pendingStart = std::make_pair(order, typeId);
    if (!isLoading() && !m_types.isEmpty())
        applyPendingStart();
}

void OrderWizard::applyPendingStart()
{
    if (!m_pendingStart)
        return;
    const auto [order, typeId] = *std::exchange(m_pendingStart, std::nullopt);
    if (!selectOrderType(typeId)) {
        setStatusText(m_tenantPage->statusLabel(),
                      tr("%1 does not offer the class of the cluster to order like; the order "
                         "starts from the defaults.")
                          .arg(m_tenant),
                      statuscolor::error);
        return;
    }
    // The identity stays the wizard's: its tenant and a free name.
    const QString name = m_order.name;
    m_order = order;
    m_order.kind = orderType()->kind;
    m_order.tenant = m_tenant;
    m_order.name = name;
    if (m_order.clusterClass.isEmpty())
        m_order.clusterClass = orderType()->clusterClass;
    Q_EMIT orderTypeChanged();
    // The pages read the order when entered; the one on screen now reads it again.
    if (currentPage())
        currentPage()->initializePage();
}

bool OrderWizard::openTemplate(const QString &path)
{
    const auto loaded = orders::loadOrderTemplate(path, m_types);
    if (!loaded) {
        showTemplateError(loaded.error().message);
        return false;
    }
    startFrom(loaded->order, loaded->typeId);
    return true;
}

bool OrderWizard::saveTemplate(const QString &path)
{
    const OrderType *type = orderType();
    if (!type)
        return false;
    // The pages store every change into m_order as it is made.
    const auto saved = orders::saveOrderTemplate(path, m_order, *type);
    if (!saved) {
        showTemplateError(saved.error().message);
        return false;
    }
    return true;
}

void OrderWizard::showTemplateError(const QString &text)
{
    if (m_templateMessage)
        m_templateMessage->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Order Template"), text,
                                QMessageBox::Ok, this);
    box->setObjectName(u"templateMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_templateMessage = box;
    box->open();
}

void OrderWizard::chooseTemplateToOpen()
{
    auto *dialog = new QFileDialog(this, tr("Open Order Template"), {},
                                   tr("YAML files (*.yaml *.yml);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &OrderWizard::openTemplate);
    dialog->open();
}

void OrderWizard::chooseTemplateToSave()
{
    auto *dialog = new QFileDialog(this, tr("Save Order Template"), {},
                                   tr("YAML files (*.yaml *.yml);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"yaml"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &OrderWizard::saveTemplate);
    dialog->open();
}

void OrderWizard::reviewNow()
{
    if (isLoading() || !orderType() || currentId() >= ReviewPage)
        return;
    m_skipToReview = true;
    next();
    m_skipToReview = false;
}

bool OrderWizard::selectTenant(const QString &tenant)
{
    if (!m_orderable.contains(tenant))
        return false;
    if (tenant != m_tenant)
        loadTenant(tenant);
    return true;
}

bool OrderWizard::selectOrderType(const QString &id)
{
    for (int i = 0; i < m_types.size(); ++i) {
        if (m_types.at(i).id() == id) {
            setTypeIndex(i);
            m_tenantPage->refresh();
            return true;
        }
    }
    return false;
}

QList<FieldIssue> OrderWizard::issuesUnder(const QStringList &prefixes) const
{
    const OrderType *type = orderType();
    if (!type)
        return {};
    const QList<FieldIssue> all = orders::validateOrder(m_order, *type, m_taken);
    if (prefixes.isEmpty())
        return all;
    QList<FieldIssue> mine;
    for (const FieldIssue &issue : all) {
        for (const QString &prefix : prefixes) {
            if (!prefix.isEmpty() && isUnder(issue.path, prefix)) {
                mine.append(issue);
                break;
            }
        }
    }
    return mine;
}

void OrderWizard::checkTenants(const QStringList &tenants, const QString &preferred)
{
    if (!m_service || tenants.isEmpty()) {
        setStatusText(m_tenantPage->statusLabel(),
                      tr("No tenant is known yet: sign in and wait for the tenants to load."),
                      statuscolor::error);
        return;
    }
    struct State
    {
        QStringList tenants;
        QHash<QString, bool> allowed;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    state->tenants = tenants;
    state->pending = int(tenants.size());
    ++m_pending;
    setStatusText(m_tenantPage->statusLabel(), tr("Checking where you may order clusters…"));
    Q_EMIT loadingChanged();
    for (const QString &tenant : tenants) {
        m_service->canOrder(tenant, this,
                            [this, state, tenant, preferred](const Result<orders::OrderAccess> &a) {
                                state->allowed.insert(tenant, a && a->any());
                                if (a)
                                    m_access.insert(tenant, *a);
                                if (--state->pending > 0)
                                    return;
                                m_orderable.clear();
                                for (const QString &t : std::as_const(state->tenants)) {
                                    if (state->allowed.value(t))
                                        m_orderable.append(t);
                                }
                                --m_pending;
                                if (m_orderable.isEmpty()) {
                                    setStatusText(m_tenantPage->statusLabel(),
                                                  tr("You may not order clusters in any of your "
                                                     "tenants (%1).")
                                                      .arg(state->tenants.join(u", "_s)),
                                                  statuscolor::error);
                                    Q_EMIT loadingChanged();
                                    return;
                                }
                                loadTenant(m_orderable.contains(preferred) ? preferred
                                                                           : m_orderable.first());
                            });
    }
}

void OrderWizard::loadTenant(const QString &tenant)
{
    if (!m_service)
        return;
    m_tenant = tenant;
    m_types.clear();
    m_typeIndex = -1;
    m_taken.clear();
    m_quotas.clear();
    const int serial = ++m_loadSerial;
    struct State
    {
        QList<OrderType> types;
        QStringList taken;
        QList<kube::Quota> quotas;
        std::optional<Error> error;
        int pending = 3;
    };
    auto state = std::make_shared<State>();
    m_pending += 1;
    setStatusText(m_tenantPage->statusLabel(),
                  tr("Looking up what can be ordered in %1…").arg(tenant));
    Q_EMIT loadingChanged();
    const auto finish = [this, state, serial, tenant] {
        if (--state->pending > 0)
            return;
        --m_pending;
        if (serial != m_loadSerial) {
            Q_EMIT loadingChanged();
            return; // another tenant was picked meanwhile
        }
        m_taken = state->taken;
        m_quotas = state->quotas;
        m_types.clear();
        const orders::OrderAccess access = m_access.value(tenant);
        for (const OrderType &type : std::as_const(state->types)) {
            if (access.allows(type.kind))
                m_types.append(type);
        }
        if (state->error) {
            setStatusText(m_tenantPage->statusLabel(),
                          tr("Could not find out what can be ordered in %1: %2")
                              .arg(tenant, state->error->message),
                          statuscolor::error);
        } else if (m_types.isEmpty()) {
            setStatusText(m_tenantPage->statusLabel(),
                          tr("The Central API offers nothing to order in %1 (no cluster claim and "
                             "no ClusterClass).")
                              .arg(tenant),
                          statuscolor::error);
        } else {
            setStatusText(m_tenantPage->statusLabel(),
                          tr("%n order type(s) in %1.", nullptr, int(m_types.size())).arg(tenant));
            setTypeIndex(0);
        }
        Q_EMIT loadingChanged();
        if (!m_types.isEmpty())
            applyPendingStart();
    };
    m_service->orderTypes(tenant, this,
                          [state, finish](const Result<QList<OrderType>> &types) {
                              if (types)
                                  state->types = *types;
                              else
                                  state->error = types.error();
                              finish();
                          });
    m_service->takenNames(tenant, this, [state, finish](const Result<QStringList> &names) {
        if (names)
            state->taken = *names;
        finish();
    });
    // Quotas the person cannot read are no reason not to order: the server still enforces them.
    kube::readQuotas(m_service->client(), tenant, this,
                        [state, finish](const Result<QList<kube::Quota>> &quotas) {
                            if (quotas)
                                state->quotas = *quotas;
                            finish();
                        });
}

void OrderWizard::setTypeIndex(int index)
{
    if (index == m_typeIndex || index < 0 || index >= m_types.size())
        return;
    m_typeIndex = index;
    m_order = orders::defaultOrder(m_types.at(index), m_tenant, m_profile, m_taken);
    m_defaultOrder = m_order;
    Q_EMIT orderTypeChanged();
    updateReviewButton();
}

} // namespace scs::ui
