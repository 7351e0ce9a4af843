#include "ui/kubeconfig/openkubeconfigcontextdialog.h"

#include "kubeconfig/kubeconfig.h"
#include "kubeconfig/kubeconfigtokensource.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scs::ui {

namespace {
enum Column { NameColumn, ServerColumn, NamespaceColumn, AuthColumn };
}

OpenKubeconfigContextDialog::OpenKubeconfigContextDialog(OpenHandler open, QWidget *parent)
    : QDialog(parent)
    , m_open(std::move(open))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_contexts(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_openButton(m_buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("openKubeconfigContextDialog"));
    setWindowTitle(tr("Open Kubeconfig Context"));
    resize(820, 420);

    auto *fileLabel = new QLabel(tr("&Kubeconfig:"), this);
    fileLabel->setBuddy(m_path);
    m_path->setObjectName(QStringLiteral("kubeconfigPath"));
    m_browse->setObjectName(QStringLiteral("browseKubeconfig"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    auto *listLabel = new QLabel(tr("Con&texts:"), this);
    listLabel->setBuddy(m_contexts);
    m_contexts->setObjectName(QStringLiteral("kubeconfigContexts"));
    m_contexts->setRootIsDecorated(false);
    m_contexts->setUniformRowHeights(true);
    m_contexts->setAllColumnsShowFocus(true);
    m_contexts->setHeaderLabels({tr("Context"), tr("Server"), tr("Namespace"), tr("Signs in with")});
    m_contexts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contexts->header()->setStretchLastSection(true);

    m_message->setObjectName(QStringLiteral("kubeconfigMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_openButton->setObjectName(QStringLiteral("openContext"));
    m_openButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(listLabel);
    layout->addWidget(m_contexts, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_path, &QLineEdit::editingFinished, this, &OpenKubeconfigContextDialog::reload);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *picker = new QFileDialog(this, tr("Choose a Kubeconfig"),
                                       QFileInfo(path()).absolutePath());
        picker->setAttribute(Qt::WA_DeleteOnClose);
        picker->setFileMode(QFileDialog::ExistingFile);
        picker->setOption(QFileDialog::ReadOnly);
        connect(picker, &QFileDialog::fileSelected, this,
                &OpenKubeconfigContextDialog::setPath);
        picker->open();
    });
    connect(m_contexts, &QTreeWidget::itemSelectionChanged, this,
            &OpenKubeconfigContextDialog::onSelectionChanged);
    connect(m_contexts, &QTreeWidget::itemActivated, this,
            &OpenKubeconfigContextDialog::openSelected);
    connect(m_buttons, &QDialogButtonBox::accepted, this,
            &OpenKubeconfigContextDialog::openSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setPath(kubeconfigSearchPaths().constFirst());
}

OpenKubeconfigContextDialog::~OpenKubeconfigContextDialog()
{
    // QDialog's destructor hides the window, and the field's focus-out would reload into
    // members already gone.
    m_path->disconnect(this);
}

QString OpenKubeconfigContextDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString OpenKubeconfigContextDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void OpenKubeconfigContextDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    reload();
}

void OpenKubeconfigContextDialog::reload()
{
    m_contexts->clear();
    m_summaries.clear();
    m_message->hide();
    const QString file = path();
    if (file.isEmpty()) {
        onSelectionChanged();
        return;
    }
    if (!QFileInfo::exists(file)) {
        showMessage(tr("There is no file %1.").arg(QDir::toNativeSeparators(file)), true);
        onSelectionChanged();
        return;
    }
    auto listed = listKubeconfigContexts(file);
    if (!listed) {
        const Error &e = listed.error();
        showMessage(e.line > 0 ? tr("%1 (line %2)").arg(e.message).arg(e.line) : e.message, true);
        onSelectionChanged();
        return;
    }
    m_summaries = *listed;
    QTreeWidgetItem *current = nullptr;
    for (const KubeconfigContextSummary &s : std::as_const(m_summaries)) {
        auto *item = new QTreeWidgetItem(m_contexts);
        item->setText(NameColumn, s.current ? tr("%1 (current)").arg(s.name) : s.name);
        item->setData(NameColumn, Qt::UserRole, s.name);
        item->setText(ServerColumn, s.server);
        item->setText(NamespaceColumn, s.namespaceName);
        item->setText(AuthColumn, s.problem.isEmpty() ? s.authDescription : tr("Cannot be opened"));
        if (!s.problem.isEmpty()) {
            item->setToolTip(AuthColumn, s.problem);
            for (int column = 0; column < m_contexts->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (!current || s.current) // the current context, else the first
            current = item;
    }
    if (m_summaries.isEmpty())
        showMessage(tr("This kubeconfig has no contexts."), false);
    if (current)
        m_contexts->setCurrentItem(current);
    onSelectionChanged();
}

bool OpenKubeconfigContextDialog::selectContext(const QString &name)
{
    for (int i = 0; i < m_contexts->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_contexts->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == name) {
            m_contexts->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void OpenKubeconfigContextDialog::onSelectionChanged()
{
    if (m_pendingTokens)
        return; // busy signing in
    QTreeWidgetItem *item = m_contexts->currentItem();
    const int row = item ? m_contexts->indexOfTopLevelItem(item) : -1;
    const bool usable = row >= 0 && row < m_summaries.size()
                        && m_summaries.at(row).problem.isEmpty();
    m_openButton->setEnabled(usable);
    if (row >= 0 && row < m_summaries.size() && !m_summaries.at(row).problem.isEmpty())
        showMessage(m_summaries.at(row).problem, true);
    else if (row >= 0)
        m_message->hide();
}

void OpenKubeconfigContextDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->show();
}

void OpenKubeconfigContextDialog::setBusy(bool busy)
{
    m_path->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_contexts->setEnabled(!busy);
    m_openButton->setEnabled(!busy);
}

void OpenKubeconfigContextDialog::openSelected()
{
    if (m_pendingTokens || !m_openButton->isEnabled())
        return;
    QTreeWidgetItem *item = m_contexts->currentItem();
    if (!item)
        return;
    const QString name = item->data(NameColumn, Qt::UserRole).toString();
    auto connection = openKubeconfigContext(path(), name);
    if (!connection) {
        showMessage(connection.error().message, true); // the file changed since it was listed
        return;
    }
    if (connection->auth.bearer == KubeconfigUserAuth::Bearer::Exec
        && !m_signedInProfile.isEmpty()
        && connection->auth.exec.consoleProfile() == m_signedInProfile) {
        // `scs-console get-token --profile P` would print this session's ID token.
        if (m_open)
            m_open(*connection, nullptr);
        accept();
        return;
    }
    m_pending = *connection;
    m_pendingTokens = std::make_unique<KubeconfigTokenSource>(*connection);
    if (m_pendingTokens->hasCredential()) {
        finishOpen();
        return;
    }
    // An exec plugin signs in first, so that a missing or failing program is told here and
    // not as a 401 in the tree.
    setBusy(true);
    showMessage(tr("Signing in with %1…").arg(connection->auth.description()), false);
    KubeconfigTokenSource *tokens = m_pendingTokens.get();
    connect(tokens, &kube::TokenSource::refreshed, this, &OpenKubeconfigContextDialog::finishOpen);
    connect(tokens, &kube::TokenSource::refreshFailed, this, [this](const Error &error) {
        // Not deleted here: this runs inside the token source's own signal.
        m_pendingTokens->disconnect(this);
        m_pendingTokens.release()->deleteLater();
        m_pending.reset();
        setBusy(false);
        showMessage(error.message, true);
    });
    tokens->requestRefresh();
}

void OpenKubeconfigContextDialog::finishOpen()
{
    if (!m_pendingTokens || !m_pending)
        return;
    m_pendingTokens->disconnect(this);
    std::unique_ptr<kube::TokenSource> tokens = std::move(m_pendingTokens);
    const KubeconfigConnection connection = *m_pending;
    m_pending.reset();
    if (m_open)
        m_open(connection, std::move(tokens));
    accept();
}

} // namespace scs::ui
