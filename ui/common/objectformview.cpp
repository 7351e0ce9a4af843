#include "ui/common/objectformview.h"

#include "common/timestamps.h"
#include "edit/jsonpath.h"
#include "ui/common/statusstyle.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scs::ui {

namespace {

QColor conditionColor(const QString &type, const QString &status)
{
    // Most conditions are good when True; a few (Stalled, Degraded, ...) the other way round.
    static const QStringList negative{QStringLiteral("Stalled"), QStringLiteral("Degraded"),
                                      QStringLiteral("Failed"), QStringLiteral("Paused")};
    const bool good = negative.contains(type) ? status == QLatin1String("False")
                                              : status == QLatin1String("True");
    if (status == QLatin1String("Unknown"))
        return statuscolor::progressing;
    return good ? statuscolor::good : statuscolor::error;
}

// Private item data next to the public roles.
constexpr int JsonTypeRole = Qt::UserRole + 20; // int(QJsonValue::Type) of the shown value
constexpr int SchemaTypeRole = Qt::UserRole + 21; // "integer", "string", ... or ""
constexpr int EditableRole = Qt::UserRole + 22; // bool: a scalar the user may change
constexpr int DescriptionRole = Qt::UserRole + 23; // the schema's tool tip, without errors

// Only the Value column is ever edited.
class ValueColumnDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != 1 || !index.siblingAtColumn(0).data(EditableRole).toBool())
            return nullptr;
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
};

// Fields the server owns or that name the object: editing them is not editing the object.
bool isFixedMetadata(const QString &key)
{
    static const QStringList fixed{
        QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("uid"),
        QStringLiteral("resourceVersion"), QStringLiteral("creationTimestamp"),
        QStringLiteral("generation"), QStringLiteral("selfLink"),
        QStringLiteral("deletionTimestamp"), QStringLiteral("deletionGracePeriodSeconds"),
        QStringLiteral("managedFields"), QStringLiteral("ownerReferences")};
    return fixed.contains(key);
}

} // namespace

ObjectFormView::ObjectFormView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_fields(new QTreeWidget(this))
    , m_conditionsLabel(new QLabel(tr("Conditions"), this))
    , m_conditions(new QTableWidget(this))
{
    setObjectName(QStringLiteral("objectForm"));
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_fields->setObjectName(QStringLiteral("formFields"));
    m_fields->setAccessibleName(tr("Fields"));
    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setAlternatingRowColors(true);
    m_fields->setUniformRowHeights(true);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_fields->header()->resizeSection(0, 260);
    m_fields->header()->setStretchLastSection(true);
    m_fields->setItemDelegate(new ValueColumnDelegate(m_fields));
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_fields, &QTreeWidget::itemChanged, this, &ObjectFormView::onItemChanged);

    QFont bold = m_conditionsLabel->font();
    bold.setBold(true);
    m_conditionsLabel->setFont(bold);
    m_conditions->setObjectName(QStringLiteral("formConditions"));
    m_conditions->setAccessibleName(tr("Conditions"));
    m_conditions->setColumnCount(5);
    m_conditions->setHorizontalHeaderLabels(
        {tr("Type"), tr("Status"), tr("Reason"), tr("Message"), tr("Last Transition")});
    m_conditions->verticalHeader()->hide();
    m_conditions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conditions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conditions->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *conditionsBox = new QWidget(this);
    auto *conditionsLayout = new QVBoxLayout(conditionsBox);
    conditionsLayout->setContentsMargins(0, 0, 0, 0);
    conditionsLayout->addWidget(m_conditionsLabel);
    conditionsLayout->addWidget(m_conditions, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_fields);
    split->addWidget(conditionsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
}

void ObjectFormView::setObject(const QJsonObject &object)
{
    m_object = object;
    render();
}

void ObjectFormView::setSchema(const std::optional<kube::OpenApiSchema> &schema)
{
    m_schema = schema;
    render();
}

void ObjectFormView::clear()
{
    m_object = {};
    m_schema.reset();
    render();
}

