#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;

namespace scs::ui {

class YamlEditor;

// The selected object as YAML in a read-only YamlEditor (highlighting, line numbers, find,
// folding), in the editor's layout (edit::ObjectEditor::editableText: kubectl's key order);
// metadata.managedFields left out unless asked for (the check box above the text).
class YamlView : public QWidget
{
    Q_OBJECT

public:
    explicit YamlView(QWidget *parent = nullptr);

    // Shows `object`; keeps the scroll position when it is the same object (a live update).
    void setObject(const QJsonObject &object);
    void clear();
    [[nodiscard]] QString text() const;
    [[nodiscard]] YamlEditor *editor() const { return m_editor; }

private:
    void render();

    QCheckBox *m_managedFields;
    YamlEditor *m_editor;
    QJsonObject m_object;
};

} // namespace scs::ui
