#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace scs::ui {

// Asks before a kubeconfig write replaces entries of `path` that have the same name but other
// content (`clashes`: KubeconfigMerge::clashes, "cluster x", "user y", ...): a window-modal
// question (object name "confirmReplace") with Replace and Cancel, Cancel the default. Returns
// at once; `replace` runs only when the person chooses Replace, Cancel does nothing. Shared by
// the export dialog and the cluster kubeconfig dialog so both ask the same way.
void askReplaceEntries(QWidget *parent, const QString &path, const QStringList &clashes,
                       std::function<void()> replace);

// `text` (plain) as rich text in the dialogs' error red.
[[nodiscard]] QString errorHtml(const QString &text);

// Runs `write(false)` at once when there are no `clashes`, else askReplaceEntries() first and
// `write(true)` when the person chose Replace.
void writeWithConsent(QWidget *parent, const QString &path, const QStringList &clashes,
                      const std::function<void(bool replace)> &write);

// `wrote` ("Wrote <file> with ...") and, when the write kept a backup, where the previous
// file is now.
[[nodiscard]] QString writtenText(const QString &wrote, const QString &backupPath);

// The file a person typed into either kubeconfig dialog, as an absolute clean path: native
// separators accepted, "~" for the home directory as in a shell, relative to the current
// directory. Empty when nothing was typed.
[[nodiscard]] QString typedKubeconfigPath(const QString &typed);

} // namespace scs::ui
