#include "ui/kubeconfig/kubeconfigtargetpicker.h"

#include "kubeconfig/kubeconfig.h"
#include "kubeconfig/kubeconfigwriter.h"
#include "ui/kubeconfig/kubeconfigreplace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace scs::ui {

KubeconfigTargetPicker::KubeconfigTargetPicker(const QString &setCurrentText, QWidget *parent)
    : QWidget(parent)
    , m_mergeDefault(new QRadioButton(tr("Merge into the default kubeconfig (%1)")
                                          .arg(QDir::toNativeSeparators(defaultKubeconfigPath())),
                                      this))
    , m_saveToFile(new QRadioButton(tr("Save to a file:"), this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_setCurrent(new QCheckBox(setCurrentText, this))
{
    setObjectName(QStringLiteral("kubeconfigTarget"));
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setAccessibleName(tr("Kubeconfig file"));
    m_file->setPlaceholderText(tr("Path of the kubeconfig file"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_mergeDefault);
    group->addButton(m_saveToFile);
    m_mergeDefault->setChecked(true);
    m_file->setEnabled(false);
    m_browse->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mergeDefault);
    layout->addWidget(m_saveToFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);
    layout->addWidget(m_setCurrent);

    connect(group, &QButtonGroup::buttonToggled, this, [this] {
        m_file->setEnabled(m_saveToFile->isChecked());
        m_browse->setEnabled(m_saveToFile->isChecked());
        Q_EMIT changed();
    });
    connect(m_file, &QLineEdit::textChanged, this, &KubeconfigTargetPicker::changed);
    connect(m_setCurrent, &QCheckBox::toggled, this, &KubeconfigTargetPicker::changed);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Save Kubeconfig"),
                                        m_file->text().isEmpty()
                                            ? QFileInfo(defaultKubeconfigPath()).absolutePath()
                                            : m_file->text());
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        chooser->setOption(QFileDialog::DontConfirmOverwrite);
        connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &path) {
            m_file->setText(QDir::toNativeSeparators(path));
        });
        chooser->open();
    });
}

QString KubeconfigTargetPicker::targetPath() const
{
    if (m_mergeDefault->isChecked())
        return defaultKubeconfigPath();
    return typedKubeconfigPath(m_file->text());
}

bool KubeconfigTargetPicker::setsCurrentContext() const
{
    return m_setCurrent->isChecked();
}

void KubeconfigTargetPicker::setSetCurrentContext(bool on)
{
    m_setCurrent->setChecked(on);
}

std::expected<QByteArray, QString> KubeconfigTargetPicker::existingContent() const
{
    const QString path = targetPath();
    if (path.isEmpty())
        return std::unexpected(tr("Choose the file to save to."));
    const QFileInfo info(path);
    if (info.isDir())
        return std::unexpected(tr("%1 is a folder.").arg(QDir::toNativeSeparators(path)));
    if (!info.exists())
        return QByteArray();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(tr("The kubeconfig %1 cannot be read: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return file.readAll();
}

QString KubeconfigTargetPicker::changesText(const QString &path, const KubeconfigMerge &merge)
{
    const QString shown = QDir::toNativeSeparators(path);
    QStringList parts{!QFileInfo::exists(path)
                          ? tr("A new file %1 is created.").arg(shown)
                          : tr("Merged into %1; its other entries stay as they are.").arg(shown)};
    if (!merge.added.isEmpty())
        parts.append(tr("Adds: %1.").arg(merge.added.join(QStringLiteral(", "))));
    if (!merge.clashes.isEmpty())
        parts.append(tr("<b>Replaces</b> (same name, different content): %1.")
                         .arg(merge.clashes.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (merge.added.isEmpty() && merge.clashes.isEmpty())
        parts.append(tr("The file has these entries already; nothing changes."));
    if (!merge.formattingKept)
        parts.append(tr("The file's layout cannot be kept (flow-style lists): it is rewritten "
                        "with the same content."));
    return parts.join(QLatin1Char(' '));
}

void KubeconfigTargetPicker::setTargetFile(const QString &path)
{
    if (path.isEmpty()) {
        m_mergeDefault->setChecked(true);
        return;
    }
    m_saveToFile->setChecked(true);
    m_file->setText(QDir::toNativeSeparators(path));
}

} // namespace scs::ui
