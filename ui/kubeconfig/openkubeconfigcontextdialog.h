#pragma once

#include "kube/tokensource.h"
#include "kubeconfig/kubeconfigconnection.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace scs {
class KubeconfigTokenSource;
}

namespace scs::ui {

// File > Open Kubeconfig Context…: a kubeconfig file (the first of $KUBECONFIG, else
// ~/.kube/config, or one chosen) and its contexts with server, namespace and, in plain words,
// how each signs in; contexts the console cannot open are greyed with the reason. Open
// resolves the context (kubeconfig::openKubeconfigContext), gets a first credential where one
// must be fetched (an exec plugin runs, asynchronously, the dialog shows it waits) and hands
// profile and token source to `open`; then the dialog closes. A failure stays in the dialog
// as a message. The file is only ever read.
class OpenKubeconfigContextDialog : public QDialog
{
    Q_OBJECT

public:
    // Gets the connection and owns the token source from then on. `tokens` is null for a
    // context whose exec plugin is the console's own get-token for the profile signed in now
    // (setSignedInProfile): open it with that session instead of running the console again.
    using OpenHandler = std::function<void(const KubeconfigConnection &connection,
                                           std::unique_ptr<kube::TokenSource> tokens)>;

    explicit OpenKubeconfigContextDialog(OpenHandler open, QWidget *parent = nullptr);
    ~OpenKubeconfigContextDialog() override;

    [[nodiscard]] QString path() const;
    // Reads `path` and lists its contexts (also what the Browse button and editing the field
    // do).
    void setPath(const QString &path);
    // Selects the context called `name` in the list; false when there is none.
    bool selectContext(const QString &name);
    [[nodiscard]] QString message() const;
    // The console's profile signed in now (empty: none).
    void setSignedInProfile(const QString &profile) { m_signedInProfile = profile; }

public Q_SLOTS:
    // Opens the selected context (the Open button).
    void openSelected();

private:
    void reload();
    void onSelectionChanged();
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);
    void finishOpen();

    OpenHandler m_open;
    QString m_signedInProfile;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QTreeWidget *m_contexts;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_openButton;
    QList<KubeconfigContextSummary> m_summaries;
    std::optional<KubeconfigConnection> m_pending;
    std::unique_ptr<KubeconfigTokenSource> m_pendingTokens;
};

} // namespace scs::ui
