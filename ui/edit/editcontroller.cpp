#include "ui/edit/editcontroller.h"

#include "edit/formyamlsync.h"
#include "edit/textdiff.h"
#include "kube/kubeclient.h"
#include "kube/watcher.h"
#include "ui/common/editor/yamleditor.h"
#include "ui/common/objectformview.h"
#include "ui/common/workbench.h"
#include "ui/common/yamlview.h"
#include "ui/edit/conflictview.h"
#include "ui/edit/draftsdialog.h"
#include "ui/edit/editmarks.h"
#include "ui/edit/editpage.h"
#include "ui/edit/reviewdialog.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"
#include "yaml/yaml.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>

namespace scs::ui {

namespace {

constexpr int kAutosaveMs = 1000;
constexpr int kFormSyncMs = 300;
const QStringList kFolded{QStringLiteral("metadata.managedFields"), QStringLiteral("status")};

// Replaces the editor's whole text as one undoable step (setText would clear the history).
void replaceAll(YamlEditor *editor, const QString &text)
{
    QTextCursor cursor(editor->textEdit()->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

} // namespace

EditController::EditController(Workbench &workbench, workspace::WorkspaceRegistry &workspaces,
                               const ObjectViews &views, edit::DraftStore &drafts,
                               QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_views(views)
    , m_drafts(drafts)
    , m_keeper(workbench, drafts)
    , m_actions(this)
    , m_page(new EditPage)
    , m_newObjects(workbench.window())
{
    m_actions.addTo(m_workbench);
    // The window owns the page from here on; the YAML tab shows it while editing.
    m_workbench.setDetailsPage(Workbench::DetailsTab::Yaml, m_page);
    m_workbench.setDetailsPage(Workbench::DetailsTab::Yaml, nullptr);
    if (!currentObject().isEmpty())
        m_workbench.setDetailsPage(Workbench::DetailsTab::Yaml, m_views.yaml);
    m_page->setActions(m_actions.review, m_actions.apply, m_actions.discard);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &EditController::saveDraftNow);
    m_formSync.setSingleShot(true);
    m_formSync.setInterval(kFormSyncMs);
    connect(&m_formSync, &QTimer::timeout, this, &EditController::syncFormFromText);
    connect(&m_keeper, &DraftKeeper::continueRequested, this, &EditController::edit);
    connect(&m_keeper, &DraftKeeper::openRequested, this, &EditController::openDraft);

    connect(m_actions.edit, &QAction::triggered, this, &EditController::edit);
    connect(m_actions.review, &QAction::triggered, this, &EditController::review);
    connect(m_actions.apply, &QAction::triggered, this, &EditController::apply);
    connect(m_actions.discard, &QAction::triggered, this, &EditController::discard);
    connect(m_actions.newObject, &QAction::triggered, this, &EditController::newObject);
    connect(m_actions.openYamlFile, &QAction::triggered, this, &EditController::openYamlFile);

    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceClosing, this,
            &EditController::onStopping);
    connect(&workspaces, &workspace::WorkspaceRegistry::workspaceChanged, this,
            &EditController::setWorkspace);

    YamlEditor *editor = m_page->editor();
    connect(editor, &YamlEditor::textChanged, this, &EditController::onTextChanged);
    connect(m_page, &EditPage::reloadRequested, this, &EditController::reloadFromServer);
    connect(m_page, &EditPage::modeChanged, this, [this](int index) {
        if (m_editor) {
            m_editor->setMode(index == 1 ? edit::ApplyMode::Update
                                         : edit::ApplyMode::ServerSideApply);
        }
    });
    connect(m_page, &EditPage::keepRequested, this, [this] {
        m_acknowledgedVersion = edit::resourceVersionOf(m_liveObject);
        m_page->hideServerChange();
    });
    connect(m_views.form, &ObjectFormView::fieldEdited, this, &EditController::onFieldEdited);

    m_workbench.setLeaveGuard([this] { return confirmLeave(); });
    setWorkspace(workspaces.current());
    updateActions();
}

void EditController::setWorkspace(workspace::Workspace *workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_workspace) {
        // A switch keeps the Workspace open: nothing of ours may stay connected to it.
        m_workspace->disconnect(this);
        m_workspace->selection()->disconnect(this);
    }
    m_workspace = workspace;
    if (workspace) {
        connect(workspace->selection(), &workspace::Selection::objectShown, this,
                &EditController::onCurrentObjectShown);
        // A kind opened with nothing selected yet: New… follows the kind, not the object.
        connect(workspace->selection(), &workspace::Selection::collectionChanged, this,
                &EditController::updateActions);
        connect(workspace, &workspace::Workspace::accessRulesChanged, this,
                &EditController::updateActions);
        onStarted();
    }
    updateActions();
}

workspace::Selection *EditController::selection() const
{
    return m_workspace ? m_workspace->selection() : nullptr;
}

kube::KubeClient *EditController::client() const
{
    return m_workspace ? m_workspace->client() : nullptr;
}

kube::Discovery *EditController::discovery() const
{
    return m_workspace ? m_workspace->discovery() : nullptr;
}

QJsonObject EditController::currentObject() const
{
    return m_workspace ? m_workspace->selection()->object() : QJsonObject();
}

QString EditController::currentUid() const
{
    return m_workspace ? m_workspace->selection()->uid() : QString();
}

std::optional<kube::ApiResource> EditController::currentResource() const
{
    return m_workspace ? m_workspace->selection()->resource() : std::nullopt;
}

QString EditController::currentNamespace() const
{
    return m_workspace ? m_workspace->selection()->tenant() : QString();
}

bool EditController::allowsOnCurrentKind(const QString &verb) const
{
    return m_workspace && m_workspace->allowsOnCurrentKind(verb);
}

EditController::~EditController()
{
    // A crash-free exit keeps the text as well: the autosave may not have run yet.
    if (hasUnsavedChanges())
        saveDraftNow();
    m_workbench.setLeaveGuard({});
}

YamlEditor *EditController::yamlEditor() const
{
    return m_page ? m_page->editor() : nullptr;
}

QString EditController::editedKey() const
{
    return m_editor ? m_editor->ref().key() : QString();
}

bool EditController::hasUnsavedChanges() const
{
    return m_editor && m_page && m_page->editor()->text() != m_editor->baseText();
}

std::optional<edit::ObjectRef> EditController::refFor(const QJsonObject &object) const
{
    if (const kube::Discovery *known = discovery()) {
        if (auto ref = edit::ObjectRef::fromObject(object, *known))
            return *ref;
    }
    const auto &resource = currentResource();
    if (!resource)
        return std::nullopt;
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    edit::ObjectRef ref{*resource, metadata.value(QLatin1String("namespace")).toString(),
                        metadata.value(QLatin1String("name")).toString()};
    return ref.isValid() ? std::optional(ref) : std::nullopt;
}

// --- session

void EditController::onStarted()
{
    m_keeper.start(client()->profile().name, m_workspace);
    updateActions();
}

void EditController::onStopping()
{
    if (isEditing())
        stopEditing(true);
    closeDialogs();
    m_newObjects.discard();
    m_keeper.stop();
    updateActions();
}

void EditController::closeDialogs()
{
    if (m_review)
        m_review->close();
    if (m_conflict)
        m_conflict->close();
}

bool EditController::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    LeaveChoice choice = LeaveChoice::Cancel;
    if (m_asker) {
        choice = m_asker();
    } else {
        QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                        tr("Your changes to %1 are not applied yet.")
                            .arg(m_editor->ref().displayName()),
                        QMessageBox::NoButton, m_workbench.window());
        box.setInformativeText(tr("Keep them as a draft (offered again next time), or throw "
                                  "them away?"));
        QPushButton *save = box.addButton(tr("Save Draft"), QMessageBox::AcceptRole);
        QPushButton *discardButton = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(save);
        box.exec(); // closing must wait for the answer
        if (box.clickedButton() == save)
            choice = LeaveChoice::SaveDraft;
        else if (box.clickedButton() == discardButton)
            choice = LeaveChoice::Discard;
    }
    switch (choice) {
    case LeaveChoice::SaveDraft:
        saveDraftNow();
        return true;
    case LeaveChoice::Discard:
        stopEditing(false);
        return true;
    case LeaveChoice::Cancel:
        break;
    }
    return false;
}

