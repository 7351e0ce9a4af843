#include "ui/edit/draftopener.h"

#include "kube/discovery.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"

#include <QJsonObject>

namespace scs::ui {

namespace {
constexpr int kIntervalMs = 200;
constexpr int kTriesForKind = 25;    // the kind is not served
constexpr int kTriesForObject = 100; // the object never became current
} // namespace

DraftOpener::DraftOpener(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftOpener::tryNow);
}

void DraftOpener::open(workspace::Workspace *workspace, const edit::Draft &draft)
{
    m_workspace = workspace;
    m_draft = draft;
    m_tries = 0;
    tryNow();
    if (m_draft)
        m_timer.start();
}

void DraftOpener::cancel()
{
    m_draft.reset();
    m_timer.stop();
}

bool DraftOpener::takeIfPending(const QString &objectKey)
{
    if (!m_draft || m_draft->objectKey != objectKey)
        return false;
    cancel();
    return true;
}

void DraftOpener::tryNow()
{
    kube::Discovery *discovery = m_workspace ? m_workspace->discovery() : nullptr;
    if (!m_draft || !discovery) {
        cancel();
        return;
    }
    const edit::Draft draft = *m_draft;
    const qsizetype slash = draft.apiVersion.indexOf(u'/');
    const QString group = slash < 0 ? QStringLiteral("") : draft.apiVersion.left(slash);
    const auto resource = discovery->forKind(group, draft.kind);
    if (++m_tries > kTriesForObject || (!resource && m_tries > kTriesForKind)) {
        cancel();
        Q_EMIT notFound(tr("%1 %2 was not found; the draft is kept.").arg(draft.kind, draft.name));
        return;
    }
    if (!resource)
        return;
    workspace::Selection *selection = m_workspace->selection();
    const auto current = selection->resource();
    if (!current || current->plural != resource->plural || current->group != resource->group
        || selection->tenant() != draft.namespaceName) {
        selection->requestOpenKind(draft.namespaceName, resource->plural, resource->group);
        return;
    }
    const QString currentName = selection->object()
                                    .value(QLatin1String("metadata"))
                                    .toObject()
                                    .value(QLatin1String("name"))
                                    .toString();
    if (!selection->uid().isEmpty() && currentName == draft.name) {
        cancel();
        Q_EMIT arrived();
        return;
    }
    // The table selects it once listed (the timer asks again); or the controller's
    // takeIfPending() ends the wait when the selection shows it first.
    selection->requestSelect(draft.name);
}

} // namespace scs::ui
