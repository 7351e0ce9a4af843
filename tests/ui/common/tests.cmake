# The shared object views (form, YAML, events), offscreen, no stack.
scs_ui_test(tst_objectviews common)
target_link_libraries(tst_objectviews PRIVATE yaml-cpp)
# Status colours and icons: a shape per state, readable on light, dark and high-contrast bases.
scs_ui_test(tst_statusstyle common)
# The accessibility checks themselves (accessibilitytesthelpers.h) find what they should.
scs_ui_test(tst_accessibilitychecks common)
