# The YAML editor widget, offscreen, no stack.
scs_ui_test(tst_yamleditor common/editor)
