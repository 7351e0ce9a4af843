#include "ui/edit/conflictview.h"
#include "ui/common/statusstyle.h"

#include "ui/common/editor/yamleditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace scs::ui {

namespace {

// Markers on the lines `text` changed against `base`.
QList<YamlEditor::Diagnostic> changedLines(const QString &base, const QString &text,
                                           const QString &message)
{
    QList<YamlEditor::Diagnostic> marks;
    for (const edit::DiffLine &line : edit::diffText(base, text)) {
        if (line.kind == edit::DiffLine::Kind::Added)
            marks.append({line.newLine, 0, message, YamlEditor::Severity::Info});
    }
    return marks;
}

QWidget *pane(const QString &title, const QString &toolTip, YamlEditor *editor, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    label->setToolTip(toolTip);
    editor->textEdit()->setAccessibleName(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(editor, 1);
    return box;
}

} // namespace

ConflictView::ConflictView(const edit::Conflict &conflict, const QString &objectName,
                           QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
    , m_explanation(new QLabel(this))
    , m_yours(new YamlEditor(this))
    , m_live(new YamlEditor(this))
    , m_base(new YamlEditor(this))
    , m_merged(new YamlEditor(this))
{
    setObjectName(QStringLiteral("conflictView"));
    const bool ownership = conflict.isOwnershipOnly();
    setWindowTitle(ownership ? tr("Conflict: Fields of %1 Managed by Others").arg(objectName)
                             : tr("Conflict: %1 Changed on the Server").arg(objectName));

    QString text;
    if (ownership) {
        // Server-side apply's field ownership (Kubernetes API conventions): a field another
        // manager set may only be changed by taking it over (force) or by a plain update.
        const QString owners = conflict.ownersText();
        text = tr("Nobody changed %1 since you began editing. Your edit sets fields that "
                  "another field manager owns, to a different value: %2. Server-side apply "
                  "does not take fields over silently, so nothing was written.")
                   .arg(objectName.toHtmlEscaped(),
                        owners.isEmpty() ? tr("see the server's message")
                                         : owners.toHtmlEscaped());
        text += QStringLiteral("<br>")
            + tr("Take these fields over (force apply: the console becomes their manager), or "
                 "write your text with Update instead (a whole-object write that changes "
                 "values without taking fields over).");
    } else if (conflict.kind == edit::Conflict::Kind::FieldManagers) {
        QStringList owners;
        for (const edit::ManagerConflict &m : conflict.managers) {
            owners.append(tr("%1 (managed by %2)")
                              .arg(m.field.toHtmlEscaped(),
                                   m.manager.isEmpty() ? tr("another client")
                                                       : m.manager.toHtmlEscaped()));
        }
        text = tr("Your edit sets fields that another client manages with a different value: "
                  "%1. Nothing was written.")
                   .arg(owners.isEmpty() ? tr("see the server's message")
                                         : owners.join(QStringLiteral(", ")));
    } else {
        text = tr("Someone changed %1 on the server after you began editing. Nothing was "
                  "written.")
                   .arg(objectName.toHtmlEscaped());
    }
    const int conflicts = int(conflict.merge.conflicts.size());
    if (!ownership) {
        text += QStringLiteral("<br>")
            + (conflicts == 0
                   ? tr("Your changes and theirs do not overlap: rebasing keeps both.")
                   : tr("%n region(s) changed on both sides: after rebasing, keep what should "
                        "stay and remove the conflict markers.",
                        nullptr, conflicts));
    }
    m_explanation->setObjectName(QStringLiteral("conflictExplanation"));
    m_explanation->setText(text);
    m_explanation->setWordWrap(true);

    const QList<std::pair<YamlEditor *, QString>> texts{
        {m_yours, conflict.yours}, {m_live, conflict.live}, {m_base, conflict.base},
        {m_merged, conflict.merge.text}};
    for (const auto &[editor, content] : texts) {
        editor->setText(content);
        editor->setReadOnly(true);
        editor->foldPaths({QStringLiteral("metadata.managedFields"), QStringLiteral("status")});
    }
    m_yours->setObjectName(QStringLiteral("conflictYours"));
    m_live->setObjectName(QStringLiteral("conflictLive"));
    m_base->setObjectName(QStringLiteral("conflictBase"));
    m_merged->setObjectName(QStringLiteral("conflictMerged"));
    m_yours->setDiagnostics(changedLines(conflict.base, conflict.yours, tr("You changed this")));
    m_live->setDiagnostics(
        changedLines(conflict.base, conflict.live, tr("Changed on the server")));
    QList<YamlEditor::Diagnostic> regions;
    for (const edit::MergeConflict &c : conflict.merge.conflicts) {
        regions.append({c.line, 0,
                        tr("Conflict: you and the server changed these lines differently"),
                        YamlEditor::Severity::Error});
    }
    m_merged->setDiagnostics(regions);
    // Open where it matters: the first conflict, and each side's first change of the spec or
    // below (metadata bookkeeping such as resourceVersion changes with every write).
    const auto firstChange = [](const QList<YamlEditor::Diagnostic> &marks,
                                const QString &content) {
        const qsizetype at = content.indexOf(QLatin1String("\nspec:"));
        const int spec = int(content.left(at + 1).count(u'\n')) + 1;
        for (const YamlEditor::Diagnostic &d : marks) {
            if (d.line >= spec)
                return d.line;
        }
        return marks.isEmpty() ? 1 : marks.front().line;
    };
    m_yours->goToLine(firstChange(m_yours->diagnostics(), conflict.yours));
    m_live->goToLine(firstChange(m_live->diagnostics(), conflict.live));
    if (!regions.isEmpty())
        m_merged->goToLine(regions.front().line);
    else
        m_merged->goToLine(firstChange(changedLines(conflict.live, conflict.merge.text, {}),
                                       conflict.merge.text));
    m_base->goToLine(m_yours->cursorLine());

    auto *versions = new QSplitter(Qt::Horizontal, this);
    versions->addWidget(pane(tr("Yours"), tr("Your text, exactly as you sent it"), m_yours,
                             versions));
    versions->addWidget(pane(tr("Live"), tr("The object as the server has it now"), m_live,
                             versions));
    versions->addWidget(pane(tr("Base"), tr("The object as it was when you began editing"),
                             m_base, versions));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(versions);
    split->addWidget(pane(conflicts == 0 ? tr("Merged: your changes onto live")
                                         : tr("Merged: your changes onto live, with conflicts"),
                          tr("What \"Rebase onto live\" puts into the editor"), m_merged, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(this);
    if (ownership) {
        // Rebasing would bring back the same conflict: the way on is Update or force.
        m_update = buttons->addButton(tr("&Update Instead"), QDialogButtonBox::AcceptRole);
        m_update->setObjectName(QStringLiteral("conflictUpdateButton"));
        m_update->setToolTip(tr("Writes your text with Update (PUT with the version you "
                                "edited): refused if someone changed the object meanwhile."));
        m_update->setDefault(true);
        connect(m_update, &QPushButton::clicked, this, &ConflictView::updateInsteadRequested);
    } else {
        m_rebase = buttons->addButton(tr("&Rebase onto Live"), QDialogButtonBox::AcceptRole);
        m_rebase->setObjectName(QStringLiteral("conflictRebaseButton"));
        m_rebase->setToolTip(tr("Loads the merge into the editor: the live object with your "
                                "changes on top. Review and apply again."));
        m_rebase->setDefault(true);
        connect(m_rebase, &QPushButton::clicked, this, &ConflictView::rebaseRequested);
    }
    QLabel *warning = nullptr;
    if (conflict.kind == edit::Conflict::Kind::FieldManagers) {
        m_force = buttons->addButton(ownership ? tr("&Take Over These Fields")
                                               : tr("&Force Apply (Take Over Fields)"),
                                     QDialogButtonBox::DestructiveRole);
        m_force->setObjectName(QStringLiteral("conflictForceButton"));
        connect(m_force, &QPushButton::clicked, this, &ConflictView::forceApplyRequested);
        warning = new QLabel(
            tr("⚠ Force apply overwrites the other managers' values with yours and makes the "
               "console the owner of these fields. Their controller or user may set them back. "
               "Only do this when you know why they differ."),
            this);
        warning->setObjectName(QStringLiteral("conflictForceWarning"));
        warning->setWordWrap(true);
        setTextColor(warning, QColor(0x8a, 0x4b, 0x00));
    }
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("conflictCancelButton"));
    m_cancel->setToolTip(tr("Back to the editor; your text stays as it is"));
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(split, 1);
    if (warning)
        layout->addWidget(warning);
    layout->addWidget(buttons);
    resize(1200, 760);
}

} // namespace scs::ui
