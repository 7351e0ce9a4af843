#include "ui/edit/newobjectflow.h"

#include "edit/skeleton.h"
#include "kube/openapi.h"
#include "ui/edit/newobjectdialog.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"

namespace scs::ui {

NewObjectFlow::NewObjectFlow(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

NewObjectFlow::~NewObjectFlow()
{
    discard();
}

NewObjectDialog *NewObjectFlow::dialog() const
{
    return m_dialog;
}

void NewObjectFlow::discard()
{
    delete m_dialog;
}

NewObjectDialog *NewObjectFlow::replaceDialog(workspace::Workspace &workspace, const QString &ns)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new NewObjectDialog(workspace.client(), workspace.discovery(), ns, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    return m_dialog;
}

void NewObjectFlow::newObject(workspace::Workspace &workspace)
{
    const std::optional<kube::ApiResource> resource = workspace.selection()->resource();
    if (!workspace.client() || !resource)
        return;
    const QString ns = resource->namespaced ? workspace.selection()->tenant() : QString();
    NewObjectDialog *dialog = replaceDialog(workspace, ns);
    dialog->setWindowTitle(tr("New %1").arg(resource->kind));
    const QString apiVersion = resource->groupVersion();
    const QString name = QStringLiteral("new");
    QString fallback = QStringLiteral("apiVersion: %1\nkind: %2\nmetadata:\n  name: %3\n")
                           .arg(apiVersion, resource->kind, name);
    if (!ns.isEmpty())
        fallback += QStringLiteral("  namespace: %1\n").arg(ns);
    if (const std::optional<kube::OpenApiSchema> schema = workspace.selection()->schema()) {
        dialog->setText(edit::skeleton(*schema, apiVersion, resource->kind, name, ns));
    } else {
        dialog->setText(fallback);
        if (kube::OpenApi *openApi = workspace.openApi()) {
            QPointer<NewObjectDialog> guarded = dialog;
            const kube::ApiResource r = *resource;
            openApi->schemaFor(r.group, r.version, r.kind, dialog,
                               [guarded, r, apiVersion, name, ns,
                                fallback](const Result<kube::OpenApiSchema> &s) {
                                   // Only while the user has not started typing.
                                   if (s && guarded && guarded->text() == fallback) {
                                       guarded->setText(
                                           edit::skeleton(*s, apiVersion, r.kind, name, ns));
                                   }
                               });
        }
    }
    dialog->open();
}

void NewObjectFlow::openFile(workspace::Workspace &workspace, const QString &path)
{
    if (!workspace.client())
        return;
    const std::optional<kube::ApiResource> resource = workspace.selection()->resource();
    const QString ns = resource && resource->namespaced ? workspace.selection()->tenant()
                                                        : QString();
    NewObjectDialog *dialog = replaceDialog(workspace, ns);
    dialog->openFile(path);
    dialog->open();
}

} // namespace scs::ui
