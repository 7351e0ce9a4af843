# One signed-in connection (Workspace), what the person looks at in it (Selection), and the
# registry that makes and drops workspaces as sessions sign in and out.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/workspace.h ${CMAKE_CURRENT_LIST_DIR}/workspace.cpp
    ${CMAKE_CURRENT_LIST_DIR}/connectionstate.h ${CMAKE_CURRENT_LIST_DIR}/connectionstate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/selection.h ${CMAKE_CURRENT_LIST_DIR}/selection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspaceregistry.h ${CMAKE_CURRENT_LIST_DIR}/workspaceregistry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clusterconnector.h ${CMAKE_CURRENT_LIST_DIR}/clusterconnector.cpp)
