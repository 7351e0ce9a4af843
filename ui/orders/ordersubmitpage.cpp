#include "ui/orders/ordersubmitpage.h"

#include "ui/common/statusstyle.h"
#include "ui/orders/orderwizard.h"
#include "ui/orders/orderwizardhelpers.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

using namespace orderwizard;

OrderSubmitPage::OrderSubmitPage(OrderWizard &wizard)
    : m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_follow(new QCommandLinkButton(tr("Follow in Clusters View"), this))
{
    setObjectName(u"orderSubmitPage"_s);
    setTitle(tr("Submit"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    m_status->setObjectName(u"submitStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_follow->setObjectName(u"followButton"_s);
    m_follow->setDescription(tr("Watch the cluster's phases and conditions until it is ready."));
    m_follow->hide();
    m_progress->setRange(0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_follow);
    layout->addStretch(1);
    connect(m_follow, &QCommandLinkButton::clicked, this, [this] {
        if (const auto ref = m_wizard.createdCluster()) {
            Q_EMIT m_wizard.followRequested(*ref);
            m_wizard.accept();
        }
    });
}

bool OrderSubmitPage::isComplete() const
{
    return m_done; // Close is the page's only way out, after a failure too
}

void OrderSubmitPage::initializePage()
{
    m_done = false;
    m_succeeded = false;
    m_follow->hide();
    m_progress->show();
    const QJsonObject object = m_wizard.objectToSubmit();
    const QString name = object.value("metadata"_L1).toObject().value("name"_L1).toString();
    setStatusText(m_status, tr("Submitting %1 to tenant %2…").arg(name, m_wizard.tenant()));
    Q_EMIT completeChanged();
    if (!m_wizard.service())
        return;
    m_wizard.service()->submit(
        object, this, [this, name](const Result<orders::SubmitResult> &result) {
            m_done = true;
            m_progress->hide();
            if (result) {
                m_succeeded = true;
                m_wizard.m_created = result->object;
                setStatusText(m_status,
                              tr("%1 was ordered in tenant %2. The Central API is provisioning it "
                                 "now.")
                                  .arg(name, m_wizard.tenant()),
                              statuscolor::good);
                m_follow->show();
                if (const auto ref = m_wizard.createdCluster())
                    Q_EMIT m_wizard.clusterOrdered(*ref);
            } else {
                QList<FieldIssue> issues = m_wizard.service()->lastIssues();
                if (issues.isEmpty())
                    issues.append({result.error().field, result.error().message});
                m_wizard.reviewPage()->showIssues(
                    issues, tr("The Central API refused the order: %1").arg(result.error().message));
                setStatusText(m_status,
                              tr("The Central API refused the order: %1\nGo Back to correct it.")
                                  .arg(result.error().message),
                              statuscolor::error);
            }
            Q_EMIT completeChanged();
        });
}

} // namespace scs::ui
