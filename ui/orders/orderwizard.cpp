#include "ui/orders/orderwizard.h"

#include "edit/objectyaml.h"
#include "ui/orders/schemaform.h"
#include "ui/common/editor/yamleditor.h"
#include "yaml/yaml.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QIntValidator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace scs::ui {

using orders::Field;
using orders::FieldIssue;
using orders::OrderKind;
using orders::OrderType;

namespace {

const QColor kErrorColor(0xc6, 0x28, 0x28);
const QColor kGoodColor(0x1b, 0x7f, 0x3b);

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"fieldError"_s);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, kErrorColor);
    label->setPalette(palette);
    label->hide();
    return label;
}

void setError(QLabel *label, const QStringList &messages)
{
    label->setText(messages.join(u'\n'));
    label->setVisible(!messages.isEmpty());
}

void setStatus(QLabel *label, const QString &text, const QColor &color = {})
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (color.isValid())
        palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    label->setText(text);
}

// `path` is `prefix` or lies below it ("a.b" is under "a" and "a.b", "a[1]" under "a").
bool isUnder(const QString &path, const QString &prefix)
{
    return path == prefix || path.startsWith(prefix + u'.') || path.startsWith(prefix + u'[');
}

// Flavors go on the size page: a "...flavor" option, or an object of flavors only (the
// claim's controlPlane/workers once their replicas are sized separately).
bool isFlavorOption(const Field &field)
{
    if (field.name.contains("flavor"_L1, Qt::CaseInsensitive))
        return true;
    if (field.type != Field::Type::Object || field.properties.empty())
        return false;
    return std::all_of(field.properties.begin(), field.properties.end(), [](const Field &p) {
        return p.name.contains("flavor"_L1, Qt::CaseInsensitive);
    });
}

std::vector<Field> optionsWhere(const OrderType &type, bool flavors)
{
    std::vector<Field> fields;
    for (const Field &f : type.options) {
        if (isFlavorOption(f) == flavors)
            fields.push_back(f);
    }
    return fields;
}

// The form's fields replace their keys in `values`.
void storeForm(const SchemaForm *form, QJsonObject &values)
{
    for (const Field &f : form->fields())
        values.remove(f.name);
    const QJsonObject formValues = form->values();
    for (auto it = formValues.begin(); it != formValues.end(); ++it)
        values.insert(it.key(), it.value());
}

// "cluster-1 (Central API cluster)"-like line for the type list.
QString typeTitle(const OrderType &type)
{
    if (type.kind == OrderKind::Claim)
        return OrderWizard::tr("%1 (SCS Central API claim)").arg(type.displayName);
    return OrderWizard::tr("%1 (Cluster API, class %2)").arg(type.displayName, type.clusterClass);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Tenant and type

OrderTenantPage::OrderTenantPage(OrderWizard &wizard)
    : m_wizard(wizard)
    , m_tenants(new QComboBox(this))
    , m_types(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"orderTenantPage"_s);
    setTitle(tr("Where and what"));
    setSubTitle(tr("Pick the tenant the cluster belongs to and what to order there."));
    m_tenants->setObjectName(u"tenantBox"_s);
    m_types->setObjectName(u"typeList"_s);
    m_types->setAlternatingRowColors(true);
    m_status->setObjectName(u"tenantStatus"_s);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Tenant:"), m_tenants);
    auto *typeLabel = new QLabel(tr("&Order:"), this);
    typeLabel->setBuddy(m_types);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(typeLabel);
    layout->addWidget(m_types, 1);
    layout->addWidget(m_status);

    connect(m_tenants, &QComboBox::currentTextChanged, this, [this](const QString &tenant) {
        if (!tenant.isEmpty() && tenant != m_wizard.tenant())
            m_wizard.loadTenant(tenant);
    });
    connect(m_types, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_wizard.setTypeIndex(row);
    });
}

bool OrderTenantPage::isComplete() const
{
    return !m_wizard.isLoading() && m_wizard.orderType() != nullptr;
}

