# Port forwarding (widget-free): one forwarded TCP connection over the API server's WebSocket
# port-forward protocol, a forward (listener, target check, connections), a Service's target
# pod and port, and the list of forwards. Included from src/CMakeLists.txt.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/portforwardlogging.h ${CMAKE_CURRENT_LIST_DIR}/portforwardlogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/forwardtarget.h ${CMAKE_CURRENT_LIST_DIR}/forwardtarget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/forwardconnection.h ${CMAKE_CURRENT_LIST_DIR}/forwardconnection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/portforward.h ${CMAKE_CURRENT_LIST_DIR}/portforward.cpp
    ${CMAKE_CURRENT_LIST_DIR}/portforwards.h ${CMAKE_CURRENT_LIST_DIR}/portforwards.cpp)
