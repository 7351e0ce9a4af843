#pragma once

#include <QList>

class QWidget;
class QWizard;

namespace scs::ui {

// Keeps Tab in reading order on `wizard`: QWizard makes its buttons before any page, so Tab
// would go from Cancel back up into the page. On every page change the buttons follow the
// page's last control, left to right as the wizards lay them out (custom buttons, Back, Next,
// Commit, Finish, Cancel, Help). Call once the wizard's pages and options are set.
void keepWizardTabOrder(QWizard *wizard);
// The same once, for a page that has just made controls of its own (they join the focus chain
// at its end, after the buttons).
void putWizardButtonsLast(QWizard *wizard);
// The controls under `container` that Tab stops at (no focus proxy, Tab focus), in the order of
// the focus chain.
[[nodiscard]] QList<QWidget *> tabStopsIn(QWidget *container);

} // namespace scs::ui
