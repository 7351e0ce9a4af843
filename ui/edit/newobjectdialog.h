#pragma once

#include "edit/batchapplier.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace scs::kube {
class Discovery;
class KubeClient;
} // namespace scs::kube

namespace scs::ui {

class YamlEditor;

// "New": a YAML text to create objects from: the open kind's skeleton from its schema
// (setText), a file (openFile, "Open File…"), or pasted text with several documents. "Create"
// applies the documents in order (create, or create-or-update by server-side apply) and lists
// each document's result (ok, or its error with document number and line; field errors also
// marked in the editor). The dialog stays open with the results; the client and discovery
// must outlive it.
class NewObjectDialog : public QDialog
{
    Q_OBJECT

public:
    NewObjectDialog(kube::KubeClient *client, const kube::Discovery *discovery,
                    const QString &defaultNamespace, QWidget *parent = nullptr);

    void setText(const QString &yaml);
    [[nodiscard]] QString text() const;
    // Reads a YAML file into the editor; false (and the reason shown) when it cannot be read.
    bool openFile(const QString &path);
    void setCreateOrUpdate(bool on);
    // Starts applying the editor's documents (what the Create button does).
    void create();
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] YamlEditor *editor() const { return m_editor; }
    [[nodiscard]] QTreeWidget *results() const { return m_results; }
    [[nodiscard]] QPushButton *createButton() const { return m_create; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    [[nodiscard]] const QList<edit::DocumentResult> &lastResults() const { return m_last; }

Q_SIGNALS:
    void batchFinished(const QList<scs::edit::DocumentResult> &results);

private:
    void chooseFile();
    void onDocumentFinished(const edit::DocumentResult &result);
    void onFinished(const QList<edit::DocumentResult> &results);

    edit::BatchApplier *m_applier;
    QString m_namespace;
    QLabel *m_hint;
    YamlEditor *m_editor;
    QComboBox *m_mode;
    QTreeWidget *m_results;
    QLabel *m_message;
    QPushButton *m_create;
    QList<edit::DocumentResult> m_last;
};

} // namespace scs::ui
