#include "ui/common/objectviews.h"

#include "ui/common/eventspane.h"
#include "ui/common/objectformview.h"
#include "ui/common/yamlview.h"

namespace scs::ui {

ObjectViews ObjectViews::create()
{
    return ObjectViews{new ObjectFormView, new YamlView, new EventsPane};
}

} // namespace scs::ui
