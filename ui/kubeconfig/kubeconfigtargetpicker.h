#pragma once

#include <QWidget>

#include <expected>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace scs {
struct KubeconfigMerge;
}

namespace scs::ui {

// Where a kubeconfig goes, for both kubeconfig dialogs: "Merge into the default kubeconfig
// (<path>)" or "Save to a file:" with a path field ("file") and Browse… (a save chooser that
// does not ask about replacing: merging into an existing file is the point), and whether the
// new context becomes the current one. It reads what is there now and says what a merge
// changes, in the same words for both dialogs. changed() on every change, so the dialog can
// refresh its preview. GUI thread only.
class KubeconfigTargetPicker : public QWidget
{
    Q_OBJECT

public:
    // `setCurrentText`: the label of the "current context" check box.
    explicit KubeconfigTargetPicker(const QString &setCurrentText, QWidget *parent = nullptr);

    // The default kubeconfig, or the typed file as an absolute clean path (typedKubeconfigPath:
    // "~" expanded); empty when "Save to a file" has no name yet.
    [[nodiscard]] QString targetPath() const;
    // Empty: the default kubeconfig; else that file.
    void setTargetFile(const QString &path);
    [[nodiscard]] bool setsCurrentContext() const;
    void setSetCurrentContext(bool on);

    // What the target holds now: empty when it does not exist yet; a message (translated) when
    // nothing can be merged into it (no file name, a folder, unreadable).
    [[nodiscard]] std::expected<QByteArray, QString> existingContent() const;
    // What writing `merge` to `path` (as it is now) changes, as rich text: a new file or a merge, the entries
    // added and (in bold) replaced, nothing to do, or a layout that cannot be kept.
    [[nodiscard]] static QString changesText(const QString &path, const KubeconfigMerge &merge);

Q_SIGNALS:
    void changed();

private:
    QRadioButton *m_mergeDefault;
    QRadioButton *m_saveToFile;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QCheckBox *m_setCurrent;
};

} // namespace scs::ui
