# Tests of the port-forward module (src/portforward); included from tests/core/CMakeLists.txt.
scs_add_test(tst_forwardtarget SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_forwardtarget.cpp
    LIBS scs_core LABELS core)
scs_add_test(tst_forwardconnection SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_forwardconnection.cpp
    LIBS scs_core Qt6::Network Qt6::WebSockets LABELS core)
scs_add_test(tst_portforwards SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_portforwards.cpp
    LIBS scs_core Qt6::Network LABELS core)

# Against the workload cluster of the local stack (its node serves port-forward).
scs_add_test(tst_portforward_integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_portforward_integration.cpp
            ${CMAKE_CURRENT_LIST_DIR}/kubestack.h
    LIBS scs_core Qt6::Network LABELS integration)
scs_integration_test(tst_portforward_integration)
