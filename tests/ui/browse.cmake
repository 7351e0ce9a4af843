# Browse feature UI tests; included from tests/ui/CMakeLists.txt.
scs_add_test(tst_browse SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_browse.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uitesthelpers.h
    ${PROJECT_SOURCE_DIR}/tests/common/stackenv.h ${PROJECT_SOURCE_DIR}/tests/common/formloginagent.h
    LIBS scs_ui scs_core scs_translations scs_resources LABELS "ui;integration")
target_include_directories(tst_browse PRIVATE ${PROJECT_SOURCE_DIR}/tests)
scs_integration_test(tst_browse)
