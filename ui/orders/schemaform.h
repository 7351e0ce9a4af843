#pragma once

#include "orders/field.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

class QFormLayout;
class QLabel;

namespace scs::ui {

namespace detail {
class FieldEditor;
}

// A form generated from order fields (orders::Field, made from OpenAPI v3 schemas): enums as
// combo boxes, booleans as check boxes, integers and numbers as spin boxes, strings as line
// edits (pattern and length checked as you type), nested objects as group boxes (checkable
// when optional), lists of scalars as editable lists, anything else as JSON text. Required
// fields carry a "*", defaults are filled in, descriptions are tool tips, and problems show
// in red under the field they belong to (found by FieldIssue::path, or the nearest field
// above that path).
//
// Widget limits follow the schema's maximum, but a minimum is not enforced by the widget (the
// value may go down to 0): a value below it shows the schema's message under the field
// instead of being silently clamped, so that people learn the rule.
//
// values() holds the fields that have a value, keyed by Field::name; unset optional fields
// are left out, so that the server's or the class's default applies. GUI thread only.
class SchemaForm : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaForm(QWidget *parent = nullptr);
    ~SchemaForm() override;

    // Builds the inputs for `fields` (replacing what was there) and fills them from `values`
    // (by Field::name; absent: unset).
    void setFields(const std::vector<orders::Field> &fields, const QJsonObject &values = {});
    [[nodiscard]] const std::vector<orders::Field> &fields() const { return m_fields; }
    [[nodiscard]] bool isEmpty() const { return m_fields.empty(); }

    // Values into existing inputs (names not in the form are ignored); no valuesChanged().
    void setValues(const QJsonObject &values);
    [[nodiscard]] QJsonObject values() const;

    // Checks every field (Field::validate), shows what is wrong under the fields and returns it.
    QList<orders::FieldIssue> validate();
    // Shows `issues` found elsewhere (the whole order, the server) under the fields their paths
    // name; returns the issues that belong to no field of this form.
    QList<orders::FieldIssue> showIssues(const QList<orders::FieldIssue> &issues);
    void clearIssues();
    // Whether `path` names a field of this form or something inside one.
    [[nodiscard]] bool owns(const QString &path) const;

    // For tests and focus: the input widget of the field at `path` (a group box for objects),
    // and the error text shown under it.
    [[nodiscard]] QWidget *editorFor(const QString &path) const;
    [[nodiscard]] QString errorFor(const QString &path) const;
    // Moves the focus to the first field that shows an error; false when none does.
    bool focusFirstError();

Q_SIGNALS:
    void valuesChanged();

private:
    void rebuild();
    [[nodiscard]] detail::FieldEditor *find(const QString &path) const;

    std::vector<orders::Field> m_fields;
    std::vector<std::unique_ptr<detail::FieldEditor>> m_editors;
    QWidget *m_body = nullptr;
    QFormLayout *m_layout = nullptr;
    bool m_filling = false; // setValues() under way: no valuesChanged()
};

} // namespace scs::ui
