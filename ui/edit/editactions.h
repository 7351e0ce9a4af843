#pragma once

#include <QCoreApplication>
#include <QObject>

class QAction;

namespace scs::ui {

class Workbench;

// The edit flow's commands, as the window shows them: the Object menu (Edit, New…, Open YAML
// File…, Review Changes…, Apply, Discard Changes), the tool bar and the tables' object menu.
// Created disabled; the EditController enables them as the selection and access rules allow
// and connects them. Owned by (children of) `parent`.
struct EditActions
{
    Q_DECLARE_TR_FUNCTIONS(scs::ui::EditActions)

public:
    explicit EditActions(QObject *parent);
    // Adds the actions to the window's menus and tool bar.
    void addTo(Workbench &workbench) const;

    QAction *edit;
    QAction *newObject;
    QAction *openYamlFile;
    QAction *review;
    QAction *apply;
    QAction *discard;
};

} // namespace scs::ui
