#include "ui/orders/fieldeditor.h"

#include "ui/common/statusstyle.h"
#include "ui/orders/schemaform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace scs::ui::detail {

using orders::Field;

namespace {

QString labelText(const Field &field)
{
    return field.required ? SchemaForm::tr("%1 *").arg(field.title) : field.title;
}

QString toolTipOf(const Field &field)
{
    QStringList lines;
    if (!field.description.isEmpty())
        lines.append(field.description);
    if (!field.defaultValue.isUndefined() && !field.defaultValue.isObject())
        lines.append(SchemaForm::tr("Default: %1").arg(orders::valueText(field.defaultValue)));
    if (!field.pattern.isEmpty())
        lines.append(SchemaForm::tr("Pattern: %1").arg(field.pattern));
    if (field.minimum || field.maximum) {
        lines.append(SchemaForm::tr("Range: %1 to %2")
                         .arg(field.minimum ? orders::valueText(*field.minimum) : u"…"_s,
                              field.maximum ? orders::valueText(*field.maximum) : u"…"_s));
    }
    if (field.required)
        lines.append(SchemaForm::tr("Required"));
    return lines.join(u'\n');
}

class ComboEditor : public FieldEditor
{
public:
    explicit ComboEditor(const Field &field)
        : FieldEditor(field)
        , m_combo(new QComboBox)
    {
        if (!field.required && field.defaultValue.isUndefined())
            m_combo->addItem(SchemaForm::tr("(not set)"), QVariant());
        for (const QJsonValue &v : field.enumValues)
            m_combo->addItem(orders::valueText(v), v.toVariant());
        QObject::connect(m_combo, &QComboBox::currentIndexChanged, &m_context,
                         [this] { notify(); });
    }
    QWidget *widget() const override { return m_combo; }
    QJsonValue value() const override
    {
        const int i = m_combo->currentIndex();
        const int offset = m_combo->count() > m_field.enumValues.size() ? 1 : 0;
        if (i < offset)
            return QJsonValue(QJsonValue::Undefined);
        return m_field.enumValues.at(i - offset);
    }
    void setValue(const QJsonValue &value) override
    {
        const int offset = m_combo->count() > m_field.enumValues.size() ? 1 : 0;
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_field.enumValues.size(); ++i) {
            if (m_field.enumValues.at(i) == value)
                at = i;
        }
        if (at >= 0)
            m_combo->setCurrentIndex(int(at) + offset);
        else if (value.isUndefined() && offset)
            m_combo->setCurrentIndex(0);
        else if (!value.isUndefined()) {
            // Not offered (an edited YAML, an older object): show it, validation says why.
            m_combo->addItem(orders::valueText(value), value.toVariant());
            m_field.enumValues.append(value);
            m_combo->setCurrentIndex(m_combo->count() - 1);
        }
    }

private:
    QComboBox *m_combo;
};

class TextEditor : public FieldEditor
{
public:
    explicit TextEditor(const Field &field)
        : FieldEditor(field)
        , m_edit(new QLineEdit)
    {
        if (!field.example.isUndefined())
            m_edit->setPlaceholderText(
                SchemaForm::tr("e.g. %1").arg(orders::valueText(field.example)));
        else if (field.type == Field::Type::Any || field.type == Field::Type::Array
                 || field.type == Field::Type::Object)
            m_edit->setPlaceholderText(SchemaForm::tr("JSON"));
        if (field.maxLength)
            m_edit->setMaxLength(int(qMin<qint64>(*field.maxLength + 1, INT_MAX)));
        m_edit->setClearButtonEnabled(true);
        QObject::connect(m_edit, &QLineEdit::textEdited, &m_context, [this] { notify(); });
    }
    QWidget *widget() const override { return m_edit; }
    QJsonValue value() const override
    {
        const QString text = m_edit->text();
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        if (m_field.type == Field::Type::String)
            return text;
        if (m_field.type == Field::Type::Any || m_field.type == Field::Type::Array
            || m_field.type == Field::Type::Object) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8(), &error);
            if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
                return doc.array().at(0);
            return text;
        }
        return orders::valueFromText(m_field.type, text);
    }
    void setValue(const QJsonValue &value) override { m_edit->setText(orders::valueText(value)); }

private:
    QLineEdit *m_edit;
};

