#include "ui/common/workbench.h"

namespace scs::ui {

Workbench::~Workbench() = default;

} // namespace scs::ui
