#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace scs::workspace {
class Workspace;
}

namespace scs::ui {

class NewObjectDialog;

// New… and Open YAML File…: a NewObjectDialog over the window, for a skeleton of the
// Workspace's current kind (from its schema; when the schema is not loaded yet, a minimal
// skeleton that the schema's one replaces once it arrives, unless the user has begun typing)
// or for the documents of a YAML file. One dialog at a time: a new one closes the one before.
// The dialog deletes itself on close; GUI thread only.
class NewObjectFlow : public QObject
{
    Q_OBJECT

public:
    explicit NewObjectFlow(QWidget *window, QObject *parent = nullptr);
    ~NewObjectFlow() override;

    // Nothing happens without a current kind.
    void newObject(workspace::Workspace &workspace);
    // Objects of a cluster-scoped kind get no namespace; others the current tenant.
    void openFile(workspace::Workspace &workspace, const QString &path);
    // Closes the dialog at once (signing out).
    void discard();
    [[nodiscard]] NewObjectDialog *dialog() const;

private:
    NewObjectDialog *replaceDialog(workspace::Workspace &workspace, const QString &ns);

    QWidget *m_window;
    QPointer<NewObjectDialog> m_dialog;
};

} // namespace scs::ui
