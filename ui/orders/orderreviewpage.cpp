#include "ui/orders/orderreviewpage.h"

#include "orders/quotacheck.h"
#include "ui/common/editor/yamleditor.h"
#include "ui/common/statusstyle.h"
#include "ui/orders/orderwizard.h"
#include "ui/orders/orderwizardhelpers.h"
#include "yaml/objectyaml.h"
#include "yaml/yaml.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

using namespace orderwizard;

OrderReviewPage::OrderReviewPage(OrderWizard &wizard)
    : m_wizard(wizard)
    , m_editor(new YamlEditor(this))
    , m_status(new QLabel(this))
    , m_issues(new QListWidget(this))
    , m_recheck(new QTimer(this))
{
    setObjectName(u"orderReviewPage"_s);
    setTitle(tr("Review"));
    setSubTitle(tr("This is exactly what will be submitted. You may edit it; it is checked again "
                   "as you type."));
    setButtonText(QWizard::NextButton, tr("&Submit"));
    m_editor->setObjectName(u"reviewEditor"_s);
    m_status->setObjectName(u"reviewStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues->setObjectName(u"reviewIssues"_s);
    m_issues->setAccessibleName(tr("Issues"));
    m_issues->hide();
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(500);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_status);
    bottomLayout->addWidget(m_issues, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_editor);
    split->addWidget(bottom);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_editor, &YamlEditor::textChanged, this, [this] {
        m_dryRunAccepted = false;
        m_recheck->start();
    });
    connect(m_recheck, &QTimer::timeout, this, &OrderReviewPage::onEdited);
    connect(m_issues, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(Qt::UserRole).toInt();
        if (line > 0)
            m_editor->goToLine(line, item->data(Qt::UserRole + 1).toInt());
    });
}

QString OrderReviewPage::text() const
{
    return m_editor->text();
}

void OrderReviewPage::initializePage()
{
    const OrderType *type = m_wizard.orderType();
    if (!type)
        return;
    const QJsonObject object = orders::buildObject(m_wizard.order(), *type);
    m_editor->setText(yaml::objectYaml(object));
    m_editor->setModified(false);
    m_recheck->stop();
    if (const auto checked = check())
        startDryRun(*checked);
}

void OrderReviewPage::cleanupPage()
{
    // Back to the forms: edits made here go with them, where they can be read back.
    m_recheck->stop();
    ++m_dryRunSerial;
    m_dryRunPending = false;
    const OrderType *type = m_wizard.orderType();
    if (!type || !m_editor->isModified())
        return;
    const auto document = yaml::toJsonDocument(m_editor->text().toUtf8());
    if (!document || !document->isObject())
        return;
    auto order = orders::orderFromObject(document->object(), *type);
    if (order) {
        order->tenant = m_wizard.tenant();
        if (order->clusterClass.isEmpty())
            order->clusterClass = type->clusterClass;
        m_wizard.order() = *order;
    }
}

void OrderReviewPage::showIssues(const QList<FieldIssue> &issues, const QString &headline)
{
    const QString text = m_editor->text();
    const auto document = yaml::toJsonDocument(text.toUtf8());
    const QJsonObject object = document && document->isObject() ? document->object()
                                                                 : QJsonObject();
    QList<YamlEditor::Diagnostic> diagnostics;
    m_issues->clear();
    for (const FieldIssue &issue : issues) {
        auto *item = new QListWidgetItem(issue.toString(), m_issues);
        if (issue.path.isEmpty())
            continue;
        const auto location
            = yaml::locateNearest(text.toUtf8(), orders::yamlPathOf(issue.path, object));
        if (!location)
            continue;
        item->setData(Qt::UserRole, location->line);
        item->setData(Qt::UserRole + 1, location->column);
        diagnostics.append({location->line, location->column, issue.toString(),
                            YamlEditor::Severity::Error});
    }
    m_editor->setDiagnostics(diagnostics);
    m_issues->setVisible(!issues.isEmpty());
    setStatusText(m_status, headline, statuscolor::error);
}

