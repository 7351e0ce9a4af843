#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace scs::ui {

// What a kubeconfig dialog will write, for both kubeconfig dialogs: a title, the entries as
// read-only monospace text ("preview", not wrapped) and under it what writing them changes in
// the target file, or why nothing can be written ("changes", rich text). GUI thread only.
class KubeconfigPreview : public QWidget
{
    Q_OBJECT

public:
    explicit KubeconfigPreview(const QString &title, QWidget *parent = nullptr);

    // The entries' text (already masked where it holds credentials); empty clears it.
    void setEntries(const QString &text);
    // Rich text: KubeconfigTargetPicker::changesText() or an errorHtml() reason.
    void setChanges(const QString &html);

private:
    QPlainTextEdit *m_entries;
    QLabel *m_changes;
};

} // namespace scs::ui
