#pragma once

#include "kube/discovery.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace scs {
namespace models {
class OwnedObjectsSearch;
class ResourceTableModel;
} // namespace models
namespace workspace {
class Workspace;
}
} // namespace scs

namespace scs::ui {

// The "Related" details tab: the current object's owners (its ownerReferences) and the objects
// it owns, each one activation away (Enter or double-click: the Selection's requestOpenKind and
// requestSelect). Owned objects are searched in the open table (its first 2,000 rows) and with
// one metadata-only list per kind of models::related::kindsToSearch() in the same namespace
// (first 500 each); the line below the list says where it looked. GUI thread only.
class RelatedObjectsPane : public QWidget
{
    Q_OBJECT

public:
    explicit RelatedObjectsPane(QWidget *parent = nullptr);
    ~RelatedObjectsPane() override;

    // The object shown (again, on a live update: the owned search is only redone for another
    // uid). `table` holds the open collection's loaded objects; not owned.
    void showObject(workspace::Workspace *workspace, const QString &tenant,
                    const kube::ApiResource &resource, const QJsonObject &object,
                    const models::ResourceTableModel *table);
    void clear();

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QString searchedText() const;
    // Goes to the object of `item` (what activation does).
    void activate(QTreeWidgetItem *item);

private:
    void showOwned();

    QTreeWidget *m_tree;
    QLabel *m_searched;
    QTreeWidgetItem *m_owners = nullptr;
    QTreeWidgetItem *m_owned = nullptr;
    QPointer<workspace::Workspace> m_workspace;
    QString m_tenant;
    kube::ApiResource m_resource;
    QString m_uid;
    QList<QJsonObject> m_ownedInTable;
    int m_tableRowsSearched = 0;
    models::OwnedObjectsSearch *m_search = nullptr;
};

} // namespace scs::ui
