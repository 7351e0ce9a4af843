#include "ui/orders/ordersizepage.h"

#include "ui/common/wizardtaborder.h"

#include "ui/common/statusstyle.h"
#include "ui/orders/orderwizard.h"
#include "ui/orders/orderwizardhelpers.h"
#include "ui/orders/schemaform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QIntValidator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs::ui {

using namespace orderwizard;

OrderSizePage::OrderSizePage(OrderWizard &wizard)
    : m_wizard(wizard)
    , m_controlPlane(new QComboBox(this))
    , m_controlPlaneError(fieldErrorLabel(this))
    , m_poolsBox(new QGroupBox(tr("Worker pools"), this))
    , m_addPool(new QPushButton(tr("&Add Worker Pool"), this))
    , m_flavorsTitle(new QLabel(tr("Flavors"), this))
    , m_flavors(new SchemaForm(this))
{
    setObjectName(u"orderSizePage"_s);
    setTitle(tr("Size"));
    setSubTitle(tr("How many control plane nodes, which worker pools, and their flavors."));
    m_controlPlane->setObjectName(u"controlPlaneBox"_s);
    m_addPool->setObjectName(u"addPool"_s);
    m_flavors->setObjectName(u"flavorForm"_s);
    QFont bold = m_flavorsTitle->font();
    bold.setBold(true);
    m_flavorsTitle->setFont(bold);

    auto *cpCell = new QVBoxLayout;
    cpCell->setSpacing(2);
    cpCell->addWidget(m_controlPlane);
    cpCell->addWidget(m_controlPlaneError);
    auto *form = new QFormLayout;
    form->addRow(tr("&Control plane nodes *"), cpCell);
    qobject_cast<QLabel *>(form->labelForField(cpCell))->setBuddy(m_controlPlane);

    auto *poolsOuter = new QVBoxLayout(m_poolsBox);
    auto *grid = new QWidget(m_poolsBox);
    m_poolsLayout = new QGridLayout(grid);
    m_poolsLayout->setContentsMargins(0, 0, 0, 0);
    poolsOuter->addWidget(grid);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addPool);
    addRow->addStretch(1);
    poolsOuter->addLayout(addRow);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_poolsBox);
    layout->addWidget(m_flavorsTitle);
    layout->addWidget(m_flavors);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    // Not a Tab stop of its own: its fields are, and focusing one scrolls it into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_controlPlane, &QComboBox::currentTextChanged, this, [this] {
        store();
        setError(m_controlPlaneError, {});
    });
    connect(m_addPool, &QPushButton::clicked, this, [this] {
        store();
        const OrderType *type = m_wizard.orderType();
        if (!type)
            return;
        orders::WorkerPool pool;
        QStringList names;
        for (const auto &p : std::as_const(m_wizard.order().workers))
            names.append(p.name);
        for (int n = 0;; ++n) {
            pool.name = u"md-"_s + QString::number(n);
            if (!names.contains(pool.name))
                break;
        }
        pool.workerClass = type->workerClasses.value(0);
        pool.replicas = 1;
        m_wizard.order().workers.append(pool);
        rebuildPools();
        m_pools.last().name->setFocus();
    });
    connect(m_flavors, &SchemaForm::valuesChanged, this, &OrderSizePage::store);
}

QString OrderSizePage::poolError(int pool) const
{
    const QLabel *label = m_pools.at(pool).error;
    return label->isHidden() ? QString() : label->text();
}

QString OrderSizePage::controlPlaneError() const
{
    return m_controlPlaneError->isHidden() ? QString() : m_controlPlaneError->text();
}

void OrderSizePage::initializePage()
{
    const OrderType *type = m_wizard.orderType();
    if (!type)
        return;
    {
        const QSignalBlocker blocker(m_controlPlane);
        m_controlPlane->clear();
        const QJsonArray offered = type->controlPlaneReplicasField.enumValues;
        m_controlPlane->setEditable(offered.isEmpty());
        if (offered.isEmpty()) {
            m_controlPlane->setValidator(new QIntValidator(0, 99, m_controlPlane));
            m_controlPlane->addItems({u"1"_s, u"3"_s, u"5"_s});
        }
        for (const QJsonValue &v : offered)
            m_controlPlane->addItem(QString::number(v.toInt()));
        m_controlPlane->setCurrentText(QString::number(m_wizard.order().controlPlaneReplicas));
        m_controlPlane->setToolTip(type->controlPlaneReplicasField.description);
    }
    setError(m_controlPlaneError, {});
    m_addPool->setVisible(type->multiplePools);
    m_poolsBox->setTitle(type->multiplePools ? tr("Worker pools") : tr("Workers"));
    rebuildPools();
    const std::vector<Field> flavors = optionsWhere(*type, true);
    m_flavors->setFields(flavors, m_wizard.order().values);
    m_flavorsTitle->setVisible(!flavors.empty());
    restoreTabOrder();
    m_flavors->setVisible(!flavors.empty());
}

