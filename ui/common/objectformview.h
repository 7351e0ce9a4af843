#pragma once

#include "kube/openapi.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace scs::ui {

// The selected object's fields: sections Metadata, Spec, Status (and other top-level
// fields such as a ConfigMap's data); booleans as check marks, numbers right-aligned, arrays
// and maps as expandable rows; descriptions and enum values from the OpenAPI schema as tool
// tips when a schema is given; status.conditions as a table of its own.
//
// Read-only unless setEditable(true) (the edit flow): then the single-line scalar values
// outside status (and outside the server-owned and identifying metadata: name, namespace, uid,
// resourceVersion, ...) can be changed in the Value column (double-click or F2; booleans by
// their check box). Each change updates object() and goes out as fieldEdited(); the owner keeps
// the YAML text in step. Field errors (a server's 422) mark the rows they name.
class ObjectFormView : public QWidget
{
    Q_OBJECT

public:
    // Item data of the fields tree (column 0).
    enum Role {
        PathRole = Qt::UserRole + 1, // QStringList: keys, sequence indices as decimal text
        FieldErrorRole, // QString: the error message set by setFieldErrors()
    };

    struct FieldMark
    {
        QStringList path; // as PathRole
        QString message;
    };

    explicit ObjectFormView(QWidget *parent = nullptr);

    [[nodiscard]] const QJsonObject &object() const { return m_object; }
    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const { return m_editable; }
    // Marks each path's row (or, when the row is not there, its nearest shown parent) as wrong:
    // red, the message in the tool tip, expanded into view. They stay over setObject() until
    // cleared.
    void setFieldErrors(const QList<FieldMark> &errors);
    void clearFieldErrors();
    // The row that shows `path`; nullptr when there is none.
    [[nodiscard]] QTreeWidgetItem *itemForPath(const QStringList &path) const;
    // Changes the value at `path` as if the user had edited its row (the row must be editable);
    // false when it is not. For tests and keyboard-free automation.
    bool editField(const QStringList &path, const QString &text);

    void setObject(const QJsonObject &object);
    // The kind's schema (may come later than the object, or never).
    void setSchema(const std::optional<kube::OpenApiSchema> &schema);
    void clear();

    [[nodiscard]] QTreeWidget *fields() const { return m_fields; }
    [[nodiscard]] QTableWidget *conditions() const { return m_conditions; }

Q_SIGNALS:
    // The user changed the value at `path` (see PathRole) to `value`.
    void fieldEdited(const QStringList &path, const QJsonValue &value);

private:
    void render();
    void addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value,
                  const QStringList &path, bool schemaPath, const QStringList &dataPath);
    [[nodiscard]] QString descriptionOf(const QStringList &path) const;
    [[nodiscard]] QString schemaTypeOf(const QStringList &path, bool arrayItem) const;
    void onItemChanged(QTreeWidgetItem *item, int column);
    void applyFieldErrors();

    QLabel *m_title;
    QTreeWidget *m_fields;
    QLabel *m_conditionsLabel;
    QTableWidget *m_conditions;
    QJsonObject m_object;
    std::optional<kube::OpenApiSchema> m_schema;
    QList<FieldMark> m_fieldErrors;
    bool m_editable = false;
    bool m_rendering = false; // item changes made by render() are no user edits
};

} // namespace scs::ui
