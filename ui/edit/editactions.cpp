#include "ui/edit/editactions.h"

#include "ui/common/workbench.h"

#include <QAction>
#include <QIcon>

namespace scs::ui {

namespace {

QAction *makeAction(QObject *parent, const char *icon, const QString &text, const char *name,
                    const QList<QKeySequence> &shortcuts, const QString &tip)
{
    auto *action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, parent);
    action->setObjectName(QLatin1String(name));
    action->setShortcuts(shortcuts);
    action->setStatusTip(tip);
    action->setEnabled(false);
    return action;
}

} // namespace

EditActions::EditActions(QObject *parent)
    : edit(makeAction(parent, "document-edit", tr("&Edit"), "editAction",
                      {QKeySequence(Qt::Key_F2)},
                      tr("Edit the selected object as YAML or in the form")))
    , newObject(makeAction(parent, "document-new", tr("&New…"), "newObjectAction",
                           QKeySequence::keyBindings(QKeySequence::New),
                           tr("Create an object of the open kind from its schema or a file")))
    , openYamlFile(makeAction(parent, "document-open", tr("&Open YAML File…"),
                              "openYamlFileAction", QKeySequence::keyBindings(QKeySequence::Open),
                              tr("Create or apply the objects of a YAML file")))
    , review(makeAction(parent, "document-preview", tr("&Review Changes…"), "reviewAction",
                        {QKeySequence(Qt::CTRL | Qt::Key_Return),
                         QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                        tr("Ask the server what your edit would change (dry run)")))
    , apply(makeAction(parent, "document-save", tr("&Apply"), "applyAction",
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)},
                       tr("Write your edit to the server")))
    , discard(makeAction(parent, "edit-undo", tr("&Discard Changes"), "discardAction", {},
                         tr("Throw your edit away and show the object as the server has it")))
{
}

void EditActions::addTo(Workbench &workbench) const
{
    using Menu = Workbench::Menu;
    workbench.addAction(Menu::Object, edit);
    workbench.addAction(Menu::Object, newObject);
    workbench.addAction(Menu::Object, openYamlFile);
    workbench.addAction(Menu::Object, review, /*separatorBefore=*/true);
    workbench.addAction(Menu::Object, apply);
    workbench.addAction(Menu::Object, discard);
    workbench.addToolBarAction(edit, /*separatorBefore=*/true);
    workbench.addToolBarAction(newObject);
    workbench.addToolBarAction(review);
    workbench.addToolBarAction(apply);
    workbench.addObjectAction(nullptr); // a separator before Edit in the table's menu
    workbench.addObjectAction(edit);
}

} // namespace scs::ui
