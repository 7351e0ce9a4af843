#include "workspace/selection.h"

#include "models/resourcetablemodel.h"

namespace scs::workspace {

Selection::Selection(QObject *parent)
    : QObject(parent)
{
}

Selection::~Selection() = default;

void Selection::setEditedUid(const QString &uid)
{
    if (m_editedUid == uid)
        return;
    m_editedUid = uid;
    Q_EMIT editedUidChanged(uid);
}

void Selection::setCollection(const QString &tenant,
                              const std::optional<kube::ApiResource> &resource)
{
    m_tenant = tenant;
    m_resource = resource;
    m_uid.clear();
    m_object = {};
    m_schema.reset();
    Q_EMIT collectionChanged();
}

void Selection::setCurrent(const QString &uid, const QJsonObject &object)
{
    m_uid = uid;
    m_object = object;
    Q_EMIT objectShown(uid, object);
}

void Selection::setSchema(const std::optional<kube::OpenApiSchema> &schema)
{
    m_schema = schema;
    Q_EMIT schemaChanged();
}

void Selection::requestOpenKind(const QString &tenant, const QString &plural,
                                const QString &group)
{
    Q_EMIT openKindRequested(tenant, plural, group);
}

void Selection::requestSelect(const QString &name)
{
    Q_EMIT selectRequested(name);
}

void Selection::requestOpenTenant(const QString &tenant)
{
    Q_EMIT openTenantRequested(tenant);
}

void Selection::requestOpenObject(const QString &tenant, const QString &plural,
                                  const QString &group, const QString &name)
{
    Q_EMIT openObjectRequested(tenant, plural, group, name);
}

void Selection::setTable(models::ResourceTableModel *table)
{
    m_table = table;
}

models::ResourceTableModel *Selection::table() const
{
    return static_cast<models::ResourceTableModel *>(m_table.data());
}

} // namespace scs::workspace
