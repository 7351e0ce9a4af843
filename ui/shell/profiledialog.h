#pragma once

#include "profiles/connectionprofile.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace scs {
class ProfileStore;
}

namespace scs::ui {

// Adds, edits, removes and imports connection profiles. Edits go to the store only on Save;
// leaving a changed profile (another selection, Close) asks first, so nothing typed is lost
// by accident. Errors are shown beside the field they belong to.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(ProfileStore &store, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void selectProfile(const QString &name);
    [[nodiscard]] bool hasUnsavedChanges() const { return m_dirty; }
    // The message shown beside `field`, empty when none is shown.
    [[nodiscard]] QString fieldMessage(ProfileField field) const;
    [[nodiscard]] QString importMessage() const;
    [[nodiscard]] ConnectionProfile profileFromForm() const;
    void setProfileInForm(const ConnectionProfile &profile);

public Q_SLOTS:
    bool save(); // validates, shows every error, stores when valid
    void addProfile();
    void removeProfile();
    void importFromKubeconfig(); // asks for a file
    bool importFromFile(const QString &path);

protected:
    void done(int result) override;

private:
    QLineEdit *addField(QFormLayout *form, ProfileField field, const QString &label,
                        const QString &placeholder, const QString &help);
    void loadSelected();
    void showErrors();
    bool confirmLeaveUnsaved();
    void setDirty(bool dirty);

    ProfileStore &m_store;
    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_importMessage = nullptr;
    QHash<ProfileField, QLineEdit *> m_edits;
    QHash<ProfileField, QLabel *> m_errors;
    QRadioButton *m_systemCa = nullptr;
    QRadioButton *m_fileCa = nullptr;
    QPushButton *m_browseCa = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QString m_editingName; // name of the stored profile in the form; empty for a new one
    QSet<ProfileField> m_touched; // fields whose errors are shown while typing
    bool m_showAllErrors = false;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace scs::ui
