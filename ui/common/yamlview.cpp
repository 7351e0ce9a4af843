#include "ui/common/yamlview.h"

#include "edit/objecteditor.h"
#include "ui/common/editor/yamleditor.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace scs::ui {

YamlView::YamlView(QWidget *parent)
    : QWidget(parent)
    , m_managedFields(new QCheckBox(tr("Show managed fields"), this))
    , m_editor(new YamlEditor(this))
{
    setObjectName(QStringLiteral("yamlView"));
    m_managedFields->setObjectName(QStringLiteral("showManagedFields"));
    m_managedFields->setToolTip(
        tr("metadata.managedFields records which client set which field; usually noise"));
    // The editor's highlighting, line numbers, find bar (Ctrl+F) and folding, read-only.
    m_editor->setObjectName(QStringLiteral("yamlText"));
    m_editor->setReadOnly(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_managedFields);
    layout->addWidget(m_editor, 1);
    connect(m_managedFields, &QCheckBox::toggled, this, &YamlView::render);
}

void YamlView::setObject(const QJsonObject &object)
{
    const auto uidOf = [](const QJsonObject &o) {
        return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid"));
    };
    const bool same = !m_object.isEmpty() && uidOf(m_object) == uidOf(object);
    QScrollBar *scrollBar = m_editor->textEdit()->verticalScrollBar();
    const int scroll = scrollBar->value();
    m_object = object;
    render();
    if (same)
        scrollBar->setValue(scroll);
}

void YamlView::clear()
{
    m_object = {};
    m_editor->setText({});
}

QString YamlView::text() const
{
    return m_editor->text();
}

void YamlView::render()
{
    if (m_object.isEmpty()) {
        m_editor->setText({});
        return;
    }
    m_editor->setText(
        edit::ObjectEditor::editableText(m_object, m_managedFields->isChecked()));
}

} // namespace scs::ui
