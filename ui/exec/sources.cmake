# A shell in a pod: the object action "Shell…", the dialog choosing container and command, and
# the panel tab with its terminal. Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/execdialog.h ${CMAKE_CURRENT_LIST_DIR}/execdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/exectab.h ${CMAKE_CURRENT_LIST_DIR}/exectab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/execcontroller.h ${CMAKE_CURRENT_LIST_DIR}/execcontroller.cpp)
