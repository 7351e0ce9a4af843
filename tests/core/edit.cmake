# Tests of the edit module (src/edit); included from tests/core/CMakeLists.txt.
scs_add_test(tst_textdiff SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_textdiff.cpp
    LIBS scs_core LABELS core)

# Against the local Central API stack (tests/stack): alice edits, conflicts with kubectl, batch
# apply, delete.
scs_add_test(tst_edit_integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_edit_integration.cpp ${CMAKE_CURRENT_LIST_DIR}/kubestack.h
    LIBS scs_core Qt6::Network LABELS integration)
scs_integration_test(tst_edit_integration)

foreach(test IN ITEMS tst_skeleton tst_draftstore tst_objecteditor)
    scs_add_test(${test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp LIBS scs_core LABELS core)
endforeach()
scs_add_test(tst_formyamlsync SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_formyamlsync.cpp
    ${PROJECT_SOURCE_DIR}/tests/common/editfixtures.h LIBS scs_core LABELS core)
target_include_directories(tst_formyamlsync PRIVATE ${PROJECT_SOURCE_DIR}/tests)

# Faults between the console and the stack (the stack's fault proxy, tests/core/faultproxy.h):
# every fault against sign-in, refresh, list+watch, apply, kubeconfig export and an order.
scs_add_test(tst_faultinjection_integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_faultinjection_integration.cpp
            ${CMAKE_CURRENT_LIST_DIR}/faultproxy.h
            ${PROJECT_SOURCE_DIR}/tests/common/stackenv.h
            ${PROJECT_SOURCE_DIR}/tests/common/formloginagent.h
    LIBS scs_core Qt6::Network LABELS integration)
target_include_directories(tst_faultinjection_integration PRIVATE ${PROJECT_SOURCE_DIR}/tests)
scs_integration_test(tst_faultinjection_integration)