void OrderTenantPage::refresh()
{
    {
        const QSignalBlocker blocker(m_tenants);
        m_tenants->clear();
        m_tenants->addItems(m_wizard.orderableTenants());
        m_tenants->setCurrentText(m_wizard.tenant());
    }
    {
        const QSignalBlocker blocker(m_types);
        m_types->clear();
        for (const OrderType &type : m_wizard.orderTypes()) {
            auto *item = new QListWidgetItem(typeTitle(type), m_types);
            item->setData(Qt::UserRole, type.id());
            QStringList tip{orders::kindDisplayName(type.kind),
                            orders::resourceName(type.kind)};
            if (!type.versions.isEmpty())
                tip.append(tr("Versions: %1").arg(type.versions.join(u", "_s)));
            item->setToolTip(tip.join(u'\n'));
        }
        const OrderType *current = m_wizard.orderType();
        for (int row = 0; current && row < m_types->count(); ++row) {
            if (m_types->item(row)->data(Qt::UserRole).toString() == current->id())
                m_types->setCurrentRow(row);
        }
    }
    Q_EMIT completeChanged();
}

// ---------------------------------------------------------------------------------------------
// Name and version

OrderVersionPage::OrderVersionPage(OrderWizard &wizard)
    : m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_nameError(errorLabel(this))
    , m_version(new QComboBox(this))
    , m_versionHint(new QLabel(this))
    , m_versionError(errorLabel(this))
{
    setObjectName(u"orderVersionPage"_s);
    setTitle(tr("Name and Kubernetes version"));
    setSubTitle(tr("The name is unique in the tenant; the versions are those the class or the "
                   "Central API offers."));
    m_name->setObjectName(u"clusterName"_s);
    m_name->setToolTip(tr("Lowercase letters, digits and '-', at most 63 characters."));
    m_version->setObjectName(u"versionBox"_s);
    // Editable so that a version can be pasted; what is not offered is refused below it.
    m_version->setEditable(true);
    m_version->setInsertPolicy(QComboBox::NoInsert);
    m_versionHint->setWordWrap(true);
    QPalette hintPalette = m_versionHint->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_versionHint->setPalette(hintPalette);

    auto *nameCell = new QVBoxLayout;
    nameCell->setSpacing(2);
    nameCell->addWidget(m_name);
    nameCell->addWidget(m_nameError);
    auto *versionCell = new QVBoxLayout;
    versionCell->setSpacing(2);
    versionCell->addWidget(m_version);
    versionCell->addWidget(m_versionError);
    versionCell->addWidget(m_versionHint);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Cluster &name *"), nameCell);
    form->addRow(tr("Kubernetes &version *"), versionCell);
    qobject_cast<QLabel *>(form->labelForField(nameCell))->setBuddy(m_name);
    qobject_cast<QLabel *>(form->labelForField(versionCell))->setBuddy(m_version);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        store();
        const OrderType *type = m_wizard.orderType();
        if (type)
            setError(m_nameError, {});
    });
    connect(m_version, &QComboBox::currentTextChanged, this, [this] {
        store();
        setError(m_versionError, {});
    });
}

QString OrderVersionPage::nameError() const
{
    return m_nameError->isVisible() || !m_nameError->isHidden() ? m_nameError->text() : QString();
}

QString OrderVersionPage::versionError() const
{
    return !m_versionError->isHidden() ? m_versionError->text() : QString();
}

void OrderVersionPage::initializePage()
{
    const OrderType *type = m_wizard.orderType();
    if (!type)
        return;
    const orders::Order &order = m_wizard.order();
    m_name->setText(order.name);
    {
        const QSignalBlocker blocker(m_version);
        m_version->clear();
        m_version->addItems(type->versions);
        m_version->setCurrentText(order.version);
    }
    m_versionHint->setText(
        type->versionsKnown
            ? tr("Offered: %1").arg(type->versions.join(u", "_s))
            : tr("The class names no versions: enter one (vMAJOR.MINOR.PATCH); the Central API "
                 "decides whether it can build it."));
    setError(m_nameError, {});
    setError(m_versionError, {});
}

