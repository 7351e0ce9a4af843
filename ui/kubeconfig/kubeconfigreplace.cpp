#include "ui/kubeconfig/kubeconfigreplace.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace scs::ui {

// The strings keep the translation context of the export dialog, where they were written first
// (the cluster kubeconfig dialog asked with the same words), so the German catalogue keeps
// matching. Spelled out per call: lupdate only reads a literal context.
void askReplaceEntries(QWidget *parent, const QString &path, const QStringList &clashes,
                       std::function<void()> replace)
{
    auto *confirm = new QMessageBox(
        QMessageBox::Question,
        QCoreApplication::translate("scs::ui::KubeconfigExportDialog", "Replace Entries?"),
        QCoreApplication::translate(
            "scs::ui::KubeconfigExportDialog",
            "%1 already has entries of the same name with other content:\n\n%2\n\nReplace "
            "them? The old file is kept as a backup.")
            .arg(QDir::toNativeSeparators(path), clashes.join(QLatin1Char('\n'))),
        QMessageBox::NoButton, parent);
    confirm->setObjectName(QStringLiteral("confirmReplace"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    auto *replaceButton = confirm->addButton(
        QCoreApplication::translate("scs::ui::KubeconfigExportDialog", "&Replace"),
        QMessageBox::AcceptRole);
    confirm->addButton(QMessageBox::Cancel);
    confirm->setDefaultButton(QMessageBox::Cancel);
    // `parent` as the receiver: the answer is dropped if the dialog is gone by then.
    QObject::connect(confirm, &QMessageBox::finished, parent,
                     [confirm, replaceButton, replace = std::move(replace)] {
                         if (confirm->clickedButton() == replaceButton)
                             replace();
                     });
    confirm->open();
}

void writeWithConsent(QWidget *parent, const QString &path, const QStringList &clashes,
                      const std::function<void(bool replace)> &write)
{
    if (clashes.isEmpty()) {
        write(false);
        return;
    }
    askReplaceEntries(parent, path, clashes, [write] { write(true); });
}

QString writtenText(const QString &wrote, const QString &backupPath)
{
    if (backupPath.isEmpty())
        return wrote;
    return wrote + QLatin1Char(' ')
        + QCoreApplication::translate("scs::ui::KubeconfigExportDialog",
                                      "The previous file was saved as %1.")
              .arg(QDir::toNativeSeparators(backupPath));
}

QString typedKubeconfigPath(const QString &typed)
{
    QString path = QDir::fromNativeSeparators(typed.trimmed());
    if (path.isEmpty())
        return {};
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

QString errorHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:#b3261e\">%1</span>").arg(text.toHtmlEscaped());
}

} // namespace scs::ui
