# The YAML editor widget (issue 6), offscreen, no stack.
scs_add_test(tst_yamleditor SOURCES tst_yamleditor.cpp uitesthelpers.h
    LIBS scs_ui scs_core scs_translations scs_resources LABELS ui)
