#include "ui/kubeconfig/clusterkubeconfigdialog.h"

#include "kube/kubeclient.h"
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
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace scs::ui {

namespace {
QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString maskedKubeconfig(const QByteArray &text)
{
    static const QRegularExpression secret(
        QStringLiteral("^(\\s*(?:-\\s+)?(?:client-key-data|token|password):\\s*)(\\S.*)$"),
        QRegularExpression::MultilineOption);
    QString masked = QString::fromUtf8(text);
    masked.replace(secret, QStringLiteral("\\1<%1>").arg(ClusterKubeconfigDialog::tr(
                               "written to the file, not shown")));
    return masked;
}

ClusterKubeconfigDialog::ClusterKubeconfigDialog(kube::KubeClient *client, const QString &tenant,
                                                 const QString &cluster,
                                                 const QString &consoleProgram, QWidget *parent)
    : ClusterKubeconfigDialog(client->profile(), consoleProgram, parent)
{
    setWindowTitle(tr("Kubeconfig of Cluster %1 (%2)").arg(cluster, tenant));
    m_state->setText(tr("Reading the cluster %1…").arg(cluster));
    auto *loader = new ClusterAccessLoader(client, this);
    connect(loader, &ClusterAccessLoader::loaded, this, &ClusterKubeconfigDialog::setAccess);
    connect(loader, &ClusterAccessLoader::failed, this, &ClusterKubeconfigDialog::showFailure);
    loader->load(tenant, cluster);
}

ClusterKubeconfigDialog::ClusterKubeconfigDialog(const ConnectionProfile &profile,
                                                 const QString &consoleProgram, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_consoleProgram(consoleProgram)
    , m_state(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_consolePlugin(new QRadioButton(tr("SCS Console (scs-console get-token)"), this))
    , m_kubelogin(new QRadioButton(tr("kubelogin (kubectl oidc-login)"), this))
    , m_caLabel(new QLabel(this))
    , m_chooseCa(new QPushButton(tr("Choose CA File…"), this))
    , m_target(new KubeconfigTargetPicker(tr("Make it the current context"), this))
    , m_preview(new KubeconfigPreview(tr("What will be written:"), this))
    , m_result(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_copy(new QPushButton(tr("&Copy kubectl Command"), this))
{
    setWindowTitle(tr("Cluster Kubeconfig"));
    setObjectName(QStringLiteral("clusterKubeconfigDialog"));
    m_warning->setObjectName(QStringLiteral("adminWarning"));
    m_state->setObjectName(QStringLiteral("state"));
    m_result->setObjectName(QStringLiteral("result"));
    m_state->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::RichText);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d2e00; "
                                            "border: 1px solid #e0b400; padding: 8px; }"));
    m_warning->hide();
    m_caLabel->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->hide();

    auto *userGroup = new QButtonGroup(this);
    userGroup->addButton(m_consolePlugin);
    userGroup->addButton(m_kubelogin);
    m_consolePlugin->setChecked(true);

    auto *userBox = new QGroupBox(tr("Sign-in for kubectl"), this);
    userBox->setObjectName(QStringLiteral("userBox"));
    auto *userLayout = new QVBoxLayout(userBox);
    userLayout->addWidget(m_consolePlugin);
    userLayout->addWidget(m_kubelogin);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caLabel, 1);
    caRow->addWidget(m_chooseCa);
    userLayout->addLayout(caRow);
    auto *targetBox = new QGroupBox(tr("Where"), this);
    auto *targetLayout = new QVBoxLayout(targetBox);
    targetLayout->addWidget(m_target);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ClusterKubeconfigDialog::exportKubeconfig);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const auto current = request();
        if (!current)
            return;
        QStringList words{QStringLiteral("kubectl")};
        if (!kubeconfigSearchPaths().contains(targetPath()))
            words << QStringLiteral("--kubeconfig") << nativePath(targetPath());
        words << QStringLiteral("--context") << current->contextName() << QStringLiteral("get")
              << QStringLiteral("nodes");
        for (QString &word : words) {
            if (word.contains(QLatin1Char(' ')))
                word = QLatin1Char('\'') + word + QLatin1Char('\'');
        }
        QGuiApplication::clipboard()->setText(words.join(QLatin1Char(' ')) + QLatin1Char('\n'));
        m_result->setText(tr("The kubectl command is on the clipboard."));
        m_result->show();
    });
    connect(m_chooseCa, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("CA of the Cluster"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &path) {
            QFile file(path);
            if (!m_access || !file.open(QIODevice::ReadOnly))
                return;
            m_access->caPem = file.readAll();
            m_access->caSource = nativePath(path);
            updatePreview();
        });
        chooser->open();
    });
    connect(userGroup, &QButtonGroup::buttonToggled, this, &ClusterKubeconfigDialog::updatePreview);
    connect(m_target, &KubeconfigTargetPicker::changed, this,
            &ClusterKubeconfigDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_warning);
    layout->addWidget(userBox);
    layout->addWidget(targetBox);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(760, 640);
    m_export->setEnabled(false);
    m_copy->setEnabled(false);
}

