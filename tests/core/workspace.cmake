# Tests of the workspace module (src/workspace); included from tests/core/CMakeLists.txt.
scs_add_test(tst_workspace
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_workspace.cpp ${CMAKE_CURRENT_LIST_DIR}/fakeapiserver.h
    LIBS scs_core Qt6::Network LABELS core)

scs_add_test(tst_connectionstate
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_connectionstate.cpp
            ${CMAKE_CURRENT_LIST_DIR}/fakeapiserver.h ${CMAKE_CURRENT_LIST_DIR}/tcpproxy.h
    LIBS scs_core Qt6::Network LABELS core)

scs_add_test(tst_workspaceregistry
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_workspaceregistry.cpp
            ${CMAKE_CURRENT_LIST_DIR}/fakeapiserver.h
    LIBS scs_core Qt6::Network LABELS core)
