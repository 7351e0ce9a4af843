# Connection state in view: the banner that says what cannot be reached and when the next
# retry is. Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/connectionbanner.h ${CMAKE_CURRENT_LIST_DIR}/connectionbanner.cpp)