ClusterKubeconfigDialog::~ClusterKubeconfigDialog() = default;

void ClusterKubeconfigDialog::showFailure(const Error &error)
{
    m_state->setText(errorHtml(error.message));
    Q_EMIT accessLoaded();
}

void ClusterKubeconfigDialog::setAccess(const ClusterAccess &access)
{
    m_access = access;
    const bool admin = access.kind == ClusterAccess::Kind::Admin;
    m_state->setText(admin ? tr("Cluster %1 in %2: its API server at %3 does not accept your "
                                "sign-in, so the admin kubeconfig of its Secret is offered.")
                                 .arg(access.cluster, access.tenant, access.server.toString())
                           : tr("Cluster %1 in %2: its API server at %3 trusts the same sign-in "
                                "server as the Central API; kubectl signs in as you.")
                                 .arg(access.cluster, access.tenant, access.server.toString()));
    m_warning->setVisible(admin);
    if (admin) {
        m_warning->setText(
            tr("<b>Admin credentials.</b> This kubeconfig holds the cluster's cluster-admin "
               "client certificate and key. Whoever has the file controls the whole cluster, "
               "and it cannot be revoked by signing out. It is written readable by you only "
               "(0600); do not share or commit it.")
            + QStringLiteral("<br/>") + access.oidcUnavailableReason.toHtmlEscaped());
    }
    for (QWidget *w : {static_cast<QWidget *>(m_consolePlugin),
                       static_cast<QWidget *>(m_kubelogin), static_cast<QWidget *>(m_caLabel),
                       static_cast<QWidget *>(m_chooseCa)})
        w->setEnabled(!admin);
    Q_EMIT accessLoaded();
    updatePreview();
}

std::optional<ClusterKubeconfigExport> ClusterKubeconfigDialog::request() const
{
    if (!m_access)
        return std::nullopt;
    ClusterKubeconfigExport request;
    request.profile = m_profile;
    request.access = *m_access;
    request.userKind = m_kubelogin->isChecked() ? KubeconfigExport::UserKind::Kubelogin
                                                : KubeconfigExport::UserKind::ConsolePlugin;
    request.consoleProgram = m_consoleProgram;
    request.setCurrentContext = m_target->setsCurrentContext();
    return request;
}

QString ClusterKubeconfigDialog::targetPath() const
{
    return m_target->targetPath();
}

void ClusterKubeconfigDialog::setTargetFile(const QString &path)
{
    m_target->setTargetFile(path);
}

void ClusterKubeconfigDialog::updatePreview()
{
    m_merge.reset();
    m_result->hide();
    m_export->setEnabled(false);
    m_copy->setEnabled(false);
    const auto current = request();
    if (!current)
        return;
    if (current->access.kind == ClusterAccess::Kind::Oidc) {
        m_caLabel->setText(current->access.caPem.isEmpty()
                               ? tr("The cluster's CA could not be read: choose its CA file, or "
                                    "kubectl trusts the system's CAs only.")
                               : tr("CA from %1.").arg(current->access.caSource));
    } else {
        m_caLabel->setText(tr("CA and credentials from %1.").arg(current->access.caSource));
    }
    const auto entries = generateClusterKubeconfig(*current);
    if (!entries) {
        m_preview->setEntries({});
        m_preview->setChanges(errorHtml(entries.error().toDisplayString()));
        return;
    }
    m_preview->setEntries(maskedKubeconfig(*entries));
    const QString path = targetPath();
    const auto existing = m_target->existingContent();
    if (!existing) {
        m_preview->setChanges(errorHtml(existing.error()));
        return;
    }
    const auto merged = mergeClusterKubeconfig(*existing, path, *current);
    if (!merged) {
        m_preview->setChanges(
            errorHtml(tr("%1 Nothing will be written.").arg(merged.error().toDisplayString())));
        return;
    }
    m_merge = *merged;
    m_preview->setChanges(KubeconfigTargetPicker::changesText(path, *merged));
    m_export->setEnabled(true);
    m_copy->setEnabled(true);
}

void ClusterKubeconfigDialog::exportKubeconfig()
{
    updatePreview(); // the file may have changed since
    if (m_merge)
        writeWithConsent(this, targetPath(), m_merge->clashes,
                         [this](bool replace) { write(replace); });
}

void ClusterKubeconfigDialog::write(bool replace)
{
    const auto current = request();
    if (!current)
        return;
    const QString path = targetPath();
    const auto written = writeClusterKubeconfig(path, *current, replace);
    if (!written) {
        m_result->setText(errorHtml(written.error().toDisplayString()));
        m_result->show();
        return;
    }
    const QString text = writtenText(
        tr("Wrote %1 with the context %2.").arg(nativePath(path), current->contextName()),
        written->backupPath);
    updatePreview();
    m_result->setText(text.toHtmlEscaped());
    m_result->show();
}

} // namespace scs::ui
