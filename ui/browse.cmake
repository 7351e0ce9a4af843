# Browse feature sources (delete dialog); included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/deletedialog.h ${CMAKE_CURRENT_LIST_DIR}/deletedialog.cpp
)
