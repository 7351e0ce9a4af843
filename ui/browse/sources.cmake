# Browsing: the browser controller, the live resource table, the delete dialog.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/browsercontroller.h ${CMAKE_CURRENT_LIST_DIR}/browsercontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/connectionspane.h ${CMAKE_CURRENT_LIST_DIR}/connectionspane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/relatedobjectspane.h
    ${CMAKE_CURRENT_LIST_DIR}/relatedobjectspane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deletedialog.h ${CMAKE_CURRENT_LIST_DIR}/deletedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resourcetableview.h ${CMAKE_CURRENT_LIST_DIR}/resourcetableview.cpp)
