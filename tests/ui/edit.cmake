# The editing flow (issue 6), owned by the edit UI.
# Without a server: diff view, form <-> YAML sync, editable form, conflict view.
scs_add_test(tst_editviews SOURCES tst_editviews.cpp uitesthelpers.h
    LIBS scs_ui scs_core scs_translations scs_resources LABELS ui)
# Against the local stack as alice: edit, review, apply, conflict, 422, local errors, New from a
# multi-document file, drafts across object switches and a controller restart.
scs_add_test(tst_editcontroller SOURCES tst_editcontroller.cpp uitesthelpers.h
    ${PROJECT_SOURCE_DIR}/tests/common/stackenv.h ${PROJECT_SOURCE_DIR}/tests/common/formloginagent.h
    LIBS scs_ui scs_core scs_translations scs_resources LABELS "ui;integration")
target_include_directories(tst_editcontroller PRIVATE ${PROJECT_SOURCE_DIR}/tests)
scs_integration_test(tst_editcontroller)
