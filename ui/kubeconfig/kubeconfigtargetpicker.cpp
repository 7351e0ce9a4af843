#include "ui/kubeconfig/kubeconfigtargetpicker.h"

#include "kubeconfig/kubeconfig.h"
#include "ui/kubeconfig/kubeconfigreplace.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace scs::ui {

KubeconfigTargetPicker::KubeconfigTargetPicker(QWidget *parent)
    : QWidget(parent)
    , m_mergeDefault(new QRadioButton(tr("Merge into the default kubeconfig (%1)")
                                          .arg(QDir::toNativeSeparators(defaultKubeconfigPath())),
                                      this))
    , m_saveToFile(new QRadioButton(tr("Save to a file:"), this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
{
    setObjectName(QStringLiteral("kubeconfigTarget"));
    m_file->setObjectName(QStringLiteral("file"));
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

    connect(group, &QButtonGroup::buttonToggled, this, [this] {
        m_file->setEnabled(m_saveToFile->isChecked());
        m_browse->setEnabled(m_saveToFile->isChecked());
        Q_EMIT changed();
    });
    connect(m_file, &QLineEdit::textChanged, this, &KubeconfigTargetPicker::changed);
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