QString ObjectFormView::descriptionOf(const QStringList &path) const
{
    if (!m_schema)
        return {};
    const QJsonObject s = path.isEmpty() ? m_schema->schema : m_schema->property(path);
    QString text = s.value(QLatin1String("description")).toString();
    const QJsonArray values = s.value(QLatin1String("enum")).toArray();
    if (!values.isEmpty()) {
        QStringList names;
        for (const QJsonValue &v : values)
            names.append(v.toVariant().toString());
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n"))
            + tr("Allowed: %1").arg(names.join(QStringLiteral(", ")));
    }
    return text;
}

QString ObjectFormView::schemaTypeOf(const QStringList &path, bool arrayItem) const
{
    if (!m_schema)
        return {};
    QJsonObject s = m_schema->property(path);
    if (arrayItem)
        s = m_schema->resolve(s.value(QLatin1String("items")).toObject());
    return s.value(QLatin1String("type")).toString();
}

void ObjectFormView::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    m_fields->setEditTriggers(editable ? QAbstractItemView::DoubleClicked
                                      | QAbstractItemView::EditKeyPressed
                                      | QAbstractItemView::SelectedClicked
                                : QAbstractItemView::NoEditTriggers);
    render();
}

void ObjectFormView::addValue(QTreeWidgetItem *parent, const QString &key,
                              const QJsonValue &value, const QStringList &path, bool schemaPath,
                              const QStringList &dataPath)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    item->setData(0, PathRole, dataPath);
    item->setData(0, JsonTypeRole, int(value.type()));
    const bool arrayItem = !schemaPath;
    item->setData(0, SchemaTypeRole, schemaTypeOf(path, arrayItem));
    if (schemaPath) {
        const QString description = descriptionOf(path);
        if (!description.isEmpty()) {
            item->setToolTip(0, description);
            item->setToolTip(1, description);
            item->setData(0, DescriptionRole, description);
        }
    }
    // Editable: single-line scalars outside status and the fixed metadata.
    const bool scalar = !value.isArray() && !value.isObject();
    const QString top = dataPath.value(0);
    const bool editable = m_editable && scalar && top != QLatin1String("status")
        && !(top == QLatin1String("metadata") && isFixedMetadata(dataPath.value(1)))
        && !value.toString().contains(QLatin1Char('\n'));
    item->setData(0, EditableRole, editable);
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (editable)
        flags |= value.isBool() ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    item->setFlags(flags);
    switch (value.type()) {
    case QJsonValue::Bool:
        item->setCheckState(1, value.toBool() ? Qt::Checked : Qt::Unchecked);
        item->setText(1, value.toBool() ? tr("true") : tr("false"));
        break;
    case QJsonValue::Double:
        item->setText(1, QLocale::c().toString(value.toDouble(), 'g', 15));
        break;
    case QJsonValue::String:
        // Read-only times (creationTimestamp, lastTransitionTime, managedFields' time) in the
        // one style of every view; the API's own text stays in the tool tip.
        if (const QDateTime when = parseApiTimestamp(value.toString());
            !editable && when.isValid()) {
            item->setText(1, displayTimestamp(when));
            item->setToolTip(1, value.toString());
        } else {
            item->setText(1, value.toString());
        }
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        item->setText(1, tr("%n item(s)", nullptr, int(array.size())));
        item->setForeground(1, palette().placeholderText());
        for (int i = 0; i < array.size(); ++i) {
            addValue(item, QStringLiteral("[%1]").arg(i), array.at(i), path, false,
                     dataPath + QStringList{QString::number(i)});
        }
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        item->setText(1, tr("%n field(s)", nullptr, int(object.size())));
        item->setForeground(1, palette().placeholderText());
        for (auto it = object.begin(); it != object.end(); ++it) {
            addValue(item, it.key(), it.value(), path + QStringList{it.key()}, schemaPath,
                     dataPath + QStringList{it.key()});
        }
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        item->setText(1, tr("(none)"));
        break;
    }
}

