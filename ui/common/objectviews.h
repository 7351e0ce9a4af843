#pragma once

namespace scs::ui {

class EventsPane;
class ObjectFormView;
class YamlView;

// The views of the current object that several features show and drive: the Form tab, the
// YAML tab and the events pane. The composition root makes them once and hands the same set
// to browse (which fills them) and edit (which edits in the form). Whoever shows a view first
// hands it to the window, which owns it from then on. GUI thread only.
struct ObjectViews
{
    ObjectFormView *form = nullptr;
    YamlView *yaml = nullptr;
    EventsPane *events = nullptr;

    // New, parentless views.
    [[nodiscard]] static ObjectViews create();
};

} // namespace scs::ui
