#include "ui/schemaform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace scs::ui {

namespace detail {

using orders::Field;

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// A scalar typed as text, read as the field's type where it parses (else kept as text, so
// that validation says what is wrong instead of the value vanishing).
QJsonValue scalarFromText(Field::Type type, const QString &text)
{
    if (type == Field::Type::Integer || type == Field::Type::Number) {
        bool ok = false;
        const double d = text.trimmed().toDouble(&ok);
        if (ok)
            return d;
    } else if (type == Field::Type::Boolean) {
        if (text == "true"_L1)
            return true;
        if (text == "false"_L1)
            return false;
    }
    return text;
}

// One input of the form. Editors are plain objects owned by the form; their widgets belong to
// the form's widget tree.
class FieldEditor
{
public:
    explicit FieldEditor(Field field)
        : m_field(std::move(field))
    {}
    virtual ~FieldEditor() = default;

    [[nodiscard]] const Field &field() const { return m_field; }
    [[nodiscard]] virtual QWidget *widget() const = 0;
    [[nodiscard]] virtual QJsonValue value() const = 0; // Undefined: not set
    virtual void setValue(const QJsonValue &value) = 0;
    // Object editors span both columns with their own title.
    [[nodiscard]] virtual bool isGroup() const { return false; }

    // This editor or the one inside it that `path` names exactly; nullptr otherwise.
    [[nodiscard]] virtual FieldEditor *findExact(const QString &path)
    {
        return path == m_field.path ? this : nullptr;
    }
    virtual void clearErrors() { setError({}); }
    virtual void forEach(const std::function<void(FieldEditor *)> &fn) { fn(this); }

    void setErrorLabel(QLabel *label) { m_error = label; }
    void setError(const QString &text)
    {
        if (!m_error)
            return;
        m_error->setText(text);
        m_error->setVisible(!text.isEmpty());
        widget()->setProperty("invalid", !text.isEmpty());
    }
    [[nodiscard]] QString error() const { return m_error ? m_error->text() : QString(); }

    std::function<void(FieldEditor *)> changed;

protected:
    // The context of every connection whose lambda uses the editor: it dies with the editor,
    // which the form deletes before Qt deletes the editor's widgets (or while they wait for
    // deleteLater), so a signal the widgets emit then no longer reaches a deleted editor.
    QObject m_context;
    void notify()
    {
        if (changed)
            changed(this);
    }

    Field m_field;
    QLabel *m_error = nullptr;
};

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
            m_combo->addItem(jsonText(v), v.toVariant());
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
            m_combo->addItem(jsonText(value), value.toVariant());
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
            m_edit->setPlaceholderText(SchemaForm::tr("e.g. %1").arg(jsonText(field.example)));
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
        return scalarFromText(m_field.type, text);
    }
    void setValue(const QJsonValue &value) override { m_edit->setText(jsonText(value)); }

private:
    QLineEdit *m_edit;
};

class IntegerEditor : public FieldEditor
{
public:
    explicit IntegerEditor(const Field &field)
        : FieldEditor(field)
        , m_spin(new QSpinBox)
    {
        // The widget stops at the schema's maximum but not at its minimum (see the class
        // comment of SchemaForm): below it the field says why.
        const int low = field.minimum ? qMin(int(*field.minimum), 0) : -1'000'000'000;
        const int high = field.maximum ? int(*field.maximum) : 1'000'000'000;
        m_optional = !field.required && field.defaultValue.isUndefined();
        m_spin->setRange(m_optional ? low - 1 : low, high);
        if (m_optional) {
            m_spin->setSpecialValueText(SchemaForm::tr("(not set)"));
            m_spin->setValue(m_spin->minimum());
        }
        m_spin->setAccelerated(true);
        QObject::connect(m_spin, &QSpinBox::valueChanged, &m_context, [this] { notify(); });
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
            m_spin->setValue(int(value.toDouble()));
        else if (m_optional)
            m_spin->setValue(m_spin->minimum());
    }

private:
    QSpinBox *m_spin;
    bool m_optional = false;
};

