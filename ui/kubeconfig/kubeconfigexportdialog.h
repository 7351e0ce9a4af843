#pragma once

#include "kubeconfig/kubeconfigwriter.h"
#include "profiles/connectionprofile.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace scs::ui {

class KubeconfigPreview;
class KubeconfigTargetPicker;

// File > Export Kubeconfig: which tenants, which user entry (the console's get-token or
// kubelogin), where (merge into the default kubeconfig or a chosen file), current context or
// not. The preview shows the exact YAML of the entries that will be written and says which
// entries of the target file are added or replaced; a broken target file shows its file, line
// and reason and nothing can be written. Writing goes through the same core functions as
// `scs-console export-kubeconfig` (mergeKubeconfig/writeKubeconfig): a clash of names asks
// before replacing. "Copy kubectl Commands" puts one `kubectl --context ...` line per tenant on
// the clipboard. Everything is synchronous local file work; nothing touches the network.
class KubeconfigExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `tenants`: the tenants the person sees (the navigation tree); all are checked at first.
    // `consoleProgram`: the absolute path of scs-console for the exec plugin entry.
    KubeconfigExportDialog(const ConnectionProfile &profile, const QStringList &tenants,
                           const QString &consoleProgram, QWidget *parent = nullptr);
    ~KubeconfigExportDialog() override;

    // The request as the controls describe it now, and the file it goes to.
    [[nodiscard]] KubeconfigExport request() const;
    [[nodiscard]] QString targetPath() const;
    // `kubectl --context ... get clusters.api.scs.community`, one line per checked tenant.
    [[nodiscard]] QString kubectlCommands() const;

    void setTenantChecked(const QString &tenant, bool checked);
    void setUserKind(KubeconfigExport::UserKind kind);
    void setTargetFile(const QString &path); // empty: merge into the default kubeconfig
    void setSetCurrentContext(bool on);

public Q_SLOTS:
    void exportKubeconfig(); // the Export button; asks first when names clash
    void copyKubectlCommands();

private:
    void updatePreview();
    void write(bool replace);
    void showResult(const QString &text, bool error);

    ConnectionProfile m_profile;
    QString m_consoleProgram;
    QListWidget *m_tenants;
    QRadioButton *m_consolePlugin;
    QRadioButton *m_kubelogin;
    KubeconfigTargetPicker *m_target;
    KubeconfigPreview *m_preview;
    QLabel *m_result;
    QPushButton *m_export;
    QPushButton *m_copy;
    std::optional<KubeconfigMerge> m_merge; // of the current preview
};

} // namespace scs::ui