// --- selection and live updates

void EditController::onCurrentObjectShown(const QString &uid, const QJsonObject &object)
{
    if (isEditing()) {
        if (uid == m_editedUid) {
            if (object.isEmpty()) {
                m_page->showServerChange(tr("The object was deleted on the server. Applying "
                                            "with server-side apply would create it again."),
                                         false);
            } else {
                m_liveObject = object;
                const QString version = edit::resourceVersionOf(object);
                if (version != m_acknowledgedVersion
                    && edit::changedMeaningfully(m_editor->baseObject(), object)) {
                    m_page->showServerChange(tr("The object changed on the server since you "
                                                "began editing."));
                }
            }
            return;
        }
        stopEditing(true); // another object: the text stays as a draft
    }
    const bool editNow = m_keeper.objectShown(uid, object.isEmpty() ? std::nullopt
                                                                     : refFor(object));
    updateActions();
    if (editNow)
        edit();
}

void EditController::updateActions()
{
    const bool signedIn = client() != nullptr;
    const bool editing = isEditing();
    const bool busy = editing && m_editor->isBusy();
    const bool mayWrite = allowsOnCurrentKind(QStringLiteral("patch"))
        || allowsOnCurrentKind(QStringLiteral("update"));
    const bool hasObject = !currentObject().isEmpty();
    m_actions.edit->setEnabled(signedIn && hasObject && !editing && mayWrite);
    m_actions.edit->setToolTip(
        signedIn && hasObject && !mayWrite
            ? tr("Your access rules do not allow changing this kind here")
            : QString());
    m_actions.newObject->setEnabled(
        signedIn && currentResource()
        && allowsOnCurrentKind(QStringLiteral("create")));
    m_actions.openYamlFile->setEnabled(signedIn);
    m_actions.review->setEnabled(editing && !busy);
    m_actions.apply->setEnabled(editing && !busy);
    m_actions.discard->setEnabled(editing);
}

