# The command palette (Ctrl+K): its popup and the controller that fills it and acts on a pick.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/palettepopup.h ${CMAKE_CURRENT_LIST_DIR}/palettepopup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/palettecontroller.h ${CMAKE_CURRENT_LIST_DIR}/palettecontroller.cpp)
