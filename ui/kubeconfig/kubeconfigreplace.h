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

// The file a person typed into either kubeconfig dialog, as an absolute clean path: native
// separators accepted, "~" for the home directory as in a shell, relative to the current
// directory. Empty when nothing was typed.
[[nodiscard]] QString typedKubeconfigPath(const QString &typed);

} // namespace scs::ui
