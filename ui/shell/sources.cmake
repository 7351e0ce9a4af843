# The shell: the main window and its extension points, About, the profiles dialog.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.h ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profiledialog.h ${CMAKE_CURRENT_LIST_DIR}/profiledialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shellworkbench.h ${CMAKE_CURRENT_LIST_DIR}/shellworkbench.cpp)
