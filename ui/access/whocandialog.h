#pragma once

#include "access/rbac.h"
#include "kube/discovery.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace scs::kube {
class KubeClient;
}
namespace scs::access {
class AccessService;
class MembersModel;
} // namespace scs::access

namespace scs::ui {

// "Who can?": for a tenant, a kind and a verb, every user, group and service account the
// bindings the viewer may read allow it (access::whoCan over a live MembersModel of the tenant:
// a new binding shows at once), through which binding and role, and where only named objects.
// Below, for a user or group typed by name, what they may do with the kind there: asked with
// SubjectAccessReviews where the viewer may, else computed from the bindings and said so.
// Non-modal; GUI thread only.
class WhoCanDialog : public QDialog
{
    Q_OBJECT

public:
    WhoCanDialog(kube::KubeClient *client, access::AccessService *service,
                 const QList<kube::ApiResource> &resources, const QStringList &tenants,
                 const QString &tenant, const QString &usernamePrefix,
                 const QString &groupsPrefix, QWidget *parent = nullptr);
    ~WhoCanDialog() override;

    // Picks tenant, kind ("clusters", "api.scs.community") and verb; false when not offered.
    bool setQuery(const QString &tenant, const QString &resource, const QString &group,
                  const QString &verb);
    // The bindings of the tenant arrived (the answer is complete).
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] const QList<access::WhoCanEntry> &entries() const { return m_entries; }
    // Asks what `name` (typed without prefix; kind "User" or "Group") may do (checkFinished()).
    void checkSubject(const QString &kind, const QString &name);

    [[nodiscard]] QComboBox *tenantBox() const { return m_tenant; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QComboBox *verbBox() const { return m_verb; }
    [[nodiscard]] QTableWidget *resultTable() const { return m_table; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QLabel *checkLabel() const { return m_checkResult; }

Q_SIGNALS:
    void answered();
    void checkFinished();

private:
    void tenantChanged();
    void recompute();
    void runCheck();
    [[nodiscard]] QString displayName(const access::Subject &subject) const;

    QPointer<access::AccessService> m_service;
    access::MembersModel *m_model;
    QList<kube::ApiResource> m_resources;
    QString m_userPrefix;
    QString m_groupPrefix;
    QList<access::WhoCanEntry> m_entries;
    QComboBox *m_tenant;
    QComboBox *m_kind;
    QComboBox *m_verb;
    QCheckBox *m_system;
    QLabel *m_summary;
    QTableWidget *m_table;
    QComboBox *m_checkType;
    QLineEdit *m_checkName;
    QPushButton *m_check;
    QLabel *m_checkResult;
    QObject *m_checkContext = nullptr;
};

} // namespace scs::ui