// Integers get a QSpinBox, numbers a QDoubleSpinBox (three decimals); otherwise alike. The
// widget stops at the schema's maximum but not at its minimum (see the class comment of
// SchemaForm): below it the field says why. An optional field without a default has a
// "(not set)" value just below the range.
template<typename Spin>
class NumberEditor : public FieldEditor
{
    using Value = std::remove_cvref_t<decltype(std::declval<Spin>().value())>;
    static constexpr bool kWhole = std::is_integral_v<Value>;

public:
    explicit NumberEditor(const Field &field)
        : FieldEditor(field)
        , m_spin(new Spin)
    {
        const Value limit = kWhole ? Value(1'000'000'000) : Value(1e12);
        const Value low = field.minimum ? qMin(Value(*field.minimum), Value(0)) : -limit;
        const Value high = field.maximum ? Value(*field.maximum) : limit;
        m_optional = !field.required && field.defaultValue.isUndefined();
        if constexpr (!kWhole)
            m_spin->setDecimals(3);
        m_spin->setRange(m_optional ? low - 1 : low, high);
        if (m_optional) {
            m_spin->setSpecialValueText(SchemaForm::tr("(not set)"));
            m_spin->setValue(m_spin->minimum());
        }
        if constexpr (kWhole)
            m_spin->setAccelerated(true);
        QObject::connect(m_spin, &Spin::valueChanged, &m_context, [this] { notify(); });
    }
    QWidget *widget() const override { return m_spin; }
    QJsonValue value() const override
    {
        if (m_optional && m_spin->value() == m_spin->minimum())
            return QJsonValue(QJsonValue::Undefined);
        return m_spin->value();
    }
    void setValue(const QJsonValue &value) override
    {
        if (value.isDouble())
            m_spin->setValue(Value(value.toDouble()));
        else if (m_optional)
            m_spin->setValue(m_spin->minimum());
    }

private:
    Spin *m_spin;
    bool m_optional = false;
};

class BoolEditor : public FieldEditor
{
public:
    explicit BoolEditor(const Field &field)
        : FieldEditor(field)
        , m_check(new QCheckBox)
    {
        QObject::connect(m_check, &QCheckBox::toggled, &m_context, [this] {
            m_set = true;
            notify();
        });
    }
    QWidget *widget() const override { return m_check; }
    QJsonValue value() const override
    {
        if (!m_set)
            return QJsonValue(QJsonValue::Undefined);
        return m_check->isChecked();
    }
    void setValue(const QJsonValue &value) override
    {
        const QSignalBlocker blocker(m_check);
        m_set = value.isBool();
        m_check->setChecked(value.toBool());
    }

private:
    QCheckBox *m_check;
    bool m_set = false;
};

// Lays out `view` (a list or table, child of `box`) with Add and Remove buttons beside it
// (object names "add<what>"/"remove<what>", what tests click) and runs `onAdd`/`onRemove` on
// their clicks while `context` lives. Shared by the list and the row editor.
template<typename Add, typename Remove>
void withAddRemove(QWidget *box, QWidget *view, const QString &what, QObject *context,
                   Add onAdd, Remove onRemove)
{
    auto *add = new QToolButton(box);
    add->setText(SchemaForm::tr("Add"));
    add->setObjectName(u"add"_s + what);
    auto *remove = new QToolButton(box);
    remove->setText(SchemaForm::tr("Remove"));
    remove->setObjectName(u"remove"_s + what);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    QObject::connect(add, &QToolButton::clicked, context, std::move(onAdd));
    QObject::connect(remove, &QToolButton::clicked, context, std::move(onRemove));
}

// A list of scalars: one editable row per item, add and remove buttons.
class ListEditor : public FieldEditor
{
public:
    explicit ListEditor(const Field &field)
        : FieldEditor(field)
        , m_box(new QWidget)
        , m_list(new QListWidget(m_box))
    {
        m_itemType = field.items.empty() ? Field::Type::String : field.items.front().type;
        m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::SelectedClicked);
        m_list->setMaximumHeight(m_list->fontMetrics().height() * 5 + 12);
        m_list->setAccessibleName(field.title);
        withAddRemove(
            m_box, m_list, u"Item"_s, &m_context,
            [this] {
                m_set = true;
                QListWidgetItem *item = addItem(QString());
                m_list->setCurrentItem(item);
                m_list->editItem(item);
                notify();
            },
            [this] {
                m_set = true;
                delete m_list->currentItem();
                notify();
            });
        QObject::connect(m_list, &QListWidget::itemChanged, &m_context, [this] {
            m_set = true;
            notify();
        });
    }
    QWidget *widget() const override { return m_box; }
    QJsonValue value() const override
    {
        if (!m_set)
            return QJsonValue(QJsonValue::Undefined);
        QJsonArray array;
        for (int i = 0; i < m_list->count(); ++i)
            array.append(orders::valueFromText(m_itemType, m_list->item(i)->text()));
        return array;
    }
    void setValue(const QJsonValue &value) override
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        m_set = value.isArray();
        for (const QJsonValue &v : value.toArray())
            addItem(orders::valueText(v));
    }
    FieldEditor *findExact(const QString &path) override
    {
        // Items ("path[2]") are shown under the list as a whole.
        return path == m_field.path || path.startsWith(m_field.path + u'[') ? this : nullptr;
    }
    [[nodiscard]] QListWidget *list() const { return m_list; }