void OrderSizePage::rebuildPools()
{
    const OrderType *type = m_wizard.orderType();
    // Delete the previous rows' widgets (the layout has no "clear").
    while (QLayoutItem *item = m_poolsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pools.clear();
    if (!type)
        return;
    QWidget *parent = m_poolsLayout->parentWidget();
    const bool capi = type->multiplePools;
    const Field *nameField = type->workerPoolField.property(u"name"_s);
    const Field *classField = type->workerPoolField.property(u"class"_s);
    const Field *replicasField = type->workerPoolField.property(u"replicas"_s);
    const Field *domainField = type->workerPoolField.property(u"failureDomain"_s);
    int column = 0;
    const auto header = [&](const Field *field) {
        if (!field)
            return;
        auto *label = new QLabel(field->required ? tr("%1 *").arg(field->title) : field->title,
                                 parent);
        label->setToolTip(field->description);
        m_poolsLayout->addWidget(label, 0, column++);
    };
    if (capi) {
        header(nameField);
        header(classField);
    }
    header(replicasField);
    if (capi) {
        auto *label = new QLabel(tr("Autoscaling (min–max)"), parent);
        label->setToolTip(tr("The Cluster API autoscaler sizes the pool between the minimum "
                             "and the maximum; the node count is then left to it."));
        m_poolsLayout->addWidget(label, 0, column++);
        header(domainField);
    }
    const auto &workers = m_wizard.order().workers;
    for (int i = 0; i < workers.size(); ++i) {
        const orders::WorkerPool &pool = workers.at(i);
        PoolRow row;
        const int gridRow = 1 + 2 * i;
        column = 0;
        if (capi) {
            row.name = new QLineEdit(pool.name, parent);
            row.name->setObjectName(u"poolName%1"_s.arg(i));
            row.name->setAccessibleName(tr("Worker pool %1: name").arg(i + 1));
            m_poolsLayout->addWidget(row.name, gridRow, column++);
            row.workerClass = new QComboBox(parent);
            row.workerClass->setObjectName(u"poolClass%1"_s.arg(i));
            row.workerClass->setAccessibleName(tr("Worker pool %1: class").arg(i + 1));
            row.workerClass->addItems(type->workerClasses);
            if (!type->workerClasses.contains(pool.workerClass))
                row.workerClass->addItem(pool.workerClass);
            row.workerClass->setCurrentText(pool.workerClass);
            m_poolsLayout->addWidget(row.workerClass, gridRow, column++);
        }
        row.replicas = new QSpinBox(parent);
        row.replicas->setObjectName(u"poolReplicas%1"_s.arg(i));
        row.replicas->setAccessibleName(tr("Worker pool %1: nodes").arg(i + 1));
        // Not clamped at the schema's minimum: below it the row says why (see SchemaForm).
        const int high = replicasField && replicasField->maximum ? int(*replicasField->maximum)
                                                                 : 1000;
        row.replicas->setRange(0, high);
        row.replicas->setValue(pool.replicas);
        if (replicasField)
            row.replicas->setToolTip(replicasField->description);
        m_poolsLayout->addWidget(row.replicas, gridRow, column++);
        if (capi) {
            // One cell: [x] min – max. The bounds are not clamped to each other: a maximum
            // below the minimum is said on the row (validation), not silently moved.
            auto *cell = new QWidget(parent);
            auto *box = new QHBoxLayout(cell);
            box->setContentsMargins(0, 0, 0, 0);
            row.autoscale = new QCheckBox(cell);
            row.autoscale->setObjectName(u"poolAutoscale%1"_s.arg(i));
            row.autoscale->setToolTip(tr("Let the autoscaler size this pool"));
            row.autoscale->setAccessibleName(tr("Autoscale pool %1").arg(pool.name));
            row.autoscale->setChecked(pool.autoscaling.has_value());
            row.minSize = new QSpinBox(cell);
            row.minSize->setObjectName(u"poolMin%1"_s.arg(i));
            row.minSize->setRange(0, high);
            row.minSize->setToolTip(tr("Minimum nodes"));
            row.minSize->setAccessibleName(tr("Worker pool %1: minimum nodes").arg(i + 1));
            row.minSize->setValue(pool.autoscaling ? pool.autoscaling->minSize : pool.replicas);
            row.maxSize = new QSpinBox(cell);
            row.maxSize->setObjectName(u"poolMax%1"_s.arg(i));
            row.maxSize->setRange(0, high);
            row.maxSize->setToolTip(tr("Maximum nodes"));
            row.maxSize->setAccessibleName(tr("Worker pool %1: maximum nodes").arg(i + 1));
            row.maxSize->setValue(pool.autoscaling ? pool.autoscaling->maxSize
                                                   : qMax(pool.replicas, 1) * 3);
            box->addWidget(row.autoscale);
            box->addWidget(row.minSize);
            box->addWidget(new QLabel(u"–"_s, cell));
            box->addWidget(row.maxSize);
            m_poolsLayout->addWidget(cell, gridRow, column++);
            const auto enable = [replicas = row.replicas, min = row.minSize,
                                 max = row.maxSize](bool on) {
                replicas->setEnabled(!on);
                min->setEnabled(on);
                max->setEnabled(on);
            };
            enable(row.autoscale->isChecked());
            connect(row.autoscale, &QCheckBox::toggled, this, enable);
            row.failureDomain = new QLineEdit(pool.failureDomain, parent);
            row.failureDomain->setObjectName(u"poolFailureDomain%1"_s.arg(i));
            row.failureDomain->setAccessibleName(
                tr("Worker pool %1: failure domain").arg(i + 1));
            row.failureDomain->setPlaceholderText(tr("any"));
            if (domainField)
                row.failureDomain->setToolTip(domainField->description);
            m_poolsLayout->addWidget(row.failureDomain, gridRow, column++);
            row.remove = new QToolButton(parent);
            row.remove->setText(tr("Remove"));
            row.remove->setObjectName(u"removePool%1"_s.arg(i));
            row.remove->setAccessibleName(tr("Remove worker pool %1").arg(i + 1));
            row.remove->setToolTip(tr("Remove this worker pool"));
            m_poolsLayout->addWidget(row.remove, gridRow, column++);
            connect(row.remove, &QToolButton::clicked, this, [this, i] { removePool(i); });
        }
        row.error = fieldErrorLabel(parent);
        m_poolsLayout->addWidget(row.error, gridRow + 1, 0, 1, qMax(1, column));
        const auto changed = [this, i] {
            store();
            setError(m_pools.at(i).error, {});
        };
        if (row.name)
            connect(row.name, &QLineEdit::textEdited, this, changed);
        if (row.workerClass)
            connect(row.workerClass, &QComboBox::currentTextChanged, this, changed);
        connect(row.replicas, &QSpinBox::valueChanged, this, changed);
        if (row.autoscale) {
            connect(row.autoscale, &QCheckBox::toggled, this, changed);
            connect(row.minSize, &QSpinBox::valueChanged, this, changed);
            connect(row.maxSize, &QSpinBox::valueChanged, this, changed);
        }
        if (row.failureDomain)
            connect(row.failureDomain, &QLineEdit::textEdited, this, changed);
        m_pools.append(row);
    }
    // The rows are new children of an already visible box: QLayout::addWidget() only queues
    // their show() for the next event loop turn and the box keeps its old height until then,
    // so a page grabbed (or painted) right after "Add Worker Pool" showed an empty box. Show
    // them now; showing activates the grid so the box grows at once. Error labels stay hidden
    // until they have something to say.
    for (int i = 0; i < m_poolsLayout->count(); ++i) {
        QWidget *w = m_poolsLayout->itemAt(i)->widget();
        if (w && w->objectName() != QLatin1String("fieldError"))
            w->show();
    }
    if (capi) {
        m_poolsLayout->setColumnStretch(0, 2);
        m_poolsLayout->setColumnStretch(1, 2);
        m_poolsLayout->setColumnStretch(4, 2);
    }
    restoreTabOrder();
}

void OrderSizePage::restoreTabOrder()
{
    // Tab in reading order: pool rows and the flavor form's fields are made when the page is
    // shown or a pool added, so they would come last in the focus chain, after "Add Worker
    // Pool" and the wizard's buttons. Control plane, the rows left to right, Add, the
    // flavors, then the buttons.
    QWidget *previous = m_controlPlane;
    const auto chain = [&previous](QWidget *next) {
        setTabOrder(previous, next);
        previous = next;
    };
    for (const PoolRow &row : std::as_const(m_pools)) {
        QList<QWidget *> cells{row.name,    row.workerClass, row.replicas,      row.autoscale,
                               row.minSize, row.maxSize,     row.failureDomain, row.remove};
        cells.removeAll(nullptr);
        const auto left = [this](const QWidget *w) { return w->mapTo(m_poolsBox, QPoint()).x(); };
        std::stable_sort(cells.begin(), cells.end(),
                         [&left](const QWidget *a, const QWidget *b) { return left(a) < left(b); });
        for (QWidget *cell : std::as_const(cells))
            chain(cell);
    }
    chain(m_addPool);
    for (QWidget *field : tabStopsIn(m_flavors))
        chain(field);
    putWizardButtonsLast(&m_wizard);
}

void OrderSizePage::removePool(int pool)
{
    store();
    if (pool < 0 || pool >= m_wizard.order().workers.size())
        return;
    m_wizard.order().workers.removeAt(pool);
    rebuildPools();
}

void OrderSizePage::store()
{
    orders::Order &order = m_wizard.order();
    bool ok = false;
    const int cp = m_controlPlane->currentText().toInt(&ok);
    if (ok)
        order.controlPlaneReplicas = cp;
    for (int i = 0; i < m_pools.size() && i < order.workers.size(); ++i) {
        const PoolRow &row = m_pools.at(i);
        orders::WorkerPool &pool = order.workers[i];
        if (row.name)
            pool.name = row.name->text().trimmed();
        if (row.workerClass)
            pool.workerClass = row.workerClass->currentText();
        pool.replicas = row.replicas->value();
        if (row.autoscale) {
            pool.autoscaling = row.autoscale->isChecked()
                ? std::optional<orders::Autoscaling>(
                      orders::Autoscaling{row.minSize->value(), row.maxSize->value()})
                : std::nullopt;
        }
        if (row.failureDomain)
            pool.failureDomain = row.failureDomain->text().trimmed();
    }
    if (!m_flavors->isEmpty())
        storeForm(m_flavors, order.values);
}

bool OrderSizePage::validatePage()
{
    const OrderType *type = m_wizard.orderType();
    if (!type)
        return false;
    store();
    static const QRegularExpression poolPath(
        u"^spec\\.topology\\.workers\\.machineDeployments(?:\\[(\\d+)\\])?(?:\\.(\\w+))?"_s);
    const QString cpPath = type->controlPlaneReplicasField.path;
    const Field *replicasField = type->workerPoolField.property(u"replicas"_s);
    const QString claimReplicasPath = replicasField ? replicasField->path : QString();
    QStringList cp;
    QList<QStringList> pools(m_pools.size());
    QList<FieldIssue> flavors;
    for (const FieldIssue &issue : m_wizard.issuesUnder({})) {
        if (!cpPath.isEmpty() && issue.path == cpPath) {
            cp.append(issue.message);
            continue;
        }
        if (!type->multiplePools && !claimReplicasPath.isEmpty()
            && issue.path == claimReplicasPath) {
            if (!pools.isEmpty())
                pools[0].append(issue.message);
            continue;
        }
        const auto match = poolPath.match(issue.path);
        if (type->multiplePools && match.hasMatch()) {
            const int i = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
            const Field *f = type->workerPoolField.property(match.captured(2));
            const QString text = f ? f->title + u": "_s + issue.message : issue.message;
            if (i >= 0 && i < pools.size())
                pools[i].append(text);
            else if (!pools.isEmpty())
                pools[0].append(text);
            else
                cp.append(tr("Worker pools: %1").arg(issue.message));
            continue;
        }
        if (m_flavors->owns(issue.path))
            flavors.append(issue);
    }
    setError(m_controlPlaneError, cp);
    bool ok = cp.isEmpty() && flavors.isEmpty();
    for (int i = 0; i < m_pools.size(); ++i) {
        setError(m_pools.at(i).error, pools.at(i));
        ok = ok && pools.at(i).isEmpty();
    }
    m_flavors->clearIssues();
    m_flavors->showIssues(flavors);
    if (!ok) {
        if (!cp.isEmpty()) {
            m_controlPlane->setFocus();
        } else {
            for (int i = 0; i < m_pools.size(); ++i) {
                if (!pools.at(i).isEmpty()) {
                    const PoolRow &row = m_pools.at(i);
                    if (row.autoscale && row.autoscale->isChecked())
                        row.minSize->setFocus();
                    else
                        row.replicas->setFocus();
                    break;
                }
            }
        }
        m_flavors->focusFirstError();
    }
    return ok;
}

} // namespace scs::ui
