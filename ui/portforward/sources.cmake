# Port forwarding: the "Port Forward…" object action on pods and Services, its dialog, and the
# Port Forwards list (a self-contained widget, shown in its own window). Included from
# ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/portforwarddialog.h ${CMAKE_CURRENT_LIST_DIR}/portforwarddialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/portforwardlist.h ${CMAKE_CURRENT_LIST_DIR}/portforwardlist.cpp
    ${CMAKE_CURRENT_LIST_DIR}/portforwardcontroller.h
    ${CMAKE_CURRENT_LIST_DIR}/portforwardcontroller.cpp)