std::optional<QJsonObject> OrderReviewPage::check()
{
    const OrderType *type = m_wizard.orderType();
    if (!type)
        return std::nullopt;
    const QString text = m_editor->text();
    const auto document = yaml::toJsonDocument(text.toUtf8());
    if (!document) {
        m_issues->clear();
        m_issues->hide();
        m_editor->setDiagnostics({YamlEditor::diagnosticFromError(document.error())});
        setStatusText(m_status,
                      tr("The YAML does not parse: %1").arg(document.error().toDisplayString()),
                      statuscolor::error);
        return std::nullopt;
    }
    if (!document->isObject()) {
        m_editor->clearDiagnostics();
        setStatusText(m_status, tr("The YAML must be one object (a mapping)."), statuscolor::error);
        return std::nullopt;
    }
    QJsonObject object = document->object();
    // A quota the order would exceed: stopped here, first (whatever else is to fix, this order
    // cannot go through) and before the dry run, which the quota admission would refuse too.
    const QList<orders::QuotaExcess> excess
        = orders::checkOrder(m_wizard.quotas(), orders::demandOf(object));
    setQuotaStop(!excess.isEmpty());
    if (!excess.isEmpty()) {
        QList<FieldIssue> quotaIssues;
        for (const orders::QuotaExcess &e : excess)
            quotaIssues.append({QString(), e.message});
        showIssues(quotaIssues, tr("A quota of %1 does not allow this order; nothing was sent. "
                                   "Ask a platform operator to raise it, or remove a cluster "
                                   "first.")
                                    .arg(m_wizard.tenant()));
        return std::nullopt;
    }
    const QList<FieldIssue> issues
        = orders::validateObject(object, *type, m_wizard.tenant(), m_wizard.takenNames());
    if (!issues.isEmpty()) {
        showIssues(issues, tr("Fix the problems below before submitting; nothing was sent."));
        return std::nullopt;
    }
    m_editor->clearDiagnostics();
    m_issues->clear();
    m_issues->hide();
    QJsonObject metadata = object.value("metadata"_L1).toObject();
    if (!metadata.contains("namespace"_L1)) {
        metadata.insert(u"namespace"_s, m_wizard.tenant());
        object.insert(u"metadata"_s, metadata);
    }
    return object;
}

void OrderReviewPage::onEdited()
{
    if (const auto checked = check())
        startDryRun(*checked);
}

void OrderReviewPage::startDryRun(const QJsonObject &object)
{
    if (!m_wizard.service())
        return;
    const int serial = ++m_dryRunSerial;
    m_dryRunPending = true;
    m_dryRunAccepted = false;
    setStatusText(m_status, tr("Checking with the Central API (dry run)…"));
    m_wizard.service()->dryRun(
        object, this, [this, serial](const Result<orders::SubmitResult> &result) {
            if (serial != m_dryRunSerial)
                return; // an older text's answer
            m_dryRunPending = false;
            if (result) {
                m_dryRunAccepted = true;
                setStatusText(m_status, tr("✔ The Central API accepts this order (dry run)."),
                              statuscolor::good);
                return;
            }
            QList<FieldIssue> issues = m_wizard.service()->lastIssues();
            if (issues.isEmpty())
                issues.append({result.error().field, result.error().message});
            showIssues(issues, tr("The Central API refuses this order (dry run): %1")
                                   .arg(result.error().message));
        });
}

void OrderReviewPage::setQuotaStop(bool stop)
{
    if (stop == m_quotaStop)
        return;
    m_quotaStop = stop;
    Q_EMIT completeChanged();
}

bool OrderReviewPage::isComplete() const
{
    return !m_quotaStop && QWizardPage::isComplete();
}

bool OrderReviewPage::validatePage()
{
    m_recheck->stop();
    const auto object = check();
    if (!object)
        return false;
    m_wizard.m_toSubmit = *object;
    return true;
}

} // namespace scs::ui