void ObjectFormView::render()
{
    const QSignalBlocker noEdits(m_fields); // itemChanged from building the rows
    m_rendering = true;
    const auto done = qScopeGuard([this] { m_rendering = false; });
    m_fields->clear();
    m_conditions->setRowCount(0);
    if (m_object.isEmpty()) {
        m_title->clear();
        m_conditionsLabel->hide();
        m_conditions->hide();
        return;
    }
    const QJsonObject metadata = m_object.value(QLatin1String("metadata")).toObject();
    m_title->setText(tr("%1 %2").arg(m_object.value(QLatin1String("kind")).toString(),
                                     metadata.value(QLatin1String("name")).toString()));
    m_title->setToolTip(descriptionOf({}));

    QFont sectionFont = m_fields->font();
    sectionFont.setBold(true);
    const auto section = [&](const QString &title, const QString &field) {
        auto *item = new QTreeWidgetItem(m_fields, {title});
        item->setFont(0, sectionFont);
        item->setFirstColumnSpanned(true);
        item->setData(0, PathRole, QStringList{field});
        const QString description = descriptionOf({field});
        if (!description.isEmpty())
            item->setToolTip(0, description);
        return item;
    };

    QTreeWidgetItem *meta = section(tr("Metadata"), QStringLiteral("metadata"));
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key() == QLatin1String("managedFields"))
            continue;
        addValue(meta, it.key(), it.value(), {QStringLiteral("metadata"), it.key()}, true,
                 {QStringLiteral("metadata"), it.key()});
    }
    m_fields->expandItem(meta);

    const QStringList skip{QStringLiteral("apiVersion"), QStringLiteral("kind"),
                           QStringLiteral("metadata"), QStringLiteral("status")};
    QStringList keys;
    if (m_object.contains(QLatin1String("spec")))
        keys.append(QStringLiteral("spec"));
    for (const QString &k : m_object.keys()) {
        if (!skip.contains(k) && !keys.contains(k))
            keys.append(k);
    }
    for (const QString &k : std::as_const(keys)) {
        const QString title = k == QLatin1String("spec") ? tr("Spec") : k;
        QTreeWidgetItem *s = section(title, k);
        const QJsonValue v = m_object.value(k);
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                addValue(s, it.key(), it.value(), {k, it.key()}, true, {k, it.key()});
        } else {
            addValue(s, k, v, {k}, true, {k});
        }
        m_fields->expandItem(s);
    }

    const QJsonObject status = m_object.value(QLatin1String("status")).toObject();
    if (m_object.contains(QLatin1String("status"))) {
        QTreeWidgetItem *s = section(tr("Status"), QStringLiteral("status"));
        for (auto it = status.begin(); it != status.end(); ++it) {
            if (it.key() == QLatin1String("conditions"))
                continue; // the table below
            addValue(s, it.key(), it.value(), {QStringLiteral("status"), it.key()}, true,
                     {QStringLiteral("status"), it.key()});
        }
        m_fields->expandItem(s);
    }
    // One level deeper open as well: spec.topology, status.atProvider and the like.
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_fields->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->childCount() <= 8)
                m_fields->expandItem(top->child(j));
        }
    }

    const QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    m_conditionsLabel->setVisible(!conditions.isEmpty());
    m_conditions->setVisible(!conditions.isEmpty());
    m_conditions->setRowCount(int(conditions.size()));
    const QLocale locale;
    for (int row = 0; row < conditions.size(); ++row) {
        const QJsonObject c = conditions.at(row).toObject();
        const QString type = c.value(QLatin1String("type")).toString();
        const QString st = c.value(QLatin1String("status")).toString();
        const QDateTime when
            = parseApiTimestamp(c.value(QLatin1String("lastTransitionTime")).toString());
        const QStringList cells{type, st, c.value(QLatin1String("reason")).toString(),
                                c.value(QLatin1String("message")).toString(),
                                displayTimestamp(when, locale)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            if (column == 1) {
                cell->setForeground(
                    readableOn(conditionColor(type, st), palette().color(QPalette::Base)));
                QFont f = cell->font();
                f.setBold(true);
                cell->setFont(f);
            }
            m_conditions->setItem(row, column, cell);
        }
    }
    m_conditions->resizeColumnsToContents();
    m_conditions->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    applyFieldErrors();
}

QTreeWidgetItem *ObjectFormView::itemForPath(const QStringList &path) const
{
    // A field row wins over a section header of the same path (a top-level scalar has both).
    QTreeWidgetItem *section = nullptr;
    QList<QTreeWidgetItem *> pending;
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i)
        pending.append(m_fields->topLevelItem(i));
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeFirst();
        const QStringList itemPath = item->data(0, PathRole).toStringList();
        if (itemPath == path) {
            if (item->parent())
                return item;
            section = item;
        }
        if (itemPath.size() <= path.size() && path.mid(0, itemPath.size()) == itemPath) {
            for (int c = 0; c < item->childCount(); ++c)
                pending.append(item->child(c));
        }
    }
    return section;
}

