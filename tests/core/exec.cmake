# Tests of the exec module (src/exec); included from tests/core/CMakeLists.txt.
scs_add_test(tst_execsession SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_execsession.cpp
    LIBS scs_core Qt6::Network Qt6::WebSockets LABELS core)
scs_add_test(tst_podpicker SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_podpicker.cpp
    LIBS scs_core LABELS core)

# Against the workload API server of the local stack (its node runs containers as processes).
scs_add_test(tst_execsession_integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_execsession_integration.cpp
            ${CMAKE_CURRENT_LIST_DIR}/kubestack.h
    LIBS scs_core Qt6::Network LABELS integration)
scs_integration_test(tst_execsession_integration)