private:
    QListWidgetItem *addItem(const QString &text)
    {
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        return item;
    }

    QWidget *m_box;
    QListWidget *m_list;
    Field::Type m_itemType = Field::Type::String;
    bool m_set = false;
};

// A list of objects (e.g. workerAdditionalBlockDevices): one table row per item, one column
// per property of the item schema; add and remove buttons. Scalar cells take what a person
// types (numbers and booleans where the property is one); nested lists or objects are JSON.
class ObjectListEditor : public FieldEditor
{
public:
    explicit ObjectListEditor(const Field &field)
        : FieldEditor(field)
        , m_box(new QWidget)
        , m_table(new QTableWidget(m_box))
    {
        const Field &item = field.items.front();
        QStringList headers;
        for (const Field &p : item.properties)
            headers.append(p.required ? p.title + u" *"_s : p.title);
        m_table->setColumnCount(int(headers.size()));
        m_table->setHorizontalHeaderLabels(headers);
        for (int c = 0; c < int(item.properties.size()); ++c) {
            const Field &p = item.properties[size_t(c)];
            QString tip = p.description;
            if (!p.defaultValue.isUndefined())
                tip += u'\n' + SchemaForm::tr("Default: %1").arg(orders::valueText(p.defaultValue));
            m_table->horizontalHeaderItem(c)->setToolTip(tip.trimmed());
        }
        m_table->verticalHeader()->hide();
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->setMaximumHeight(m_table->fontMetrics().height() * 7 + 16);
        m_table->setAccessibleName(field.title);
        withAddRemove(
            m_box, m_table, u"Row"_s, m_table,
            [this] {
                m_set = true;
                addRow(QJsonObject{});
                m_table->setCurrentCell(m_table->rowCount() - 1, 0);
                notify();
            },
            [this] {
                m_set = true;
                if (m_table->currentRow() >= 0)
                    m_table->removeRow(m_table->currentRow());
                notify();
            });
        QObject::connect(m_table, &QTableWidget::itemChanged, m_table, [this] {
            m_set = true;
            notify();
        });
    }
    QWidget *widget() const override { return m_box; }
    QJsonValue value() const override
    {
        if (!m_set)
            return QJsonValue(QJsonValue::Undefined);
        const Field &item = m_field.items.front();
        QJsonArray array;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            QJsonObject object;
            for (int c = 0; c < int(item.properties.size()); ++c) {
                const Field &p = item.properties[size_t(c)];
                const QTableWidgetItem *cell = m_table->item(r, c);
                const QString text = cell ? cell->text().trimmed() : QString();
                if (text.isEmpty())
                    continue;
                if (p.type == Field::Type::Object || p.type == Field::Type::Array) {
                    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
                    object.insert(p.name, doc.isObject() ? QJsonValue(doc.object())
                                          : doc.isArray() ? QJsonValue(doc.array())
                                                          : QJsonValue(text));
                } else {
                    object.insert(p.name, orders::valueFromText(p.type, text));
                }
            }
            array.append(object);
        }
        return array;
    }
    void setValue(const QJsonValue &value) override
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        m_set = value.isArray();
        for (const QJsonValue &v : value.toArray())
            addRow(v.toObject());
    }
    FieldEditor *findExact(const QString &path) override
    {
        return path == m_field.path || path.startsWith(m_field.path + u'[') ? this : nullptr;
    }

private:
    void addRow(const QJsonObject &object)
    {
        const QSignalBlocker blocker(m_table);
        const Field &item = m_field.items.front();
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        for (int c = 0; c < int(item.properties.size()); ++c) {
            const Field &p = item.properties[size_t(c)];
            const QJsonValue v = object.value(p.name);
            auto *cell = new QTableWidgetItem(
                v.isObject() || v.isArray()
                    ? QString::fromUtf8(QJsonDocument(v.isObject() ? QJsonDocument(v.toObject())
                                                                   : QJsonDocument(v.toArray()))
                                            .toJson(QJsonDocument::Compact))
                    : orders::valueText(v));
            m_table->setItem(r, c, cell);
        }
    }

    QWidget *m_box;
    QTableWidget *m_table;
    bool m_set = false;
};

class FieldGroupEditor : public FieldEditor
{
public:
    FieldGroupEditor(const Field &field, const std::function<void(FieldEditor *)> &onChange);

