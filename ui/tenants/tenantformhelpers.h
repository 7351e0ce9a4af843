#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace scs::ui {

// What the New Tenant wizard's pages share: their fields and their verdict lines.
namespace tenantform {

// A line edit with the object name tests find it by, the name a screen reader says, and an
// example as placeholder.
[[nodiscard]] QLineEdit *lineEdit(QWidget *parent, const QString &objectName,
                                  const QString &accessibleName, const QString &placeholder = {});
// A page's verdict line: word-wrapped, selectable, hidden until it says something.
[[nodiscard]] QLabel *statusLine(QWidget *parent, const QString &objectName);
// Shows `text` on a statusLine in `color` (see setStatusText); hides the line when empty.
void showStatus(QLabel *label, const QString &text, const QColor &color = {});

} // namespace tenantform

} // namespace scs::ui
