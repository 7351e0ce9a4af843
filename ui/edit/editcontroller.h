#pragma once

#include "edit/draftstore.h"
#include "edit/objecteditor.h"
#include "kube/discovery.h"
#include "ui/common/objectviews.h"
#include "ui/edit/draftkeeper.h"
#include "ui/edit/editactions.h"
#include "ui/edit/newobjectflow.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QAction;

namespace scs::kube {
class KubeClient;
}
namespace scs::workspace {
class Selection;
class Workspace;
class WorkspaceRegistry;
} // namespace scs::workspace

namespace scs::ui {

class ConflictView;
class DraftsDialog;
class EditPage;
class Workbench;
class NewObjectDialog;
class ReviewDialog;
class YamlEditor;

// The edit flow of the main window: Edit on the table's current object puts its YAML into the
// editor (YAML tab, managedFields and status folded) and makes the form editable, the two kept
// in step; Review asks the server for a dry run and shows the diff; Apply writes (server-side
// apply or update); a 409 opens the conflict view (yours / live / base, rebase or force), a 422
// marks the fields in the editor and the form. New… and Open YAML File… create objects from a
// skeleton or a multi-document file. Unsaved text is autosaved as a draft (debounced) and
// survives switching objects, signing out and a crash; drafts are offered back after sign-in.
//
//   idle ──edit()──> editing ──review()──> (local parse error: markers, no request)
//                       │                   └──> dry run ──ok──> ReviewDialog ──Apply──> applied
//                       │                                                        └─409─> ConflictView
//                       ├─ another object selected / signed out ─> idle (draft kept)
//                       └─ discard() / applied ─> idle (draft removed)
//
// It edits the current object of the Workspace's Selection, in the shared Form view and its own
// edit page (the YAML tab), and adds its actions to the window's Object menu, tool bar and the
// tables' object actions. The workbench, registry and draft store must outlive the
// controller; GUI thread only.
class EditController : public QObject
{
    Q_OBJECT

public:
    enum class LeaveChoice { SaveDraft, Discard, Cancel };

    EditController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                   const ObjectViews &views, edit::DraftStore &drafts, QObject *parent = nullptr);
    ~EditController() override;

    [[nodiscard]] bool isEditing() const { return m_editor != nullptr; }
    // The editor's text differs from the object as editing began.
    [[nodiscard]] bool hasUnsavedChanges() const;
    [[nodiscard]] edit::ObjectEditor *objectEditor() const { return m_editor; }
    [[nodiscard]] EditPage *editPage() const;
    [[nodiscard]] YamlEditor *yamlEditor() const;
    [[nodiscard]] ReviewDialog *reviewDialog() const;
    [[nodiscard]] ConflictView *conflictView() const;
    [[nodiscard]] NewObjectDialog *newObjectDialog() const;
    [[nodiscard]] DraftsDialog *draftsDialog() const;
    // Shown in the window's banner: continue the current object's draft / list the drafts.
    [[nodiscard]] QAction *restoreDraftAction() const { return m_keeper.continueAction(); }
    [[nodiscard]] QAction *showDraftsAction() const { return m_keeper.showListAction(); }
    // The Object menu's actions; enabled as the selection and access rules allow.
    [[nodiscard]] QAction *editAction() const { return m_actions.edit; }
    [[nodiscard]] QAction *newObjectAction() const { return m_actions.newObject; }
    [[nodiscard]] QAction *openYamlFileAction() const { return m_actions.openYamlFile; }
    [[nodiscard]] QAction *reviewAction() const { return m_actions.review; }
    [[nodiscard]] QAction *applyAction() const { return m_actions.apply; }
    [[nodiscard]] QAction *discardAction() const { return m_actions.discard; }
    // The draft key of the object being edited (empty when idle).
    [[nodiscard]] QString editedKey() const;
    // The profile drafts are kept under (the signed-in session's).
    [[nodiscard]] QString profileName() const { return m_keeper.profile(); }

    // What closing or signing out with unsaved edits does; by default a question box. Tests
    // answer without a modal box.
    void setLeaveAsker(std::function<LeaveChoice()> asker) { m_asker = std::move(asker); }
    // The window's leave guard: true when leaving is fine (after saving or discarding).
    bool confirmLeave();

public Q_SLOTS:
    void edit();
    void review();
    // Opens the review when none is shown (people see the change before it happens); with the
    // review shown, applies what it showed.
    void apply();
    void discard();
    void newObject();
    void openYamlFile();
    void openYamlFileAt(const QString &path);
    void showDrafts();
    // Writes the draft now (the autosave does this a second after the last keystroke).
    void saveDraftNow();

Q_SIGNALS:
    void editingChanged(bool editing);
    void reviewFinished(const scs::edit::EditResult &result);
    void applyFinished(const scs::edit::EditResult &result);
    void draftSaved(const QString &objectKey);

private:
    void setWorkspace(workspace::Workspace *workspace);
    [[nodiscard]] workspace::Selection *selection() const;
    [[nodiscard]] kube::KubeClient *client() const;
    [[nodiscard]] kube::Discovery *discovery() const;
    [[nodiscard]] QJsonObject currentObject() const;
    [[nodiscard]] QString currentUid() const;
    [[nodiscard]] std::optional<kube::ApiResource> currentResource() const;
    [[nodiscard]] QString currentNamespace() const;
    [[nodiscard]] bool allowsOnCurrentKind(const QString &verb) const;
    void onStarted();
    void onStopping();
    void onCurrentObjectShown(const QString &uid, const QJsonObject &object);
    void startEditing(const QJsonObject &object, const std::optional<edit::Draft> &draft);
    void stopEditing(bool keepDraft);
    void updateActions();
    void onTextChanged();
    void syncFormFromText();
    void onFieldEdited(const QStringList &path, const QJsonValue &value);
    void onReviewed(const edit::EditResult &result);
    void onApplied(const edit::EditResult &result);
    void applyWith(edit::ApplyMode mode, bool force);
    void showProblems(const edit::EditResult &result);
    void showConflict(const edit::Conflict &conflict);
    void rebase();
    void reloadFromServer();
    void openDraft(const edit::Draft &draft);
    void closeDialogs();
    [[nodiscard]] std::optional<edit::ObjectRef> refFor(const QJsonObject &object) const;

    Workbench &m_workbench;
    ObjectViews m_views;
    QPointer<workspace::Workspace> m_workspace;
    edit::DraftStore &m_drafts;
    DraftKeeper m_keeper;
    EditActions m_actions;

    QPointer<edit::ObjectEditor> m_editor;
    QPointer<EditPage> m_page; // owned by the window (its YAML tab)
    QString m_editedUid;
    QJsonObject m_liveObject; // the server's latest version of the edited object
    QString m_acknowledgedVersion; // resourceVersion the user said "keep mine" to
    bool m_applyAfterReview = false;
    bool m_syncingText = false; // the text changes because the form was edited
    QTimer m_autosave;
    QTimer m_formSync;

    QPointer<ReviewDialog> m_review;
    QPointer<ConflictView> m_conflict;
    NewObjectFlow m_newObjects;
    std::function<LeaveChoice()> m_asker;
};

} // namespace scs::ui