void OrderVersionPage::store()
{
    m_wizard.order().name = m_name->text().trimmed();
    m_wizard.order().version = m_version->currentText().trimmed();
}

bool OrderVersionPage::validatePage()
{
    const OrderType *type = m_wizard.orderType();
    if (!type)
        return false;
    store();
    QStringList name;
    QStringList version;
    for (const FieldIssue &issue :
         m_wizard.issuesUnder({type->nameField.path, type->versionField.path})) {
        (isUnder(issue.path, type->nameField.path) ? name : version).append(issue.message);
    }
    setError(m_nameError, name);
    setError(m_versionError, version);
    if (!name.isEmpty())
        m_name->setFocus();
    else if (!version.isEmpty())
        m_version->setFocus();
    return name.isEmpty() && version.isEmpty();
}

// ---------------------------------------------------------------------------------------------
// Size

OrderSizePage::OrderSizePage(OrderWizard &wizard)
    : m_wizard(wizard)
    , m_controlPlane(new QComboBox(this))
    , m_controlPlaneError(errorLabel(this))
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
    if (capi)
        header(domainField);
    const auto &workers = m_wizard.order().workers;
    for (int i = 0; i < workers.size(); ++i) {
        const orders::WorkerPool &pool = workers.at(i);
        PoolRow row;
        const int gridRow = 1 + 2 * i;
        column = 0;
        if (capi) {
            row.name = new QLineEdit(pool.name, parent);
            row.name->setObjectName(u"poolName%1"_s.arg(i));
            m_poolsLayout->addWidget(row.name, gridRow, column++);
            row.workerClass = new QComboBox(parent);
            row.workerClass->setObjectName(u"poolClass%1"_s.arg(i));
            row.workerClass->addItems(type->workerClasses);
            if (!type->workerClasses.contains(pool.workerClass))
                row.workerClass->addItem(pool.workerClass);
            row.workerClass->setCurrentText(pool.workerClass);
            m_poolsLayout->addWidget(row.workerClass, gridRow, column++);
        }
        row.replicas = new QSpinBox(parent);
        row.replicas->setObjectName(u"poolReplicas%1"_s.arg(i));
        // Not clamped at the schema's minimum: below it the row says why (see SchemaForm).
        const int high = replicasField && replicasField->maximum ? int(*replicasField->maximum)
                                                                 : 1000;
        row.replicas->setRange(0, high);
        row.replicas->setValue(pool.replicas);
        if (replicasField)
            row.replicas->setToolTip(replicasField->description);
        m_poolsLayout->addWidget(row.replicas, gridRow, column++);
        if (capi) {
            row.failureDomain = new QLineEdit(pool.failureDomain, parent);
            row.failureDomain->setObjectName(u"poolFailureDomain%1"_s.arg(i));
            row.failureDomain->setPlaceholderText(tr("any"));
            if (domainField)
                row.failureDomain->setToolTip(domainField->description);
            m_poolsLayout->addWidget(row.failureDomain, gridRow, column++);
            row.remove = new QToolButton(parent);
            row.remove->setText(tr("Remove"));
            row.remove->setObjectName(u"removePool%1"_s.arg(i));
            row.remove->setToolTip(tr("Remove this worker pool"));
            m_poolsLayout->addWidget(row.remove, gridRow, column++);
            connect(row.remove, &QToolButton::clicked, this, [this, i] { removePool(i); });
        }
        row.error = errorLabel(parent);
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
        m_poolsLayout->setColumnStretch(3, 2);
    }
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
                    m_pools.at(i).replicas->setFocus();
                    break;
                }
            }
        }
        m_flavors->focusFirstError();
    }
    return ok;
}

// ---------------------------------------------------------------------------------------------
// Options

