#pragma once

#include "kube/openapi.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace scs::ui {

// The selected object's fields, read-only: sections Metadata, Spec, Status (and other top-level
// fields such as a ConfigMap's data); booleans as check marks, numbers right-aligned, arrays
// and maps as expandable rows; descriptions and enum values from the OpenAPI schema as tool
// tips when a schema is given; status.conditions as a table of its own.
class ObjectFormView : public QWidget
{
    Q_OBJECT

public:
    explicit ObjectFormView(QWidget *parent = nullptr);

    void setObject(const QJsonObject &object);
    // The kind's schema (may come later than the object, or never).
    void setSchema(const std::optional<kube::OpenApiSchema> &schema);
    void clear();

    [[nodiscard]] QTreeWidget *fields() const { return m_fields; }
    [[nodiscard]] QTableWidget *conditions() const { return m_conditions; }

private:
    void render();
    void addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value,
                  const QStringList &path, bool schemaPath);
    [[nodiscard]] QString descriptionOf(const QStringList &path) const;

    QLabel *m_title;
    QTreeWidget *m_fields;
    QLabel *m_conditionsLabel;
    QTableWidget *m_conditions;
    QJsonObject m_object;
    std::optional<kube::OpenApiSchema> m_schema;
};

} // namespace scs::ui
