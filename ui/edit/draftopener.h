#pragma once

#include "edit/draftstore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace scs::workspace {
class Workspace;
}

namespace scs::ui {

// Opening a draft from the drafts list: the object may be of another kind or tenant than the
// one shown, and its table may not be listed yet. The opener asks the Workspace's Selection to
// open the draft's kind in its namespace, then to select the object, and asks again every 200 ms
// until the object is the current one; then it says arrived() and the edit can begin. It gives
// up with notFound() when the kind is not served (about 5 s) or the object never shows (20 s);
// the draft itself is kept either way.
//
//   idle ──open()──> pending ──object current──> arrived() ──> idle
//                       └──── too many tries ───> notFound() ──> idle
class DraftOpener : public QObject
{
    Q_OBJECT

public:
    explicit DraftOpener(QObject *parent = nullptr);

    void open(workspace::Workspace *workspace, const edit::Draft &draft);
    void cancel();
    [[nodiscard]] bool isPending() const { return m_draft.has_value(); }
    // The object with this key became current by other means (the table selected it): when it
    // is the pending draft's, the opener is done and returns true; the caller edits it.
    bool takeIfPending(const QString &objectKey);

Q_SIGNALS:
    void arrived();
    void notFound(const QString &message);

private:
    void tryNow();

    QPointer<workspace::Workspace> m_workspace;
    std::optional<edit::Draft> m_draft;
    QTimer m_timer;
    int m_tries = 0;
};

} // namespace scs::ui
