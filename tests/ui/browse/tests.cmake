# The browse UI (tree, live table, form, YAML, events, delete) against the local stack.
scs_ui_test(tst_browsercontroller browse STACK)
scs_ui_test(tst_browse browse STACK)
