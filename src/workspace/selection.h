#pragma once

#include "kube/discovery.h"
#include "kube/openapi.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace scs::models {
class ResourceTableModel;
}

namespace scs::workspace {

// What the person looks at in one Workspace: the open collection (a tenant, "" for cluster
// scope, and a kind), the current object in it (uid and the live object as the server has it
// now), the kind's schema once fetched, and the object being edited, if any.
//
// The feature that shows the tree and the table (browse) writes it; every other feature reads
// it and follows its signals. Features that want the view to move (open a kind, select an
// object) ask through the request functions; whoever shows the tree answers the requests
// (nobody does in a test without views). GUI thread only.
class Selection : public QObject
{
    Q_OBJECT

public:
    explicit Selection(QObject *parent = nullptr);
    ~Selection() override;

    [[nodiscard]] QString tenant() const { return m_tenant; }
    [[nodiscard]] const std::optional<kube::ApiResource> &resource() const { return m_resource; }
    [[nodiscard]] QString uid() const { return m_uid; }
    [[nodiscard]] QJsonObject object() const { return m_object; }
    [[nodiscard]] const std::optional<kube::OpenApiSchema> &schema() const { return m_schema; }

    // While an object is edited (the edit flow shows the person's text in Form and YAML), live
    // updates of the object with `uid` no longer reach the Form and YAML tabs; objectShown()
    // still reports them. Empty: none edited.
    void setEditedUid(const QString &uid);
    [[nodiscard]] QString editedUid() const { return m_editedUid; }

    // Written by the view that shows the collection.
    void setCollection(const QString &tenant, const std::optional<kube::ApiResource> &resource);
    void setCurrent(const QString &uid, const QJsonObject &object);
    void setSchema(const std::optional<kube::OpenApiSchema> &schema);

    // Asks the view to open `plural.group` in `tenant` (openKindRequested), or to make the
    // object named `name` of the open collection current (selectRequested).
    void requestOpenKind(const QString &tenant, const QString &plural, const QString &group);
    void requestSelect(const QString &name);
    // Asks the view to make `tenant` current in the tree (openTenantRequested), or to open the
    // kind and make the object `name` current once its row is there (openObjectRequested).
    // Both land even when the tree's filter hides the target (the filter is cleared).
    void requestOpenTenant(const QString &tenant);
    void requestOpenObject(const QString &tenant, const QString &plural, const QString &group,
                           const QString &name);

    // The table of the open collection (objects as they are loaded), for features that search
    // its names (the palette); written by the view that shows it; nullptr when none.
    void setTable(models::ResourceTableModel *table);
    [[nodiscard]] models::ResourceTableModel *table() const;

Q_SIGNALS:
    void collectionChanged();
    // The current object as the server has it now: after a selection change, on every live
    // update, and with an empty object when it is gone or the collection closed (uid empty then).
    void objectShown(const QString &uid, const QJsonObject &object);
    void schemaChanged();
    // The edited uid went back to none: views show the server's object again.
    void editedUidChanged(const QString &uid);
    void openKindRequested(const QString &tenant, const QString &plural, const QString &group);
    void selectRequested(const QString &name);
    void openTenantRequested(const QString &tenant);
    void openObjectRequested(const QString &tenant, const QString &plural, const QString &group,
                             const QString &name);

private:
    QString m_tenant;
    std::optional<kube::ApiResource> m_resource;
    QString m_uid;
    QJsonObject m_object;
    std::optional<kube::OpenApiSchema> m_schema;
    QString m_editedUid;
    QPointer<QObject> m_table;
};

} // namespace scs::workspace
