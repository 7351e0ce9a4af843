#pragma once

#include "kubeconfig/clusterkubeconfig.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace scs::kube {
class KubeClient;
}

namespace scs::ui {

class KubeconfigPreview;
class KubeconfigTargetPicker;

// The kubeconfig of an ordered cluster (a Cluster API Cluster in a tenant). For the clusters
// view: open it non-modally for a Ready cluster,
//
//   auto *dialog = new ClusterKubeconfigDialog(client, tenant, cluster,
//                                              QCoreApplication::applicationFilePath(), parent);
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   dialog->open();
//
// It loads ClusterAccess (clusterkubeconfig.h) through `client` (which must outlive it) and
// shows either the OIDC kubeconfig (the user entry chosen here: the console's get-token or
// kubelogin; a CA file is asked for when the cluster's CA could not be read) or the Secret's
// admin kubeconfig under a warning that it holds cluster-admin credentials. The preview shows
// the YAML that will be written, with private keys and tokens masked; writing merges into the
// default kubeconfig or a chosen file (backup, 0600; a clash of names asks first).
class ClusterKubeconfigDialog : public QDialog
{
    Q_OBJECT

public:
    ClusterKubeconfigDialog(kube::KubeClient *client, const QString &tenant,
                            const QString &cluster, const QString &consoleProgram,
                            QWidget *parent = nullptr);
    // Without loading: the caller has the access already (setAccess), e.g. tests.
    ClusterKubeconfigDialog(const ConnectionProfile &profile, const QString &consoleProgram,
                            QWidget *parent = nullptr);
    ~ClusterKubeconfigDialog() override;

    void setAccess(const ClusterAccess &access);
    [[nodiscard]] std::optional<ClusterKubeconfigExport> request() const;
    [[nodiscard]] QString targetPath() const;
    void setTargetFile(const QString &path); // empty: the default kubeconfig

public Q_SLOTS:
    void exportKubeconfig();

Q_SIGNALS:
    void accessLoaded(); // or failed: the state label says so

private:
    void showFailure(const Error &error);
    void updatePreview();
    void write(bool replace);

    ConnectionProfile m_profile;
    QString m_consoleProgram;
    std::optional<ClusterAccess> m_access;
    QLabel *m_state;
    QLabel *m_warning;
    QRadioButton *m_consolePlugin;
    QRadioButton *m_kubelogin;
    QLabel *m_caLabel;
    QPushButton *m_chooseCa;
    KubeconfigTargetPicker *m_target;
    KubeconfigPreview *m_preview;
    QLabel *m_result;
    QPushButton *m_export;
    QPushButton *m_copy;
    std::optional<KubeconfigMerge> m_merge;
};

// The preview's form of kubeconfig text: the values of client-key-data, token and password
// replaced by a note, so that no credential is shown on screen.
[[nodiscard]] QString maskedKubeconfig(const QByteArray &text);

} // namespace scs::ui