// --- editing

void EditController::edit()
{
    if (isEditing() || !client())
        return;
    const QJsonObject object = currentObject();
    if (object.isEmpty())
        return;
    const auto ref = refFor(object);
    if (!ref) {
        m_workbench.showStatusMessage(tr("This object cannot be edited here."), 10000);
        return;
    }
    startEditing(object, m_drafts.load(m_keeper.profile(), ref->key()));
}

void EditController::startEditing(const QJsonObject &object,
                                  const std::optional<edit::Draft> &draft)
{
    const auto ref = refFor(object);
    if (!ref)
        return;
    m_workbench.hideBanner();
    m_editor = new edit::ObjectEditor(client(), *ref, this);
    m_editor->begin(object);
    connect(m_editor, &edit::ObjectEditor::reviewed, this, &EditController::onReviewed);
    connect(m_editor, &edit::ObjectEditor::applied, this, &EditController::onApplied);
    connect(m_editor, &edit::ObjectEditor::busyChanged, this, &EditController::updateActions);
    m_editor->setMode(m_page->modeBox()->currentIndex() == 1 ? edit::ApplyMode::Update
                                                             : edit::ApplyMode::ServerSideApply);
    m_editedUid = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid"))
                      .toString();
    m_liveObject = object;
    m_acknowledgedVersion = edit::resourceVersionOf(object);

    const QString base = m_editor->baseText();
    QString text = base;
    QList<YamlEditor::Diagnostic> marks;
    QString message;
    if (draft) {
        if (draft->baseText == base
            || draft->baseResourceVersion == edit::resourceVersionOf(object)) {
            text = draft->text;
        } else {
            // The object moved on since the draft began: the draft's change onto the live one.
            const edit::MergeResult merged = edit::merge3(draft->baseText, draft->text, base);
            text = merged.text;
            marks = EditMarks::mergeConflicts(
                merged.conflicts,
                tr("Conflict: your draft and the server changed these lines differently"));
            message = merged.isClean()
                ? tr("The object changed since this draft was saved; your changes were put "
                     "on top of the current version.")
                : tr("The object changed since this draft was saved; %n region(s) changed on "
                     "both sides are marked.",
                     nullptr, int(merged.conflicts.size()));
        }
    }
    YamlEditor *editor = m_page->editor();
    {
        const QSignalBlocker quiet(editor); // no autosave for what is already saved
        editor->setText(text);
    }
    editor->setReadOnly(false);
    editor->foldPaths(kFolded);
    editor->setModified(text != base);
    editor->setDiagnostics(marks);
    m_page->setTitle(tr("Editing %1").arg(ref->displayName()));
    m_page->hideServerChange();
    m_page->setMessage(message, message.isEmpty() ? EditPage::MessageKind::None
                                                  : EditPage::MessageKind::Info);

    selection()->setEditedUid(m_editedUid);
    ObjectFormView *form = m_views.form;
    form->clearFieldErrors();
    form->setEditable(true);
    syncFormFromText();
    m_workbench.setDetailsPage(Workbench::DetailsTab::Form, form);
    m_workbench.setDetailsPage(Workbench::DetailsTab::Yaml, m_page);
    m_workbench.showDetailsTab(Workbench::DetailsTab::Yaml);
    editor->textEdit()->setFocus();
    Q_EMIT editingChanged(true);
    updateActions();
}

