# A terminal widget on libvterm (libvterm parses, the widget draws and sends keys); any feature
# that talks to a program's pty can use it. Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/terminalwidget.h ${CMAKE_CURRENT_LIST_DIR}/terminalwidget.cpp)
