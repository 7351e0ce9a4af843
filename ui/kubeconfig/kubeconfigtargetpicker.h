#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace scs::ui {

// Where a kubeconfig goes, for both kubeconfig dialogs: "Merge into the default kubeconfig
// (<path>)" or "Save to a file:" with a path field ("file") and Browse… (a save chooser that
// does not ask about replacing: merging into an existing file is the point). changed() on
// every change, so the dialog can refresh its preview. GUI thread only.
class KubeconfigTargetPicker : public QWidget
{
    Q_OBJECT

public:
    explicit KubeconfigTargetPicker(QWidget *parent = nullptr);

    // The default kubeconfig, or the typed file as an absolute clean path (typedKubeconfigPath:
    // "~" expanded); empty when "Save to a file" has no name yet.
    [[nodiscard]] QString targetPath() const;
    // Empty: the default kubeconfig; else that file.
    void setTargetFile(const QString &path);

Q_SIGNALS:
    void changed();

private:
    QRadioButton *m_mergeDefault;
    QRadioButton *m_saveToFile;
    QLineEdit *m_file;
    QPushButton *m_browse;
};

} // namespace scs::ui
