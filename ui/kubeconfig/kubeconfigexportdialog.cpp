#include "ui/kubeconfig/kubeconfigexportdialog.h"

#include "kubeconfig/kubeconfig.h"
#include "ui/kubeconfig/kubeconfigpreview.h"
#include "ui/kubeconfig/kubeconfigreplace.h"
#include "ui/kubeconfig/kubeconfigtargetpicker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>

namespace scs::ui {

namespace {
// A word for a POSIX shell: kept as it is when it is safe, else in single quotes.
QString shellWord(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

KubeconfigExportDialog::KubeconfigExportDialog(const ConnectionProfile &profile,
                                               const QStringList &tenants,
                                               const QString &consoleProgram, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_consoleProgram(consoleProgram)
    , m_tenants(new QListWidget(this))
    , m_consolePlugin(new QRadioButton(tr("SCS Console (scs-console get-token)"), this))
    , m_kubelogin(new QRadioButton(tr("kubelogin (kubectl oidc-login)"), this))
    , m_target(new KubeconfigTargetPicker(
          tr("Make the first tenant's context the current context"), this))
    , m_preview(new KubeconfigPreview(tr("Entries that will be written:"), this))
    , m_result(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_copy(new QPushButton(tr("&Copy kubectl Commands"), this))
{
    setWindowTitle(tr("Export Kubeconfig — %1").arg(profile.name));
    setObjectName(QStringLiteral("kubeconfigExportDialog"));
    m_tenants->setObjectName(QStringLiteral("tenants"));
    m_tenants->setAccessibleName(tr("Tenants"));
    m_result->setObjectName(QStringLiteral("result"));
    m_export->setObjectName(QStringLiteral("export"));
    m_copy->setObjectName(QStringLiteral("copyCommands"));

    QStringList shown = tenants.isEmpty() ? profile.tenants : tenants;
    shown.removeDuplicates();
    for (const QString &tenant : std::as_const(shown)) {
        auto *item = new QListWidgetItem(tenant, m_tenants);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_tenants->setToolTip(tr("One context per checked tenant, named <tenant>@%1")
                              .arg(kubeconfigNamePart(profile.name)));

    auto *userGroup = new QButtonGroup(this);
    userGroup->addButton(m_consolePlugin);
    userGroup->addButton(m_kubelogin);
    m_consolePlugin->setChecked(true);
    m_consolePlugin->setToolTip(tr("kubectl asks the console for your ID token; the console "
                                   "opens its sign-in window when you are not signed in."));
    m_kubelogin->setToolTip(tr("kubectl signs in with the kubelogin plugin (int128/kubelogin), "
                               "with the same issuer and client as the console."));

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *left = new QWidget(this);
    auto *form = new QVBoxLayout(left);
    form->setContentsMargins(0, 0, 0, 0);
    auto *tenantBox = new QGroupBox(tr("Tenants"), left);
    auto *tenantLayout = new QVBoxLayout(tenantBox);
    tenantLayout->addWidget(m_tenants);
    form->addWidget(tenantBox, 1);
    auto *userBox = new QGroupBox(tr("Sign-in for kubectl"), left);
    auto *userLayout = new QVBoxLayout(userBox);
    userLayout->addWidget(m_consolePlugin);
    userLayout->addWidget(m_kubelogin);
    form->addWidget(userBox);
    auto *targetBox = new QGroupBox(tr("Where"), left);
    auto *targetLayout = new QVBoxLayout(targetBox);
    targetLayout->addWidget(m_target);
    form->addWidget(targetBox);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &KubeconfigExportDialog::exportKubeconfig);
    connect(m_copy, &QPushButton::clicked, this, &KubeconfigExportDialog::copyKubectlCommands);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_tenants, &QListWidget::itemChanged, this, &KubeconfigExportDialog::updatePreview);
    connect(userGroup, &QButtonGroup::buttonToggled, this, &KubeconfigExportDialog::updatePreview);
    connect(m_target, &KubeconfigTargetPicker::changed, this,
            &KubeconfigExportDialog::updatePreview);

    resize(980, 620);
    updatePreview();
}

KubeconfigExportDialog::~KubeconfigExportDialog() = default;

KubeconfigExport KubeconfigExportDialog::request() const
{
    KubeconfigExport request;
    request.profile = m_profile;
    for (int i = 0; i < m_tenants->count(); ++i) {
        if (m_tenants->item(i)->checkState() == Qt::Checked)
            request.tenants.append(m_tenants->item(i)->text());
    }
    request.userKind = m_kubelogin->isChecked() ? KubeconfigExport::UserKind::Kubelogin
                                                : KubeconfigExport::UserKind::ConsolePlugin;
    request.consoleProgram = m_consoleProgram;
    request.setCurrentContext = m_target->setsCurrentContext();
    return request;
}

QString KubeconfigExportDialog::targetPath() const
{
    return m_target->targetPath();
}

QString KubeconfigExportDialog::kubectlCommands() const
{
    const KubeconfigExport current = request();
    const QString path = targetPath();
    // kubectl reads the default kubeconfig by itself; another file must be named.
    const bool named = !path.isEmpty() && !kubeconfigSearchPaths().contains(path);
    QStringList lines;
    for (const QString &tenant : current.tenants) {
        QStringList words{QStringLiteral("kubectl")};
        if (named)
            words << QStringLiteral("--kubeconfig") << shellWord(nativePath(path));
        words << QStringLiteral("--context") << shellWord(current.contextName(tenant))
              << QStringLiteral("get") << QStringLiteral("clusters.api.scs.community");
        lines.append(words.join(QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n')) + (lines.isEmpty() ? QString() : QStringLiteral("\n"));
}

void KubeconfigExportDialog::setTenantChecked(const QString &tenant, bool checked)
{
    for (int i = 0; i < m_tenants->count(); ++i) {
        if (m_tenants->item(i)->text() == tenant)
            m_tenants->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void KubeconfigExportDialog::setUserKind(KubeconfigExport::UserKind kind)
{
    (kind == KubeconfigExport::UserKind::Kubelogin ? m_kubelogin : m_consolePlugin)
        ->setChecked(true);
}

void KubeconfigExportDialog::setTargetFile(const QString &path)
{
    m_target->setTargetFile(path);
}

void KubeconfigExportDialog::setSetCurrentContext(bool on)
{
    m_target->setSetCurrentContext(on);
}

void KubeconfigExportDialog::updatePreview()
{
    m_merge.reset();
    m_result->hide();
    const KubeconfigExport current = request();
    m_copy->setEnabled(!current.tenants.isEmpty());
    auto refuse = [this](const QString &text) {
        m_preview->setChanges(errorHtml(text));
        m_export->setEnabled(false);
    };
    // The entries alone: that is exactly what lands in the file, whatever it holds already
    // (whose other entries may carry other people's credentials and are not shown).
    const auto entries = generateKubeconfig(current);
    if (!entries) {
        m_preview->setEntries({});
        refuse(current.tenants.isEmpty() ? tr("Check at least one tenant.")
                                         : entries.error().message);
        return;
    }
    m_preview->setEntries(QString::fromUtf8(*entries));

    const QString path = targetPath();
    const auto existing = m_target->existingContent();
    if (!existing) {
        refuse(existing.error());
        return;
    }
    const auto merged = mergeKubeconfig(*existing, path, current);
    if (!merged) {
        // A broken file: where and why, and nothing can be written until it is fixed.
        refuse(tr("%1 Nothing will be written.").arg(merged.error().toDisplayString()));
        return;
    }
    m_merge = *merged;
    m_preview->setChanges(KubeconfigTargetPicker::changesText(path, *merged));
    m_export->setEnabled(true);
}

void KubeconfigExportDialog::exportKubeconfig()
{
    updatePreview(); // the file may have changed since
    if (m_merge)
        writeWithConsent(this, targetPath(), m_merge->clashes,
                         [this](bool replace) { write(replace); });
}

void KubeconfigExportDialog::write(bool replace)
{
    const KubeconfigExport current = request();
    const QString path = targetPath();
    const auto written = writeKubeconfig(path, current, replace);
    if (!written) {
        showResult(written.error().toDisplayString(), true);
        return;
    }
    QStringList contexts;
    for (const QString &tenant : current.tenants)
        contexts.append(current.contextName(tenant));
    const QString text = writtenText(
        tr("Wrote %1 with the contexts %2.")
            .arg(nativePath(path), contexts.join(QStringLiteral(", "))),
        written->backupPath);
    updatePreview();
    showResult(text, false);
}

void KubeconfigExportDialog::showResult(const QString &text, bool error)
{
    m_result->setText(error ? errorHtml(text) : text.toHtmlEscaped());
    m_result->show();
}

void KubeconfigExportDialog::copyKubectlCommands()
{
    QGuiApplication::clipboard()->setText(kubectlCommands());
    showResult(tr("The kubectl commands are on the clipboard."), false);
}

} // namespace scs::ui