void EditController::stopEditing(bool keepDraft)
{
    if (!m_editor)
        return;
    if (keepDraft) {
        if (hasUnsavedChanges())
            saveDraftNow();
    } else if (!m_keeper.profile().isEmpty()) {
        m_drafts.remove(m_keeper.profile(), m_editor->ref().key());
    }
    closeDialogs();
    m_autosave.stop();
    m_formSync.stop();
    edit::ObjectEditor *editor = m_editor;
    m_editor = nullptr;
    editor->cancel();
    editor->deleteLater(); // may be in the middle of emitting
    // No "unsaved draft" offer for the object just left while it stays selected; another
    // object just selected gets its offer.
    m_keeper.setOffered(currentUid() == m_editedUid ? m_editedUid : QString());
    m_editedUid.clear();
    m_page->hideServerChange();
    m_page->setMessage({}, EditPage::MessageKind::None);
    m_page->editor()->clearDiagnostics();
    ObjectFormView *form = m_views.form;
    form->setEditable(false);
    form->clearFieldErrors();
    if (workspace::Selection *current = selection())
        current->setEditedUid({}); // Form and YAML show the server's object again
    Q_EMIT editingChanged(false);
    updateActions();
}

void EditController::onTextChanged()
{
    if (!isEditing())
        return;
    m_autosave.start();
    if (!m_syncingText)
        m_formSync.start();
}

void EditController::syncFormFromText()
{
    if (!isEditing())
        return;
    const auto document = yaml::toJsonDocument(m_page->editor()->text().toUtf8());
    if (!document || !document->isObject())
        return; // the form keeps the last valid state; Review names the problem
    ObjectFormView *form = m_views.form;
    if (document->object() != form->object())
        form->setObject(document->object());
}

void EditController::onFieldEdited(const QStringList &path, const QJsonValue &value)
{
    if (!isEditing())
        return;
    YamlEditor *editor = m_page->editor();
    const auto edited = edit::setYamlValue(editor->text(), path, value);
    if (!edited) {
        m_page->setMessage(tr("The form cannot change the text while it has a YAML error: %1")
                               .arg(edited.error().message),
                           EditPage::MessageKind::Error);
        return;
    }
    m_syncingText = true;
    if (edited->line > 0) {
        const QTextBlock block
            = editor->textEdit()->document()->findBlockByNumber(edited->line - 1);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(edited->lineText);
    } else {
        replaceAll(editor, edited->text);
    }
    m_syncingText = false;
}

void EditController::saveDraftNow()
{
    const QString profile = m_keeper.profile();
    if (!isEditing() || profile.isEmpty())
        return;
    m_autosave.stop();
    const edit::ObjectRef &ref = m_editor->ref();
    const QString text = m_page->editor()->text();
    if (text == m_editor->baseText()) {
        m_drafts.remove(profile, ref.key());
        return;
    }
    const edit::Draft draft = m_editor->draft(profile, text);
    const auto saved = m_drafts.save(draft);
    if (!saved) {
        m_page->setMessage(tr("The draft could not be saved: %1").arg(saved.error().message),
                           EditPage::MessageKind::Error);
        return;
    }
    if (*saved == edit::DraftStore::Where::InMemory) {
        m_workbench.showStatusMessage(
            tr("Draft kept in memory only: Secrets are never written to disk."), 5000);
    }
    Q_EMIT draftSaved(draft.objectKey);
}

// --- review and apply

void EditController::review()
{
    if (!isEditing() || m_editor->isBusy())
        return;
    YamlEditor *editor = m_page->editor();
    const QString text = editor->text();
    editor->clearDiagnostics();
    m_views.form->clearFieldErrors();

    edit::EditResult local;
    local.outcome = edit::EditResult::Outcome::LocalError;
    local.dryRun = true;
    if (EditMarks::conflictMarkers(editor, text)) {
        local.error.kind = Error::Kind::Invalid;
        local.error.message = tr("The text still has conflict markers.");
        m_page->setMessage(local.error.message, EditPage::MessageKind::Error);
        Q_EMIT reviewFinished(local);
        return;
    }
    // Malformed YAML never leaves the machine: the parser's line and column go to the editor.
    if (const auto parsed = m_editor->parse(text); !parsed) {
        local.error = parsed.error();
        showProblems(local);
        Q_EMIT reviewFinished(local);
        return;
    }
    m_page->setMessage(tr("Asking the server what would change (dry run)…"),
                       EditPage::MessageKind::Progress);
    m_editor->review(text);
}

