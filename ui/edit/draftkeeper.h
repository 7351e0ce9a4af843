#pragma once

#include "edit/draftstore.h"
#include "edit/objectref.h"
#include "ui/edit/draftopener.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;

namespace scs::workspace {
class Workspace;
}

namespace scs::ui {

class DraftsDialog;
class Workbench;

// The signed-in profile's drafts as the edit flow meets them: after sign-in the window's banner
// counts the drafts left from earlier sessions (Show Drafts…); when an object with a draft is
// shown, it offers to continue that draft (Continue Editing); the drafts list opens a draft's
// object (through DraftOpener, even in another tenant or kind) or discards a draft. Editing
// itself, and saving, stay with the EditController. The workbench and store must outlive it;
// GUI thread only.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    DraftKeeper(Workbench &workbench, edit::DraftStore &drafts, QObject *parent = nullptr);
    ~DraftKeeper() override;

    // A session began: drafts are kept under `profile` from now on.
    void start(const QString &profile, workspace::Workspace *workspace);
    // The session ends: the list closes and a pending open is dropped.
    void stop();
    [[nodiscard]] const QString &profile() const { return m_profile; }

    // The Selection shows object `uid` (empty: none) whose identity is `ref`: offers its draft
    // in the banner (once per object). True when it is the object of a draft being opened from
    // the list: the caller edits it now.
    bool objectShown(const QString &uid, const std::optional<edit::ObjectRef> &ref);
    // The next objectShown(uid) offers nothing (the object was just left while still shown);
    // an empty uid makes the next object's offer come again.
    void setOffered(const QString &uid) { m_offeredUid = uid; }
    // Goes to the draft's object; continueRequested() once it is the current one.
    void open(const edit::Draft &draft);
    void showList();

    [[nodiscard]] QAction *continueAction() const { return m_continue; }
    [[nodiscard]] QAction *showListAction() const { return m_showList; }
    [[nodiscard]] DraftsDialog *dialog() const;

Q_SIGNALS:
    // Edit the current object with its draft (the banner's Continue Editing, or an opened
    // draft's object arrived).
    void continueRequested();
    // A draft chosen in the list: the controller leaves what it edits, then calls open().
    void openRequested(const edit::Draft &draft);

private:
    Workbench &m_workbench;
    edit::DraftStore &m_drafts;
    QPointer<workspace::Workspace> m_workspace;
    QString m_profile;
    QString m_offeredUid; // the object whose draft the banner offers
    DraftOpener m_opener; // a draft opened from the list, until its object shows
    QPointer<DraftsDialog> m_dialog;
    QAction *m_continue;
    QAction *m_showList;
};

} // namespace scs::ui
