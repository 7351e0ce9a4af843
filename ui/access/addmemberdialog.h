#pragma once

#include "access/rbac.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace scs::ui {

// Picks who becomes a member of a tenant and with which role: a Keycloak user or group typed
// by name (the profile's prefix put in front as the API server expects, and shown), and one of
// the roles the tenant offers. "Review…" accepts; the owner then shows the dry run.
class AddMemberDialog : public QDialog
{
    Q_OBJECT

public:
    struct RoleChoice
    {
        access::RoleRef role;
        QString description; // "read", "read only", "3 rules", ...
    };

    AddMemberDialog(const QString &tenant, const QString &usernamePrefix,
                    const QString &groupsPrefix, const QList<RoleChoice> &roles,
                    QWidget *parent = nullptr);

    // The subject as bound: kind and the prefixed name ("oidc:bob").
    [[nodiscard]] access::Subject subject() const;
    [[nodiscard]] access::RoleRef role() const;
    // Picks the row of `kind`, `name` (for tests and "add like").
    bool selectRole(const QString &kind, const QString &name);

    [[nodiscard]] QComboBox *typeBox() const { return m_type; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox *roleBox() const { return m_role; }
    [[nodiscard]] QLabel *boundNameLabel() const { return m_bound; }
    [[nodiscard]] QPushButton *reviewButton() const { return m_review; }

private:
    void update();
    [[nodiscard]] QString prefix() const;

    QString m_userPrefix;
    QString m_groupPrefix;
    QComboBox *m_type;
    QLineEdit *m_name;
    QLabel *m_bound;
    QComboBox *m_role;
    QPushButton *m_review;
};

} // namespace scs::ui