    QWidget *widget() const override { return m_group; }
    bool isGroup() const override { return true; }
    QJsonValue value() const override
    {
        if (m_group->isCheckable() && !m_group->isChecked())
            return QJsonValue(QJsonValue::Undefined);
        QJsonObject object;
        for (const auto &child : m_children) {
            const QJsonValue v = child->value();
            if (!v.isUndefined())
                object.insert(child->field().name, v);
        }
        return object;
    }
    void setValue(const QJsonValue &value) override
    {
        if (m_group->isCheckable()) {
            const QSignalBlocker blocker(m_group);
            m_group->setChecked(value.isObject());
        }
        const QJsonObject object = value.toObject();
        for (const auto &child : m_children)
            child->setValue(object.value(child->field().name));
    }
    FieldEditor *findExact(const QString &path) override
    {
        if (path == m_field.path)
            return this;
        if (!path.startsWith(m_field.path + u'.'))
            return nullptr;
        for (const auto &child : m_children) {
            if (FieldEditor *found = child->findExact(path))
                return found;
        }
        return nullptr;
    }
    void clearErrors() override
    {
        setError({});
        for (const auto &child : m_children)
            child->clearErrors();
    }
    void forEach(const std::function<void(FieldEditor *)> &fn) override
    {
        fn(this);
        for (const auto &child : m_children)
            child->forEach(fn);
    }

private:
    QGroupBox *m_group;
    std::vector<std::unique_ptr<FieldEditor>> m_children;
};

} // namespace

std::unique_ptr<FieldEditor> makeEditor(const Field &field,
                                        const std::function<void(FieldEditor *)> &onChange)
{
    std::unique_ptr<FieldEditor> editor;
    if (!field.enumValues.isEmpty()
        && (field.type == Field::Type::String || field.type == Field::Type::Integer
            || field.type == Field::Type::Number || field.type == Field::Type::Any)) {
        editor = std::make_unique<ComboEditor>(field);
    } else {
        switch (field.type) {
        case Field::Type::Boolean:
            editor = std::make_unique<BoolEditor>(field);
            break;
        case Field::Type::Integer:
            editor = std::make_unique<NumberEditor<QSpinBox>>(field);
            break;
        case Field::Type::Number:
            editor = std::make_unique<NumberEditor<QDoubleSpinBox>>(field);
            break;
        case Field::Type::Object:
            if (!field.properties.empty())
                editor = std::make_unique<FieldGroupEditor>(field, onChange);
            else
                editor = std::make_unique<TextEditor>(field); // free-form map: JSON
            break;
        case Field::Type::Array:
            if (field.items.empty() || field.items.front().type == Field::Type::String
                || field.items.front().type == Field::Type::Integer
                || field.items.front().type == Field::Type::Number)
                editor = std::make_unique<ListEditor>(field);
            else if (field.items.front().type == Field::Type::Object
                     && !field.items.front().properties.empty())
                editor = std::make_unique<ObjectListEditor>(field); // rows of objects
            else
                editor = std::make_unique<TextEditor>(field); // anything else: JSON
            break;
        case Field::Type::String:
        case Field::Type::Any:
            editor = std::make_unique<TextEditor>(field);
            break;
        }
    }
    editor->changed = onChange;
    return editor;
}

void addRow(QFormLayout *layout, FieldEditor *editor, QWidget *parent)
{
    const Field &field = editor->field();
    QWidget *input = editor->widget();
    input->setToolTip(toolTipOf(field));
    input->setObjectName(u"field:"_s + field.path);
    // The label below sits beside the cell, not among the input's siblings, so Qt would not
    // find it as the input's buddy for a screen reader: name the input itself.
    input->setAccessibleName(field.title);
    auto *cell = new QWidget(parent);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(input);
    QLabel *error = fieldErrorLabel(cell);
    cellLayout->addWidget(error);
    editor->setErrorLabel(error);
    if (editor->isGroup()) {
        layout->addRow(cell);
        return;
    }
    auto *label = new QLabel(labelText(field), parent);
    label->setToolTip(input->toolTip());
    label->setBuddy(input);
    layout->addRow(label, cell);
}

namespace {

FieldGroupEditor::FieldGroupEditor(const Field &field,
                                   const std::function<void(FieldEditor *)> &onChange)
    : FieldEditor(field)
    , m_group(new QGroupBox(labelText(field)))
{
    // An optional object can be left out as a whole (then the server's default applies).
    m_group->setCheckable(!field.required);
    m_group->setChecked(true);
    auto *layout = new QFormLayout(m_group);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const Field &property : field.properties) {
        m_children.push_back(makeEditor(property, onChange));
        addRow(layout, m_children.back().get(), m_group);
    }
    QObject::connect(m_group, &QGroupBox::toggled, &m_context, [this] { notify(); });
}

} // namespace

} // namespace scs::ui::detail
