#pragma once

#include "access/rbac.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace scs::access {
class MembersModel;
}

namespace scs::ui {

// The members of one tenant (access::MembersModel): who, which role in plain words, granted by
// which binding, since when; the viewer's own rows in bold with "(you)". Kubernetes' own
// identities (system:masters, controllers) are hidden unless asked for. "Add Member…" and
// "Remove Member…" only ask (addRequested, removeRequested); they are enabled where the owner
// says the viewer may manage RoleBindings (setManageAllowed), and Remove only for a row from a
// RoleBinding of this tenant. A group row whose Keycloak group the Central API serves as an
// object shows that object in the last column as a link: one click (or Enter) on it asks to open
// it (identityObjectRequested).
class MembersView : public QWidget
{
    Q_OBJECT

public:
    explicit MembersView(QWidget *parent = nullptr);

    // `model` is not owned; nullptr detaches.
    void setModel(access::MembersModel *model);
    [[nodiscard]] access::MembersModel *model() const { return m_model; }
    void setManageAllowed(bool allowed, const QString &toolTip);
    [[nodiscard]] bool isManageAllowed() const { return m_manage; }

    // The grant of the current row, if any.
    [[nodiscard]] const access::Grant *currentGrant() const;
    // Makes the row of `subjectName` (prefixed) in `bindingName` current; false when not there.
    bool selectGrant(const QString &subjectName, const QString &bindingName);
    // The proxy row of a grant (-1: not shown).
    [[nodiscard]] int rowOf(const QString &subjectName, const QString &bindingName) const;

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QCheckBox *systemBox() const { return m_system; }
    [[nodiscard]] QLabel *headingLabel() const { return m_heading; }
    [[nodiscard]] QLabel *noteLabel() const { return m_note; }

Q_SIGNALS:
    void addRequested();
    void removeRequested(const scs::access::Grant &grant);
    // The Keycloak Group object `objectName` (in the shown tenant) was clicked.
    void identityObjectRequested(const QString &objectName);

private:
    void updateState();
    void openIdentityObject(const QModelIndex &index);

    access::MembersModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_heading;
    QLabel *m_note;
    QCheckBox *m_system;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_manage = false;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace scs::ui
