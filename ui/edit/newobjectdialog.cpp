#include "ui/edit/newobjectdialog.h"

#include "ui/common/editor/yamleditor.h"
#include "ui/common/statusstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scs::ui {

namespace {

using Status = edit::DocumentResult::Status;

QString statusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return NewObjectDialog::tr("Not tried");
    case Status::Created:
        return NewObjectDialog::tr("Created");
    case Status::Applied:
        return NewObjectDialog::tr("Applied");
    case Status::Failed:
        return NewObjectDialog::tr("Failed");
    }
    return {};
}

constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

} // namespace

NewObjectDialog::NewObjectDialog(kube::KubeClient *client, const kube::Discovery *discovery,
                                 const QString &defaultNamespace, QWidget *parent)
    : QDialog(parent)
    , m_applier(new edit::BatchApplier(client, discovery, this))
    , m_namespace(defaultNamespace)
    , m_hint(new QLabel(this))
    , m_editor(new YamlEditor(this))
    , m_mode(new QComboBox(this))
    , m_results(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("newObjectDialog"));
    setWindowTitle(tr("New Objects"));
    m_hint->setText(
        defaultNamespace.isEmpty()
            ? tr("Edit the starting object, open a file or paste YAML; several documents "
                 "(separated by ---) are created in order.")
            : tr("Edit the starting object, open a file or paste YAML; several documents "
                 "(separated by ---) are created in order, in %1 unless a document names "
                 "its namespace.")
                  .arg(defaultNamespace));
    m_hint->setWordWrap(true);
    m_editor->setObjectName(QStringLiteral("newObjectEditor"));

    m_mode->setObjectName(QStringLiteral("newObjectMode"));
    m_mode->setAccessibleName(tr("How to create"));
    m_mode->addItem(tr("Create (fail where an object exists)"));
    m_mode->addItem(tr("Create or update (server-side apply)"));

    m_results->setObjectName(QStringLiteral("newObjectResults"));
    m_results->setAccessibleName(tr("Results"));
    m_results->setRootIsDecorated(false);
    m_results->setColumnCount(4);
    m_results->setHeaderLabels({tr("Document"), tr("Line"), tr("Object"), tr("Result")});
    m_results->header()->setStretchLastSection(true);
    m_results->setMinimumHeight(90);
    m_results->hide();
    m_message->setObjectName(QStringLiteral("newObjectMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("&Open File…"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("newObjectOpenButton"));
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("newObjectCreateButton"));
    m_create->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    connect(open, &QPushButton::clicked, this, &NewObjectDialog::chooseFile);
    connect(m_create, &QPushButton::clicked, this, &NewObjectDialog::create);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_applier, &edit::BatchApplier::documentFinished, this,
            &NewObjectDialog::onDocumentFinished);
    connect(m_applier, &edit::BatchApplier::finished, this, &NewObjectDialog::onFinished);

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(new QLabel(tr("Write with:"), this));
    modeRow->addWidget(m_mode);
    modeRow->addStretch(1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_editor);
    split->addWidget(m_results);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);
    layout->addLayout(modeRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Tab in reading order: the results sit under the editor, above the mode.
    setTabOrder(m_results, m_mode);
    resize(860, 680);
}

void NewObjectDialog::setText(const QString &yaml)
{
    m_editor->setText(yaml);
}

QString NewObjectDialog::text() const
{
    return m_editor->text();
}

void NewObjectDialog::setCreateOrUpdate(bool on)
{
    m_mode->setCurrentIndex(on ? 1 : 0);
}

bool NewObjectDialog::isRunning() const
{
    return m_applier->isRunning();
}

bool NewObjectDialog::openFile(const QString &path)
{
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = tr("Cannot read %1: %2").arg(path, file.errorString());
    else if (file.size() > kMaxFileSize)
        problem = tr("%1 is larger than 16 MB; that is no YAML file for the console.").arg(path);
    if (!problem.isEmpty()) {
        setTextColor(m_message, statuscolor::error);
        m_message->setText(problem);
        m_message->show();
        return false;
    }
    const QByteArray content = file.readAll();
    QString text = QString::fromUtf8(content);
    m_editor->setText(text);
    setWindowTitle(tr("New Objects from %1").arg(QFileInfo(path).fileName()));
    m_message->hide();
    return true;
}

void NewObjectDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Open YAML File"), {},
                                   tr("YAML files (*.yaml *.yml);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &NewObjectDialog::openFile);
    dialog->open();
}

void NewObjectDialog::create()
{
    if (m_applier->isRunning())
        return;
    m_results->clear();
    m_results->show();
    m_message->hide();
    m_editor->clearDiagnostics();
    m_create->setEnabled(false);
    edit::BatchApplier::Options options;
    options.mode = m_mode->currentIndex() == 1 ? edit::BatchApplier::Mode::Apply
                                               : edit::BatchApplier::Mode::Create;
    options.defaultNamespace = m_namespace;
    m_applier->start(m_editor->text(), options);
}

void NewObjectDialog::onDocumentFinished(const edit::DocumentResult &result)
{
    const QString object = result.name.isEmpty()
        ? result.kind
        : result.namespaceName.isEmpty()
        ? tr("%1 %2").arg(result.kind, result.name)
        : tr("%1 %2/%3").arg(result.kind, result.namespaceName, result.name);
    auto *item = new QTreeWidgetItem(
        m_results, {QString::number(result.index + 1),
                    result.line > 0 ? QString::number(result.line) : QString(), object,
                    result.isOk() ? statusText(result.status)
                                  : statusText(result.status) + QStringLiteral(": ")
                                      + result.error.message});
    const QColor color = result.isOk() ? statuscolor::good : statuscolor::error;
    item->setForeground(3, readableStatusColor(color));
    item->setToolTip(3, result.error.message);
    m_results->scrollToItem(item);
}

void NewObjectDialog::onFinished(const QList<edit::DocumentResult> &results)
{
    m_last = results;
    // Documents never reached by documentFinished (a parse error stops all) get their row too.
    if (m_results->topLevelItemCount() < results.size()) {
        m_results->clear();
        for (const edit::DocumentResult &r : results)
            onDocumentFinished(r);
    }
    QList<YamlEditor::Diagnostic> marks;
    int failed = 0;
    for (const edit::DocumentResult &r : results) {
        if (r.status == Status::Failed) {
            ++failed;
            if (r.fieldErrors.isEmpty()) {
                const int line = r.error.line > 0 ? r.error.line : r.line;
                marks.append({qMax(1, line), r.error.column, r.error.message,
                              YamlEditor::Severity::Error});
            }
        }
        for (const edit::FieldError &f : r.fieldErrors) {
            marks.append({qMax(1, f.line), f.column,
                          f.field.isEmpty() ? f.message
                                            : f.field + QStringLiteral(": ") + f.message,
                          YamlEditor::Severity::Error});
        }
    }
    m_editor->setDiagnostics(marks);
    if (!marks.isEmpty())
        m_editor->goToLine(marks.front().line, qMax(1, marks.front().column));
    for (int column = 0; column < 3; ++column)
        m_results->resizeColumnToContents(column);
    setTextColor(m_message, failed ? statuscolor::error : statuscolor::good);
    m_message->setText(failed ? tr("%n document(s) failed; the others are listed with their "
                                   "result.",
                                   nullptr, failed)
                              : tr("All %n document(s) done.", nullptr, int(results.size())));
    m_message->show();
    m_create->setEnabled(true);
    Q_EMIT batchFinished(results);
}

} // namespace scs::ui
