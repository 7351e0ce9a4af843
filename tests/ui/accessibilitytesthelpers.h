#pragma once

// Accessibility checks for UI tests: every control a person can operate has a name a screen
// reader can say, and Tab reaches every control of a dialog in reading order.

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QColor>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace scs::test {

namespace a11ydetail {

inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// Cells, headers and items of a view, and the parts of a compound control (a spin box's
// buttons, a line edit's clear button: Qt's own, mouse-only, no Tab stop), are named by their
// data or by the control; the walk stops at them.
inline bool isLeafContainer(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List
        || role == QAccessible::SpinBox || role == QAccessible::ComboBox
        || role == QAccessible::ScrollBar || role == QAccessible::EditableText;
}

inline QString describe(QObject *object)
{
    if (!object)
        return QStringLiteral("<no object>");
    QStringList parts;
    for (QObject *o = object; o; o = o->parent()) {
        const QString name = o->objectName();
        parts.prepend(name.isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                     : QStringLiteral("%1#%2").arg(
                                           QString::fromLatin1(o->metaObject()->className()),
                                           name));
    }
    return parts.join(QStringLiteral(" > "));
}

inline void walk(QAccessibleInterface *iface, const QString &where, QStringList &nameless,
                 int depth)
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    if (iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *object = iface->object();
        QAccessibleInterface *parent = iface->parent();
        nameless.append(QStringLiteral("%1 (role 0x%2, in role 0x%3) at %4")
                            .arg(object ? describe(object) : QStringLiteral("<child>"))
                            .arg(int(role), 0, 16)
                            .arg(parent ? int(parent->role()) : 0, 0, 16)
                            .arg(where));
    }
    if (isLeafContainer(role))
        return;
    const int count = iface->childCount();
    for (int i = 0; i < count; ++i) {
        QAccessibleInterface *child = iface->child(i);
        if (!child)
            continue;
        // A widget's own accessible children may belong to another window (a menu); those
        // are walked from their own window.
        walk(child, where, nameless, depth + 1);
    }
}

inline QRect globalRect(const QWidget *w)
{
    return QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
}

} // namespace a11ydetail

// Every interactive control (buttons, check boxes, combo boxes, editable text, spin boxes,
// views, tabs, menu items, sliders) under `root` that a person can see and whose accessible
// name is empty, described as "Class#objectName > ... (role) at <where>"; empty when all have
// one. The actions of the menus under `root` (a menu bar's menus, their sub-menus) are checked
// too, whether the menus are open or not.
inline QStringList namelessControls(QWidget *root)
{
    QStringList nameless;
    const QString where = a11ydetail::describe(root);
    a11ydetail::walk(QAccessible::queryAccessibleInterface(root), where, nameless, 0);
    for (QMenu *menu : root->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            QString text = action->text();
            text.remove(QLatin1Char('&'));
            if (text.trimmed().isEmpty())
                nameless.append(QStringLiteral("menu action %1 in %2")
                                    .arg(action->objectName(), a11ydetail::describe(menu)));
        }
    }
    return nameless;
}

// The widgets of `root` that take focus with Tab and that a person can see (not disabled, not
// hidden, not behind a focus proxy).
inline QList<QWidget *> tabFocusableWidgets(QWidget *root)
{
    QList<QWidget *> widgets;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !w->isEnabled() || w->focusProxy()
            || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        widgets.append(w);
    }
    return widgets;
}

// Problems with the Tab order of `root`: a focusable widget that Tab never reaches or reaches
// twice, and a step that goes back (up on the same column, or left on the same row) instead
// of on in reading order, top to bottom and left to right (going up into a column further
// right is on). Empty when the order is sensible. `root` must be shown.
inline QStringList tabOrderProblems(QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> focusable = tabFocusableWidgets(root);
    const QSet<QWidget *> wanted(focusable.cbegin(), focusable.cend());
    QList<QWidget *> order;
    QSet<QWidget *> seen;
    QWidget *w = root;
    for (int steps = 0; steps < 10000; ++steps) {
        w = w->nextInFocusChain();
        if (w == root)
            break;
        if (!wanted.contains(w))
            continue;
        if (seen.contains(w)) {
            problems.append(QStringLiteral("reached twice: %1").arg(a11ydetail::describe(w)));
            continue;
        }
        seen.insert(w);
        order.append(w);
    }
    for (QWidget *f : focusable) {
        if (!seen.contains(f))
            problems.append(QStringLiteral("never reached: %1").arg(a11ydetail::describe(f)));
    }
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QRect a = a11ydetail::globalRect(order.at(i - 1));
        const QRect b = a11ydetail::globalRect(order.at(i));
        const int tolerance = std::max(4, std::min(a.height(), b.height()) / 2);
        const bool sameRow = std::abs(a.center().y() - b.center().y()) <= tolerance;
        const bool newColumnRight = b.left() >= a.right() - 4;
        const bool back = sameRow ? b.left() < a.left() - 4
                                  : (b.top() < a.top() - tolerance && !newColumnRight);
        if (back)
            problems.append(QStringLiteral("goes back from %1 to %2")
                                .arg(a11ydetail::describe(order.at(i - 1)),
                                     a11ydetail::describe(order.at(i))));
    }
    return problems;
}

// The WCAG 2 contrast ratio of two colours (1 to 21); text wants at least 4.5.
inline double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The visible labels of `root` whose text colour does not reach `minimum` contrast against the
// colour they are drawn on (the nearest ancestor that fills its background, else the window),
// as "Class#objectName: #fg on #bg (ratio)"; empty when all are readable.
inline QStringList lowContrastLabels(QWidget *root, double minimum = 4.5)
{
    QStringList found;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->text().trimmed().isEmpty())
            continue;
        QColor background = root->palette().color(root->backgroundRole());
        for (QWidget *w = label; w && w != root; w = w->parentWidget()) {
            if (w->autoFillBackground()) {
                background = w->palette().color(w->backgroundRole());
                break;
            }
        }
        const QColor text = label->palette().color(label->foregroundRole());
        const double ratio = contrastRatio(text, background);
        if (ratio < minimum)
            found.append(QStringLiteral("%1: %2 on %3 (%4:1) \"%5\"")
                             .arg(a11ydetail::describe(label), text.name(), background.name())
                             .arg(ratio, 0, 'f', 2)
                             .arg(label->text().left(40)));
    }
    return found;
}

} // namespace scs::test