void EditController::apply()
{
    if (!isEditing())
        return;
    if (m_review && m_review->isVisible()) {
        if (m_review->applyButton()->isEnabled())
            applyWith(m_review->mode(), false);
        return;
    }
    review();
}

void EditController::applyWith(edit::ApplyMode mode, bool force)
{
    if (!isEditing())
        return;
    m_editor->setMode(mode);
    {
        const QSignalBlocker quiet(m_page->modeBox());
        m_page->modeBox()->setCurrentIndex(mode == edit::ApplyMode::Update ? 1 : 0);
    }
    if (m_review)
        m_review->setBusy(true);
    m_page->setMessage(tr("Applying…"), EditPage::MessageKind::Progress);
    m_editor->apply(m_page->editor()->text(), force);
}

void EditController::onReviewed(const edit::EditResult &result)
{
    m_page->setMessage({}, EditPage::MessageKind::None);
    switch (result.outcome) {
    case edit::EditResult::Outcome::Ok: {
        if (m_review)
            m_review->close();
        m_review = new ReviewDialog(m_editor->ref().displayName(), m_workbench.window());
        m_review->setAttribute(Qt::WA_DeleteOnClose);
        m_review->setMode(m_editor->mode());
        m_review->setReview(result);
        connect(m_review, &ReviewDialog::applyRequested, this,
                [this](edit::ApplyMode mode) { applyWith(mode, false); });
        m_review->open();
        break;
    }
    case edit::EditResult::Outcome::Conflict:
        if (result.conflict)
            showConflict(*result.conflict);
        break;
    case edit::EditResult::Outcome::LocalError:
    case edit::EditResult::Outcome::Invalid:
    case edit::EditResult::Outcome::Failed:
        showProblems(result);
        break;
    }
    Q_EMIT reviewFinished(result);
}

void EditController::onApplied(const edit::EditResult &result)
{
    m_page->setMessage({}, EditPage::MessageKind::None);
    if (m_review)
        m_review->setBusy(false);
    switch (result.outcome) {
    case edit::EditResult::Outcome::Ok: {
        const QString name = m_editor->ref().displayName();
        closeDialogs();
        stopEditing(false); // applied: the draft goes
        m_workbench.showStatusMessage(tr("Applied your changes to %1.").arg(name), 10000);
        break;
    }
    case edit::EditResult::Outcome::Conflict:
        closeDialogs();
        if (result.conflict)
            showConflict(*result.conflict);
        break;
    case edit::EditResult::Outcome::LocalError:
    case edit::EditResult::Outcome::Invalid:
        closeDialogs();
        showProblems(result);
        break;
    case edit::EditResult::Outcome::Failed:
        if (m_review && m_review->isVisible())
            m_review->setError(result.error.message);
        else
            showProblems(result);
        break;
    }
    Q_EMIT applyFinished(result);
}

void EditController::showProblems(const edit::EditResult &result)
{
    m_page->setMessage(EditMarks::problems(m_page->editor(), m_views.form, result),
                       EditPage::MessageKind::Error);
}

void EditController::showConflict(const edit::Conflict &conflict)
{
    if (m_conflict)
        m_conflict->close();
    m_conflict = new ConflictView(conflict, m_editor->ref().displayName(), m_workbench.window());
    m_conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflict, &ConflictView::rebaseRequested, this, &EditController::rebase);
    connect(m_conflict, &ConflictView::forceApplyRequested, this, [this] {
        if (m_conflict)
            m_conflict->close();
        applyWith(edit::ApplyMode::ServerSideApply, true);
    });
    connect(m_conflict, &ConflictView::updateInsteadRequested, this, [this] {
        if (m_conflict)
            m_conflict->close();
        applyWith(edit::ApplyMode::Update, false);
    });
    if (conflict.isOwnershipOnly()) {
        m_page->setMessage(tr("Not applied: your edit sets fields another manager owns (%1). "
                              "Your text is unchanged.")
                               .arg(conflict.ownersText()),
                           EditPage::MessageKind::Error);
    } else {
        m_page->setMessage(tr("Not applied: the object changed on the server. Your text is "
                              "unchanged."),
                           EditPage::MessageKind::Error);
    }
    m_conflict->open();
}

