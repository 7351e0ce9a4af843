#include "ui/edit/draftkeeper.h"

#include "ui/common/workbench.h"
#include "ui/edit/draftsdialog.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QLocale>

namespace scs::ui {

DraftKeeper::DraftKeeper(Workbench &workbench, edit::DraftStore &drafts, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_drafts(drafts)
    , m_continue(new QAction(tr("Continue Editing"), this))
    , m_showList(new QAction(tr("Show Drafts…"), this))
{
    m_continue->setObjectName(QStringLiteral("restoreDraftAction"));
    m_showList->setObjectName(QStringLiteral("showDraftsAction"));
    connect(m_continue, &QAction::triggered, this, [this] {
        m_workbench.hideBanner();
        Q_EMIT continueRequested();
    });
    connect(m_showList, &QAction::triggered, this, [this] {
        m_workbench.hideBanner();
        showList();
    });
    connect(&m_opener, &DraftOpener::arrived, this, &DraftKeeper::continueRequested);
    connect(&m_opener, &DraftOpener::notFound, this, [this](const QString &message) {
        m_workbench.showStatusMessage(message, 10000);
    });
}

DraftKeeper::~DraftKeeper()
{
    delete m_dialog;
}

DraftsDialog *DraftKeeper::dialog() const
{
    return m_dialog;
}

void DraftKeeper::start(const QString &profile, workspace::Workspace *workspace)
{
    m_profile = profile;
    m_workspace = workspace;
    const QList<edit::Draft> drafts = m_drafts.list(m_profile);
    if (!drafts.isEmpty()) {
        m_workbench.showBanner(tr("%n unsaved draft(s) from an earlier session.", nullptr,
                                  int(drafts.size())),
                               Workbench::BannerKind::Info, m_showList);
    }
}

void DraftKeeper::stop()
{
    delete m_dialog;
    m_opener.cancel();
    m_offeredUid.clear();
}

bool DraftKeeper::objectShown(const QString &uid, const std::optional<edit::ObjectRef> &ref)
{
    if (uid == m_offeredUid)
        return false;
    if (!m_offeredUid.isEmpty() && m_workbench.bannerText().startsWith(tr("Unsaved draft of")))
        m_workbench.hideBanner();
    m_offeredUid = uid;
    if (uid.isEmpty() || !ref || m_profile.isEmpty())
        return false;
    if (m_opener.takeIfPending(ref->key()))
        return true;
    const auto draft = m_drafts.load(m_profile, ref->key());
    if (!draft)
        return false;
    m_workbench.showBanner(tr("Unsaved draft of %1 (saved %2).")
                               .arg(ref->displayName(),
                                    QLocale().toString(draft->savedAt.toLocalTime(),
                                                       QLocale::ShortFormat)),
                           Workbench::BannerKind::Info, m_continue);
    return false;
}

void DraftKeeper::open(const edit::Draft &draft)
{
    m_offeredUid.clear();
    m_opener.open(m_workspace, draft);
}

void DraftKeeper::showList()
{
    if (m_profile.isEmpty())
        return;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new DraftsDialog(m_drafts.list(m_profile), m_workbench.window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &DraftsDialog::openRequested, this, &DraftKeeper::openRequested);
    connect(m_dialog, &DraftsDialog::discardRequested, this, [this](const edit::Draft &draft) {
        m_drafts.remove(draft.profile, draft.objectKey);
        if (m_dialog)
            m_dialog->removeDraft(draft.objectKey);
    });
    m_dialog->open();
}

} // namespace scs::ui