OrderOptionsPage::OrderOptionsPage(OrderWizard &wizard)
    : m_wizard(wizard)
    , m_form(new SchemaForm(this))
    , m_empty(new QLabel(tr("This order has no further options."), this))
    , m_oidc(new QPushButton(tr("Use the Console's &Sign-In (OIDC)"), this))
{
    setObjectName(u"orderOptionsPage"_s);
    setTitle(tr("Options"));
    setSubTitle(tr("Settings of the cluster. Fields with * are required; hover a field for its "
                   "description."));
    m_form->setObjectName(u"optionsForm"_s);
    m_oidc->setObjectName(u"oidcButton"_s);
    m_oidc->setToolTip(tr("Sets the OIDC issuer and client of the new cluster to those of "
                          "this Central API, so that the same sign-in works there."));
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 6, 0);
    contentLayout->addWidget(m_form);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_oidc);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_form, &SchemaForm::valuesChanged, this,
            [this] { storeForm(m_form, m_wizard.order().values); });
    connect(m_oidc, &QPushButton::clicked, this, [this] {
        const OrderType *type = m_wizard.orderType();
        if (!type)
            return;
        QJsonObject values = m_form->values();
        orders::prefillOidc(*type, m_wizard.profile(), values);
        m_form->setValues(values);
        storeForm(m_form, m_wizard.order().values);
    });
}

void OrderOptionsPage::initializePage()
{
    const OrderType *type = m_wizard.orderType();
    if (!type)
        return;
    const std::vector<Field> fields = optionsWhere(*type, false);
    m_form->setFields(fields, m_wizard.order().values);
    m_empty->setVisible(fields.empty());
    QJsonObject probe;
    m_oidc->setVisible(!orders::prefillOidc(*type, m_wizard.profile(), probe).isEmpty());
}

bool OrderOptionsPage::validatePage()
{
    storeForm(m_form, m_wizard.order().values);
    QList<FieldIssue> mine;
    for (const FieldIssue &issue : m_wizard.issuesUnder({})) {
        if (m_form->owns(issue.path))
            mine.append(issue);
    }
    m_form->clearIssues();
    m_form->showIssues(mine);
    m_form->focusFirstError();
    return mine.isEmpty();
}

// ---------------------------------------------------------------------------------------------
// Review

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
    m_editor->setText(edit::objectYaml(object));
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
    setStatus(m_status, headline, kErrorColor);
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
        setStatus(m_status, tr("The YAML does not parse: %1").arg(document.error().toDisplayString()),
                  kErrorColor);
        return std::nullopt;
    }
    if (!document->isObject()) {
        m_editor->clearDiagnostics();
        setStatus(m_status, tr("The YAML must be one object (a mapping)."), kErrorColor);
        return std::nullopt;
    }
    QJsonObject object = document->object();
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
    setStatus(m_status, tr("Checking with the Central API (dry run)…"));
    m_wizard.service()->dryRun(
        object, this, [this, serial](const Result<orders::SubmitResult> &result) {
            if (serial != m_dryRunSerial)
                return; // an older text's answer
            m_dryRunPending = false;
            if (result) {
                m_dryRunAccepted = true;
                setStatus(m_status, tr("✔ The Central API accepts this order (dry run)."),
                          kGoodColor);
                return;
            }
            QList<FieldIssue> issues = m_wizard.service()->lastIssues();
            if (issues.isEmpty())
                issues.append({result.error().field, result.error().message});
            showIssues(issues, tr("The Central API refuses this order (dry run): %1")
                                   .arg(result.error().message));
        });
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

// ---------------------------------------------------------------------------------------------
// Submit

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
    return m_done && m_succeeded;
}

