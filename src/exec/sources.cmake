# Exec in a container (widget-free): the WebSocket channel protocol (v5/v4), how a command
# ended, one session, and the pod of a workload to open it in. Included from src/CMakeLists.txt.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/execlogging.h ${CMAKE_CURRENT_LIST_DIR}/execlogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/execprotocol.h ${CMAKE_CURRENT_LIST_DIR}/execprotocol.cpp
    ${CMAKE_CURRENT_LIST_DIR}/execsession.h ${CMAKE_CURRENT_LIST_DIR}/execsession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/podpicker.h ${CMAKE_CURRENT_LIST_DIR}/podpicker.cpp)