void EditController::rebase()
{
    if (!m_conflict || !isEditing())
        return;
    const edit::Conflict conflict = m_conflict->conflict();
    m_conflict->close();
    const edit::MergeResult merged = m_editor->rebase(conflict);
    YamlEditor *editor = m_page->editor();
    replaceAll(editor, merged.text);
    const QList<YamlEditor::Diagnostic> marks = EditMarks::mergeConflicts(
        merged.conflicts, tr("Conflict: you and the server changed these lines differently; "
                             "keep one and remove the markers"));
    editor->setDiagnostics(marks);
    if (!marks.isEmpty())
        editor->goToLine(marks.front().line);
    m_liveObject = conflict.liveObject;
    m_acknowledgedVersion = conflict.liveResourceVersion;
    m_page->hideServerChange();
    m_page->setMessage(merged.isClean()
                           ? tr("Rebased onto the live object: your changes are on top of it. "
                                "Review and apply again.")
                           : tr("Rebased onto the live object with %n conflict(s) marked; "
                                "resolve them, then review again.",
                                nullptr, int(merged.conflicts.size())),
                       merged.isClean() ? EditPage::MessageKind::Info
                                        : EditPage::MessageKind::Error);
}

void EditController::reloadFromServer()
{
    if (!isEditing() || m_liveObject.isEmpty())
        return;
    YamlEditor *editor = m_page->editor();
    const QString mine = editor->text();
    const QString oldBase = m_editor->baseText();
    m_editor->begin(m_liveObject);
    const QString live = m_editor->baseText();
    m_acknowledgedVersion = edit::resourceVersionOf(m_liveObject);
    m_page->hideServerChange();
    if (mine == oldBase) {
        replaceAll(editor, live);
        editor->foldPaths(kFolded);
        m_page->setMessage({}, EditPage::MessageKind::None);
        return;
    }
    // Keep the user's change: it goes on top of the new version.
    const edit::MergeResult merged = edit::merge3(oldBase, mine, live);
    replaceAll(editor, merged.text);
    const QList<YamlEditor::Diagnostic> marks = EditMarks::mergeConflicts(
        merged.conflicts, tr("Conflict: you and the server changed these lines differently; "
                             "keep one and remove the markers"));
    editor->setDiagnostics(marks);
    m_page->setMessage(merged.isClean()
                           ? tr("Reloaded: your changes are on top of the server's version.")
                           : tr("Reloaded with %n conflict(s) marked.", nullptr,
                                int(merged.conflicts.size())),
                       merged.isClean() ? EditPage::MessageKind::Info
                                        : EditPage::MessageKind::Error);
}

void EditController::discard()
{
    if (!isEditing())
        return;
    stopEditing(false);
    m_workbench.showStatusMessage(tr("Changes discarded."), 5000);
}

// --- new objects

void EditController::newObject()
{
    if (m_workspace)
        m_newObjects.newObject(*m_workspace);
}

void EditController::openYamlFile()
{
    if (!client())
        return;
    auto *dialog = new QFileDialog(m_workbench.window(), tr("Open YAML File"), {},
                                   tr("YAML files (*.yaml *.yml);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &EditController::openYamlFileAt);
    dialog->open();
}

void EditController::openYamlFileAt(const QString &path)
{
    if (m_workspace)
        m_newObjects.openFile(*m_workspace, path);
}

// --- drafts

void EditController::showDrafts()
{
    m_keeper.showList();
}

void EditController::openDraft(const edit::Draft &draft)
{
    if (isEditing()) {
        if (editedKey() == draft.objectKey)
            return;
        stopEditing(true);
    }
    m_keeper.open(draft);
}

// Defined here, where the classes are complete: the header can be included on its own.
EditPage *EditController::editPage() const
{
    return m_page;
}
ReviewDialog *EditController::reviewDialog() const
{
    return m_review;
}
ConflictView *EditController::conflictView() const
{
    return m_conflict;
}
NewObjectDialog *EditController::newObjectDialog() const
{
    return m_newObjects.dialog();
}
DraftsDialog *EditController::draftsDialog() const
{
    return m_keeper.dialog();
}

} // namespace scs::ui
