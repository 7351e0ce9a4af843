# Cluster orders UI (issue 8): the order wizard and the clusters view, against the local stack.
foreach(test IN ITEMS tst_orderwizard tst_clustersview)
    scs_add_test(${test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp
        ${CMAKE_CURRENT_LIST_DIR}/uitesthelpers.h ${CMAKE_CURRENT_LIST_DIR}/orderstesthelpers.h
        ${PROJECT_SOURCE_DIR}/tests/common/stackenv.h
        ${PROJECT_SOURCE_DIR}/tests/common/formloginagent.h
        LIBS scs_ui scs_core scs_translations scs_resources LABELS "ui;integration")
    target_include_directories(${test} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    scs_integration_test(${test})
endforeach()