class NumberEditor : public FieldEditor
{
public:
    explicit NumberEditor(const Field &field)
        : FieldEditor(field)
        , m_spin(new QDoubleSpinBox)
    {
        const double low = field.minimum ? qMin(*field.minimum, 0.0) : -1e12;
        const double high = field.maximum ? *field.maximum : 1e12;
        m_optional = !field.required && field.defaultValue.isUndefined();
        m_spin->setDecimals(3);
        m_spin->setRange(m_optional ? low - 1 : low, high);
        if (m_optional) {
            m_spin->setSpecialValueText(SchemaForm::tr("(not set)"));
            m_spin->setValue(m_spin->minimum());
        }
        QObject::connect(m_spin, &QDoubleSpinBox::valueChanged, &m_context, [this] { notify(); });
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
            m_spin->setValue(value.toDouble());
        else if (m_optional)
            m_spin->setValue(m_spin->minimum());
    }

private:
    QDoubleSpinBox *m_spin;
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
        auto *add = new QToolButton(m_box);
        add->setText(SchemaForm::tr("Add"));
        add->setObjectName(u"addItem"_s);
        auto *remove = new QToolButton(m_box);
        remove->setText(SchemaForm::tr("Remove"));
        remove->setObjectName(u"removeItem"_s);
        auto *buttons = new QVBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        auto *layout = new QHBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_list, 1);
        layout->addLayout(buttons);
        QObject::connect(add, &QToolButton::clicked, &m_context, [this] {
            m_set = true;
            QListWidgetItem *item = addItem(QString());
            m_list->setCurrentItem(item);
            m_list->editItem(item);
            notify();
        });
        QObject::connect(remove, &QToolButton::clicked, &m_context, [this] {
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
            array.append(scalarFromText(m_itemType, m_list->item(i)->text()));
        return array;
    }
    void setValue(const QJsonValue &value) override
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        m_set = value.isArray();
        for (const QJsonValue &v : value.toArray())
            addItem(jsonText(v));
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

class ObjectEditor : public FieldEditor
{
public:
    ObjectEditor(const Field &field, const std::function<void(FieldEditor *)> &onChange);

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
            editor = std::make_unique<IntegerEditor>(field);
            break;
        case Field::Type::Number:
            editor = std::make_unique<NumberEditor>(field);
            break;
        case Field::Type::Object:
            if (!field.properties.empty())
                editor = std::make_unique<ObjectEditor>(field, onChange);
            else
                editor = std::make_unique<TextEditor>(field); // free-form map: JSON
            break;
        case Field::Type::Array:
            if (field.items.empty() || field.items.front().type == Field::Type::String
                || field.items.front().type == Field::Type::Integer
                || field.items.front().type == Field::Type::Number)
                editor = std::make_unique<ListEditor>(field);
            else
                editor = std::make_unique<TextEditor>(field); // lists of objects: JSON
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
        lines.append(SchemaForm::tr("Default: %1").arg(jsonText(field.defaultValue)));
    if (!field.pattern.isEmpty())
        lines.append(SchemaForm::tr("Pattern: %1").arg(field.pattern));
    if (field.minimum || field.maximum) {
        lines.append(SchemaForm::tr("Range: %1 to %2")
                         .arg(field.minimum ? jsonText(*field.minimum) : u"…"_s,
                              field.maximum ? jsonText(*field.maximum) : u"…"_s));
    }
    if (field.required)
        lines.append(SchemaForm::tr("Required"));
    return lines.join(u'\n');
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"fieldError"_s);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

// Puts `editor` into `layout` as a row: label (with the "*" of required fields) and input,
// the error text under the input. Objects are a group box across both columns.
void addRow(QFormLayout *layout, FieldEditor *editor, QWidget *parent)
{
    const Field &field = editor->field();
    QWidget *input = editor->widget();
    input->setToolTip(toolTipOf(field));
    input->setObjectName(u"field:"_s + field.path);
    auto *cell = new QWidget(parent);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(input);
    QLabel *error = makeErrorLabel(cell);
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

ObjectEditor::ObjectEditor(const Field &field, const std::function<void(FieldEditor *)> &onChange)
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

} // namespace detail

using detail::FieldEditor;

SchemaForm::SchemaForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"schemaForm"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

SchemaForm::~SchemaForm() = default;

void SchemaForm::setFields(const std::vector<orders::Field> &fields, const QJsonObject &values)
{
    m_fields = fields;
    m_filling = true;
    rebuild();
    m_filling = false;
    setValues(values);
    clearIssues();
}

void SchemaForm::rebuild()
{
    m_editors.clear();
    delete m_body;
    m_body = new QWidget(this);
    m_layout = new QFormLayout(m_body);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    const auto onChange = [this](FieldEditor *editor) {
        if (m_filling)
            return; // values being put in, not edited
        // Live feedback for the field that changed; the rest waits for validate().
        const auto issues = editor->field().validate(editor->value());
        QStringList own;
        for (const auto &issue : issues) {
            if (issue.path == editor->field().path || editor->findExact(issue.path) == editor)
                own.append(issue.message);
        }
        editor->setError(own.join(u'\n'));
        Q_EMIT valuesChanged();
    };
    for (const orders::Field &field : m_fields) {
        m_editors.push_back(detail::makeEditor(field, onChange));
        detail::addRow(m_layout, m_editors.back().get(), m_body);
    }
    static_cast<QVBoxLayout *>(layout())->addWidget(m_body);
}

void SchemaForm::setValues(const QJsonObject &values)
{
    m_filling = true;
    for (const auto &editor : m_editors)
        editor->setValue(values.value(editor->field().name));
    m_filling = false;
}

QJsonObject SchemaForm::values() const
{
    QJsonObject values;
    for (const auto &editor : m_editors) {
        const QJsonValue v = editor->value();
        if (!v.isUndefined())
            values.insert(editor->field().name, v);
    }
    return values;
}

QList<orders::FieldIssue> SchemaForm::validate()
{
    QList<orders::FieldIssue> issues;
    for (const auto &editor : m_editors)
        issues += editor->field().validate(editor->value());
    clearIssues();
    showIssues(issues);
    return issues;
}

detail::FieldEditor *SchemaForm::find(const QString &path) const
{
    // The exact field, else the nearest field above the path ("a.b[2].c" -> "a.b[2]" -> "a.b").
    QString p = path;
    while (!p.isEmpty()) {
        for (const auto &editor : m_editors) {
            if (FieldEditor *found = editor->findExact(p))
                return found;
        }
        const qsizetype dot = p.lastIndexOf(u'.');
        const qsizetype bracket = p.lastIndexOf(u'[');
        const qsizetype cut = qMax(dot, bracket);
        if (cut <= 0)
            break;
        p.truncate(cut);
    }
    return nullptr;
}

QList<orders::FieldIssue> SchemaForm::showIssues(const QList<orders::FieldIssue> &issues)
{
    QList<orders::FieldIssue> rest;
    QHash<FieldEditor *, QStringList> messages;
    QList<FieldEditor *> order;
    for (const auto &issue : issues) {
        FieldEditor *editor = find(issue.path);
        if (!editor) {
            rest.append(issue);
            continue;
        }
        if (!messages.contains(editor))
            order.append(editor);
        // Below the exact field the message says which part is meant.
        QString part = issue.path.mid(editor->field().path.size());
        if (part.startsWith(u'.'))
            part.remove(0, 1);
        messages[editor].append(part.isEmpty() ? issue.message : part + u": "_s + issue.message);
    }
    for (FieldEditor *editor : order)
        editor->setError(messages.value(editor).join(u'\n'));
    return rest;
}

void SchemaForm::clearIssues()
{
    for (const auto &editor : m_editors)
        editor->clearErrors();
}

bool SchemaForm::owns(const QString &path) const
{
    return find(path) != nullptr;
}

QWidget *SchemaForm::editorFor(const QString &path) const
{
    for (const auto &editor : m_editors) {
        if (FieldEditor *found = editor->findExact(path))
            return found->widget();
    }
    return nullptr;
}

QString SchemaForm::errorFor(const QString &path) const
{
    for (const auto &editor : m_editors) {
        if (FieldEditor *found = editor->findExact(path))
            return found->error();
    }
    return {};
}

bool SchemaForm::focusFirstError()
{
    FieldEditor *first = nullptr;
    for (const auto &editor : m_editors) {
        editor->forEach([&first](FieldEditor *e) {
            if (!first && !e->error().isEmpty())
                first = e;
        });
    }
    if (!first)
        return false;
    first->widget()->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace scs::ui