void OrderSubmitPage::initializePage()
{
    m_done = false;
    m_succeeded = false;
    m_follow->hide();
    m_progress->show();
    const QJsonObject object = m_wizard.objectToSubmit();
    const QString name = object.value("metadata"_L1).toObject().value("name"_L1).toString();
    setStatus(m_status, tr("Submitting %1 to tenant %2…").arg(name, m_wizard.tenant()));
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
                setStatus(m_status,
                          tr("%1 was ordered in tenant %2. The Central API is provisioning it "
                             "now.")
                              .arg(name, m_wizard.tenant()),
                          kGoodColor);
                m_follow->show();
                if (const auto ref = m_wizard.createdCluster())
                    Q_EMIT m_wizard.clusterOrdered(*ref);
            } else {
                QList<FieldIssue> issues = m_wizard.service()->lastIssues();
                if (issues.isEmpty())
                    issues.append({result.error().field, result.error().message});
                m_wizard.reviewPage()->showIssues(
                    issues, tr("The Central API refused the order: %1").arg(result.error().message));
                setStatus(m_status,
                          tr("The Central API refused the order: %1\nGo Back to correct it.")
                              .arg(result.error().message),
                          kErrorColor);
            }
            Q_EMIT completeChanged();
        });
}

// ---------------------------------------------------------------------------------------------
// The wizard

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
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1
               | QWizard::DisabledBackButtonOnLastPage);
    setButtonText(QWizard::CustomButton1, tr("&Review Order"));
    button(QWizard::CustomButton1)->setToolTip(
        tr("Go straight to the review with what is filled in now"));
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    setPage(TenantPage, m_tenantPage);
    setPage(VersionPage, m_versionPage);
    setPage(SizePage, m_sizePage);
    setPage(OptionsPage, m_optionsPage);
    setPage(ReviewPage, m_reviewPage);
    setPage(SubmitPage, m_submitPage);
    setStartId(TenantPage);
    resize(820, 640);

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            reviewNow();
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

void OrderWizard::updateReviewButton()
{
    QAbstractButton *review = button(QWizard::CustomButton1);
    review->setVisible(currentId() < ReviewPage);
    review->setEnabled(!isLoading() && orderType() != nullptr);
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
        setStatus(m_tenantPage->statusLabel(),
                  tr("No tenant is known yet: sign in and wait for the tenants to load."),
                  kErrorColor);
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
    setStatus(m_tenantPage->statusLabel(), tr("Checking where you may order clusters…"));
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
                                    setStatus(m_tenantPage->statusLabel(),
                                              tr("You may not order clusters in any of your "
                                                 "tenants (%1).")
                                                  .arg(state->tenants.join(u", "_s)),
                                              kErrorColor);
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
    const int serial = ++m_loadSerial;
    struct State
    {
        QList<OrderType> types;
        QStringList taken;
        std::optional<Error> error;
        int pending = 2;
    };
    auto state = std::make_shared<State>();
    m_pending += 1;
    setStatus(m_tenantPage->statusLabel(),
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
        m_types.clear();
        const orders::OrderAccess access = m_access.value(tenant);
        for (const OrderType &type : std::as_const(state->types)) {
            if (access.allows(type.kind))
                m_types.append(type);
        }
        if (state->error) {
            setStatus(m_tenantPage->statusLabel(),
                      tr("Could not find out what can be ordered in %1: %2")
                          .arg(tenant, state->error->message),
                      kErrorColor);
        } else if (m_types.isEmpty()) {
            setStatus(m_tenantPage->statusLabel(),
                      tr("The Central API offers nothing to order in %1 (no cluster claim and "
                         "no ClusterClass).")
                          .arg(tenant),
                      kErrorColor);
        } else {
            setStatus(m_tenantPage->statusLabel(),
                      tr("%n order type(s) in %1.", nullptr, int(m_types.size())).arg(tenant));
            setTypeIndex(0);
        }
        Q_EMIT loadingChanged();
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
}

void OrderWizard::setTypeIndex(int index)
{
    if (index == m_typeIndex || index < 0 || index >= m_types.size())
        return;
    m_typeIndex = index;
    m_order = orders::defaultOrder(m_types.at(index), m_tenant, m_profile, m_taken);
    Q_EMIT orderTypeChanged();
    updateReviewButton();
}

} // namespace scs::ui
