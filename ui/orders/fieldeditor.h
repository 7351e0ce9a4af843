#pragma once

#include "orders/field.h"

#include <QJsonValue>
#include <QObject>
#include <QLabel>
#include <QString>

#include <functional>
#include <memory>

class QFormLayout;

namespace scs::ui::detail {

// One input of the form. Editors are plain objects owned by the form; their widgets belong to
// the form's widget tree.
class FieldEditor
{
public:
    explicit FieldEditor(orders::Field field)
        : m_field(std::move(field))
    {}
    virtual ~FieldEditor() = default;

    [[nodiscard]] const orders::Field &field() const { return m_field; }
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

    orders::Field m_field;
    QLabel *m_error = nullptr;
};

// The editor that suits `field` (combo box for enums, check box, spin box, list, group of
// editors for objects with properties, text otherwise); `onChange` is called with the editor
// whose value the person changed (a group passes on its children's).
[[nodiscard]] std::unique_ptr<FieldEditor>
makeEditor(const orders::Field &field, const std::function<void(FieldEditor *)> &onChange);

// Puts `editor` into `layout` as a row: label (with the "*" of required fields) and input,
// the error text under the input. Objects are a group box across both columns.
void addRow(QFormLayout *layout, FieldEditor *editor, QWidget *parent);

} // namespace scs::ui::detail