void ObjectFormView::setFieldErrors(const QList<FieldMark> &errors)
{
    m_fieldErrors = errors;
    render();
    for (const FieldMark &mark : errors) {
        QStringList path = mark.path;
        while (!path.isEmpty() && !itemForPath(path))
            path.removeLast();
        if (QTreeWidgetItem *item = path.isEmpty() ? nullptr : itemForPath(path)) {
            m_fields->scrollToItem(item);
            break;
        }
    }
}

void ObjectFormView::clearFieldErrors()
{
    if (m_fieldErrors.isEmpty())
        return;
    m_fieldErrors.clear();
    render();
}

void ObjectFormView::applyFieldErrors()
{
    const QSignalBlocker noEdits(m_fields);
    const QColor background(0xfd, 0xde, 0xdb);
    const QColor foreground(0xa8, 0x1d, 0x1d);
    for (const FieldMark &mark : std::as_const(m_fieldErrors)) {
        QStringList path = mark.path;
        QTreeWidgetItem *item = nullptr;
        while (!path.isEmpty() && !(item = itemForPath(path)))
            path.removeLast();
        if (!item)
            continue;
        QString message = item->data(0, FieldErrorRole).toString();
        message += (message.isEmpty() ? QString() : QStringLiteral("\n")) + mark.message;
        item->setData(0, FieldErrorRole, message);
        const QString description = item->data(0, DescriptionRole).toString();
        const QString tip = description.isEmpty()
            ? message
            : message + QStringLiteral("\n\n") + description;
        for (int column = 0; column < 2; ++column) {
            item->setBackground(column, background);
            item->setForeground(column, foreground);
            item->setToolTip(column, tip);
        }
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (QTreeWidgetItem *p = item->parent(); p; p = p->parent())
            m_fields->expandItem(p);
    }
}

void ObjectFormView::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_rendering || column != 1 || !item->data(0, EditableRole).toBool())
        return;
    const QStringList path = item->data(0, PathRole).toStringList();
    const auto oldType = QJsonValue::Type(item->data(0, JsonTypeRole).toInt());
    const QString schemaType = item->data(0, SchemaTypeRole).toString();
    QJsonValue value;
    if (oldType == QJsonValue::Bool || schemaType == QLatin1String("boolean")) {
        if (oldType == QJsonValue::Bool) {
            const bool on = item->checkState(1) == Qt::Checked;
            value = on;
            const QSignalBlocker blocker(m_fields);
            item->setText(1, on ? tr("true") : tr("false"));
        } else {
            const QString text = item->text(1).trimmed();
            value = text == QLatin1String("true")
                ? QJsonValue(true)
                : text == QLatin1String("false") ? QJsonValue(false) : QJsonValue(text);
        }
    } else {
        const QString text = item->text(1);
        const bool numeric = schemaType == QLatin1String("integer")
            || schemaType == QLatin1String("number")
            || (schemaType.isEmpty() && oldType == QJsonValue::Double);
        bool ok = false;
        const double number = QLocale::c().toDouble(text.trimmed(), &ok);
        // Text that is no number stays text: the server's validation then names the field.
        value = numeric && ok ? QJsonValue(number) : QJsonValue(text);
    }
    m_object = edit::withValueAt(m_object, path, value).toObject();
    item->setData(0, JsonTypeRole, int(value.type()));
    Q_EMIT fieldEdited(path, value);
}

bool ObjectFormView::editField(const QStringList &path, const QString &text)
{
    QTreeWidgetItem *item = itemForPath(path);
    if (!item || !item->data(0, EditableRole).toBool())
        return false;
    if (QJsonValue::Type(item->data(0, JsonTypeRole).toInt()) == QJsonValue::Bool)
        item->setCheckState(1, text == QLatin1String("true") ? Qt::Checked : Qt::Unchecked);
    else
        item->setText(1, text);
    return true;
}

} // namespace scs::ui
