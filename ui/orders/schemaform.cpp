#include "ui/orders/schemaform.h"

#include "ui/orders/fieldeditor.h"

#include <QFormLayout>
#include <QHash>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

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
