# Pod logs: the logs view (tool bar, find with highlight, pause, save) and the controller that
# opens it from the object action "Logs". Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/loghighlighter.h ${CMAKE_CURRENT_LIST_DIR}/loghighlighter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logsview.h ${CMAKE_CURRENT_LIST_DIR}/logsview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logscontroller.h ${CMAKE_CURRENT_LIST_DIR}/logscontroller.cpp)
